"""How the main window is laid out: the article list | the article's verdict, sourcing line,
filter buttons and sentence table | the detail panel; the page shown while the database is
empty; the status bar. Mixed into MainWindow: the widgets are the window's own."""

from __future__ import annotations

from factcheck_review.ui.models.sentence_table import FILTERS
from factcheck_review.ui.widgets.elided_label import ElidedLabel
from factcheck_review.ui.widgets.kb_status import kb_as_of_label
from factcheck_review.ui.widgets.muted import set_muted
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

DEFAULT_SIZE = (1440, 880)
# Room for the window manager's title bar and borders around the window itself.
FRAME_ALLOWANCE = (16, 48)


def pane_widths(width: int) -> list[int]:
    """Article list | sentences | detail panel for a window ``width`` pixels wide: the list and
    the panel take what they need (more on a wide screen), the sentences the rest."""
    articles = max(150, min(280, width * 12 // 100))
    detail = max(340, min(560, width * 27 // 100))
    return [articles, max(300, width - articles - detail), detail]


# Marked for translation; translated where shown.
FILTER_BUTTONS = {"all": QT_TRANSLATE_NOOP("WindowLayout", "All"),
                  "unreviewed": QT_TRANSLATE_NOOP("WindowLayout", "To review"),
                  "flagged": QT_TRANSLATE_NOOP("WindowLayout", "Flagged"),
                  "suggestions": QT_TRANSLATE_NOOP("WindowLayout", "Suggestions")}
FILTER_TIPS = {
    "all": QT_TRANSLATE_NOOP("WindowLayout", "Every sentence of the article (Ctrl+1)"),
    "unreviewed": QT_TRANSLATE_NOOP("WindowLayout", "Sentences whose review is not marked done (Ctrl+2)"),
    "flagged": QT_TRANSLATE_NOOP("WindowLayout",
                                 "Anonymous, contested or inconsistent, or rated misleading or false (Ctrl+3)"),
    "suggestions": QT_TRANSLATE_NOOP("WindowLayout", "Sentences with suggestions still to accept or dismiss (Ctrl+4)"),
}


class WindowLayout:
    """Layout of MainWindow (a mixin: ``self`` is the window)."""

    def _build_layout(self) -> None:
        self.filter_buttons = QButtonGroup(self)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(6, 0, 6, 0)
        filter_row.setSpacing(4)
        filter_row.addWidget(QLabel(self.tr("Show:")))
        for name in FILTERS:
            button = QToolButton()
            button.setText(QCoreApplication.translate("WindowLayout", FILTER_BUTTONS[name]))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("filter", name)
            button.setToolTip(QCoreApplication.translate("WindowLayout", FILTER_TIPS[name]))
            self.filter_buttons.addButton(button)
            filter_row.addWidget(button)
        self.filter_buttons.buttons()[0].setChecked(True)
        self.filter_buttons.buttonClicked.connect(lambda b: self.set_filter(b.property("filter")))
        # What the table's marks mean (the ◆ column has no words of its own); elided when narrow.
        self.legend = ElidedLabel()
        self.legend.set_full_text(self.tr("✓ yes   ✗ no   · not judged   ◆ pending suggestions"))
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.legend.setToolTip(self.tr("Verdict columns: ✓ yes, ✗ no, · not judged (keys 1–4 cycle them).\n"
                                       "◆ n: the sentence has n suggestions to accept (a) or dismiss (x)."))
        self.legend.setAccessibleName(self.tr("Legend"))
        set_muted(self.legend)
        filter_row.addWidget(self.legend, 1)
        self.position_label = QLabel()

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(2)
        centre_layout.addWidget(self.verdict_bar)
        centre_layout.addWidget(self.profile_bar)
        centre_layout.addWidget(self.language_notice)
        centre_layout.addLayout(filter_row)
        centre_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.article_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        # Spare width goes mostly to the sentences, some to the detail panel; the list keeps its own.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self._empty_page: QWidget | None = None  # built when first shown (an empty database)
        self.setCentralWidget(self.stack)
        self.fit_to_screen()

    @property
    def empty_page(self) -> QWidget:
        """The page shown while the database has no article: built the first time it is needed,
        so a start on a database with articles neither builds nor lays it out."""
        if self._empty_page is None:
            self._empty_page = self._build_empty_page()
            self.stack.addWidget(self._empty_page)
        return self._empty_page

    @property
    def empty_import(self) -> QPushButton:
        return self._empty_button("import")

    @property
    def empty_paste(self) -> QPushButton:
        return self._empty_button("paste")

    @property
    def empty_sample(self) -> QPushButton:
        return self._empty_button("sample")

    def _empty_button(self, name: str) -> QPushButton:
        self.empty_page  # noqa: B018 - builds the page with its buttons
        return self._empty_buttons[name]

    def fit_to_screen(self) -> None:
        """Open at a comfortable size that fits the screen's free area (1366×768 included),
        centred on it, with the panes shared out for that width."""
        area = self._available_area()
        # At least the comfortable default, nine tenths of a bigger screen, never more than fits.
        width = min(area.width() - FRAME_ALLOWANCE[0], max(DEFAULT_SIZE[0], area.width() * 9 // 10))
        height = min(area.height() - FRAME_ALLOWANCE[1], max(DEFAULT_SIZE[1], area.height() * 9 // 10))
        self.resize(width, height)
        self.move(area.left() + (area.width() - width) // 2, area.top() + (area.height() - height) // 2)
        self.splitter.setSizes(pane_widths(width))

    def fits_screen(self) -> bool:
        """Whether the window (as restored from last time) lies inside the screen's free area."""
        return self._available_area().contains(self.geometry())

    def _available_area(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        title = QLabel(self.tr("No articles in this database yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Import a news article (.txt, .md, .html, .docx), paste its text, drop files "
                              "on this window, or open the sample article to see how reviewing works."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setFixedWidth(520)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._empty_buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("import", self.tr("Import…"), self.import_files_dialog),
                                 ("paste", self.tr("Paste text…"), self.paste_article),
                                 ("sample", self.tr("Open the sample article"), self.open_sample)):
            button = QPushButton(text)
            self._empty_buttons[name] = button
            button.clicked.connect(slot)
            button.setMinimumHeight(button.sizeHint().height() + 8)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(hint)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        return page

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.addWidget(self.position_label)
        # While the suggestions are worked out: "Analysing the article… about 3 s left". A
        # widget of its own, so the "Saved" of each edit (and of each batch of suggestions the
        # analysis stores) does not hide that the analysis is still at work.
        self.analysis_label = QLabel()
        self.analysis_label.setObjectName("analysisProgress")
        self.analysis_label.hide()
        status.addPermanentWidget(self.analysis_label)
        self.saved_label = QLabel()
        self.reviewer_label = QLabel()
        self.database_label = QLabel()
        self.kb_label = kb_as_of_label()
        for label in (self.saved_label, self.reviewer_label, self.database_label, self.kb_label):
            status.addPermanentWidget(label)
        self._update_status_labels()
