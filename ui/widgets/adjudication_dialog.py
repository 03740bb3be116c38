"""Adjudication: an editor walks the unsettled disagreements of an article.

Each reviewer's value and note stand side by side; key 1, 2, … takes that reviewer's value,
0 takes the editor's own value from the box below, S skips. Every choice is one undoable
command recorded in the final layer (who decided, when).
"""

from __future__ import annotations

from typing import Any

from factcheck_review.ui.vocabulary import (
    credibility_word,
    field_label,
    field_value_text,
    rating_label,
)
from factcheck_review.ui.widgets.core_command import CoreOperation
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import CREDIBILITY_GRADES, Rating, Review
from factcheck.team.agreement import Disagreement
from factcheck.team.compare import FIELD_LABELS

translate = QCoreApplication.translate


def Adjudicate(sentence_id: int, field: str, value: Any) -> CoreOperation:  # noqa: N802 - a command
    """Decide one field of one sentence in the final layer (undone by the core's inverse)."""
    return CoreOperation(translate("AdjudicationDialog", "Adjudicate {field}").format(
                             field=field_label(field, FIELD_LABELS).lower()),
                         lambda store: store.decide(sentence_id, field, value))


def own_choices(field: str) -> list[tuple[str, Any]]:
    """What the editor can pick as an own value for a field."""
    not_judged = translate("AdjudicationDialog", "Not judged")
    if field == "rating":
        return [(rating_label(r), r) for r in Rating] + [(not_judged, None)]
    if field == "credibility":
        return [(f"{grade} — {credibility_word(grade)}", grade) for grade in CREDIBILITY_GRADES] + [(not_judged, None)]
    return [(translate("AdjudicationDialog", "Yes"), True), (translate("AdjudicationDialog", "No"), False),
            (not_judged, None)]


class AdjudicationDialog(QDialog):
    settled_all = Signal()
    jump_requested = Signal(str, int)

    def __init__(self, session: Any, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id = article_id
        self.setWindowTitle(self.tr("Adjudicate disagreements"))
        self.resize(760, 420)
        self.position = QLabel(self)
        self.position.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        self.sentence = QLabel(self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-weight: bold; padding: 6px 0")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choices = QGridLayout()
        self.own = QComboBox(self)
        own_button = QPushButton(self.tr("&0  Use my value"), self)
        own_button.clicked.connect(self.choose_own)
        skip = QPushButton(self.tr("&Skip"), self)
        skip.clicked.connect(self.skip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.position)
        layout.addWidget(self.sentence)
        layout.addLayout(self.choices)
        own_row = QHBoxLayout()
        own_row.addWidget(QLabel(self.tr("Own value:"), self))
        own_row.addWidget(self.own, 1)
        own_row.addWidget(own_button)
        layout.addLayout(own_row)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(skip)
        layout.addLayout(bottom)
        for key in range(1, 10):
            QShortcut(QKeySequence(str(key)), self, activated=lambda k=key: self.choose(k))
        QShortcut(QKeySequence("0"), self, activated=self.choose_own)
        QShortcut(QKeySequence("S"), self, activated=self.skip)
        self.queue: list[Disagreement] = []
        self.current: Disagreement | None = None
        self._skipped: set[tuple[int, str]] = set()
        self._buttons: list[QWidget] = []
        self.reload()

    def reload(self) -> None:
        unsettled = self.session.store.unsettled(self.article_id)
        self.queue = [d for d in unsettled if (d.sentence_id, d.field) not in self._skipped] or unsettled
        if self.queue == unsettled:
            self._skipped.clear()
        self._show(self.queue[0] if self.queue else None, len(unsettled))

    def _show(self, d: Disagreement | None, left: int) -> None:
        for widget in self._buttons:
            self.choices.removeWidget(widget)
            widget.deleteLater()
        self._buttons = []
        self.current = d
        if d is None:
            self.position.setText(self.tr("Every disagreement is settled; the article can be signed off."))
            self.sentence.setText("")
            self.own.clear()
            return
        self.position.setText(self.tr("%n disagreement(s) left", "", left) + " · " + self.tr(
            "sentence {number} · {field}").format(number=d.number, field=field_label(d.field, FIELD_LABELS)))
        self.sentence.setText(d.text)
        self.jump_requested.emit(self.article_id, d.sentence_id)
        for row, (who, value) in enumerate(d.values.items()):
            shown = field_value_text(d.field, Review(0, who, **{d.field: value}))
            button = QPushButton(f"&{row + 1}  {who}: {shown}", self)
            button.clicked.connect(lambda checked=False, k=row + 1: self.choose(k))
            note = QLabel(d.notes.get(who, ""), self)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            self.choices.addWidget(button, row, 0)
            self.choices.addWidget(note, row, 1)
            self._buttons += [button, note]
        self.own.clear()
        for label, value in own_choices(d.field):
            self.own.addItem(label, value)

    def choose(self, key: int) -> bool:
        """Take reviewer number ``key``'s value (1-based, in the order shown)."""
        if self.current is None or not 1 <= key <= len(self.current.values):
            return False
        value = list(self.current.values.values())[key - 1]
        return self._decide(value)

    def choose_own(self) -> bool:
        if self.current is None:
            return False
        return self._decide(self.own.currentData())

    def skip(self) -> None:
        if self.current is not None:
            self._skipped.add((self.current.sentence_id, self.current.field))
        self.reload()

    def _decide(self, value: Any) -> bool:
        assert self.current is not None
        ok = self.session.push(Adjudicate(self.current.sentence_id, self.current.field, value))
        self.reload()
        if ok and self.current is None:
            self.settled_all.emit()
        return ok


def open_adjudication(window: Any) -> AdjudicationDialog | None:
    """Review > Adjudicate disagreements, for the open article."""
    if window.article_id is None:
        return None
    dialog = AdjudicationDialog(window.session, window.article_id, window)
    dialog.jump_requested.connect(window.jump_to)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.adjudication_dialog = dialog
    return dialog
