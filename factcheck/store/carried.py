"""What travels with a sentence's reviews when they move: evidence lists, claim texts and the final
layer's decisions, read from one file and written on a sentence of this one (orphans, re-attaching,
new versions, merges)."""

from __future__ import annotations

from typing import Any

from factcheck.store.bundle import BundleOps

EVIDENCE_KEYS = ("url", "title", "accessed", "archive_url", "note", "created_at")


class CarriedOps(BundleOps):
    @staticmethod
    def _carried_extras(store: Any, sentence_id: int, names: dict[str, str] | None = None) -> dict[str, Any]:
        """The evidence lists, claim texts and decisions of a sentence (in ``store``), for a payload;
        empty when there are none, so payloads without them keep their shape."""
        names = names or {}
        evidence: dict[str, list[dict[str, str]]] = {}
        for r in store._read("SELECT reviewer, url, title, accessed, archive_url, note, created_at FROM evidence"
                             " WHERE sentence_id = ? ORDER BY reviewer, position, id", (sentence_id,)):
            evidence.setdefault(names.get(r[0], r[0]), []).append(dict(zip(EVIDENCE_KEYS, r[1:], strict=True)))
        claims = {names.get(r[0], r[0]): r[1] for r in store._read(
            "SELECT reviewer, text FROM claims WHERE sentence_id = ? ORDER BY reviewer", (sentence_id,))}
        decisions = {r[0]: [r[1], names.get(r[2], r[2]), r[3]] for r in store._read(
            "SELECT field, value, decided_by, decided_at FROM decisions WHERE sentence_id = ? ORDER BY field",
            (sentence_id,))}
        return (({"evidence": evidence} if evidence else {}) | ({"claims": claims} if claims else {})
                | ({"decisions": decisions} if decisions else {}))

    def _apply_extras(self, sentence_id: int, payload: dict[str, Any]) -> None:
        """Put carried evidence lists and claim texts on a sentence; a reviewer's own are kept."""
        for reviewer, items in payload.get("evidence", {}).items():
            if self._one("SELECT 1 FROM evidence WHERE sentence_id = ? AND reviewer = ?", (sentence_id, reviewer)):
                continue
            self.conn.executemany(
                "INSERT INTO evidence (sentence_id, reviewer, position, url, title, accessed, archive_url, note,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(sentence_id, reviewer, i, *(item.get(k, "") for k in EVIDENCE_KEYS)) for i, item in enumerate(items)])
            self._mirror_first_evidence(sentence_id, reviewer)
        for reviewer, text in payload.get("claims", {}).items():
            self.conn.execute("INSERT OR IGNORE INTO claims (sentence_id, reviewer, text) VALUES (?, ?, ?)",
                              (sentence_id, reviewer, text))
        for name, (value, by, at) in payload.get("decisions", {}).items():
            self.conn.execute("INSERT OR IGNORE INTO decisions (sentence_id, field, value, decided_by, decided_at)"
                              " VALUES (?, ?, ?, ?, ?)", (sentence_id, name, value, by, at))
        if payload.get("decisions"):
            self._settle_final_status(sentence_id)

    def _settle_final_status(self, sentence_id: int) -> None:
        raise NotImplementedError  # provided by LayerOps
