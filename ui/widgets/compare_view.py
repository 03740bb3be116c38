"""Compare reviewers: every layer's verdicts, ratings and notes side by side, read-only,
with the fields the reviewers judged differently marked. Double-click jumps to the sentence."""

from __future__ import annotations

from typing import Any

from factcheck_review.ui.vocabulary import field_label, field_value_text
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.team.compare import (
    AGREEMENT_FIELDS,
    FIELD_LABELS,
    CompareRow,
    compare_layers,
    compare_rows,
)
from factcheck.team.layers import FINAL

translate = QCoreApplication.translate

DISAGREE = QBrush(QColor("#f8d7da"))
MARK = "≠ "
LAYER_WIDTH = 300


def cell_text(row: CompareRow, layer: str) -> str:
    review = row.reviews.get(layer)
    if review is None:
        return translate("CompareView", "not reviewed")
    def part(name: str) -> str:
        mark = MARK if name in row.disagreeing and layer != FINAL else ""
        return f"{mark}{field_label(name, FIELD_LABELS)}: {field_value_text(name, review)}"

    pairs = [AGREEMENT_FIELDS[i:i + 2] for i in range(0, len(AGREEMENT_FIELDS), 2)]
    lines = [" · ".join(part(name) for name in pair) for pair in pairs]
    if review.note.strip():
        lines.append(translate("CompareView", "Note: {note}").format(note=" ".join(review.note.split())))
    return "\n".join(lines)


def layer_title(name: str, current: str) -> str:
    """A layer's column heading: the reviewer's name, "(you)" for the current one; "final"."""
    if name == FINAL:
        return translate("CompareView", "final")
    return translate("CompareView", "{name} (you)").format(name=name) if name == current else name


class CompareView(QDialog):
    """All layers of the open article; the current reviewer's layer first."""

    jump_requested = Signal(str, int)  # article id, sentence id

    def __init__(self, session: Any, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id = article_id
        self.setWindowTitle(self.tr("Compare reviewers"))
        self.resize(1100, 650)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.rows: list[CompareRow] = []
        self.layers: list[str] = []
        session.changed.connect(self._changed)  # a bound slot: dropped when the view goes
        self.reload()

    def _changed(self, change: object) -> None:
        self.reload()

    def reload(self) -> None:
        store = self.session.store
        bundle = store.article_review(self.article_id)
        self.layers = compare_layers(bundle, store.reviewer)
        self.rows = compare_rows(bundle, self.layers)
        headers = ["#", self.tr("Sentence")] + [layer_title(name, store.reviewer) for name in self.layers]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.number)))
            self.table.setItem(r, 1, QTableWidgetItem(row.text))
            for c, layer in enumerate(self.layers, start=2):
                item = QTableWidgetItem(cell_text(row, layer))
                if row.disagreeing and layer != FINAL and row.reviews.get(layer) is not None:
                    item.setBackground(DISAGREE)
                    item.setToolTip(self.tr("Reviewers disagree on: {fields}").format(
                        fields=", ".join(field_label(f, FIELD_LABELS).lower() for f in sorted(row.disagreeing))))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in range(2, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, LAYER_WIDTH)
        self.table.resizeRowsToContents()
        marked = sum(1 for row in self.rows if row.disagreeing)
        others = len([n for n in self.layers if n not in (store.reviewer, FINAL)])
        self.summary.setText(self.tr("%n other reviewer(s);", "", others) + " "
                             + self.tr("%n sentence(s) with disagreements (marked ≠).", "", marked))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the sentence column has its real width only now

    def disagreeing_numbers(self) -> list[int]:
        return [row.number for row in self.rows if row.disagreeing]

    def _jump(self, row: int, column: int) -> None:
        if 0 <= row < len(self.rows):
            self.jump_requested.emit(self.article_id, self.rows[row].sentence_id)


def open_compare(window: Any) -> CompareView | None:
    """View > Compare reviewers: opened beside the window for the open article."""
    if window.article_id is None:
        return None
    view = CompareView(window.session, window.article_id, window)
    view.jump_requested.connect(window.jump_to)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    window.compare_view = view
    return view
