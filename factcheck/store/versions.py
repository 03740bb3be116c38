"""Article versions: a corrected text comes in as a new article and its judgments re-anchor.

Reviews, evidence items, claim texts, citations, links, final decisions and suggestion states move to the sentence of the new
version with the same or nearly the same text (see ``factcheck.team.anchor``); those that find
none become orphans with their old text. The old version stays in the file, unchanged.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from factcheck.errors import InvalidValue
from factcheck.store.articles import article_id_for
from factcheck.store.merge import ContentsOps
from factcheck.store.rows import REVIEW_COLUMNS, Change, now_iso

if TYPE_CHECKING:  # the team's re-anchoring modules load when a new version comes in, not at start-up
    from factcheck.store.version_result import VersionResult
    from factcheck.team.reanchor import DiffEntry

_REVIEW_NAMES = REVIEW_COLUMNS.split(", ")


class VersionOps(ContentsOps):
    def probable_previous_version(self, text: str, url: str = "", title: str = "", outlet: str = "") -> str | None:
        """An article this text probably corrects: the same URL, or the same title and outlet."""
        article_id, _ = article_id_for(text)
        if url.strip():
            row = self._one("SELECT id FROM articles WHERE url = ? AND id != ? ORDER BY imported_at DESC",
                            (url.strip(), article_id))
            if row:
                return str(row[0])
        if title.strip():
            row = self._one("SELECT id FROM articles WHERE title = ? AND outlet = ? AND id != ?"
                            " ORDER BY imported_at DESC", (title.strip(), outlet.strip(), article_id))
            if row:
                return str(row[0])
        return None

    def previous_version(self, article_id: str) -> str | None:
        row = self._one("SELECT previous_id FROM article_versions WHERE article_id = ?", (article_id,))
        return str(row[0]) if row else None

    def import_new_version(self, text: str, previous_id: str, *, title: str = "", outlet: str = "",
                           url: str = "", author: str = "", published: date | None = None,
                           analyse: bool = True) -> VersionResult:
        """Import ``text`` as a new version of ``previous_id`` and move every judgment across."""
        previous = self.article(previous_id)
        new_id, _ = article_id_for(text)
        if new_id == previous_id:
            raise InvalidValue(f"The text is the same as “{previous.title}”; it is not a new version.")
        if self.previous_version(new_id) == previous_id:
            raise InvalidValue(f"This text was already imported as a new version of “{previous.title}”.")
        undo = self._snapshot("New version")
        with self._write():
            result = self.import_text(
                text, title=title or previous.title, outlet=outlet or previous.outlet, url=url or previous.url,
                author=author or previous.author, published=published or previous.published,
                published_assumed=previous.published_assumed if published is None else False, analyse=analyse)
            outcome = self.make_new_version(result.article_id, previous_id, _undo=undo)
        return outcome

    def make_new_version(self, article_id: str, previous_id: str, _undo: Any = None) -> VersionResult:
        """Mark an article already imported as the new version of ``previous_id`` and re-anchor."""
        if article_id == previous_id:
            raise InvalidValue("An article cannot be a new version of itself.")
        if self.previous_version(article_id) is not None:
            raise InvalidValue("This article is already a new version of another one.")
        article = self.article(article_id)
        previous = self.article(previous_id)
        undo = _undo or self._snapshot("New version")
        with self._write() as conn:
            if article.published_assumed and previous.published and previous.published != article.published:
                # A correction keeps the original's publication date unless the new text gave its own.
                conn.execute("UPDATE articles SET published = ?, published_assumed = ? WHERE id = ?",
                             (previous.published.isoformat(), int(previous.published_assumed), article_id))
                self._record("edit article", "article", article_id, "published", article.published,
                             previous.published, article_id)
                self._store_analysis(article_id)
            outcome = self._reanchor(previous_id, article_id, article.title)
            conn.execute("INSERT INTO article_versions (article_id, previous_id, created_at, created_by)"
                         " VALUES (?, ?, ?, ?)", (article_id, previous_id, now_iso(), self.reviewer))
            self._record("new version", "article", article_id, "previous", None, previous_id, article_id)
        return replace(outcome, change=Change("New version", (article_id, previous_id), structure=True,
                                              sources=True, links=True, suggestions=True,
                                              restored=True, inverse=undo))

    def _reanchor(self, old_id: str, new_id: str, title: str) -> VersionResult:
        from factcheck.store.version_result import VersionResult
        from factcheck.team.anchor import match_sentences, similarity

        conn = self.conn
        old, new = self.sentences(old_id), self.sentences(new_id)
        found = match_sentences([s.text for s in old], [s.text for s in new])
        target = {s.id: new[j].id for s, j in zip(old, found, strict=True) if j is not None}
        kept, moved, orphans = [], [], []
        for i, (s, j) in enumerate(zip(old, found, strict=True)):
            reviews = self._read(f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE sentence_id = ?", (s.id,))
            cited = self._read("SELECT src.name, src.kind, src.id FROM citations c JOIN sources src"
                               " ON src.id = c.source_id WHERE c.sentence_id = ?", (s.id,))
            linked = self._read("SELECT id FROM links WHERE from_sentence = ? OR to_sentence = ?", (s.id, s.id))
            extras = self._carried_extras(self, s.id or 0)
            if not (reviews or cited or linked or extras):
                continue
            if j is None:
                payload = {"reviews": {r[1]: dict(zip(_REVIEW_NAMES[2:], r[2:], strict=True)) for r in reviews},
                           "sources": [[c[0], c[1]] for c in cited]} | extras
                self._add_orphan(new_id, old_id, s.index, s.text, old[i - 1].text if i else "",
                                 old[i + 1].text if i + 1 < len(old) else "",
                                 json.dumps(payload, ensure_ascii=False, sort_keys=True))
                orphans.append((s.number, s.text))
                continue
            sid = new[j].id
            for r in reviews:
                conn.execute(f"INSERT OR IGNORE INTO reviews ({REVIEW_COLUMNS})"
                             f" VALUES ({','.join('?' * len(_REVIEW_NAMES))})", (sid, *r[1:]))
            conn.executemany("INSERT OR IGNORE INTO citations (sentence_id, source_id) VALUES (?, ?)",
                             [(sid, c[2]) for c in cited])
            self._apply_extras(sid or 0, extras)  # evidence, claim texts and decisions go with their review
            self._refresh_search_notes(sid or 0)
            if s.text == new[j].text:
                kept.append((s.number, new[j].number))
            else:
                moved.append((s.number, new[j].number, similarity(s.text, new[j].text)))
                self._record("re-anchor", "sentence", sid, "text", s.text, new[j].text, new_id)
        for a, b, kind, note, reviewer, created in self._read(
                "SELECT DISTINCT l.from_sentence, l.to_sentence, l.kind, l.note, l.reviewer, l.created_at FROM links l"
                " JOIN sentences s ON s.id = l.from_sentence OR s.id = l.to_sentence WHERE s.article_id = ?",
                (old_id,)):
            ends = (target.get(a, a if a not in {s.id for s in old} else None),
                    target.get(b, b if b not in {s.id for s in old} else None))
            if None not in ends and not self._one("SELECT 1 FROM links WHERE from_sentence = ? AND to_sentence = ?"
                                                  " AND kind = ?", (*ends, kind)):
                conn.execute("INSERT INTO links (from_sentence, to_sentence, kind, note, reviewer, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)", (*ends, kind, note, reviewer, created))
        conn.execute("INSERT OR IGNORE INTO suggestion_states (article_id, key, state)"
                     " SELECT ?, key, state FROM suggestion_states WHERE article_id = ?", (new_id, old_id))
        conn.execute("UPDATE suggestions SET state = (SELECT st.state FROM suggestion_states st WHERE"
                     " st.article_id = suggestions.article_id AND st.key = suggestions.key)"
                     " WHERE article_id = ? AND key IN (SELECT key FROM suggestion_states WHERE article_id = ?)",
                     (new_id, new_id))
        return VersionResult(new_id, old_id, title, len(new), kept, moved, orphans)

    def version_diff(self, old_id: str, new_id: str) -> list[DiffEntry]:
        """The sentence diff between two versions of an article."""
        from factcheck.team.reanchor import sentence_diff

        return sentence_diff([s.text for s in self.sentences(old_id)], [s.text for s in self.sentences(new_id)])
