"""Undoable commands for the reviewer's evidence items and the ClaimReview claim text."""

from __future__ import annotations

from factcheck_review.ui.commands import StoreCommand
from PySide6.QtCore import QCoreApplication

from factcheck.model import EvidenceItem

translate = QCoreApplication.translate


class AddEvidence(StoreCommand):
    def __init__(self, sentence_id: int, item: EvidenceItem) -> None:
        super().__init__(translate("Commands", "Add evidence"), lambda store: store.add_evidence(sentence_id, item))


class EditEvidence(StoreCommand):
    def __init__(self, evidence_id: int, old: EvidenceItem, new: EvidenceItem) -> None:
        # ``old`` is what the window showed; the core's inverse puts back what the file held.
        super().__init__(translate("Commands", "Edit evidence"), lambda store: store.update_evidence(evidence_id, new))


class RemoveEvidence(StoreCommand):
    def __init__(self, evidence_id: int) -> None:
        super().__init__(translate("Commands", "Remove evidence"), lambda store: store.remove_evidence(evidence_id))


class SetClaim(StoreCommand):
    def __init__(self, sentence_id: int, text: str) -> None:
        super().__init__(translate("Commands", "Edit claim"), lambda store: store.set_claim_text(sentence_id, text))
