"""Undoable commands for the reviewer's evidence items and the ClaimReview claim text."""

from __future__ import annotations

from dataclasses import replace

from factcheck.model import EvidenceItem
from factcheck.store import Change
from ui.commands import StoreCommand


class AddEvidence(StoreCommand):
    def __init__(self, sentence_id: int, item: EvidenceItem) -> None:
        super().__init__("Add evidence")
        self.sentence_id = sentence_id
        self.item = item
        self.evidence_id: int | None = None

    def do(self) -> Change:
        # Redo after undo puts the item back under its first id (free again after the removal).
        change: Change = self.store.add_evidence(self.sentence_id, replace(self.item, id=self.evidence_id))
        self.evidence_id = change.detail["evidence_id"]
        return change

    def revert(self) -> Change:
        return self.store.remove_evidence(self.evidence_id)


class EditEvidence(StoreCommand):
    def __init__(self, evidence_id: int, old: EvidenceItem, new: EvidenceItem) -> None:
        super().__init__("Edit evidence")
        self.evidence_id, self.old, self.new = evidence_id, old, new

    def do(self) -> Change:
        return self.store.update_evidence(self.evidence_id, self.new)

    def revert(self) -> Change:
        return self.store.update_evidence(self.evidence_id, self.old)


class RemoveEvidence(StoreCommand):
    def __init__(self, evidence_id: int) -> None:
        super().__init__("Remove evidence")
        self.evidence_id = evidence_id
        self.removed: Change | None = None

    def do(self) -> Change:
        self.removed = self.store.remove_evidence(self.evidence_id)
        return self.removed

    def revert(self) -> Change:
        assert self.removed is not None
        detail = self.removed.detail
        sentence_id = self.removed.sentence_ids[0]
        change: Change = self.store.add_evidence(sentence_id, detail["item"], detail["reviewer"],
                                                 position=detail["position"])
        self.evidence_id = change.detail["evidence_id"]
        return change


class SetClaim(StoreCommand):
    def __init__(self, sentence_id: int, text: str) -> None:
        super().__init__("Edit claim")
        self.sentence_id, self.text_value = sentence_id, text
        self.old: str | None = None

    def do(self) -> Change:
        change: Change = self.store.set_claim_text(self.sentence_id, self.text_value)
        self.old = change.detail.get("old", self.old)
        return change

    def revert(self) -> Change:
        return self.store.set_claim_text(self.sentence_id, self.old or "")
