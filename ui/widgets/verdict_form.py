"""The review fields of one sentence: four tri-state verdicts, rating, credibility, status,
the note (saved after a pause in typing) and the evidence. Every edit is one SetReview."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck_review.ui.commands import SetReview
from factcheck_review.ui.models.sentence_table import verdict_action
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.verdict_edit import AskAboutLinks, ask_about_links, set_verdict
from factcheck_review.ui.vocabulary import credibility_word, rating_label, status_label
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import CREDIBILITY_GRADES, VERDICT_FIELDS, Rating, Review, Status

if TYPE_CHECKING:  # only in signatures: set up when the event first comes, not at start-up
    from PySide6.QtWidgets import QAbstractButton

NOTE_PAUSE_MS = 700

# Marked for translation; translated where shown (form_text).
VERDICT_LABELS = {
    "sourced": (QT_TRANSLATE_NOOP("VerdictForm", "Sourced"),
                QT_TRANSLATE_NOOP("VerdictForm", "The claim is attributed to some source, named or not.")),
    "anonymous": (QT_TRANSLATE_NOOP("VerdictForm", "Anonymous"),
                  QT_TRANSLATE_NOOP("VerdictForm", "At least one of the sentence's sources is unnamed.")),
    "contested": (QT_TRANSLATE_NOOP("VerdictForm", "Contested"),
                  QT_TRANSLATE_NOOP("VerdictForm", "The claim is disputed.")),
    "inconsistent": (QT_TRANSLATE_NOOP("VerdictForm", "Inconsistent"),
                     QT_TRANSLATE_NOOP("VerdictForm", "The sentence conflicts with another sentence.")),
}
# The three states in the order shown; "not judged" is its own choice, never "no".
TRI_STATES: tuple[tuple[bool | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("VerdictForm", "Not judged")), (True, QT_TRANSLATE_NOOP("VerdictForm", "Yes")),
    (False, QT_TRANSLATE_NOOP("VerdictForm", "No")))


def form_text(text: str) -> str:
    return QCoreApplication.translate("VerdictForm", text)

__all__ = ["NoteEditor", "TriStateButtons", "VerdictForm", "verdict_action"]


# Segmented look from the system palette, so light and dark themes both read well; the
# chosen state is also told by a mark, not by colour alone.
SEGMENT_STYLE = """
QToolButton { border: 1px solid palette(mid); padding: 3px 5px; background: palette(button); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); font-weight: bold; }
QToolButton:focus { border: 1px solid palette(highlight); }
QToolButton#first { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }
QToolButton#first:checked { background: palette(mid); color: palette(button-text); border-color: palette(mid); }
QToolButton#last { border-top-right-radius: 4px; border-bottom-right-radius: 4px; }
"""
MARKS = {None: "–", True: "✓", False: "✗"}


class TriStateButtons(QWidget):
    """A three-way segmented control: Not judged / Yes / No."""

    chosen = Signal(object)  # bool | None, on a user's click only

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[bool | None, QToolButton] = {}
        for value, source_label in TRI_STATES:
            label = form_text(source_label)
            button = QToolButton(self)
            button.setText(f"{MARKS[value]} {label}")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{name}: {label}")
            button.setObjectName("first" if value is None else "last" if value is False else "middle")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[value] = button
        self.setStyleSheet(SEGMENT_STYLE)
        self.group.buttonClicked.connect(self._clicked)
        self._value: bool | None = None
        self.set_value(None)

    def value(self) -> bool | None:
        return self._value

    def set_value(self, value: bool | None) -> None:
        self._value = value
        self.buttons[value].setChecked(True)

    def _clicked(self, button: QAbstractButton) -> None:
        value = next(v for v, b in self.buttons.items() if b is button)
        if value is not self._value:
            self._value = value
            self.chosen.emit(value)


class _ReviewPart(QWidget):
    """Shared by the form parts: the sentence being shown and how edits are pushed."""

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sentence_id: int | None = None

    def push(self, changes: dict[str, Any], text: str) -> bool:
        if self.sentence_id is None:
            return False
        return self.session.push(SetReview(self.sentence_id, changes, text))


class VerdictForm(_ReviewPart):
    """Verdicts, rating, credibility and status of the current reviewer's review."""

    # Emitted after the reviewer marks the sentence inconsistent (the panel offers a link).
    inconsistent_marked = Signal(int)
    acted = Signal()  # after a verdict, rating, credibility or status is chosen

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        # Asked when a verdict leaves "yes" while its links remain; the window puts its own.
        self.ask_about_links: AskAboutLinks = lambda text: ask_about_links(self, text)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.verdicts: dict[str, TriStateButtons] = {}
        for number, name in enumerate(VERDICT_FIELDS, start=1):
            label, tip = (form_text(text) for text in VERDICT_LABELS[name])
            buttons = TriStateButtons(label, self)
            buttons.setToolTip(self.tr("{explanation} (key {key} in the table)").format(explanation=tip, key=number))
            buttons.chosen.connect(lambda value, name=name: self._verdict_chosen(name, value))
            form.addRow(self.tr("{label}:").format(label=label), buttons)
            self.verdicts[name] = buttons

        self.rating = QComboBox(self)
        self.rating.addItem(self.tr("Not rated"), None)
        for rating in Rating:  # item data holds the plain value: Qt turns str enums into str
            self.rating.addItem(rating_label(rating), rating.value)
        self.rating.setToolTip(self.tr("Your rating of the sentence's claim, from accurate to false"))
        self.rating.activated.connect(self._rating_chosen)
        form.addRow(self.tr("Rating:"), self.rating)

        self.credibility = QComboBox(self)
        self.credibility.addItem(self.tr("Not graded"), None)
        for grade in CREDIBILITY_GRADES:
            self.credibility.addItem(f"{grade} — {credibility_word(grade)}", grade)
        self.credibility.setToolTip(self.tr("Admiralty information grade: how far the claim itself is confirmed."))
        self.credibility.activated.connect(self._credibility_chosen)
        form.addRow(self.tr("Credibility:"), self.credibility)

        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.setToolTip(self.tr("Judging all four verdicts marks the sentence done."))
        self.status.activated.connect(self._status_chosen)
        form.addRow(self.tr("Status:"), self.status)
        self.form = form
        margins = form.contentsMargins()
        # Narrower than labels beside fields need: every label goes above its field.
        self.side_by_side_width = (
            max(form.labelForField(w).sizeHint().width() for w in self.verdicts.values())
            + max(w.minimumSizeHint().width() for w in self.verdicts.values())
            + form.horizontalSpacing() + margins.left() + margins.right())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (QFormLayout.RowWrapPolicy.WrapAllRows if event.size().width() < self.side_by_side_width
                  else QFormLayout.RowWrapPolicy.DontWrapRows)
        if self.form.rowWrapPolicy() != wanted:
            self.form.setRowWrapPolicy(wanted)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        # Allow the stacked layout: as narrow as the widest field.
        hint = super().minimumSizeHint()
        margins = self.form.contentsMargins()
        narrow = max(w.minimumSizeHint().width() for w in self.verdicts.values()) + margins.left() + margins.right()
        return QSize(min(hint.width(), narrow), hint.height())

    def set_review(self, sentence_id: int | None, review: Review | None) -> None:
        self.sentence_id = sentence_id
        self.setEnabled(sentence_id is not None)
        review = review or Review(sentence_id=sentence_id or 0, reviewer="")
        for name, buttons in self.verdicts.items():
            buttons.set_value(getattr(review, name))
        self.rating.setCurrentIndex(max(0, self.rating.findData(review.rating.value if review.rating else None)))
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(review.credibility)))
        self.status.setCurrentIndex(max(0, self.status.findData(review.status.value)))

    def _verdict_chosen(self, name: str, value: bool | None) -> None:
        sentence_id = self.sentence_id
        if sentence_id is None:
            return
        old = self.session.store.review(sentence_id)
        if not set_verdict(self.session, sentence_id, name, value, self.ask_about_links,
                           offer_link=self.inconsistent_marked.emit):
            self.verdicts[name].set_value(getattr(old, name))  # cancelled or refused: show what is saved
        self.acted.emit()

    def _rating_chosen(self, index: int) -> None:
        value = self.rating.itemData(index)
        rating = Rating(value) if value else None
        self.push({"rating": rating}, self.tr("Rate {rating}").format(rating=rating_label(rating).lower())
                  if rating else self.tr("Clear rating"))
        self.acted.emit()

    def _credibility_chosen(self, index: int) -> None:
        grade = self.credibility.itemData(index)
        self.push({"credibility": grade}, self.tr("Set credibility {grade}").format(grade=grade) if grade
                  else self.tr("Clear credibility"))
        self.acted.emit()

    def _status_chosen(self, index: int) -> None:
        status = Status(self.status.itemData(index))
        self.push({"status": status}, self.tr("Mark {status}").format(status=status_label(status).lower()))
        self.acted.emit()


class NoteEditor(_ReviewPart):
    """The reviewer's note. Saved after a pause in typing (one undo step per pause) and
    when the editor loses focus or another sentence is shown."""

    def __init__(self, session: QtSession, parent: QWidget | None = None,
                 pause_ms: int = NOTE_PAUSE_MS) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Notes on this sentence: what you checked, what is missing…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(64)
        self.editor.setMaximumHeight(120)
        self.editor.installEventFilter(self)
        layout.addWidget(self.editor)
        self.saved_text = ""
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(pause_ms)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._typed)

    @property
    def pending(self) -> bool:
        """Typing not yet saved."""
        return self.editor.toPlainText() != self.saved_text

    def set_review(self, sentence_id: int | None, review: Review | None) -> None:
        if sentence_id != self.sentence_id:
            self.save()  # what was typed belongs to the sentence it was typed on
        elif self.pending:
            return  # the reviewer is typing; their text wins until the pause saves it
        self.sentence_id = sentence_id
        self.setEnabled(sentence_id is not None)
        note = review.note if review else ""
        self.saved_text = note
        if self.editor.toPlainText() != note:
            self._loading = True
            cursor_at = self.editor.textCursor().position()
            self.editor.setPlainText(note)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(cursor_at, len(note)))
            self.editor.setTextCursor(cursor)
            self._loading = False

    def save(self) -> None:
        self.timer.stop()
        if self.sentence_id is None or not self.pending:
            return
        text = self.editor.toPlainText()
        self.saved_text = text
        if not self.push({"note": text}, self.tr("Edit note")):
            self.saved_text = ""  # not saved: keep it pending so it is tried again

    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save()
        return False
