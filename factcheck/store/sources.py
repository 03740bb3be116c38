"""The sources ledger (across articles), citations and links between sentences."""

from __future__ import annotations

from typing import Any

from factcheck.errors import InvalidValue, NotFound
from factcheck.model import RELIABILITY_GRADES, Link, LinkKind, Source, SourceKind
from factcheck.store.rows import (
    LINK_COLUMNS,
    SOURCE_COLUMNS,
    Change,
    link_from_row,
    now_iso,
    prefixed,
    source_from_row,
)
from factcheck.store.split_merge import SplitMergeOps

SOURCE_FIELDS = ("name", "kind", "description", "reliability", "notes")


def _source_value(name: str, value: Any) -> Any:
    if name == "kind":
        try:
            return value if isinstance(value, SourceKind) else SourceKind(str(value).strip().lower())
        except ValueError:
            kinds = ", ".join(k.value for k in SourceKind)
            raise InvalidValue(f"{value!r} is not a source kind; use one of {kinds}.") from None
    if name == "reliability":
        grade = str(value or "F").strip().upper()
        if grade not in RELIABILITY_GRADES:
            raise InvalidValue(f"Reliability must be a letter from A to F, not {value!r}.")
        return grade
    if not isinstance(value, str):
        raise InvalidValue(f"The source's {name} must be text.")
    if name == "name" and not value.strip():
        raise InvalidValue("A source needs a name.")
    return value.strip() if name == "name" else value


class SourceOps(SplitMergeOps):
    # -- the ledger ----------------------------------------------------------

    def source(self, source_id: int) -> Source:
        row = self._one(f"SELECT {SOURCE_COLUMNS} FROM sources WHERE id = ?", (source_id,))
        if row is None:
            raise NotFound(f"No source with id {source_id}.")
        return source_from_row(row)

    def sources(self, search: str = "") -> list[Source]:
        """The ledger, alphabetically; ``search`` matches name or description."""
        like = f"%{search.strip()}%"
        rows = self._read(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE name LIKE ? OR description LIKE ?"
            " ORDER BY name COLLATE NOCASE", (like, like))
        return [source_from_row(r) for r in rows]

    def find_source(self, name: str) -> Source | None:
        row = self._one(f"SELECT {SOURCE_COLUMNS} FROM sources WHERE name = ? COLLATE NOCASE ORDER BY id",
                        (name.strip(),))
        return source_from_row(row) if row else None

    def create_source(self, name: str, kind: SourceKind | str = SourceKind.PERSON, description: str = "",
                      reliability: str = "F", notes: str = "", source_id: int | None = None) -> Source:
        values = {n: _source_value(n, v) for n, v in
                  (("name", name), ("kind", kind), ("description", description),
                   ("reliability", reliability), ("notes", notes))}
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sources (id, name, kind, description, reliability, notes, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (source_id, values["name"], values["kind"].value, values["description"],
                 values["reliability"], values["notes"], now_iso()))
            new_id = int(cursor.lastrowid or 0)
            self._record("create source", "source", new_id, "name", None, values["name"])
        return self.source(new_id)

    def update_source(self, source_id: int, changes: dict[str, Any]) -> Change:
        unknown = set(changes) - set(SOURCE_FIELDS)
        if unknown:
            raise InvalidValue(f"Unknown source field: {', '.join(sorted(unknown))}.")
        values = {n: _source_value(n, v) for n, v in changes.items()}
        with self._write() as conn:
            old = self.source(source_id)
            changed = {n: v for n, v in values.items() if getattr(old, n) != v}
            for name, value in changed.items():
                stored = value.value if isinstance(value, SourceKind) else value
                conn.execute(f"UPDATE sources SET {name} = ? WHERE id = ?", (stored, source_id))
                self._record("edit source", "source", source_id, name, getattr(old, name), value)
        return Change("Edit source", sentence_ids=self._citing(source_id), sources=True)

    def delete_source(self, source_id: int) -> tuple[Source, list[int]]:
        """Delete a source and its citations; returns them so the deletion can be undone."""
        with self._write() as conn:
            source = self.source(source_id)
            citing = list(self._citing(source_id))
            conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            self._record("delete source", "source", source_id, "name", source.name, None)
        return source, citing

    def restore_source(self, source: Source, citing: list[int]) -> Change:
        """Undo a deletion: the source comes back with the same id and its citations."""
        with self._write() as conn:
            self.create_source(source.name, source.kind, source.description, source.reliability,
                               source.notes, source_id=source.id)
            conn.executemany("INSERT OR IGNORE INTO citations (sentence_id, source_id) SELECT ?, ?"
                             " WHERE EXISTS (SELECT 1 FROM sentences WHERE id = ?)",
                             [(sid, source.id, sid) for sid in citing])
        return Change("Restore source", sentence_ids=tuple(citing), sources=True)

    def merge_sources(self, keep_id: int, other_id: int) -> Change:
        """Fold a duplicate into ``keep_id``: every citation of the other moves over."""
        if keep_id == other_id:
            raise InvalidValue("Choose two different sources to merge.")
        with self._write() as conn:
            keep, other = self.source(keep_id), self.source(other_id)
            citing = self._citing(other_id)
            conn.execute("INSERT OR IGNORE INTO citations (sentence_id, source_id)"
                         " SELECT sentence_id, ? FROM citations WHERE source_id = ?", (keep_id, other_id))
            if other.notes and other.notes not in keep.notes:
                conn.execute("UPDATE sources SET notes = ? WHERE id = ?",
                             ((keep.notes + "\n" + other.notes).strip(), keep_id))
            conn.execute("DELETE FROM sources WHERE id = ?", (other_id,))
            self._record("merge sources", "source", keep_id, "merged", other.name, keep.name)
        return Change("Merge sources", sentence_ids=citing, sources=True,
                      merged_source=(keep_id, other_id))

    def source_usage(self, source_id: int) -> list[tuple[str, str, int, int, str]]:
        """Where a source is cited: (article id, title, sentence id, index, text)."""
        return [tuple(r) for r in self._read(  # type: ignore[misc]
            "SELECT a.id, a.title, s.id, s.idx, s.text FROM citations c"
            " JOIN sentences s ON s.id = c.sentence_id JOIN articles a ON a.id = s.article_id"
            " WHERE c.source_id = ? ORDER BY a.title, s.idx", (source_id,))]

    def citation_counts(self) -> dict[int, int]:
        return {r[0]: r[1] for r in self._read("SELECT source_id, COUNT(*) FROM citations GROUP BY source_id")}

    def _citing(self, source_id: int) -> tuple[int, ...]:
        return tuple(r[0] for r in self._read("SELECT sentence_id FROM citations WHERE source_id = ?",
                                              (source_id,)))

    # -- citations -----------------------------------------------------------

    def cited_sources(self, sentence_id: int) -> list[Source]:
        rows = self._read(
            f"SELECT {prefixed(SOURCE_COLUMNS, 'src')}"
            " FROM citations c JOIN sources src ON src.id = c.source_id WHERE c.sentence_id = ?"
            " ORDER BY src.name COLLATE NOCASE", (sentence_id,))
        return [source_from_row(r) for r in rows]

    def cite(self, sentence_id: int, source_id: int) -> Change:
        sentence = self.sentence(sentence_id)
        source = self.source(source_id)
        with self._write() as conn:
            cursor = conn.execute("INSERT OR IGNORE INTO citations (sentence_id, source_id) VALUES (?, ?)",
                                  (sentence_id, source_id))
            added = bool(cursor.rowcount)
            if added:
                self._record("cite source", "citation", f"{sentence_id}:{source_id}", "source", None,
                             source.name, sentence.article_id)
        return Change("Cite source", (sentence.article_id,), (sentence_id,), sources=True,
                      inverse=(lambda store: store.uncite(sentence_id, source_id)) if added else None)

    def uncite(self, sentence_id: int, source_id: int) -> Change:
        sentence = self.sentence(sentence_id)
        source = self.source(source_id)
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM citations WHERE sentence_id = ? AND source_id = ?",
                                  (sentence_id, source_id))
            removed = bool(cursor.rowcount)
            if removed:
                self._record("remove source", "citation", f"{sentence_id}:{source_id}", "source",
                             source.name, None, sentence.article_id)
        return Change("Remove source", (sentence.article_id,), (sentence_id,), sources=True,
                      inverse=(lambda store: store.cite(sentence_id, source_id)) if removed else None)

    # -- links ---------------------------------------------------------------

    def link(self, link_id: int) -> Link:
        row = self._one(f"SELECT {LINK_COLUMNS} FROM links WHERE id = ?", (link_id,))
        if row is None:
            raise NotFound(f"No link with id {link_id}.")
        return link_from_row(row)

    def add_link(self, from_sentence: int, to_sentence: int, kind: LinkKind | str = LinkKind.CONTRADICTS,
                 note: str = "", link_id: int | None = None) -> Link:
        if from_sentence == to_sentence:
            raise InvalidValue("A sentence cannot be linked to itself.")
        try:
            kind = kind if isinstance(kind, LinkKind) else LinkKind(str(kind).strip().lower())
        except ValueError:
            kinds = ", ".join(k.value for k in LinkKind)
            raise InvalidValue(f"{kind!r} is not a link kind; use one of {kinds}.") from None
        first, second = self.sentence(from_sentence), self.sentence(to_sentence)
        existing = self._one(
            "SELECT id FROM links WHERE kind = ? AND ((from_sentence = ? AND to_sentence = ?)"
            " OR (from_sentence = ? AND to_sentence = ?))",
            (kind.value, from_sentence, to_sentence, to_sentence, from_sentence))
        if existing:
            return self.link(int(existing[0]))
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO links (id, from_sentence, to_sentence, kind, note, reviewer, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (link_id, from_sentence, to_sentence, kind.value, note, self.reviewer, now_iso()))
            new_id = int(cursor.lastrowid or 0)
            self._record("add link", "link", new_id, kind.value, None,
                         f"{first.article_id}#{first.number} -> {second.article_id}#{second.number}",
                         first.article_id)
        return self.link(new_id)

    def remove_link(self, link_id: int) -> Link:
        with self._write() as conn:
            link = self.link(link_id)
            first = self.sentence(link.from_sentence)
            conn.execute("DELETE FROM links WHERE id = ?", (link_id,))
            self._record("remove link", "link", link_id, link.kind.value, link.note, None, first.article_id)
        return link

    def links_for(self, sentence_id: int) -> list[Link]:
        """Links on a sentence in either direction."""
        rows = self._read(f"SELECT {LINK_COLUMNS} FROM links WHERE from_sentence = ? OR to_sentence = ?"
                          " ORDER BY id", (sentence_id, sentence_id))
        return [link_from_row(r) for r in rows]
