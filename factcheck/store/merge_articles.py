"""The per-article half of a merge: article values, sentences, reviews, final decisions, states,
links and history, each matched by natural keys rather than row ids."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from factcheck.store.layers import LayerOps
from factcheck.store.rows import REVIEW_COLUMNS

if TYPE_CHECKING:  # the team's merge modules load when a file is merged, not at start-up
    from factcheck.team.merge import MergeSummary

ARTICLE_ALL = ("id, sha256, title, outlet, url, author, published, published_assumed, imported_at,"
               " language, text, rating, summary, signed_off_by, signed_off_at")
ARTICLE_META = ("title", "outlet", "url", "author", "published", "published_assumed", "language",
                "rating", "summary", "signed_off_by", "signed_off_at")
REVIEW_NAMES = REVIEW_COLUMNS.split(", ")
# Every field but the keys, updated_at and the evidence columns, which mirror the first evidence
# item and are merged with the evidence list.
REVIEW_VALUES = [n for n in REVIEW_NAMES[2:-1] if not n.startswith("evidence_")]
EVIDENCE_VALUES = "url, title, accessed, archive_url, note, created_at"


class MergeArticleOps(LayerOps):
    @staticmethod
    def _field_time(store: Any, entity: str, entity_id: str, field: str) -> str:
        row = store._one("SELECT MAX(at) FROM history WHERE entity = ? AND entity_id = ? AND field = ?",
                         (entity, entity_id, field))
        return str(row[0]) if row and row[0] else ""

    def _note_conflict(self, summary: MergeSummary, article_id: str, title: str, number: int | None,
                       reviewer: str, entity: str, entity_id: str, field: str, kept: Any, lost: Any,
                       at: str) -> None:
        """List the conflict and keep the losing value in the history (once, however often merged)."""
        from factcheck.team.merge import Conflict

        old, new = json.dumps(lost, ensure_ascii=False), json.dumps(kept, ensure_ascii=False)
        if self._one("SELECT 1 FROM history WHERE action = 'merge conflict' AND entity = ? AND entity_id = ?"
                     " AND field = ? AND old IS ? AND new IS ?", (entity, entity_id, field, old, new)):
            return
        self.conn.execute(
            "INSERT INTO history (at, reviewer, action, article_id, entity, entity_id, field, old, new)"
            " VALUES (?, ?, 'merge conflict', ?, ?, ?, ?, ?, ?)",
            (at, reviewer, article_id, entity, entity_id, field, old, new))
        summary.conflicts.append(Conflict(article_id, title, number, reviewer, field, kept, lost))

    def _merge_article(self, o: Any, article_id: str, names: dict[str, str],
                       summary: MergeSummary) -> dict[int, int]:
        """Merge one article of the other file; returns its sentence ids -> sentence ids here."""
        cols = ARTICLE_ALL.split(", ")
        theirs = dict(zip(cols, o._one(f"SELECT {ARTICLE_ALL} FROM articles WHERE id = ?", (article_id,)),
                          strict=True))
        row = self._one(f"SELECT {ARTICLE_ALL} FROM articles WHERE id = ?", (article_id,))
        o_sentences = o._read('SELECT id, idx, paragraph, start, "end", text FROM sentences'
                              " WHERE article_id = ? ORDER BY idx", (article_id,))
        if row is None:
            self.conn.execute(f"INSERT INTO articles ({ARTICLE_ALL}) VALUES ({','.join('?' * len(cols))})",
                              tuple(theirs[c] for c in cols))
            mapping = {}
            for sid, idx, paragraph, start, end, text in o_sentences:
                cursor = self.conn.execute(
                    'INSERT INTO sentences (article_id, idx, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                    (article_id, idx, paragraph, start, end, text))
                mapping[sid] = int(cursor.lastrowid or 0)
                self.conn.execute("INSERT INTO sentence_search (rowid, text, notes) VALUES (?, ?, '')",
                                  (mapping[sid], text))
            for g in o._read('SELECT sentence_id, start, "end", kind, message, value, related, proposed,'
                             " state, key FROM suggestions WHERE article_id = ? ORDER BY id", (article_id,)):
                self.conn.execute(
                    'INSERT INTO suggestions (article_id, sentence_id, start, "end", kind, message, value,'
                    " related, proposed, state, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article_id, mapping[g[0]], *g[1:]))
            summary.articles_added += 1
            summary.sentences_added += len(mapping)
        else:
            mine = dict(zip(cols, row, strict=True))
            self._merge_article_values(o, mine, theirs, summary)
            mapping = self._match_sentences(article_id, o_sentences)
        summary.article_ids.add(article_id)
        title = str(theirs["title"])
        self._merge_reviews(o, article_id, title, mapping, names, summary)
        self._merge_evidence(o, article_id, mapping, names, summary)
        self._merge_claims(o, article_id, title, mapping, names, summary)
        self._merge_decisions(o, article_id, title, mapping, names, summary)
        for (sid,) in self._read("SELECT r.sentence_id FROM reviews r JOIN sentences s ON s.id = r.sentence_id"
                                 " WHERE s.article_id = ? AND r.reviewer = 'final'", (article_id,)):
            self._settle_final_status(sid)  # the other file's reviews may open or settle a disagreement
        self._merge_states(o, article_id, summary)
        self._merge_orphans(o, article_id, summary)
        self._keep_orphans(o, article_id, o_sentences, mapping, names, summary)
        return mapping

    def _merge_article_values(self, o: Any, mine: dict[str, Any], theirs: dict[str, Any],
                              summary: MergeSummary) -> None:
        from factcheck.team.merge import newer

        article_id = str(mine["id"])
        changed = False
        if theirs["imported_at"] < mine["imported_at"]:
            self.conn.execute("UPDATE articles SET imported_at = ? WHERE id = ?", (theirs["imported_at"], article_id))
        for name in ARTICLE_META:
            a, b = mine[name], theirs[name]
            if a == b or b in ("", None):
                continue
            if a in ("", None):
                kept, lost = b, None
            else:
                t_mine = self._field_time(self, "article", article_id, name)
                t_other = self._field_time(o, "article", article_id, name)
                kept, lost = (b, a) if newer((t_mine, a), (t_other, b)) else (a, b)
                self._note_conflict(summary, article_id, str(mine["title"]), None, "", "article", article_id,
                                    name, kept, lost, max(t_mine, t_other) or min(mine["imported_at"], theirs["imported_at"]))
            if kept != a:
                self.conn.execute(f"UPDATE articles SET {name} = ? WHERE id = ?", (kept, article_id))
                changed = True
        summary.articles_updated += int(changed)

    def _match_sentences(self, article_id: str, o_sentences: list[tuple]) -> dict[int, int]:
        """By offsets; sentences one side split or merged are matched by their text with neighbours."""
        from factcheck.team.anchor import match_sentences

        mine = self._read('SELECT id, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx',
                          (article_id,))
        by_offsets = {(start, end): sid for sid, start, end, _ in mine}
        mapping = {s[0]: by_offsets[(s[3], s[4])] for s in o_sentences if (s[3], s[4]) in by_offsets}
        if len(mapping) < len(o_sentences):
            taken = set(mapping.values())
            found = match_sentences([s[5] for s in o_sentences], [m[3] for m in mine])
            for s, j in zip(o_sentences, found, strict=True):
                if s[0] not in mapping and j is not None and mine[j][0] not in taken:
                    mapping[s[0]] = mine[j][0]
                    taken.add(mine[j][0])
        return mapping

    def _merge_reviews(self, o: Any, article_id: str, title: str, mapping: dict[int, int],
                       names: dict[str, str], summary: MergeSummary) -> None:
        from factcheck.team.merge import newer

        rows = o._read(f"SELECT r.{', r.'.join(REVIEW_NAMES)}, s.idx FROM reviews r JOIN sentences s"
                       " ON s.id = r.sentence_id WHERE s.article_id = ? ORDER BY s.idx, r.reviewer", (article_id,))
        for row in rows:
            theirs = dict(zip(REVIEW_NAMES, row[:-1], strict=True))
            sid = mapping.get(theirs["sentence_id"])
            if sid is None:
                continue  # kept as an orphan by _keep_orphans
            reviewer = names.get(theirs["reviewer"], theirs["reviewer"])
            local = self._one(f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE sentence_id = ? AND reviewer = ?",
                              (sid, reviewer))
            if local is None:
                self.conn.execute(f"INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES ({','.join('?' * len(REVIEW_NAMES))})",
                                  (sid, reviewer, *(theirs[n] for n in REVIEW_NAMES[2:])))
                summary.reviews_added += 1
                self._refresh_search_notes(sid)
                continue
            mine = dict(zip(REVIEW_NAMES, local, strict=True))
            differing = [n for n in REVIEW_VALUES if mine[n] != theirs[n]]
            if not differing:
                if theirs["updated_at"] > mine["updated_at"]:
                    self.conn.execute("UPDATE reviews SET updated_at = ? WHERE sentence_id = ? AND reviewer = ?",
                                      (theirs["updated_at"], sid, reviewer))
                continue
            take_theirs = newer((mine["updated_at"], json.dumps([mine[n] for n in differing])),
                                (theirs["updated_at"], json.dumps([theirs[n] for n in differing])))
            winner, loser = (theirs, mine) if take_theirs else (mine, theirs)
            for name in differing:
                self._note_conflict(summary, article_id, title, row[-1] + 1, reviewer, "review", f"{sid}:{reviewer}",
                                    name, winner[name], loser[name], loser["updated_at"])
            if take_theirs:
                sets = ", ".join(f"{n} = ?" for n in differing)
                self.conn.execute(f"UPDATE reviews SET {sets}, updated_at = ? WHERE sentence_id = ? AND reviewer = ?",
                                  (*(theirs[n] for n in differing), theirs["updated_at"], sid, reviewer))
                summary.reviews_updated += 1
                self._refresh_search_notes(sid)

    def _merge_evidence(self, o: Any, article_id: str, mapping: dict[int, int], names: dict[str, str],
                        summary: MergeSummary) -> None:
        """The other side's evidence items this file lacks (the same content is the same item).

        A list only the other file has comes in in its order; where both have items, the union is
        ordered by when each was added (then by content), so A+B and B+A list them alike.
        """
        theirs: dict[tuple[int, str], list[tuple]] = {}
        for row in o._read(f"SELECT e.sentence_id, e.reviewer, {EVIDENCE_VALUES} FROM evidence e JOIN sentences s"
                           " ON s.id = e.sentence_id WHERE s.article_id = ? ORDER BY e.position, e.id", (article_id,)):
            sid = mapping.get(row[0])
            if sid is not None:  # else kept with the orphan's payload
                theirs.setdefault((sid, names.get(row[1], row[1])), []).append(row[2:])
        for (sid, reviewer), items in sorted(theirs.items()):
            mine = self._read(f"SELECT {EVIDENCE_VALUES} FROM evidence WHERE sentence_id = ? AND reviewer = ?"
                              " ORDER BY position, id", (sid, reviewer))
            have = {item[:-1] for item in mine}
            new = [item for item in items if item[:-1] not in have]
            if not new:
                continue
            union = mine + new if not mine else sorted(mine + new, key=lambda item: (item[-1], item[:-1]))
            self.conn.execute("DELETE FROM evidence WHERE sentence_id = ? AND reviewer = ?", (sid, reviewer))
            self.conn.executemany(
                f"INSERT INTO evidence (sentence_id, reviewer, position, {EVIDENCE_VALUES})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(sid, reviewer, position, *item) for position, item in enumerate(union)])
            self._mirror_first_evidence(sid, reviewer)
            summary.evidence_added += len(new)

    def _merge_claims(self, o: Any, article_id: str, title: str, mapping: dict[int, int], names: dict[str, str],
                      summary: MergeSummary) -> None:
        """Claim texts: a conflict keeps the newer text and records the other in the history."""
        from factcheck.team.merge import newer

        for osid, o_reviewer, text, idx in o._read(
                "SELECT c.sentence_id, c.reviewer, c.text, s.idx FROM claims c JOIN sentences s"
                " ON s.id = c.sentence_id WHERE s.article_id = ? ORDER BY s.idx, c.reviewer", (article_id,)):
            sid = mapping.get(osid)
            if sid is None:
                continue
            reviewer = names.get(o_reviewer, o_reviewer)
            local = self._one("SELECT text FROM claims WHERE sentence_id = ? AND reviewer = ?", (sid, reviewer))
            if local is not None and local[0] == text:
                continue
            if local is not None:
                t_mine = self._field_time(self, "claim", f"{sid}:{reviewer}", "claim")
                t_other = self._field_time(o, "claim", f"{osid}:{o_reviewer}", "claim")
                take = newer((t_mine, local[0]), (t_other, text))
                kept, lost = (text, local[0]) if take else (local[0], text)
                self._note_conflict(summary, article_id, title, idx + 1, reviewer, "claim", f"{sid}:{reviewer}",
                                    "claim", kept, lost, max(t_mine, t_other))
                if not take:
                    continue
            self.conn.execute("INSERT OR REPLACE INTO claims (sentence_id, reviewer, text) VALUES (?, ?, ?)",
                              (sid, reviewer, text))
            summary.claims += 1

    def _merge_decisions(self, o: Any, article_id: str, title: str, mapping: dict[int, int],
                         names: dict[str, str], summary: MergeSummary) -> None:
        from factcheck.team.merge import newer

        for osid, field, value, by, at, idx in o._read(
                "SELECT d.sentence_id, d.field, d.value, d.decided_by, d.decided_at, s.idx FROM decisions d"
                " JOIN sentences s ON s.id = d.sentence_id WHERE s.article_id = ?", (article_id,)):
            sid = mapping.get(osid)
            if sid is None:
                continue
            by = names.get(by, by)
            local = self._one("SELECT value, decided_by, decided_at FROM decisions WHERE sentence_id = ? AND field = ?",
                              (sid, field))
            if local is not None and (local[0], local[1]) == (value, by):
                continue
            if local is not None:
                if not newer((local[2], local[0]), (at, value)):
                    self._note_conflict(summary, article_id, title, idx + 1, "final", "decision", f"{sid}:{field}",
                                        field, json.loads(local[0]) if local[0] else None,
                                        json.loads(value) if value else None, at)
                    continue
                self._note_conflict(summary, article_id, title, idx + 1, "final", "decision", f"{sid}:{field}",
                                    field, json.loads(value) if value else None,
                                    json.loads(local[0]) if local[0] else None, local[2])
            self.conn.execute("INSERT OR REPLACE INTO decisions (sentence_id, field, value, decided_by, decided_at)"
                              " VALUES (?, ?, ?, ?, ?)", (sid, field, value, by, at))
            summary.decisions += 1

    def _merge_states(self, o: Any, article_id: str, summary: MergeSummary) -> None:
        from factcheck.team.merge import newer

        for key, state in o._read("SELECT key, state FROM suggestion_states WHERE article_id = ?", (article_id,)):
            local = self._one("SELECT state FROM suggestion_states WHERE article_id = ? AND key = ?",
                              (article_id, key))
            if local is not None and (local[0] == state or state == "pending"):
                continue
            if local is not None and local[0] != "pending":
                t_mine = self._field_time(self, "suggestion", key, "state")
                t_other = self._field_time(o, "suggestion", key, "state")
                if not newer((t_mine, local[0]), (t_other, state)):
                    continue
            self.conn.execute("INSERT OR REPLACE INTO suggestion_states (article_id, key, state) VALUES (?, ?, ?)",
                              (article_id, key, state))
            self.conn.execute("UPDATE suggestions SET state = ? WHERE article_id = ? AND key = ?",
                              (state, article_id, key))
            summary.suggestion_states += 1

    def _merge_orphans(self, o: Any, article_id: str, summary: MergeSummary) -> None:
        for row in o._read("SELECT old_article_id, old_index, old_text, prefix, suffix, payload, created_at"
                           " FROM orphans WHERE article_id = ? AND reattached_to IS NULL", (article_id,)):
            if not self._one("SELECT 1 FROM orphans WHERE article_id = ? AND old_article_id = ? AND old_index = ?"
                             " AND old_text = ?", (article_id, *row[:3])):
                self.conn.execute("INSERT INTO orphans (article_id, old_article_id, old_index, old_text, prefix,"
                                  " suffix, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (article_id, *row))
                summary.orphans += 1
        for prev, at, by in o._read("SELECT previous_id, created_at, created_by FROM article_versions"
                                    " WHERE article_id = ?", (article_id,)):
            self.conn.execute("INSERT OR IGNORE INTO article_versions (article_id, previous_id, created_at,"
                              " created_by) VALUES (?, ?, ?, ?)", (article_id, prev, at, by))

    def _keep_orphans(self, o: Any, article_id: str, o_sentences: list[tuple], mapping: dict[int, int],
                      names: dict[str, str], summary: MergeSummary) -> None:
        """Reviews on the other file's sentences that match none here become orphans with their text."""
        texts = [s[5] for s in o_sentences]
        for i, s in enumerate(o_sentences):
            if s[0] in mapping:
                continue
            reviews = {names.get(r[1], r[1]): dict(zip(REVIEW_NAMES[2:], r[2:], strict=True)) for r in o._read(
                f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE sentence_id = ?", (s[0],))}
            cited = [list(c) for c in o._read("SELECT src.name, src.kind FROM citations c JOIN sources src"
                                               " ON src.id = c.source_id WHERE c.sentence_id = ?", (s[0],))]
            extras = self._carried_extras(o, s[0], names)
            if not reviews and not cited and not extras:
                continue
            payload = json.dumps({"reviews": reviews, "sources": cited} | extras, ensure_ascii=False,
                                 sort_keys=True)
            if self._add_orphan(article_id, article_id, s[1], s[5], texts[i - 1] if i else "",
                                texts[i + 1] if i + 1 < len(texts) else "", payload):
                summary.orphans += 1
