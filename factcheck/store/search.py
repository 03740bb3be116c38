"""Full-text search over the sentence text and notes of every article (FTS5)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factcheck.store.base import StoreBase

if TYPE_CHECKING:  # made when the first search runs (search_hits.py)
    from factcheck.store.search_hits import SearchHit


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every term must match.

    Words in double quotes ("the water deal") are one phrase, matched as written in that order;
    other words are each quoted, so "U.S." or "Díaz-Canel" are searched as words, not syntax.
    A quote left open runs to the end of the text.
    """
    terms = []
    for match in re.finditer(r'"([^"]*)"?|([^\s"]+)', text):
        term = (match.group(1) if match.group(1) is not None else match.group(2)).strip()
        if term:
            terms.append('"' + term + '"')
    return " ".join(terms)


class SearchOps(StoreBase):
    def search(self, text: str, limit: int = 200, before: int | None = None) -> list[SearchHit]:
        """Full-text search over sentence text and notes of every article.

        Hits come newest first by sentence row id (the order the full-text index keeps), so the
        first page is read without sorting every match; ``before`` continues after the last hit
        of a page (its ``sentence_id``). Each page is then put in reading order: the most
        recently imported article first, its sentences in order.
        """
        query = fts_query(text)
        if not query:
            return []
        after = "" if before is None else " AND sentence_search.rowid < :before"
        rows = self._read(
            f"""SELECT s.article_id, a.title, s.id, s.idx, s.text,
                      snippet(sentence_search, 0, '[', ']', '…', 12), a.imported_at
               FROM sentence_search JOIN sentences s ON s.id = sentence_search.rowid
               JOIN articles a ON a.id = s.article_id
               WHERE sentence_search MATCH :query{after}
               ORDER BY sentence_search.rowid DESC LIMIT :limit""",
            {"query": query, "limit": limit, "before": before},
        )
        rows.sort(key=lambda r: (r[0], r[3]))  # sentences in order within an article …
        rows.sort(key=lambda r: r[6], reverse=True)  # … the most recently imported article first
        from factcheck.store.search_hits import SearchHit

        return [SearchHit(*r[:6]) for r in rows]

    def search_pages(self, text: str, page: int = 50, limit: int = 200) -> Iterator[list[SearchHit]]:
        """The hits of ``search`` a page at a time, up to ``limit`` in all."""
        before: int | None = None
        found = 0
        while found < limit:
            hits = self.search(text, min(page, limit - found), before)
            if not hits:
                return
            yield hits
            found += len(hits)
            before = min(hit.sentence_id for hit in hits)
