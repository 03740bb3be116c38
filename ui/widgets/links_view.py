"""Links between sentences ("contradicts #3"), shown on both sentences, one click to jump;
the add-link dialog picking a sentence of this or another article; and the offer, after a
sentence is marked inconsistent, to pick the sentence it conflicts with."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.model import Link, LinkKind, Sentence
from ui.commands import AddLink, RemoveLink
from ui.session import QtSession

LINK_KIND_LABELS = {
    LinkKind.CONTRADICTS: "contradicts",
    LinkKind.CORROBORATES: "corroborates",
    LinkKind.SAME_CLAIM: "same claim as",
}


@dataclass(frozen=True)
class LinkChoice:
    to_sentence: int
    kind: LinkKind
    note: str = ""


# (parent, session, sentence id, preset kind, title) -> the reviewer's choice or None
ChooseLink = Callable[[QWidget | None, QtSession, int, LinkKind, str], LinkChoice | None]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class AddLinkDialog(QDialog):
    """Pick a sentence of this or another article, the kind of link and a note."""

    def __init__(self, session: QtSession, sentence_id: int, kind: LinkKind = LinkKind.CONTRADICTS,
                 title: str = "Link to another sentence", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 460)
        self.session = session
        self.sentence = session.store.sentence(sentence_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(f"Sentence {self.sentence.number}: “{_short(self.sentence.text, 140)}”")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox(self)
        for value, label in LINK_KIND_LABELS.items():
            self.kind.addItem(label, value.value)  # plain values: Qt turns str enums into str
        self.kind.setCurrentIndex(max(0, self.kind.findData(LinkKind(kind).value)))
        form.addRow("This sentence:", self.kind)
        self.article = QComboBox(self)
        for summary in session.store.list_articles():
            label = "This article" if summary.id == self.sentence.article_id else summary.title
            if summary.id == self.sentence.article_id:
                self.article.insertItem(0, label, summary.id)
            else:
                self.article.addItem(label, summary.id)
        self.article.setCurrentIndex(0)
        form.addRow("In:", self.article)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter by words or number")
        self.filter.setClearButtonEnabled(True)
        form.addRow("Find:", self.filter)
        layout.addLayout(form)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        layout.addWidget(self.list, 1)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText("Why (optional): e.g. the capture was on January 3, under Trump")
        note_form = QFormLayout()
        note_form.addRow("Note:", self.note)
        layout.addLayout(note_form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.article.currentIndexChanged.connect(self._load)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(self._update_ok)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._load()
        self.filter.setFocus()

    def _load(self) -> None:
        self.list.clear()
        article_id = self.article.currentData()
        if article_id is None:
            return
        for sentence in self.session.store.sentences(article_id):
            if sentence.id == self.sentence.id:
                continue
            item = QListWidgetItem(f"{sentence.number}. {sentence.text}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, sentence.id)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hay = item.text().casefold()
            number = item.text().split(".", 1)[0]
            hidden = bool(words) and not (text.strip() == number or all(w in hay for w in words))
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first_visible)
        self._update_ok()

    def _update_ok(self) -> None:
        item = self.list.currentItem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(item is not None and not item.isHidden())

    def choice(self) -> LinkChoice | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return LinkChoice(int(item.data(Qt.ItemDataRole.UserRole)), LinkKind(self.kind.currentData()),
                          self.note.text().strip())


def choose_link_dialog(parent: QWidget | None, session: QtSession, sentence_id: int,
                       kind: LinkKind, title: str) -> LinkChoice | None:
    dialog = AddLinkDialog(session, sentence_id, kind, title, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def add_link(parent: QWidget | None, session: QtSession, sentence_id: int,
             kind: LinkKind = LinkKind.CORROBORATES, choose: ChooseLink | None = None,
             title: str = "Link to another sentence") -> bool:
    """Ask for a sentence, kind and note, and record the link (one undoable action)."""
    choice = (choose or choose_link_dialog)(parent, session, sentence_id, kind, title)
    if choice is None:
        return False
    return session.push(AddLink(sentence_id, choice.to_sentence, choice.kind, choice.note))


def offer_conflict_link(parent: QWidget | None, session: QtSession, sentence_id: int,
                        choose: ChooseLink | None = None) -> bool:
    """After a sentence is marked inconsistent: offer to pick the sentence it conflicts with.

    Nothing is asked when the sentence already has a ``contradicts`` link. Returns True
    when a link was added. ``choose`` replaces the dialog (tests, other front ends).
    """
    if any(link.kind is LinkKind.CONTRADICTS for link in session.store.links_for(sentence_id)):
        return False
    return add_link(parent, session, sentence_id, LinkKind.CONTRADICTS, choose,
                    title="Which sentence does it conflict with?")


def describe_link(session: QtSession, link: Link, sentence_id: int) -> tuple[str, str, int, str]:
    """(label, article id, other sentence id, article title or "") as shown on ``sentence_id``."""
    other_id = link.to_sentence if link.from_sentence == sentence_id else link.from_sentence
    store = session.store
    other: Sentence = store.sentence(other_id)
    here = store.sentence(sentence_id)
    label = f"{LINK_KIND_LABELS[link.kind]} #{other.number}"
    title = ""
    if other.article_id != here.article_id:
        title = store.article(other.article_id).title
    return label, other.article_id, other_id, title


class LinksView(QWidget):
    """The links of one sentence, in either direction, each a link that jumps."""

    jump_requested = Signal(str, int)

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
        self.empty = QLabel("No links to other sentences.", self)
        self.empty.setEnabled(False)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add link…", self)
        self.add_button.setToolTip("Link this sentence to one that contradicts, corroborates or repeats it")
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
            text += f" in “{html.escape(_short(title, 50))}”"
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
        remove.setToolTip("Remove this link")
        remove.setAccessibleName(f"Remove link {label}")
        remove.clicked.connect(lambda _=False, link_id=link.id: self.session.push(RemoveLink(link_id)))
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
        return add_link(self, self.session, self.sentence_id, LinkKind.CONTRADICTS, self.choose)
