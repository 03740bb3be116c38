"""Sentence rows as tall as their text: one to three lines, computed only for the rows shown.

A 100,000-sentence transcript must open at once, so heights are never computed for every row
(as Qt's ResizeToContents would): rows start one line high, and each time the table scrolls,
resizes or reloads, only the rows that fill the viewport are measured and resized.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QTableView

MAX_LINES = 3
PADDING = 4
CHIP_HEIGHT = 22  # the chip behind a judged verdict: a one-line row still holds it


def line_height(font: QFont) -> int:
    return QFontMetrics(font).lineSpacing()


def height_for_lines(font: QFont, lines: int) -> int:
    return max(line_height(font) * lines + 2 * PADDING + 2, CHIP_HEIGHT + 2 * PADDING)


def wrapped_lines(text: str, font: QFont, width: int, limit: int = MAX_LINES) -> int:
    """How many lines ``text`` takes wrapped to ``width`` (as the table paints it), at most ``limit``."""
    if width <= 0 or not text:
        return 1
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while lines < limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, lines * 10))
        lines += 1
    layout.endLayout()
    return max(1, lines)


def fit_visible_rows(view: QTableView, column: int) -> int:
    """Resize the rows that fill the viewport to their text in ``column``; returns how many
    rows were measured."""
    model = view.model()
    if model is None or not model.rowCount():
        return 0
    header = view.verticalHeader()
    font = view.font()
    width = view.columnWidth(column) - 2 * PADDING
    top = view.rowAt(0)
    row = top if top >= 0 else 0
    bottom = view.viewport().height()
    filled = 0
    measured = 0
    count = model.rowCount()
    while row < count and filled < bottom:
        text = model.index(row, column).data() or ""
        wanted = height_for_lines(font, wrapped_lines(str(text), font, width))
        if header.sectionSize(row) != wanted:
            header.resizeSection(row, wanted)
        filled += wanted
        measured += 1
        row += 1
    return measured
