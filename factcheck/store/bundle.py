"""Whole-article reads and writes: the ArticleReview that reports use, and its restore."""

from __future__ import annotations

import json

from factcheck.errors import FactcheckError
from factcheck.model import ArticleReview, Citation, Review, SuggestionState
from factcheck.store.articles import article_id_for
from factcheck.store.rows import (
    HISTORY_COLUMNS,
    LINK_COLUMNS,
    REVIEW_COLUMNS,
    SOURCE_COLUMNS,
    history_from_row,
    link_from_row,
    now_iso,
    prefixed,
    review_from_row,
    source_from_row,
    tri_to_db,
)
from factcheck.store.suggestions import SuggestionOps


class BundleOps(SuggestionOps):
    def article_review(self, article_id: str) -> ArticleReview:
        """Everything recorded about one article, for reports, exports and undo of a delete."""
        article = self.article(article_id)
        sentences = tuple(self.sentences(article_id))
        reviews: dict[int, dict[str, Review]] = {}
        for row in self._read(
            f"SELECT {prefixed(REVIEW_COLUMNS, 'r')} FROM reviews r JOIN sentences s ON s.id = r.sentence_id"
            " WHERE s.article_id = ? ORDER BY s.idx, r.reviewer", (article_id,)):
            review = review_from_row(row)
            reviews.setdefault(review.sentence_id, {})[review.reviewer] = review
        citations = tuple(Citation(r[0], r[1]) for r in self._read(
            "SELECT c.sentence_id, c.source_id FROM citations c JOIN sentences s ON s.id = c.sentence_id"
            " WHERE s.article_id = ? ORDER BY s.idx, c.source_id", (article_id,)))
        source_ids = sorted({c.source_id for c in citations})
        sources = tuple(source_from_row(r) for r in self._read(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE id IN ({','.join('?' * len(source_ids))}) ORDER BY id",
            source_ids)) if source_ids else ()
        links = tuple(link_from_row(r) for r in self._read(
            f"SELECT DISTINCT {prefixed(LINK_COLUMNS, 'l')} FROM links l JOIN sentences s"
            " ON s.id = l.from_sentence OR s.id = l.to_sentence WHERE s.article_id = ? ORDER BY l.id",
            (article_id,)))
        linked = sorted({i for link in links for i in (link.from_sentence, link.to_sentence)})
        targets = {r[0]: (r[1], r[2], r[3], r[4]) for r in self._read(
            f"SELECT s.id, s.article_id, a.title, s.idx, s.text FROM sentences s JOIN articles a"
            f" ON a.id = s.article_id WHERE s.id IN ({','.join('?' * len(linked))})", linked)} if linked else {}
        history = tuple(history_from_row(r) for r in self._read(
            f"SELECT {HISTORY_COLUMNS} FROM history WHERE article_id = ? ORDER BY id", (article_id,)))
        return ArticleReview(article, sentences, reviews, sources, citations, links,
                             tuple(self.suggestions(article_id)), history, targets)

    def restore_article_review(self, bundle: ArticleReview, *, imported: bool = False,
                               record: bool = True) -> str:
        """Write a whole ArticleReview back: undo of a delete, or import of a JSON review.

        Row ids are the bundle's own where they are free, so an undone delete or a review
        imported into a fresh file reads back the same. A source whose id is taken by another
        source is matched by name and kind, else created. Links to sentences outside the article
        are kept only when those sentences exist. ``imported`` brings the bundle's history with it
        (an undone delete still has its own rows).
        """
        article = bundle.article
        article_id, digest = article_id_for(article.text)
        with self._write() as conn:
            if self._one("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
                raise FactcheckError(f"The article {article.title!r} is already in this database.")
            conn.execute(
                "INSERT INTO articles (id, sha256, title, outlet, url, author, published, published_assumed,"
                " imported_at, language, text, rating, summary, signed_off_by, signed_off_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, digest, article.title, article.outlet, article.url, article.author,
                 article.published.isoformat() if article.published else None, int(article.published_assumed),
                 article.imported_at, article.language, article.text,
                 article.rating.value if article.rating else None, article.summary,
                 article.signed_off_by, article.signed_off_at))
            if imported:
                # First, so the history keeps its own row ids in a fresh file.
                for h in bundle.history:
                    conn.execute(
                        "INSERT INTO history (id, at, reviewer, action, article_id, entity, entity_id, field,"
                        " old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (self._free("history", h.id), h.at, h.reviewer, h.action, article_id, h.entity,
                         h.entity_id, h.field, None if h.old is None else json.dumps(h.old, ensure_ascii=False),
                         None if h.new is None else json.dumps(h.new, ensure_ascii=False)))
            sentence_ids: dict[int, int] = {}
            for s in bundle.sentences:
                cursor = conn.execute(
                    'INSERT INTO sentences (id, article_id, idx, paragraph, start, "end", text)'
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (self._free("sentences", s.id), article_id, s.index, s.paragraph, s.start, s.end, s.text))
                new_id = int(cursor.lastrowid or 0)
                sentence_ids[s.id or 0] = new_id
                conn.execute("INSERT INTO sentence_search (rowid, text, notes) VALUES (?, ?, '')",
                             (new_id, s.text))
            for old_sid, by_reviewer in bundle.reviews.items():
                for r in by_reviewer.values():
                    conn.execute(
                        f"INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES ({','.join('?' * 15)})",
                        (sentence_ids[old_sid], r.reviewer, *(tri_to_db(getattr(r, v)) for v in
                         ("sourced", "anonymous", "contested", "inconsistent")),
                         r.rating.value if r.rating else None, r.credibility, r.note, r.evidence.url,
                         r.evidence.title, r.evidence.accessed, r.evidence.archive_url, r.status.value,
                         r.updated_at))
                self._refresh_search_notes(sentence_ids[old_sid])
            source_ids: dict[int, int] = {}
            for src in bundle.sources:
                match = self._one("SELECT id FROM sources WHERE id = ? AND name = ? AND kind = ?",
                                  (src.id, src.name, src.kind.value)) or self._one(
                    "SELECT id FROM sources WHERE name = ? COLLATE NOCASE AND kind = ? ORDER BY id",
                    (src.name, src.kind.value))
                if match:
                    source_ids[src.id] = int(match[0])
                else:
                    source_ids[src.id] = self.create_source(
                        src.name, src.kind, src.description, src.reliability, src.notes,
                        source_id=self._free("sources", src.id)).id
            conn.executemany("INSERT OR IGNORE INTO citations (sentence_id, source_id) VALUES (?, ?)",
                             [(sentence_ids[c.sentence_id], source_ids[c.source_id]) for c in bundle.citations
                              if c.sentence_id in sentence_ids and c.source_id in source_ids])
            for link in bundle.links:
                ends = [sentence_ids.get(link.from_sentence), sentence_ids.get(link.to_sentence)]
                for i, (old, new) in enumerate(zip((link.from_sentence, link.to_sentence), ends, strict=True)):
                    if new is None and self._one("SELECT 1 FROM sentences WHERE id = ?", (old,)):
                        ends[i] = old
                if None in ends:
                    continue
                conn.execute(
                    "INSERT INTO links (id, from_sentence, to_sentence, kind, note, reviewer, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (self._free("links", link.id), ends[0], ends[1], link.kind.value, link.note,
                     link.reviewer, link.created_at or now_iso()))
            by_index = {s.index: sentence_ids[s.id or 0] for s in bundle.sentences}
            for g in bundle.suggestions:
                conn.execute(
                    'INSERT INTO suggestions (id, article_id, sentence_id, start, "end", kind, message, value,'
                    " related, proposed, state, key, confidence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._free("suggestions", g.id), article_id, by_index[g.sentence], g.start, g.end, g.kind, g.message, g.value,
                     json.dumps(list(g.related)), json.dumps(g.proposed, ensure_ascii=False),
                     g.state.value, g.key, g.confidence))
                if g.state is not SuggestionState.PENDING:
                    conn.execute("INSERT OR REPLACE INTO suggestion_states (article_id, key, state)"
                                 " VALUES (?, ?, ?)", (article_id, g.key, g.state.value))
            if record and not imported:
                self._record("restore article", "article", article_id, "title", None, article.title,
                             article_id)
        return article_id

    def _mirror_first_evidence(self, sentence_id: int, reviewer: str) -> None:
        raise NotImplementedError  # provided by EvidenceOps

    def _free(self, table: str, row_id: int | None) -> int | None:
        """``row_id`` when no row of ``table`` has it, else None (SQLite picks a new one)."""
        if row_id is None or self._one(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)):
            return None
        return row_id

    def revert_article(self, snapshot: ArticleReview, action: str = "Revert article") -> str:
        """Put an article back exactly as in ``snapshot`` (undo of a merge or split)."""
        article_id = snapshot.article.id
        with self._write() as conn:
            ids = [r[0] for r in self._read("SELECT id FROM sentences WHERE article_id = ?", (article_id,))]
            conn.executemany("DELETE FROM sentence_search WHERE rowid = ?", [(i,) for i in ids])
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self.restore_article_review(snapshot, record=False)
            self._record(action.lower(), "article", article_id, "sentences", len(ids),
                         len(snapshot.sentences), article_id)
        return article_id
