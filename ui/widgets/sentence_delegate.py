"""The sentence table view and its painting: wrapped sentence text in fixed-height rows, verdict symbols.

Verdicts differ by symbol first (✓ yes, ✗ no, · not judged) and by colour second, so they
read the same for people who do not see the colours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck_review.ui.models.sentence_table import (
    COL_CREDIBILITY,
    COL_NOTE,
    COL_NUMBER,
    COL_RATING,
    COL_SENTENCE,
    COL_SOURCED,
    COL_SUGGESTIONS,
    VERDICT_COLUMNS,
    VERDICT_ROLE,
)
from factcheck_review.ui.vocabulary import rating_label, short_state
from factcheck_review.ui.widgets.row_heights import (
    CHIP_HEIGHT,
    PADDING,
    fit_visible_rows,
    height_for_lines,
)
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import Rating

if TYPE_CHECKING:  # only in signatures: set up when the event first comes, not at start-up
    from PySide6.QtGui import QKeyEvent

SYMBOLS = {True: "✓", False: "✗", None: "·"}
CHIP_WIDTH = 26  # the pale chip behind a judged verdict on the selected row
SENTENCE_LINES = 3

# Flags the painting combines for every cell, made once (each Python flag operation costs).
_SELECTED = QStyle.StateFlag.State_Selected
_FOCUSED = QStyle.StateFlag.State_HasFocus
_NOT_FOCUSED = ~_FOCUSED
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole
_VERTICAL_MASK = int(Qt.AlignmentFlag.AlignVertical_Mask)
_TOP = int(Qt.AlignmentFlag.AlignTop)
_WORD_WRAP = int(Qt.TextFlag.TextWordWrap)
_CENTRED_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)



def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def verdict_colour(column: int, value: bool | None, palette: QPalette) -> QColor:
    """Green for the reassuring answer, orange-red for the worrying one, grey when not judged.

    "Sourced: yes" reassures; "anonymous / contested / inconsistent: yes" worries.
    """
    if value is None:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    good = value if column == COL_SOURCED else not value
    dark = is_dark(palette)
    if good:
        return QColor("#6fcf7f") if dark else QColor("#1e7b34")
    return QColor("#ff8a65") if dark else QColor("#c0392b")


def row_height(font: QFont) -> int:
    """The tallest row (three lines of text); rows are as tall as their text up to this."""
    return height_for_lines(font, SENTENCE_LINES)


class SentenceDelegate(QStyledItemDelegate):
    """Paints every cell from the model's own roles, without ``initStyleOption``: that asks the
    model for about ten roles per cell (font, colours, check state, icon…) the table never
    gives, which made a full repaint of the table ask the model ~1,500 times."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        column = index.column()
        state = option.state
        selected = bool(state & _SELECTED)
        self._background(painter, option, state)
        if column == COL_SENTENCE:
            self._paint_sentence(painter, option, index, selected)
            return
        if column in VERDICT_COLUMNS:
            self._paint_verdict(painter, option, index, selected)
        else:
            self._paint_text(painter, option, index, column, selected)
        if state & _FOCUSED:
            self._focus(painter, option, selected)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), row_height(option.font))

    # -- pieces --------------------------------------------------------------

    @staticmethod
    def _text_role(selected: bool) -> QPalette.ColorRole:
        return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text

    @staticmethod
    def _background(painter: QPainter, option: QStyleOptionViewItem, state: QStyle.StateFlag) -> None:
        # The cell's panel (selection highlight) as the style draws it for a cell with text; the
        # text is painted apart. The model gives no background role, so none is read.
        opt = QStyleOptionViewItem(option)
        opt.features |= _HAS_DISPLAY
        opt.state = state & _NOT_FOCUSED
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex, column: int, selected: bool) -> None:
        palette = QPalette(option.palette)
        if column == COL_NUMBER:
            palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorGroup.Disabled,
                                                                            QPalette.ColorRole.Text))
        elif column == COL_SUGGESTIONS:
            palette.setColor(QPalette.ColorRole.Text, QColor("#b07d00")
                             if not is_dark(option.palette) else QColor("#ffd166"))
        given = index.data(_ALIGNMENT_ROLE)
        alignment = (int(given) if given is not None else int(option.displayAlignment)) & ~_VERTICAL_MASK | _TOP
        if column in (COL_RATING, COL_CREDIBILITY):
            alignment |= _WORD_WRAP  # "Mostly / accurate" in a narrow column
        # As the item delegate shows text: a line break in the value starts a new line.
        text = (index.data() or "").replace("\n", "\u2028")
        style = option.widget.style() if option.widget else QApplication.style()
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, 0)
        style.drawItemText(painter, rect, alignment, palette, True, text, self._text_role(selected))

    @staticmethod
    def _focus(painter: QPainter, option: QStyleOptionViewItem, selected: bool) -> None:
        # The current cell gets a visible frame: Space and clicks act on it.
        painter.save()
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                      else QPalette.ColorRole.Highlight)
        painter.setPen(colour)
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_sentence(self, painter: QPainter, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex, selected: bool) -> None:
        text = index.data() or ""
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        painter.setPen(option.palette.color(self._text_role(selected)))
        painter.setFont(option.font)
        draw_wrapped(painter, rect, text, option.font)
        painter.restore()

    def _paint_verdict(self, painter: QPainter, option: QStyleOptionViewItem,
                       index: QModelIndex | QPersistentModelIndex, selected: bool) -> None:
        value = index.data(VERDICT_ROLE)
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * (1.15 if value is not None else 1.4))
        painter.setFont(font)
        colour = verdict_colour(index.column(), value, option.palette)
        if selected and value is None:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText)
        if selected and value is not None:
            # A pale chip keeps the colour readable on the selection highlight.
            chip = QRect(0, 0, CHIP_WIDTH, CHIP_HEIGHT)
            chip.moveCenter(option.rect.center())
            chip.moveTop(option.rect.top() + PADDING - 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(chip, 5, 5)
        painter.setPen(colour)
        rect = option.rect.adjusted(0, PADDING, 0, 0)
        painter.drawText(rect, _CENTRED_TOP, SYMBOLS[value])
        painter.restore()


def draw_wrapped(painter: QPainter, rect: QRect, text: str, font: QFont) -> None:
    """Wrap ``text`` into ``rect``; when it does not fit, end the last line with "…"."""
    metrics = QFontMetricsF(font)
    line_height = metrics.lineSpacing()
    max_lines = max(1, int(rect.height() // line_height))
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[QTextLine] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, len(lines) * line_height))
        lines.append(line)
    more = layout.createLine().isValid()
    layout.endLayout()
    origin = QPointF(rect.left(), rect.top())
    for number, line in enumerate(lines):
        if number == len(lines) - 1 and more:
            # Qt counts UTF-16 units; slice the same way.
            rest = text.encode("utf-16-le")[line.textStart() * 2:].decode("utf-16-le", "replace")
            elided = metrics.elidedText(rest.replace("\n", " "), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QPointF(rect.left(), rect.top() + line.y() + metrics.ascent()), elided)
        else:
            line.draw(painter, origin)




def _viewport() -> QWidget:
    """A viewport like Qt's own, but made in Python. The first ``viewport()`` call on the one
    Qt makes has PySide set up every QWidget subclass of QtWidgets to find its Python type
    (~7 ms, before the window's first paint); for a widget made here it knows the type."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class SentenceTableView(QTableView):
    """The sentence table: fixed-height rows, keyboard-first verdict editing.

    j/k move like the arrows; Space cycles the verdict in the current column; a click on a
    verdict cell cycles it. 1–4 are window shortcuts (they reach here only as a fallback).
    """

    verdict_requested = Signal(int, int)  # row, verdict column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(_viewport())
        self.setItemDelegate(SentenceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(self.tr("Sentences"))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(24)
        self.clicked.connect(self._clicked)
        self._widths: dict[int, int] = {}  # columns the reviewer resized: kept over the defaults
        self._applying = False
        header.sectionResized.connect(self._section_resized)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_rows)
        self.verticalScrollBar().valueChanged.connect(self.schedule_fit)
        self._apply_sizes()

    def _default_widths(self) -> dict[int, int]:
        """Every column but the sentence as wide as its header or its widest content.

        Content widths come from the font (what a column can hold), never from reading rows:
        the model is paged, and a 100,000-sentence article must not be read to size a column.
        A rating of two words wraps onto a second line of the fixed-height row.
        """
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        model = self.model()
        digits = len(str(model.rowCount())) if model is not None else 3
        content = {
            COL_NUMBER: metrics.horizontalAdvance("0" * max(2, digits)),
            COL_RATING: max(metrics.horizontalAdvance(word) for rating in Rating for word in rating_label(rating).split()),
            COL_CREDIBILITY: metrics.horizontalAdvance("B2 C3"),
            COL_NOTE: metrics.horizontalAdvance("✎"),
            COL_SUGGESTIONS: max(metrics.horizontalAdvance(w) for w in ("◆ 99", short_state("named"),
                                                                          short_state("anonymous"))),
        }
        for column in VERDICT_COLUMNS:
            content[column] = max(CHIP_WIDTH, QFontMetrics(bold).horizontalAdvance("✓"))
        header = self.horizontalHeader()
        widths = {}
        for column, width in content.items():
            needed = width + 2 * PADDING + 4
            if header.count() > column:
                needed = max(needed, header.sectionSizeHint(column))
            widths[column] = needed
        return widths

    def _apply_sizes(self, reset_widths: bool = False) -> None:
        if reset_widths:
            self._widths.clear()
        self.verticalHeader().setDefaultSectionSize(height_for_lines(self.font(), 1))
        self.verticalHeader().setMinimumSectionSize(height_for_lines(self.font(), 1))
        self.schedule_fit()
        header = self.horizontalHeader()
        if header.count() == 0:
            return
        self._applying = True
        try:
            for column, width in (self._default_widths() | self._widths).items():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            # The sentence takes whatever width is left.
            header.setSectionResizeMode(COL_SENTENCE, QHeaderView.ResizeMode.Stretch)
        finally:
            self._applying = False

    def fit_rows(self) -> int:
        """Size the rows in view to their text (1–3 lines); returns how many were measured."""
        self._fit_timer.stop()
        return fit_visible_rows(self, COL_SENTENCE)

    def schedule_fit(self) -> None:
        self._fit_timer.start(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.schedule_fit()

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if column == COL_SENTENCE:
            self.schedule_fit()
        # Widths the reviewer sets survive a reload of the table (Qt forgets them on a reset).
        if not self._applying and column != COL_SENTENCE and new > 0:
            self._widths[column] = new

    def column_widths(self) -> dict[int, int]:
        return self._default_widths() | self._widths

    def set_column_widths(self, widths: dict[int, int]) -> None:
        known = self._default_widths()
        self._widths.update({c: w for c, w in widths.items() if c in known and w > 10})
        self._apply_sizes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_sizes(reset_widths=True)

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt name
        super().setModel(model)
        model.modelReset.connect(self._apply_sizes)
        model.dataChanged.connect(lambda *args: self.schedule_fit())
        self._apply_sizes()

    def move_rows(self, delta: int) -> None:
        model = self.model()
        if model is None or not model.rowCount():
            return
        current = self.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        row = max(0, min(model.rowCount() - 1, row))
        column = current.column() if current.isValid() else COL_SENTENCE
        self.setCurrentIndex(model.index(row, column))
        self.scrollTo(model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and key == Qt.Key.Key_J:
            self.move_rows(+1)
            return
        if plain and key == Qt.Key.Key_K:
            self.move_rows(-1)
            return
        current = self.currentIndex()
        if plain and key == Qt.Key.Key_Space and current.isValid() and current.column() in VERDICT_COLUMNS:
            self.verdict_requested.emit(current.row(), current.column())
            return
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and current.isValid():
            self.verdict_requested.emit(current.row(), COL_SOURCED + key - Qt.Key.Key_1)
            return
        super().keyPressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() in VERDICT_COLUMNS:
            self.verdict_requested.emit(index.row(), index.column())


class SplitDialog(QDialog):
    """Shows a sentence; the reviewer puts the cursor where it should be split."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split sentence"))
        self.resize(560, 260)
        self.text = text
        self.editor = QPlainTextEdit(text)
        self.editor.setReadOnly(True)
        # Read-only, but with a visible, movable cursor.
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        cursor = self.editor.textCursor()
        cursor.setPosition(utf16_len(text[:suggested_split(text)]))
        self.editor.setTextCursor(cursor)
        from factcheck_review.ui.widgets.dialog_buttons import ok_cancel_buttons

        buttons = ok_cancel_buttons(self, self.tr("Split here"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Click (or move the cursor with the arrow keys) where the second sentence "
                                        "begins. Both parts keep the review.")))
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def offset(self) -> int:
        """The split point as a character offset into the sentence text (Python characters)."""
        return python_offset(self.text, self.editor.textCursor().position())


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def python_offset(text: str, utf16_position: int) -> int:
    """Qt positions count UTF-16 units; Python strings count code points."""
    return len(text.encode("utf-16-le")[: utf16_position * 2].decode("utf-16-le", "ignore"))


def suggested_split(text: str) -> int:
    """A likely split point: after the first sentence-ending mark inside the text, else the middle."""
    for mark in (". ", "? ", "! ", "; "):
        position = text.find(mark, 1)
        if 0 < position < len(text) - 2:
            return position + 2
    middle = len(text) // 2
    space = text.find(" ", middle)
    return space + 1 if space > 0 else middle
