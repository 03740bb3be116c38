"""Links between sentences ("contradicts #3"), shown on both sentences, one click to jump;
the add-link dialog picking a sentence of this or another article; and the offer, after a
sentence is marked inconsistent, to pick the sentence it conflicts with."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from factcheck_review.ui.commands import AddLink, RemoveLink
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.muted import set_muted
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.model import Link, LinkKind, Sentence

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_USER = Qt.ItemDataRole.UserRole

LINK_KIND_LABELS = {  # marked for translation; shown through link_kind_label()
    LinkKind.CONTRADICTS: QT_TRANSLATE_NOOP("LinksView", "contradicts"),
    LinkKind.CORROBORATES: QT_TRANSLATE_NOOP("LinksView", "corroborates"),
    LinkKind.SAME_CLAIM: QT_TRANSLATE_NOOP("LinksView", "same claim as"),
}


def link_kind_label(kind: LinkKind) -> str:
    return QCoreApplication.translate("LinksView", LINK_KIND_LABELS[kind])


@dataclass(frozen=True)
class LinkChoice:
    to_sentence: int
    kind: LinkKind
    note: str = ""


# (parent, session, sentence id, preset kind, title) -> the reviewer's choice or None
ChooseLink = Callable[[QWidget | None, QtSession, int, LinkKind, str], LinkChoice | None]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Choice(NamedTuple):
    """A sentence one may link to, as the list shows it."""

    id: int
    number: int
    text: str


class SentenceChoices(QAbstractListModel):
    """The sentences one may link to, filtered by words or number. Plain rows, one line each,
    read as (id, number, text) only, so an article of 100,000 sentences opens at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sentences: list[tuple[int, int, str]] = []  # (id, number, text), as the store reads them
        self.folded: list[str] = []
        self.shown: list[int] = []  # positions in ``sentences``

    def load(self, sentences: list[tuple[int, int, str]]) -> None:
        self.beginResetModel()
        self.sentences = sentences
        self.folded = [s[2].casefold() for s in sentences]
        self.shown = list(range(len(sentences)))
        self.endResetModel()

    def apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        number = text.strip().lstrip("#")
        self.beginResetModel()
        if not words:
            self.shown = list(range(len(self.sentences)))
        elif number.isdigit():
            self.shown = [i for i, s in enumerate(self.sentences) if s[1] == int(number)]
        else:
            folded = self.folded
            shown = [i for i, hay in enumerate(folded) if words[0] in hay]
            for word in words[1:]:  # each word narrows the rows the one before kept
                shown = [i for i in shown if word in folded[i]]
            self.shown = shown
        self.endResetModel()

    def sentence(self, row: int) -> Choice | None:
        return Choice(*self.sentences[self.shown[row]]) if 0 <= row < len(self.shown) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        sentence = self.sentence(index.row()) if index.isValid() else None
        if sentence is None:
            return None
        if role == _DISPLAY:
            return f"{sentence.number}. {sentence.text}"
        if role == _TOOLTIP:
            return f"<p>{html.escape(sentence.text)}</p>"  # rich text so long sentences wrap
        if role == _USER:
            return sentence.id
        return None


class AddLinkDialog(QDialog):
    """Pick a sentence of this or another article, the kind of link and a note."""

    def __init__(self, session: QtSession, sentence_id: int, kind: LinkKind = LinkKind.CONTRADICTS,
                 title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Link to another sentence"))
        self.resize(640, 480)
        self.session = session
        self.sentence = session.store.sentence(sentence_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(self.tr("Sentence {number}: “{text}”").format(
            number=self.sentence.number, text=_short(self.sentence.text, 140)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox(self)
        for value in LINK_KIND_LABELS:
            self.kind.addItem(link_kind_label(value), value.value)  # plain values: Qt turns str enums into str
        self.kind.setCurrentIndex(max(0, self.kind.findData(LinkKind(kind).value)))
        form.addRow(self.tr("This sentence:"), self.kind)
        self.article = QComboBox(self)
        for summary in session.store.list_articles():
            label = self.tr("This article") if summary.id == self.sentence.article_id else summary.title
            if summary.id == self.sentence.article_id:
                self.article.insertItem(0, label, summary.id)
            else:
                self.article.addItem(label, summary.id)
        self.article.setCurrentIndex(0)
        form.addRow(self.tr("In:"), self.article)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by words or sentence number; Up/Down to choose"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        form.addRow(self.tr("Find:"), self.filter)
        layout.addLayout(form)
        self.choices = SentenceChoices(self)
        # A one-column table, not a list view: a list view lays out every row when shown (and
        # asks the model for its row count per row: 200,000 calls on a transcript, ~0.3 s);
        # a table of rows of one fixed height lays out none it does not show.
        self.list = QTableView(self)
        self.list.setModel(self.choices)
        self.list.horizontalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        rows = self.list.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.list.fontMetrics().lineSpacing() + 3)  # a list row's height
        self.list.setShowGrid(False)
        self.list.setTabKeyNavigation(False)  # Tab leaves for the buttons, as from a list
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.list, 1)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 3)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Why (optional): e.g. the capture was on January 3, under Trump"))
        note_form = QFormLayout()
        note_form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(note_form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.article.currentIndexChanged.connect(self._load)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_ok())
        self.list.doubleClicked.connect(lambda _index: self.accept())
        # Find, then Note: the reason typed after Tab goes into the note, not into the list.
        QWidget.setTabOrder(self.kind, self.article)
        QWidget.setTabOrder(self.article, self.filter)
        QWidget.setTabOrder(self.filter, self.note)
        QWidget.setTabOrder(self.note, self.list)
        QWidget.setTabOrder(self.list, self.buttons)
        self._load()
        self.filter.setFocus()

    def _load(self) -> None:
        article_id = self.article.currentData()
        sentences = [] if article_id is None else [
            row for row in self.session.store.sentence_texts(article_id) if row[0] != self.sentence.id]
        self.choices.load(sentences)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        self.choices.apply_filter(text)
        if self.choices.rowCount():
            self.list.setCurrentIndex(self.choices.index(0, 0))
        self._update_ok()

    def current(self) -> Choice | None:
        index = self.list.currentIndex()
        return self.choices.sentence(index.row()) if index.isValid() else None

    def _update_ok(self) -> None:
        sentence = self.current()
        self.preview.setText(f"{sentence.number}. {sentence.text}" if sentence else self.tr("No sentence matches."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(sentence is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the filter box move through the list, so the keyboard never has to leave it.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.list, event)
                return True
        return False

    def choice(self) -> LinkChoice | None:
        sentence = self.current()
        if sentence is None or sentence.id is None:
            return None
        return LinkChoice(sentence.id, LinkKind(self.kind.currentData()), self.note.text().strip())


def choose_link_dialog(parent: QWidget | None, session: QtSession, sentence_id: int,
                       kind: LinkKind, title: str | None) -> LinkChoice | None:
    dialog = AddLinkDialog(session, sentence_id, kind, title, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def add_link(parent: QWidget | None, session: QtSession, sentence_id: int,
             kind: LinkKind = LinkKind.CORROBORATES, choose: ChooseLink | None = None,
             title: str | None = None) -> bool:
    """Ask for a sentence, kind and note, and record the link (one undoable action)."""
    choice = (choose or choose_link_dialog)(parent, session, sentence_id, kind, title)
    if choice is None:
        return False
    return session.push(AddLink(sentence_id, choice.to_sentence, choice.kind, choice.note))


def offer_conflict_link(parent: QWidget | None, session: QtSession, sentence_id: int,
                        choose: ChooseLink | None = None) -> bool:
    """After a sentence is marked inconsistent: offer to pick the sentence it conflicts with
    (``set_verdict`` calls it when the core's ``link_to_offer`` says so: not when the sentence
    has a ``contradicts`` link already). Returns True when a link was added. ``choose``
    replaces the dialog (tests, other front ends).
    """
    return add_link(parent, session, sentence_id, LinkKind.CONTRADICTS, choose,
                    title=QCoreApplication.translate("LinksView", "Which sentence does it conflict with?"))


def describe_link(session: QtSession, link: Link, sentence_id: int) -> tuple[str, str, int, str]:
    """(label, article id, other sentence id, article title or "") as shown on ``sentence_id``."""
    other_id = link.to_sentence if link.from_sentence == sentence_id else link.from_sentence
    store = session.store
    other: Sentence = store.sentence(other_id)
    here = store.sentence(sentence_id)
    label = f"{link_kind_label(link.kind)} #{other.number}"
    title = ""
    if other.article_id != here.article_id:
        title = store.article(other.article_id).title
    return label, other.article_id, other_id, title


class LinksView(QWidget):
    """The links of one sentence, in either direction, each a link that jumps."""

    jump_requested = Signal(str, int)
    acted = Signal()  # after a link is added (or the dialog cancelled) or removed

    def __init__(self, session: QtSession, parent: QWidget | None = None,
                 choose: ChooseLink | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose = choose  # None: the dialog
        self.sentence_id: int | None = None
        self.rows: list[QWidget] = []
        self.labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(2)
        layout.addLayout(self.list_layout)
        self.empty = QLabel(self.tr("No links to other sentences."), self)
        set_muted(self.empty)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add link…"), self)
        self.add_button.setToolTip(self.tr("Link this sentence to one that contradicts, corroborates or repeats it"))
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_sentence(self, sentence_id: int | None) -> None:
        self.sentence_id = sentence_id
        self.add_button.setEnabled(sentence_id is not None)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows, self.labels = [], []
        links = self.session.store.links_for(self.sentence_id) if self.sentence_id is not None else []
        for link in links:
            try:
                label, article_id, other_id, title = describe_link(self.session, link, self.sentence_id or 0)
            except FactcheckError:
                continue
            self._add_row(link, label, article_id, other_id, title)
        self.empty.setVisible(not self.rows)

    def _add_row(self, link: Link, label: str, article_id: str, other_id: int, title: str) -> None:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = f'<a href="{html.escape(article_id)}:{other_id}">{html.escape(label)}</a>'
        if title:
            text += " " + self.tr("in “{title}”").format(title=html.escape(_short(title, 50)))
        if link.note:
            text += f" — {html.escape(link.note)}"
        name = QLabel(text, row)
        name.setWordWrap(True)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        name.linkActivated.connect(self._jump)
        name.setToolTip(self.session.store.sentence(other_id).text)
        remove = QToolButton(row)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this link"))
        remove.setAccessibleName(self.tr("Remove link {label}").format(label=label))
        remove.clicked.connect(lambda _=False, link_id=link.id: self.remove(link_id))
        line.addWidget(name, 1)
        line.addWidget(remove)
        self.list_layout.addWidget(row)
        self.rows.append(row)
        self.labels.append(name)

    def _jump(self, href: str) -> None:
        article_id, _, sentence_id = href.rpartition(":")
        self.jump_requested.emit(article_id, int(sentence_id))

    def add(self) -> bool:
        if self.sentence_id is None:
            return False
        done = add_link(self, self.session, self.sentence_id, LinkKind.CONTRADICTS, self.choose)
        self.acted.emit()
        return done

    def remove(self, link_id: int | None) -> bool:
        done = link_id is not None and self.session.push(RemoveLink(link_id))
        self.acted.emit()
        return done
