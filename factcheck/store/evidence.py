"""The reviewer's evidence items (several per sentence and reviewer) and editable claim texts.

Evidence is what the reviewer consulted — URL, title, accessed date, archive
URL, note — and is kept apart from the article's own sources (the citations).
The first item is mirrored into the review's ``evidence_*`` columns so code
written before evidence lists (and files read by older versions) still see it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factcheck.errors import InvalidValue, NotFound
from factcheck.model import ArticleReview, Evidence, EvidenceItem
from factcheck.store.bundle import BundleOps
from factcheck.store.rows import Change, now_iso
from factcheck.urls import is_web_url

EVIDENCE_COLUMNS = "id, url, title, accessed, archive_url, note"
CLAIM_MAX_CHARS = 500


def checked_evidence(item: EvidenceItem) -> EvidenceItem:
    """The item with surrounding spaces trimmed; raises InvalidValue for a bad URL or date."""
    item = replace(item, url=item.url.strip(), title=item.title.strip(), accessed=item.accessed.strip(),
                   archive_url=item.archive_url.strip(), note=item.note.strip())
    for label, url in (("URL", item.url), ("archive URL", item.archive_url)):
        if url and not is_web_url(url):
            raise InvalidValue(f"The evidence {label} must start with http:// or https:// and name a host.")
    if item.accessed:
        try:
            date.fromisoformat(item.accessed)
        except ValueError:
            raise InvalidValue("The accessed date must be a date in the form YYYY-MM-DD.") from None
    if item.is_empty():
        raise InvalidValue("An evidence item needs at least a URL, a title or a note.")
    return item


def _item_dict(item: EvidenceItem) -> dict[str, str]:
    return {"url": item.url, "title": item.title, "accessed": item.accessed,
            "archive_url": item.archive_url, "note": item.note}


class EvidenceOps(BundleOps):
    # -- evidence items ------------------------------------------------------

    def evidence_items(self, sentence_id: int, reviewer: str | None = None) -> list[EvidenceItem]:
        """The reviewer's evidence on one sentence, in the order they were added."""
        reviewer = reviewer or self.reviewer
        rows = self._read(f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE sentence_id = ? AND reviewer = ?"
                          " ORDER BY position, id", (sentence_id, reviewer))
        return [EvidenceItem(r[1], r[2], r[3], r[4], r[5], id=r[0]) for r in rows]

    def add_evidence(self, sentence_id: int, item: EvidenceItem, reviewer: str | None = None,
                     position: int | None = None, created_at: str | None = None) -> Change:
        """Add one evidence item (at the end, or at ``position`` and ``created_at`` for undo of a removal)."""
        reviewer = reviewer or self.reviewer
        item = checked_evidence(item)
        sentence = self.sentence(sentence_id)
        with self._write() as conn:
            items = self.evidence_items(sentence_id, reviewer)
            at = len(items) if position is None else max(0, min(position, len(items)))
            conn.execute("UPDATE evidence SET position = position + 1"
                         " WHERE sentence_id = ? AND reviewer = ? AND position >= ?", (sentence_id, reviewer, at))
            cursor = conn.execute(
                "INSERT INTO evidence (id, sentence_id, reviewer, position, url, title, accessed, archive_url,"
                " note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._free("evidence", item.id), sentence_id, reviewer, at, item.url, item.title,
                 item.accessed, item.archive_url, item.note, created_at or now_iso()))
            new_id = int(cursor.lastrowid or 0)
            self._record("Add evidence", "evidence", f"{sentence_id}:{reviewer}", "evidence", None,
                         _item_dict(item), sentence.article_id)
            self._mirror_first_evidence(sentence_id, reviewer)
        return Change("Add evidence", (sentence.article_id,), (sentence_id,), evidence_id=new_id,
                      inverse=lambda store: store.remove_evidence(new_id))

    def update_evidence(self, evidence_id: int, item: EvidenceItem) -> Change:
        """Replace the fields of one evidence item."""
        sentence_id, reviewer, old = self._evidence_row(evidence_id)
        item = checked_evidence(item)
        sentence = self.sentence(sentence_id)
        if _item_dict(item) == _item_dict(old):
            return Change("Edit evidence", (sentence.article_id,), (sentence_id,), evidence_id=evidence_id,
                          inverse=lambda store: store.update_evidence(evidence_id, old))
        with self._write() as conn:
            conn.execute("UPDATE evidence SET url = ?, title = ?, accessed = ?, archive_url = ?, note = ?"
                         " WHERE id = ?", (item.url, item.title, item.accessed, item.archive_url, item.note,
                                           evidence_id))
            self._record("Edit evidence", "evidence", f"{sentence_id}:{reviewer}", "evidence",
                         _item_dict(old), _item_dict(item), sentence.article_id)
            self._mirror_first_evidence(sentence_id, reviewer)
        return Change("Edit evidence", (sentence.article_id,), (sentence_id,), evidence_id=evidence_id,
                      inverse=lambda store: store.update_evidence(evidence_id, old))

    def remove_evidence(self, evidence_id: int) -> Change:
        """Remove one evidence item; the Change's inverse puts it back at its place, under its id."""
        sentence_id, reviewer, old = self._evidence_row(evidence_id)
        sentence = self.sentence(sentence_id)
        position = [i.id for i in self.evidence_items(sentence_id, reviewer)].index(evidence_id)
        stamp = self._one("SELECT created_at FROM evidence WHERE id = ?", (evidence_id,))
        created_at = str(stamp[0]) if stamp else None
        with self._write() as conn:
            conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            self._record("Remove evidence", "evidence", f"{sentence_id}:{reviewer}", "evidence",
                         _item_dict(old), None, sentence.article_id)
            self._mirror_first_evidence(sentence_id, reviewer)
        return Change("Remove evidence", (sentence.article_id,), (sentence_id,), evidence_id=evidence_id,
                      inverse=lambda store: store.add_evidence(sentence_id, replace(old, id=evidence_id),
                                                               reviewer, position=position,
                                                               created_at=created_at))

    def _evidence_row(self, evidence_id: int) -> tuple[int, str, EvidenceItem]:
        row = self._one(f"SELECT sentence_id, reviewer, {EVIDENCE_COLUMNS} FROM evidence WHERE id = ?",
                        (evidence_id,))
        if row is None:
            raise NotFound(f"No evidence item with id {evidence_id}.")
        return int(row[0]), str(row[1]), EvidenceItem(row[3], row[4], row[5], row[6], row[7], id=row[2])

    def _mirror_first_evidence(self, sentence_id: int, reviewer: str) -> None:
        """Write the first item into the review's evidence columns (read by older code paths)."""
        items = self.evidence_items(sentence_id, reviewer)
        first = items[0] if items else EvidenceItem()
        self.conn.execute(
            "INSERT INTO reviews (sentence_id, reviewer, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (sentence_id, reviewer) DO NOTHING", (sentence_id, reviewer, now_iso()))
        self.conn.execute(
            "UPDATE reviews SET evidence_url = ?, evidence_title = ?, evidence_accessed = ?,"
            " evidence_archive_url = ? WHERE sentence_id = ? AND reviewer = ?",
            (first.url, first.title, first.accessed, first.archive_url, sentence_id, reviewer))

    def _evidence_from_review(self, sentence_id: int, reviewer: str, evidence: Evidence) -> None:
        """The review's single evidence field was edited: it is the first evidence item."""
        items = self.evidence_items(sentence_id, reviewer)
        if evidence.is_empty():
            if items:
                self.conn.execute("DELETE FROM evidence WHERE id = ?", (items[0].id,))
                self._mirror_first_evidence(sentence_id, reviewer)
            return
        values = (evidence.url, evidence.title, evidence.accessed, evidence.archive_url)
        if items:
            self.conn.execute("UPDATE evidence SET url = ?, title = ?, accessed = ?, archive_url = ?"
                              " WHERE id = ?", (*values, items[0].id))
        else:
            self.conn.execute(
                "INSERT INTO evidence (sentence_id, reviewer, position, url, title, accessed, archive_url,"
                " created_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?)", (sentence_id, reviewer, *values, now_iso()))

    # -- claim texts ---------------------------------------------------------

    def claim_text(self, sentence_id: int, reviewer: str | None = None) -> str | None:
        """The claim text the reviewer wrote for this sentence, or None (reports then derive one)."""
        row = self._one("SELECT text FROM claims WHERE sentence_id = ? AND reviewer = ?",
                        (sentence_id, reviewer or self.reviewer))
        return str(row[0]) if row else None

    def set_claim_text(self, sentence_id: int, text: str, reviewer: str | None = None) -> Change:
        """Set the short claim a ClaimReview names for this sentence; empty text goes back to the default."""
        reviewer = reviewer or self.reviewer
        text = " ".join(text.split())
        if len(text) > CLAIM_MAX_CHARS:
            raise InvalidValue(f"A claim text can have at most {CLAIM_MAX_CHARS} characters.")
        sentence = self.sentence(sentence_id)
        old = self.claim_text(sentence_id, reviewer)
        if (old or "") == text:
            return Change("Edit claim", (sentence.article_id,), (sentence_id,),
                          inverse=lambda store: store.set_claim_text(sentence_id, text, reviewer))
        with self._write() as conn:
            if text:
                conn.execute("INSERT OR REPLACE INTO claims (sentence_id, reviewer, text) VALUES (?, ?, ?)",
                             (sentence_id, reviewer, text))
            else:
                conn.execute("DELETE FROM claims WHERE sentence_id = ? AND reviewer = ?", (sentence_id, reviewer))
            self._record("Edit claim", "claim", f"{sentence_id}:{reviewer}", "claim", old, text or None,
                         sentence.article_id)
        return Change("Edit claim", (sentence.article_id,), (sentence_id,), fields=("claim",),
                      old_values={"claim": old}, new_values={"claim": text or None},
                      inverse=lambda store: store.set_claim_text(sentence_id, old or "", reviewer))

    # -- whole articles ------------------------------------------------------

    def article_review(self, article_id: str) -> ArticleReview:
        bundle = super().article_review(article_id)
        evidence: dict[int, dict[str, list[EvidenceItem]]] = {}
        for r in self._read(
            "SELECT e.sentence_id, e.reviewer, e.id, e.url, e.title, e.accessed, e.archive_url, e.note"
            " FROM evidence e JOIN sentences s ON s.id = e.sentence_id WHERE s.article_id = ?"
            " ORDER BY s.idx, e.reviewer, e.position, e.id", (article_id,)):
            evidence.setdefault(r[0], {}).setdefault(r[1], []).append(
                EvidenceItem(r[3], r[4], r[5], r[6], r[7], id=r[2]))
        claims: dict[int, dict[str, str]] = {}
        for r in self._read("SELECT c.sentence_id, c.reviewer, c.text FROM claims c JOIN sentences s"
                            " ON s.id = c.sentence_id WHERE s.article_id = ?", (article_id,)):
            claims.setdefault(r[0], {})[r[1]] = r[2]
        # A review with no evidence rows (written by a path that knows only the review's own
        # evidence columns) is read through ArticleReview.evidence_of's fallback to them.
        frozen = {sid: {name: tuple(items) for name, items in per.items()} for sid, per in evidence.items()}
        return replace(bundle, evidence=frozen, claims=claims)

    def restore_article_review(self, bundle: ArticleReview, *, imported: bool = False,
                               record: bool = True) -> str:
        with self._write() as conn:
            article_id = super().restore_article_review(bundle, imported=imported, record=record)
            new_ids = {r[0]: r[1] for r in self._read("SELECT idx, id FROM sentences WHERE article_id = ?",
                                                       (article_id,))}
            for s in bundle.sentences:
                new_sid = new_ids.get(s.index)
                if s.id is None or new_sid is None:
                    continue
                reviewers = set(bundle.reviews.get(s.id, {})) | set(bundle.evidence.get(s.id, {}))
                for reviewer in sorted(reviewers):
                    conn.execute("DELETE FROM evidence WHERE sentence_id = ? AND reviewer = ?", (new_sid, reviewer))
                    for position, item in enumerate(bundle.evidence_of(s.id, reviewer)):
                        conn.execute(
                            "INSERT INTO evidence (id, sentence_id, reviewer, position, url, title, accessed,"
                            " archive_url, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (self._free("evidence", item.id), new_sid, reviewer, position, item.url, item.title,
                             item.accessed, item.archive_url, item.note, now_iso()))
                    if reviewer in bundle.reviews.get(s.id, {}):
                        self._mirror_first_evidence(new_sid, reviewer)
                for reviewer, text in bundle.claims.get(s.id, {}).items():
                    conn.execute("INSERT OR REPLACE INTO claims (sentence_id, reviewer, text) VALUES (?, ?, ?)",
                                 (new_sid, reviewer, text))
        return article_id


__all__ = ["EvidenceOps", "checked_evidence"]
