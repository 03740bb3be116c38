"""Reviewer layers in the file: reviewer ids, the final layer (an editor's decisions), orphans."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from factcheck.errors import InvalidValue, NotFound
from factcheck.model import VERDICT_FIELDS, ArticleReview, Decision, HistoryEntry
from factcheck.store.carried import CarriedOps
from factcheck.store.rows import Change, now_iso, plain
from factcheck.team.layers import FINAL, ordered_layers

if TYPE_CHECKING:  # the team's agreement module loads on first use, not at start-up
    from factcheck.store.orphans import Orphan
    from factcheck.team.agreement import Disagreement


class LayerOps(CarriedOps):
    # -- reviewers -----------------------------------------------------------

    def reviewer_ids(self) -> dict[str, str]:
        """Reviewer name -> the id made when the name was first used in this file."""
        return {name: rid for name, rid in self._read("SELECT name, id FROM reviewers ORDER BY name")}

    def rename_reviewer(self, old: str, new: str) -> Change:
        """Give a reviewer's layer another name (two people used the same one)."""
        new = new.strip()
        ids = self.reviewer_ids()
        if old not in ids:
            raise NotFound(f"No reviewer is called {old!r} in this file.")
        if not new or new == FINAL or new in ids:
            raise InvalidValue(f"{new!r} cannot be used: choose a name no other reviewer has.")
        with self._write():
            self._rename_reviewer(old, new)
            self._record("rename reviewer", "reviewer", ids[old], "name", old, new)
        return Change("Rename reviewer", structure=True)

    def _rename_reviewer(self, old: str, new: str) -> None:
        raise NotImplementedError  # provided by MergeOps

    def _snapshot(self, action: str, redo: bool = False) -> Any:
        """An inverse that puts the whole file back as it is now (SQLite backup API, in memory):
        the undo of compound operations (merge, new version). Later changes are undone first.
        Its Change's inverse is the same kind of snapshot, taken just before: the redo."""
        import sqlite3

        copy = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.backup(copy)

        def restore(store: Any) -> Change:
            before = {r[0] for r in store._read("SELECT id FROM articles")}
            again = store._snapshot(action, redo=not redo)
            copy.backup(store.conn)
            after = {r[0] for r in store._read("SELECT id FROM articles")}
            label = action if redo else f"Undo {action}"
            with store._write():
                store._record(label.lower(), "file", store.path.name, "articles", len(before), len(after))
            return Change(label, tuple(sorted(before | after)), structure=True, sources=True,
                          links=True, suggestions=True, restored=True, deleted=bool(before - after),
                          inverse=again)

        return restore

    # -- the final layer -----------------------------------------------------

    def disagreements(self, article_id: str) -> list[Disagreement]:
        """Fields of sentences the reviewers judged differently (the final layer aside)."""
        from factcheck.team.agreement import disagreements

        return disagreements(self.article_review(article_id))

    def decisions(self, article_id: str) -> dict[tuple[int, str], tuple[Any, str, str]]:
        """(sentence id, field) -> (value, decided by, decided at) of the final layer."""
        rows = self._read("SELECT d.sentence_id, d.field, d.value, d.decided_by, d.decided_at FROM decisions d"
                          " JOIN sentences s ON s.id = d.sentence_id WHERE s.article_id = ?", (article_id,))
        return {(r[0], r[1]): (json.loads(r[2]) if r[2] else None, r[3], r[4]) for r in rows}

    def unsettled(self, article_id: str) -> list[Disagreement]:
        """Disagreements with no decision in the final layer yet."""
        decided = self.decisions(article_id)
        return [d for d in self.disagreements(article_id) if (d.sentence_id, d.field) not in decided]

    def decide(self, sentence_id: int, field: str, value: Any, note: str | None = None) -> Change:
        """Record the editor's value for one field in the final layer, with who decided and when."""
        from factcheck.team.agreement import AGREEMENT_FIELDS

        if field not in AGREEMENT_FIELDS:
            raise InvalidValue(f"{field!r} cannot be adjudicated; use one of {', '.join(AGREEMENT_FIELDS)}.")
        sentence = self.sentence(sentence_id)
        changes: dict[str, Any] = {field: value}
        if note is not None:
            changes["note"] = note
        before = self.final_state(sentence_id, field)
        with self._write() as conn:
            final = self.review(sentence_id, FINAL)
            if final.status.value == "unreviewed" and not any(getattr(final, v) is not None for v in VERDICT_FIELDS):
                # The final layer starts from what the reviewers agree on.
                changes = self._agreed_values(sentence_id) | changes
            change = self.set_review(sentence_id, changes, FINAL, action="Adjudicate")
            stored = plain(self.review(sentence_id, FINAL).__getattribute__(field))
            old = self._one("SELECT value FROM decisions WHERE sentence_id = ? AND field = ?", (sentence_id, field))
            conn.execute("INSERT OR REPLACE INTO decisions (sentence_id, field, value, decided_by, decided_at)"
                         " VALUES (?, ?, ?, ?, ?)",
                         (sentence_id, field, json.dumps(stored, ensure_ascii=False), self.reviewer, now_iso()))
            self._record("adjudicate", "decision", f"{sentence_id}:{field}", field,
                         json.loads(old[0]) if old and old[0] else None, stored, sentence.article_id)
            self._settle_final_status(sentence_id)
        return Change("Adjudicate", (sentence.article_id,), (sentence_id,), fields=change.fields,
                      old_values=change.old_values, new_values=change.new_values,
                      inverse=lambda store: store.restore_final(sentence_id, field, before))

    def undecide(self, sentence_id: int, field: str) -> Change:
        """Take one decision back out of the final layer (undo of ``decide``)."""
        sentence = self.sentence(sentence_id)
        with self._write() as conn:
            conn.execute("DELETE FROM decisions WHERE sentence_id = ? AND field = ?", (sentence_id, field))
            self._record("undo adjudicate", "decision", f"{sentence_id}:{field}", field, None, None,
                         sentence.article_id)
            if not self._one("SELECT 1 FROM decisions WHERE sentence_id = ?", (sentence_id,)):
                conn.execute("DELETE FROM reviews WHERE sentence_id = ? AND reviewer = ?", (sentence_id, FINAL))
            self._settle_final_status(sentence_id)
        return Change("Undo adjudicate", (sentence.article_id,), (sentence_id,))

    def final_state(self, sentence_id: int, field: str) -> tuple[Any, tuple[str | None, str, str] | None]:
        """The final layer's review of a sentence (or None) and the decision row on ``field``,
        as ``restore_final`` puts them back: what an undo of ``decide`` needs."""
        final = self.reviews_for(sentence_id).get(FINAL)
        row = self._one("SELECT value, decided_by, decided_at FROM decisions WHERE sentence_id = ? AND field = ?",
                        (sentence_id, field))
        return final, (row[0], row[1], row[2]) if row else None

    def restore_final(self, sentence_id: int, field: str,
                      state: tuple[Any, tuple[str | None, str, str] | None]) -> Change:
        """Put the final layer of one sentence back as ``final_state`` read it (undo of ``decide``)."""
        final, decision = state
        sentence = self.sentence(sentence_id)
        with self._write() as conn:
            conn.execute("DELETE FROM decisions WHERE sentence_id = ? AND field = ?", (sentence_id, field))
            if decision is not None:
                conn.execute("INSERT INTO decisions (sentence_id, field, value, decided_by, decided_at)"
                             " VALUES (?, ?, ?, ?, ?)", (sentence_id, field, *decision))
            conn.execute("DELETE FROM reviews WHERE sentence_id = ? AND reviewer = ?", (sentence_id, FINAL))
            if final is not None:
                self._put_review(sentence_id, final)
            self._refresh_search_notes(sentence_id)
            self._record("undo adjudicate", "decision", f"{sentence_id}:{field}", field, None,
                         json.loads(decision[0]) if decision and decision[0] else None, sentence.article_id)
        return Change("Undo adjudicate", (sentence.article_id,), (sentence_id,))

    def _put_review(self, sentence_id: int, r: Any) -> None:
        """Write a Review row exactly as given (its reviewer and time included)."""
        from factcheck.store.rows import REVIEW_COLUMNS, tri_to_db

        self.conn.execute(
            f"INSERT OR REPLACE INTO reviews ({REVIEW_COLUMNS}) VALUES ({','.join('?' * 15)})",
            (sentence_id, r.reviewer, *(tri_to_db(getattr(r, v)) for v in VERDICT_FIELDS),
             r.rating.value if r.rating else None, r.credibility, r.note, r.evidence.url,
             r.evidence.title, r.evidence.accessed, r.evidence.archive_url, r.status.value, r.updated_at))

    def _agreed_values(self, sentence_id: int) -> dict[str, Any]:
        from factcheck.team.agreement import AGREEMENT_FIELDS

        reviews = [r for name, r in self.reviews_for(sentence_id).items() if name != FINAL]
        agreed: dict[str, Any] = {}
        for name in AGREEMENT_FIELDS:
            values = {getattr(r, name) for r in reviews if getattr(r, name) is not None}
            if len(values) == 1:
                agreed[name] = values.pop()
        return agreed

    def _check_settled(self, article_id: str) -> None:
        """Sign-off needs every disagreement settled in the final layer."""
        left = self.unsettled(article_id)
        if left:
            first = left[0]
            raise InvalidValue(f"{len(left)} disagreements between reviewers are not settled yet (the first is "
                               f"{first.field} on sentence {first.number}); adjudicate them before signing off.")

    def set_review(self, sentence_id: int, changes: dict[str, Any], reviewer: str | None = None,
                   action: str = "Edit review") -> Change:
        with self._write():
            change = super().set_review(sentence_id, changes, reviewer, action)
            self._settle_final_status(sentence_id)
        return change

    def merge_with_next(self, sentence_id: int, analyse: bool = True) -> Change:
        """Join a sentence with the next one; the editor's decisions on either stay (the first's win)."""
        first = self.sentence(sentence_id)
        second = self.sentence_id_at(first.article_id, first.index + 1)
        with self._write() as conn:
            if second is not None:
                conn.execute("INSERT OR IGNORE INTO decisions (sentence_id, field, value, decided_by, decided_at)"
                             " SELECT ?, field, value, decided_by, decided_at FROM decisions WHERE sentence_id = ?",
                             (sentence_id, second))
            change = super().merge_with_next(sentence_id, analyse)
            self._settle_final_status(sentence_id)
        return change

    def split_sentence(self, sentence_id: int, at: int, analyse: bool = True) -> Change:
        """Split a sentence; both parts keep its final layer with the decisions behind it."""
        with self._write() as conn:
            change = super().split_sentence(sentence_id, at, analyse)
            for new_id in change.sentence_ids[1:]:
                conn.execute("INSERT OR IGNORE INTO decisions (sentence_id, field, value, decided_by, decided_at)"
                             " SELECT ?, field, value, decided_by, decided_at FROM decisions WHERE sentence_id = ?",
                             (new_id, sentence_id))
        return change

    def _settle_final_status(self, sentence_id: int) -> None:
        """A final-layer review is done once every disagreement on its sentence is settled, and in
        progress while one is open: so sign-off (every disagreement settled) leaves it done."""
        from factcheck.team.agreement import AGREEMENT_FIELDS, field_value

        reviews = self.reviews_for(sentence_id)
        final = reviews.pop(FINAL, None)
        if final is None:
            return
        decided = {r[0] for r in self._read("SELECT field FROM decisions WHERE sentence_id = ?", (sentence_id,))}
        open_fields = [name for name in AGREEMENT_FIELDS if name not in decided and len(
            {v for r in reviews.values() if (v := field_value(r, name)) is not None}) > 1]
        status = "in_progress" if open_fields else "done"
        if final.status.value != status:
            # Derived from the decisions and reviews (which have their history), so no history row:
            # a merge then writes the same whichever file it starts from.
            self.conn.execute("UPDATE reviews SET status = ? WHERE sentence_id = ? AND reviewer = ?",
                              (status, sentence_id, FINAL))

    def review_layers(self, article_id: str) -> list[str]:
        """The layers an export can be limited to, as ``team.layers.layer_names`` finds them in
        the article's whole review: each reviewer with a review on it, then the final layer if
        any. Read from the reviews alone (a transcript's whole review took 4–6 s)."""
        return ordered_layers(r[0] for r in self._read("SELECT DISTINCT r.reviewer FROM reviews r JOIN sentences s"
                                                       " ON s.id = r.sentence_id WHERE s.article_id = ?",
                                                       (article_id,)))

    # -- whole articles ------------------------------------------------------

    def article_review(self, article_id: str) -> ArticleReview:
        bundle = super().article_review(article_id)
        decisions: dict[int, dict[str, Decision]] = {}
        for (sid, name), (value, by, at) in sorted(self.decisions(article_id).items()):
            decisions.setdefault(sid, {})[name] = Decision(value, by, at)
        used = {name for per in bundle.reviews.values() for name in per} | {h.reviewer for h in bundle.history}
        used |= {d.decided_by for per in decisions.values() for d in per.values()}
        ids = {name: rid for name, rid in self.reviewer_ids().items() if name in used}
        return replace(bundle, decisions=decisions, reviewer_ids=ids)

    def restore_article_review(self, bundle: ArticleReview, *, imported: bool = False,
                               record: bool = True) -> str:
        with self._write() as conn:
            # Before the reviews and history, whose triggers would give the names new ids.
            conn.executemany("INSERT OR IGNORE INTO reviewers (name, id, created_at) VALUES (?, ?, ?)",
                             [(name, rid, now_iso()) for name, rid in sorted(bundle.reviewer_ids.items())
                              if name and name != FINAL])
            article_id = super().restore_article_review(bundle, imported=imported, record=record)
            new_ids = {r[0]: r[1] for r in self._read("SELECT idx, id FROM sentences WHERE article_id = ?",
                                                       (article_id,))}
            for s in bundle.sentences:
                for name, d in bundle.decisions.get(s.id or 0, {}).items():
                    if s.index in new_ids:
                        conn.execute("INSERT OR REPLACE INTO decisions (sentence_id, field, value, decided_by,"
                                     " decided_at) VALUES (?, ?, ?, ?, ?)",
                                     (new_ids[s.index], name, json.dumps(d.value, ensure_ascii=False),
                                      d.decided_by, d.decided_at))
        return article_id

    # -- history -------------------------------------------------------------

    def sentence_history_json(self, sentence_id: int) -> list[dict[str, Any]]:
        """Every recorded change to one sentence's reviews, citations and decisions, oldest first."""
        rows = [h for entity in ("review", "citation", "decision", "sentence")
                for h in self.history(entity=entity, entity_prefix=str(sentence_id), limit=1_000_000)]
        return [_history_json(h) for h in sorted(rows, key=lambda h: h.id)]

    # -- orphans -------------------------------------------------------------

    def _add_orphan(self, article_id: str, old_article_id: str, old_index: int, old_text: str,
                    prefix: str, suffix: str, payload: str) -> bool:
        if self._one("SELECT 1 FROM orphans WHERE article_id = ? AND old_article_id = ? AND old_index = ?"
                     " AND old_text = ?", (article_id, old_article_id, old_index, old_text)):
            return False
        self.conn.execute("INSERT INTO orphans (article_id, old_article_id, old_index, old_text, prefix, suffix,"
                          " payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          (article_id, old_article_id, old_index, old_text, prefix, suffix, payload, now_iso()))
        return True

    def orphans(self, article_id: str, include_reattached: bool = False) -> list[Orphan]:
        from factcheck.store.orphans import Orphan

        where = "" if include_reattached else " AND reattached_to IS NULL"
        rows = self._read("SELECT id, article_id, old_article_id, old_index, old_text, prefix, suffix, payload,"
                          f" reattached_to FROM orphans WHERE article_id = ?{where} ORDER BY old_index, id",
                          (article_id,))
        result = []
        for r in rows:
            payload = json.loads(r[7])
            result.append(Orphan(r[0], r[1], r[2], r[3] + 1, r[4], r[5], r[6], payload.get("reviews", {}),
                                 [tuple(s) for s in payload.get("sources", [])], r[8],
                                 payload.get("evidence", {}), payload.get("claims", {}),
                                 payload.get("decisions", {})))
        return result

    def reattach_orphan(self, orphan_id: int, sentence_id: int) -> Change:
        """Put an orphan's judgments on a sentence chosen by hand (its own judgments there win)."""
        found = [o for o in self.orphans(self._orphan_article(orphan_id)) if o.id == orphan_id]
        if not found:
            raise InvalidValue("That orphan was already re-attached.")
        orphan = found[0]
        sentence = self.sentence(sentence_id)
        before = self.sentence_judgments(sentence_id)
        if sentence.article_id != orphan.article_id:
            raise InvalidValue("Re-attach an orphan to a sentence of the same article.")
        with self._write() as conn:
            self._apply_payload(sentence_id, orphan.reviews, orphan.sources, "Re-attach orphan",
                                {"evidence": orphan.evidence, "claims": orphan.claims,
                                 "decisions": orphan.decisions})
            conn.execute("UPDATE orphans SET reattached_to = ? WHERE id = ?", (sentence_id, orphan_id))
            self._record("re-attach orphan", "sentence", sentence_id, "orphan", orphan.old_text, orphan_id,
                         sentence.article_id)
        return Change("Re-attach orphan", (sentence.article_id,), (sentence_id,), sources=True,
                      inverse=lambda store: store.undo_reattach(orphan_id, sentence_id, before))

    def sentence_judgments(self, sentence_id: int) -> tuple[dict[str, Any], list[int], dict[str, Any]]:
        """A sentence's reviews (every layer), cited source ids, evidence lists and claim texts, as
        ``undo_reattach`` restores them."""
        cited = [r[0] for r in self._read("SELECT source_id FROM citations WHERE sentence_id = ?", (sentence_id,))]
        return self.reviews_for(sentence_id), cited, self._carried_extras(self, sentence_id)

    def undo_reattach(self, orphan_id: int, sentence_id: int,
                      before: tuple[dict[str, Any], list[int], dict[str, Any]]) -> Change:
        """Undo of ``reattach_orphan``: the sentence as it was, the orphan listed again."""
        reviews, cited, extras = before
        sentence = self.sentence(sentence_id)
        with self._write() as conn:
            conn.execute("DELETE FROM reviews WHERE sentence_id = ?", (sentence_id,))
            for review in reviews.values():
                self._put_review(sentence_id, review)
            conn.execute("DELETE FROM citations WHERE sentence_id = ?", (sentence_id,))
            conn.executemany("INSERT INTO citations (sentence_id, source_id) VALUES (?, ?)",
                             [(sentence_id, source_id) for source_id in cited])
            conn.execute("DELETE FROM evidence WHERE sentence_id = ?", (sentence_id,))
            conn.execute("DELETE FROM claims WHERE sentence_id = ?", (sentence_id,))
            conn.execute("DELETE FROM decisions WHERE sentence_id = ?", (sentence_id,))
            self._apply_extras(sentence_id, extras)
            conn.execute("UPDATE orphans SET reattached_to = NULL WHERE id = ?", (orphan_id,))
            self._refresh_search_notes(sentence_id)
            self._record("undo re-attach orphan", "sentence", sentence_id, "orphan", orphan_id, None,
                         sentence.article_id)
        return Change("Undo re-attach orphan", (sentence.article_id,), (sentence_id,), sources=True)

    def _orphan_article(self, orphan_id: int) -> str:
        row = self._one("SELECT article_id FROM orphans WHERE id = ?", (orphan_id,))
        if row is None:
            raise NotFound(f"No orphan with id {orphan_id}.")
        return str(row[0])

    def _apply_payload(self, sentence_id: int, reviews: dict[str, dict[str, Any]],
                       sources: list[tuple[str, str]], action: str,
                       extras: dict[str, Any] | None = None) -> None:
        """Fill a sentence's reviews from carried judgments; fields it already has are kept."""
        from factcheck.store.rows import review_from_row
        from factcheck.team.agreement import AGREEMENT_FIELDS

        extras = extras or {}
        for reviewer, columns in reviews.items():
            carried = review_from_row((sentence_id, reviewer, *(columns[k] for k in _PAYLOAD_KEYS)))
            mine = self.review(sentence_id, reviewer)
            fill = {n: getattr(carried, n) for n in AGREEMENT_FIELDS
                    if getattr(mine, n) is None and getattr(carried, n) is not None}
            if carried.note and carried.note not in mine.note:
                fill["note"] = (mine.note + "\n" + carried.note).strip()
            if mine.evidence.is_empty() and not carried.evidence.is_empty() and reviewer not in extras.get(
                    "evidence", {}):
                fill["evidence"] = carried.evidence
            if carried.status.value == "done" and mine.status.value != "done":
                fill["status"] = carried.status
            if fill:
                self.set_review(sentence_id, fill, reviewer, action=action)
        for name, kind in sources:
            row = self._one("SELECT id FROM sources WHERE name = ? COLLATE NOCASE AND kind = ?", (name, kind))
            source_id = int(row[0]) if row else self.create_source(name, kind).id
            self.conn.execute("INSERT OR IGNORE INTO citations (sentence_id, source_id) VALUES (?, ?)",
                              (sentence_id, source_id))
        self._apply_extras(sentence_id, extras)


_PAYLOAD_KEYS = ("sourced", "anonymous", "contested", "inconsistent", "rating", "credibility", "note",
                 "evidence_url", "evidence_title", "evidence_accessed", "evidence_archive_url", "status",
                 "updated_at")


def _history_json(h: HistoryEntry) -> dict[str, Any]:
    return {"id": h.id, "at": h.at, "reviewer": h.reviewer, "action": h.action, "entity": h.entity,
            "entity_id": h.entity_id, "field": h.field, "old": h.old, "new": h.new}
