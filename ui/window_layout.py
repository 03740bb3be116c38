"""How the main window is laid out: the article list | the article's verdict, sourcing line,
filter buttons and sentence table | the detail panel; the page shown while the database is
empty; the status bar. Mixed into MainWindow: the widgets are the window's own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from ui.models.sentence_table import FILTERS
from ui.widgets.kb_status import kb_as_of_label

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
        filter_row.addStretch(1)
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
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 770, 420])

        self.empty_page = self._build_empty_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_page)
        self.setCentralWidget(self.stack)
        self.resize(1440, 880)

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
        self.empty_import = QPushButton(self.tr("Import…"))
        self.empty_import.clicked.connect(self.import_files_dialog)
        self.empty_paste = QPushButton(self.tr("Paste text…"))
        self.empty_paste.clicked.connect(self.paste_article)
        self.empty_sample = QPushButton(self.tr("Open the sample article"))
        self.empty_sample.clicked.connect(self.open_sample)
        for button in (self.empty_import, self.empty_paste, self.empty_sample):
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
        self.saved_label = QLabel()
        self.reviewer_label = QLabel()
        self.database_label = QLabel()
        self.kb_label = kb_as_of_label()
        for label in (self.saved_label, self.reviewer_label, self.database_label, self.kb_label):
            status.addPermanentWidget(label)
        self._update_status_labels()
