"""Merging another reviewer's file into this one: articles by text hash, sentences by offsets.

Idempotent (the same file twice changes nothing), order-independent (A+B and B+A hold the same
rows, compared by natural keys: see ``table_contents``) and lossless: a value that loses a
conflict is kept in the history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import InvalidValue, StoreError
from factcheck.store.merge_articles import MergeArticleOps
from factcheck.store.rows import REVIEW_COLUMNS, Change

if TYPE_CHECKING:  # the team's merge module loads when a file is merged, not at start-up
    from factcheck.team.merge import MergeSummary

SOURCE_VALUES = ("description", "reliability", "notes")
Progress = Callable[[int, int], None]


class MergeOps(MergeArticleOps):
    def merge_file(self, other: str | Path, progress: Progress | None = None) -> MergeSummary:
        """Bring another review file's articles, reviews, evidence, claim texts, sources, links,
        states, decisions and history in."""
        from factcheck.store import Store

        path = Path(other).expanduser()
        if not path.is_file():
            raise StoreError(f"There is no review file {path}.")
        if path.resolve() == self.path.resolve():
            raise InvalidValue("A file cannot be merged into itself.")
        source = Store(path, self.reviewer)
        try:
            undo = self._snapshot("Merge review file")
            summary = self._merge_from(source, progress)
        finally:
            source.close()
        summary.change = Change("Merge review file", tuple(sorted(summary.article_ids)), structure=True,
                                sources=True, links=True, suggestions=True, restored=True,
                                inverse=undo)
        return summary

    def _merge_from(self, o: Any, progress: Progress | None) -> MergeSummary:
        from factcheck.team.merge import MergeSummary

        summary = MergeSummary(source=str(o.path))
        with self._write():
            names = self._merge_reviewers(o, summary)
            sources = self._merge_sources(o, summary)
            sentences: dict[int, int] = {}
            article_ids = [r[0] for r in o._read("SELECT id FROM articles ORDER BY id")]
            for n, article_id in enumerate(article_ids):
                sentences |= self._merge_article(o, article_id, names, summary)
                if progress:
                    progress(n + 1, len(article_ids))
            for sid, src in o._read("SELECT sentence_id, source_id FROM citations"):
                if sid in sentences and src in sources:
                    summary.citations_added += self.conn.execute(
                        "INSERT OR IGNORE INTO citations (sentence_id, source_id) VALUES (?, ?)",
                        (sentences[sid], sources[src])).rowcount
            links = self._merge_links(o, sentences, names, summary)
            self._merge_history(o, names, sentences, sources, links, summary)
        return summary

    # -- reviewers -----------------------------------------------------------

    def _merge_reviewers(self, o: Any, summary: MergeSummary) -> dict[str, str]:
        """Other file's reviewer name -> name here. Same name, different id: the larger id is renamed."""
        from factcheck.team.merge import RenamedReviewer

        mine = {name: rid for name, rid in self._read("SELECT name, id FROM reviewers")}
        by_id = {rid: name for name, rid in mine.items()}
        names = {"final": "final", "": ""}
        for name, rid, created in o._read("SELECT name, id, created_at FROM reviewers ORDER BY name"):
            if rid in by_id:
                names[name] = by_id[rid]
                continue
            if name not in mine:
                self.conn.execute("INSERT INTO reviewers (name, id, created_at) VALUES (?, ?, ?)",
                                  (name, rid, created))
                names[name] = name
                continue
            loser = max(rid, mine[name])
            shown = f"{name} ({loser[:6]})"
            if loser == mine[name]:
                self._rename_reviewer(name, shown)
                self.conn.execute("INSERT INTO reviewers (name, id, created_at) VALUES (?, ?, ?)",
                                  (name, rid, created))
                names[name] = name
            else:
                self.conn.execute("INSERT INTO reviewers (name, id, created_at) VALUES (?, ?, ?)",
                                  (shown, rid, created))
                names[name] = shown
            summary.renamed.append(RenamedReviewer(name, loser, shown))
        for (name,) in o._read("SELECT DISTINCT reviewer FROM reviews UNION SELECT DISTINCT reviewer FROM history"):
            names.setdefault(name, name)
        return names

    def _rename_reviewer(self, old: str, new: str) -> None:
        """Show one reviewer's layer under another name, everywhere it is written."""
        conn = self.conn
        conn.execute("UPDATE reviewers SET name = ? WHERE name = ?", (new, old))
        conn.execute("UPDATE reviews SET reviewer = ? WHERE reviewer = ?", (new, old))
        conn.execute("UPDATE links SET reviewer = ? WHERE reviewer = ?", (new, old))
        conn.execute("UPDATE evidence SET reviewer = ? WHERE reviewer = ?", (new, old))
        conn.execute("UPDATE claims SET reviewer = ? WHERE reviewer = ?", (new, old))
        conn.execute("UPDATE decisions SET decided_by = ? WHERE decided_by = ?", (new, old))
        conn.execute("UPDATE history SET entity_id = substr(entity_id, 1, instr(entity_id, ':')) || ?"
                     " WHERE entity IN ('review', 'evidence', 'claim')"
                     " AND substr(entity_id, instr(entity_id, ':') + 1) = ?", (new, old))
        conn.execute("UPDATE history SET reviewer = ? WHERE reviewer = ?", (new, old))

    # -- sources -------------------------------------------------------------

    def _merge_sources(self, o: Any, summary: MergeSummary) -> dict[int, int]:
        from factcheck.team.merge import newer

        mapping: dict[int, int] = {}
        for sid, name, kind, description, reliability, notes, created in o._read(
                "SELECT id, name, kind, description, reliability, notes, created_at FROM sources ORDER BY id"):
            row = self._one("SELECT id, description, reliability, notes, created_at FROM sources"
                            " WHERE name = ? COLLATE NOCASE AND kind = ? ORDER BY id", (name, kind))
            if row is None:
                cursor = self.conn.execute(
                    "INSERT INTO sources (name, kind, description, reliability, notes, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)", (name, kind, description, reliability, notes, created))
                mapping[sid] = int(cursor.lastrowid or 0)
                summary.sources_added += 1
                continue
            mapping[sid] = local = int(row[0])
            theirs = dict(zip(SOURCE_VALUES, (description, reliability, notes), strict=True))
            for i, fname in enumerate(SOURCE_VALUES, start=1):
                mine, other = row[i], theirs[fname]
                if mine == other or other in ("", "F"):
                    continue
                if mine in ("", "F"):
                    self.conn.execute(f"UPDATE sources SET {fname} = ? WHERE id = ?", (other, local))
                    continue
                t_mine = self._field_time(self, "source", str(local), fname)
                t_other = self._field_time(o, "source", str(sid), fname)
                kept, lost = (other, mine) if newer((t_mine, mine), (t_other, other)) else (mine, other)
                self.conn.execute(f"UPDATE sources SET {fname} = ? WHERE id = ?", (kept, local))
                self._note_conflict(summary, "", name, None, "", "source", str(local), fname, kept, lost,
                                    max(t_mine, t_other) or min(row[4], created))
            if created < row[4]:
                self.conn.execute("UPDATE sources SET created_at = ? WHERE id = ?", (created, local))
        return mapping

    # -- links and history ---------------------------------------------------

    def _merge_links(self, o: Any, sentences: dict[int, int], names: dict[str, str],
                     summary: MergeSummary) -> dict[int, int]:
        from factcheck.team.merge import newer

        mapping: dict[int, int] = {}
        for lid, a, b, kind, note, reviewer, created in o._read(
                "SELECT id, from_sentence, to_sentence, kind, note, reviewer, created_at FROM links ORDER BY id"):
            if a not in sentences or b not in sentences:
                continue
            a, b, reviewer = sentences[a], sentences[b], names.get(reviewer, reviewer)
            row = self._one("SELECT id, note, created_at FROM links WHERE from_sentence = ? AND to_sentence = ?"
                            " AND kind = ?", (a, b, kind))
            if row is None:
                cursor = self.conn.execute(
                    "INSERT INTO links (from_sentence, to_sentence, kind, note, reviewer, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)", (a, b, kind, note, reviewer, created))
                mapping[lid] = int(cursor.lastrowid or 0)
                summary.links_added += 1
                continue
            mapping[lid] = int(row[0])
            if note != row[1] and note:
                if not row[1] or newer((row[2], row[1]), (created, note)):
                    kept, lost = note, row[1]
                    self.conn.execute("UPDATE links SET note = ?, created_at = ? WHERE id = ?", (note, created, row[0]))
                else:
                    kept, lost = row[1], note
                if lost:
                    article = self._one("SELECT s.article_id, a.title, s.idx FROM sentences s JOIN articles a"
                                        " ON a.id = s.article_id WHERE s.id = ?", (a,))
                    if article:
                        self._note_conflict(summary, article[0], article[1], article[2] + 1, reviewer, "link",
                                            str(row[0]), "note", kept, lost, max(created, row[2]))
        return mapping

    def _merge_history(self, o: Any, names: dict[str, str], sentences: dict[int, int],
                       sources: dict[int, int], links: dict[int, int], summary: MergeSummary) -> None:
        """Append the other file's history rows this file lacks (ids remapped to this file's)."""
        columns = "at, reviewer, action, article_id, entity, entity_id, field, old, new"
        known = set(self._read(f"SELECT {columns} FROM history"))
        for row in o._read(f"SELECT {columns} FROM history ORDER BY id"):
            at, reviewer, action, article_id, entity, entity_id, field, old, new = row
            entity_id = _remap(entity, entity_id, names, sentences, sources, links)
            mapped = (at, names.get(reviewer, reviewer), action, article_id, entity, entity_id, field, old, new)
            if mapped in known:
                continue
            self.conn.execute(f"INSERT INTO history ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", mapped)
            known.add(mapped)
            summary.history_added += 1


def _remap(entity: str, entity_id: str, names: dict[str, str], sentences: dict[int, int],
           sources: dict[int, int], links: dict[int, int]) -> str:
    """An entity id of the other file as this file writes it."""
    def num(text: str, table: dict[int, int]) -> str:
        return str(table.get(int(text), text)) if text.isdigit() else text

    head, _, tail = entity_id.partition(":")
    if entity in ("review", "evidence", "claim") and tail:
        return f"{num(head, sentences)}:{names.get(tail, tail)}"
    if entity == "decision" and tail:
        return f"{num(head, sentences)}:{tail}"
    if entity == "citation" and tail:
        return f"{num(head, sentences)}:{num(tail, sources)}"
    if entity == "sentence":
        return num(entity_id, sentences)
    if entity == "source":
        return num(entity_id, sources)
    if entity == "link":
        return num(entity_id, links)
    return entity_id


class ContentsOps(MergeOps):
    def table_contents(self) -> dict[str, list[tuple]]:
        """Every table's rows with row ids replaced by natural keys (article id + offsets, source
        name and kind), sorted: two files hold the same reviews when these are equal."""
        sentence = {r[0]: (r[1], r[2], r[3]) for r in self._read('SELECT id, article_id, start, "end" FROM sentences')}
        source = {r[0]: (r[1].casefold(), r[2]) for r in self._read("SELECT id, name, kind FROM sources")}
        link = {r[0]: (sentence.get(r[1]), sentence.get(r[2]), r[3])
                for r in self._read("SELECT id, from_sentence, to_sentence, kind FROM links")}

        def entity(kind: str, entity_id: str) -> str:
            head, _, tail = entity_id.partition(":")
            tables: dict[str, dict[int, Any]] = {"review": sentence, "decision": sentence, "citation": sentence,
                                                 "sentence": sentence, "evidence": sentence, "claim": sentence,
                                                 "source": source, "link": link}
            table = tables.get(kind)
            if table is None or not head.isdigit():
                return entity_id
            key = str(table.get(int(head), head))
            if kind == "citation" and tail.isdigit():
                tail = str(source.get(int(tail), tail))
            return f"{key}:{tail}" if tail else key

        tables = {
            "articles": self._read("SELECT * FROM articles"),
            "sentences": self._read('SELECT article_id, idx, paragraph, start, "end", text FROM sentences'),
            "reviews": [(sentence[r[0]], *r[1:]) for r in self._read(f"SELECT {REVIEW_COLUMNS} FROM reviews")],
            "sources": [(source[r[0]], *r[1:]) for r in self._read(
                "SELECT id, description, reliability, notes, created_at FROM sources")],
            "citations": [(sentence[a], source[b]) for a, b in self._read("SELECT sentence_id, source_id FROM citations")],
            "links": [(link[r[0]], *r[1:]) for r in self._read("SELECT id, note, reviewer, created_at FROM links")],
            "suggestions": [(sentence[r[0]], *r[1:]) for r in self._read(
                'SELECT sentence_id, start, "end", kind, message, value, related, proposed, state, key FROM suggestions')],
            "suggestion_states": self._read("SELECT * FROM suggestion_states"),
            "history": [(*r[:5], entity(r[4], r[5]), *r[6:]) for r in self._read(
                "SELECT at, reviewer, action, article_id, entity, entity_id, field, old, new FROM history")],
            "reviewers": self._read("SELECT name, id FROM reviewers"),
            "decisions": [(sentence[r[0]], *r[1:]) for r in self._read("SELECT * FROM decisions")],
            "evidence": [(sentence[r[0]], *r[1:]) for r in self._read(
                "SELECT sentence_id, reviewer, position, url, title, accessed, archive_url, note, created_at"
                " FROM evidence")],
            "claims": [(sentence[r[0]], *r[1:]) for r in self._read("SELECT sentence_id, reviewer, text FROM claims")],
            "article_versions": self._read("SELECT * FROM article_versions"),
            "orphans": self._read("SELECT article_id, old_article_id, old_index, old_text, prefix, suffix, payload"
                                  " FROM orphans"),
        }
        return {name: sorted(rows, key=repr) for name, rows in tables.items()}
