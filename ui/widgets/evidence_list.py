"""The reviewer's own evidence on a sentence (several items) and the claim ClaimReview names.

Thin: the list shows the store's items; Add, editing a field of the selected item and Remove
are each one undoable command. Links open only for http(s) URLs.
"""

from __future__ import annotations

import html

from factcheck_review.ui.evidence_commands import (
    AddEvidence,
    EditEvidence,
    RemoveEvidence,
    SetClaim,
)
from factcheck_review.ui.session import QtSession
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import EvidenceItem, Review
from factcheck.reports.claim_text import CLAIM_LIMIT, default_claim
from factcheck.urls import is_web_url

ID_ROLE = Qt.ItemDataRole.UserRole


def item_text(item: EvidenceItem) -> str:
    """One line of the list: title, URL, accessed date, archive, note."""
    parts = [p for p in (item.title, item.url) if p]
    if item.accessed:
        parts.append(QCoreApplication.translate("EvidenceList", "accessed {date}").format(date=item.accessed))
    if item.archive_url:
        parts.append(QCoreApplication.translate("EvidenceList", "archived"))
    if item.note:
        parts.append(item.note)
    return " · ".join(parts)


class EvidenceList(QWidget):
    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sentence_id: int | None = None
        self.items: list[EvidenceItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.list)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title of the page or document"))
        self.accessed = QLineEdit(self)
        self.accessed.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.archive_url = QLineEdit(self)
        self.archive_url.setPlaceholderText("https://web.archive.org/…")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What it shows"))
        self.url_link = QLabel(self)
        self.url_link.setVisible(False)
        self.url_link.linkActivated.connect(self._open)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.url_link)
        form.addRow(self.tr("URL:"), url_row)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Accessed:"), self.accessed)
        form.addRow(self.tr("Archive:"), self.archive_url)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        for edit in self.edits():
            edit.editingFinished.connect(self._edited)
        self.url.textChanged.connect(self._update_link)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add as new item"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        claim_row = QFormLayout()
        self.claim = QLineEdit(self)
        self.claim.setToolTip(self.tr("The short claim a published ClaimReview names (empty: the sentence cut "
                                      "to about {limit} characters).").format(limit=CLAIM_LIMIT))
        self.claim.editingFinished.connect(self._claim_edited)
        claim_row.addRow(self.tr("Claim:"), self.claim)
        layout.addLayout(claim_row)
        self._claim_shown = ""

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.url, self.title, self.accessed, self.archive_url, self.note)

    def value(self) -> EvidenceItem:
        return EvidenceItem(*(e.text().strip() for e in self.edits()))

    # -- shown -----------------------------------------------------------------

    def set_review(self, sentence_id: int | None, review: Review | None) -> None:
        """Show the reviewer's evidence and claim for a sentence (None clears)."""
        same = sentence_id == self.sentence_id
        editing = same and any(e.hasFocus() for e in (*self.edits(), self.claim))
        selected = self._selected_id() if same else None
        self.sentence_id = sentence_id
        self.setEnabled(sentence_id is not None)
        store = self.session.store
        self.items = store.evidence_items(sentence_id) if sentence_id is not None else []
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            row = QListWidgetItem(item_text(item))
            row.setToolTip(item_text(item))
            row.setData(ID_ROLE, item.id)
            self.list.addItem(row)
        ids = [i.id for i in self.items]
        self.list.setCurrentRow(ids.index(selected) if selected in ids else -1)
        self.list.blockSignals(False)
        if editing:
            return  # the list follows the store; what is being typed stays
        self._show_fields(self._selected())
        if sentence_id is not None:
            self._claim_shown = store.claim_text(sentence_id) or ""
            self.claim.setPlaceholderText(default_claim(store.sentence(sentence_id).text))
        else:
            self._claim_shown = ""
        self.claim.setText(self._claim_shown)

    def _selected_id(self) -> int | None:
        row = self.list.currentItem()
        return row.data(ID_ROLE) if row is not None else None

    def _selected(self) -> EvidenceItem | None:
        wanted = self._selected_id()
        return next((i for i in self.items if i.id == wanted), None)

    def _row_changed(self, _row: int) -> None:
        self._show_fields(self._selected())

    def _show_fields(self, item: EvidenceItem | None) -> None:
        values = (item.url, item.title, item.accessed, item.archive_url, item.note) if item else ("",) * 5
        for edit, text in zip(self.edits(), values, strict=True):
            edit.setText(text)
        self.remove_button.setEnabled(item is not None)

    def _update_link(self, text: str) -> None:
        url = text.strip()
        open_text = html.escape(self.tr("Open"))
        self.url_link.setText(f'<a href="{html.escape(url)}">{open_text}</a>' if is_web_url(url) else "")
        self.url_link.setVisible(is_web_url(url))

    def _open(self, href: str) -> None:
        if is_web_url(href):
            QDesktopServices.openUrl(QUrl(href))

    # -- edits -----------------------------------------------------------------

    def add(self) -> None:
        """Add what the fields hold as a new item."""
        if self.sentence_id is None:
            return
        value = self.value()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)  # the new item is not an edit of the selected one
        self.list.blockSignals(False)
        if self.session.push(AddEvidence(self.sentence_id, value)):
            self._show_fields(None)

    def remove(self) -> None:
        chosen = self._selected_id()
        if chosen is not None:
            self.session.push(RemoveEvidence(chosen))

    def _edited(self) -> None:
        old = self._selected()
        new = self.value()
        if old is None or old.id is None or (old.url, old.title, old.accessed, old.archive_url, old.note) == (
                new.url, new.title, new.accessed, new.archive_url, new.note):
            return
        self.session.push(EditEvidence(old.id, old, new))

    def save(self) -> None:
        """Save what is typed and not yet saved: an edit of the selected item, fields filled in
        with no item selected (a new item: leaving the fields with Esc never loses them), and
        the claim."""
        if self._selected() is None and any(edit.text().strip() for edit in self.edits()):
            self.add()
        else:
            self._edited()
        self._claim_edited()

    def _claim_edited(self) -> None:
        text = " ".join(self.claim.text().split())
        if self.sentence_id is None or text == self._claim_shown:
            return
        self._claim_shown = text
        self.session.push(SetClaim(self.sentence_id, text))
