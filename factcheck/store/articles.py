"""Article operations: import, list, properties, sign-off, delete and restore."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from factcheck.errors import FactcheckError, InvalidValue, NotFound
from factcheck.model import Article, Rating, Sentence, Status
from factcheck.store.base import StoreBase
from factcheck.store.chunks import ANALYSIS_CHUNK
from factcheck.store.rows import (
    ARTICLE_COLUMNS,
    SENTENCE_COLUMNS,
    ArticleSummary,
    Change,
    ImportResult,
    article_from_row,
    now_iso,
    sentence_from_row,
)

ARTICLE_FIELDS = ("title", "outlet", "url", "author", "published", "rating", "summary")


def article_id_for(text: str) -> tuple[str, str]:
    """(id, sha256) of an article text: the same text always gets the same id."""
    import hashlib  # OpenSSL's library loads on the first import, not at the window's start

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return digest[:16], digest


TEXTS_KEPT = 4
_TEXT_AT = [c.strip() for c in ARTICLE_COLUMNS.split(",")].index("text")
_COLUMNS_BUT_TEXT = ", ".join(c.strip() for c in ARTICLE_COLUMNS.split(",") if c.strip() != "text")


class ArticleOps(StoreBase):
    # -- reading -------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        row = self._one(f"SELECT {_COLUMNS_BUT_TEXT} FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFound(f"No article with id {article_id}.")
        # The text comes from the kept copy: a 100,000-sentence transcript is megabytes, read
        # once rather than for every panel that shows the article's title or language.
        return article_from_row((*row[:_TEXT_AT], self.article_text(article_id), *row[_TEXT_AT:]))

    def article_text(self, article_id: str) -> str:
        """An article's whole text, read once and kept for the next calls.

        An article's text never changes (its id is the text's hash), so the detail panel
        slices this copy by offsets instead of asking SQLite to cut a 100,000-sentence text
        on every row change. The last ``TEXTS_KEPT`` texts are kept.
        """
        cache: dict[str, str] = self.__dict__.setdefault("_article_texts", {})
        text = cache.pop(article_id, None)
        if text is None:
            row = self._one("SELECT text FROM articles WHERE id = ?", (article_id,))
            text = str(row[0]) if row else ""
            if not row:
                return text
        cache[article_id] = text  # most recently used last
        while len(cache) > TEXTS_KEPT:
            cache.pop(next(iter(cache)))
        return text

    def resolve_article(self, ref: str) -> str:
        """An article id from an id, a unique id prefix or an exact title."""
        ref = ref.strip()
        if not ref:
            raise NotFound("Name an article by its id or its exact title.")
        rows = self._read("SELECT id FROM articles WHERE id = ?", (ref,))
        if rows:
            return str(rows[0][0])
        rows = self._read("SELECT id FROM articles WHERE title = ?", (ref,))
        if len(rows) == 1:
            return str(rows[0][0])
        if len(rows) > 1:
            raise NotFound(f"{len(rows)} articles are titled {ref!r}; use the id instead.")
        escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._read("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\'", (escaped + "%",))
        if len(rows) == 1:
            return str(rows[0][0])
        if len(rows) > 1:
            raise NotFound(f"The id prefix {ref!r} matches {len(rows)} articles; give more of it.")
        raise NotFound(f"No article has the id or title {ref!r}.")

    def list_articles(self, reviewer: str | None = None, limit: int | None = None,
                      offset: int = 0) -> list[ArticleSummary]:
        """Every article with its progress, most recently imported first; ``reviewer=None``
        counts any reviewer's work. ``limit`` and ``offset`` read one page of that order (the
        window's article list reads the rows it shows).

        A reviewer's counts come from the tables the triggers keep (no sentence is counted); the
        page is chosen before they are joined (sorting joined rows cost three times as much).
        """
        if reviewer is None:
            return self._list_articles_any_reviewer()[offset:None if limit is None else offset + limit]
        rows = self._read(
            """SELECT a.id, a.title, a.outlet, a.published, a.published_assumed, a.imported_at,
                      COALESCE(c.sentences, 0), COALESCE(rc.reviewed, 0), COALESCE(rc.flagged, 0),
                      COALESCE(c.pending_suggestions, 0)
               FROM (SELECT id, title, outlet, published, published_assumed, imported_at FROM articles
                     ORDER BY imported_at DESC, title, id LIMIT :limit OFFSET :offset) a
               LEFT JOIN article_counts c ON c.article_id = a.id
               LEFT JOIN reviewer_counts rc ON rc.article_id = a.id AND rc.reviewer = :reviewer
               ORDER BY a.imported_at DESC, a.title, a.id""",
            {"reviewer": reviewer, "limit": -1 if limit is None else limit, "offset": offset})
        return [_summary(r) for r in rows]

    def _list_articles_any_reviewer(self) -> list[ArticleSummary]:
        sql = """
            SELECT a.id, a.title, a.outlet, a.published, a.published_assumed, a.imported_at,
                   COALESCE(c.sentences, 0),
                   (SELECT COUNT(DISTINCT r.sentence_id) FROM reviews r JOIN sentences s ON s.id = r.sentence_id
                     WHERE s.article_id = a.id AND r.status = 'done'),
                   (SELECT COUNT(DISTINCT r.sentence_id) FROM reviews r JOIN sentences s ON s.id = r.sentence_id
                     WHERE s.article_id = a.id AND (r.anonymous = 1 OR r.contested = 1
                       OR r.inconsistent = 1 OR r.rating IN ('misleading', 'false'))),
                   COALESCE(c.pending_suggestions, 0)
            FROM articles a LEFT JOIN article_counts c ON c.article_id = a.id
            ORDER BY a.imported_at DESC, a.title, a.id
        """
        return [_summary(r) for r in self._read(sql)]

    def article_summary(self, article_id: str, reviewer: str | None = None) -> ArticleSummary:
        """One article's row of the article list, for the current reviewer (from the kept counts)."""
        reviewer = reviewer or self.reviewer
        row = self._one(
            """SELECT a.id, a.title, a.outlet, a.published, a.published_assumed, a.imported_at,
                      COALESCE(c.sentences, 0), COALESCE(rc.reviewed, 0), COALESCE(rc.flagged, 0),
                      COALESCE(c.pending_suggestions, 0)
               FROM articles a LEFT JOIN article_counts c ON c.article_id = a.id
               LEFT JOIN reviewer_counts rc ON rc.article_id = a.id AND rc.reviewer = :reviewer
               WHERE a.id = :article""", {"reviewer": reviewer, "article": article_id})
        if row is None:
            raise NotFound(f"No article with id {article_id}.")
        return _summary(row)

    def counts(self, article_id: str, reviewer: str | None = None) -> dict[str, int]:
        """The kept counts of an article: sentences, reviewed, flagged, pending suggestions
        and sentences with pending suggestions (reviewed and flagged for ``reviewer``)."""
        reviewer = reviewer or self.reviewer
        row = self._one(
            """SELECT COALESCE(c.sentences, 0), COALESCE(c.pending_suggestions, 0),
                      COALESCE(c.suggested_sentences, 0),
                      (SELECT reviewed FROM reviewer_counts WHERE article_id = :article AND reviewer = :reviewer),
                      (SELECT flagged FROM reviewer_counts WHERE article_id = :article AND reviewer = :reviewer)
               FROM (SELECT :article AS id) a LEFT JOIN article_counts c ON c.article_id = a.id""",
            {"article": article_id, "reviewer": reviewer})
        sentences, pending, suggested, reviewed, flagged = row or (0, 0, 0, 0, 0)
        return {"sentences": sentences, "reviewed": reviewed or 0, "flagged": flagged or 0,
                "pending_suggestions": pending, "suggested_sentences": suggested}

    def article_count(self) -> int:
        row = self._one("SELECT COUNT(*) FROM articles")
        return int(row[0]) if row else 0

    def sentences(self, article_id: str) -> list[Sentence]:
        rows = self._read(
            f"SELECT {SENTENCE_COLUMNS} FROM sentences WHERE article_id = ? ORDER BY idx", (article_id,)
        )
        return [sentence_from_row(r) for r in rows]

    def sentence_texts(self, article_id: str) -> list[tuple[int, int, str]]:
        """(row id, 1-based number, text) of an article's sentences in order: what a list to
        pick from shows, without making a Sentence of each (a transcript's 100,000: ~0.15 s
        instead of ~0.7 s)."""
        return self._read("SELECT id, idx + 1, text FROM sentences WHERE article_id = ? ORDER BY idx",
                          (article_id,))

    # -- importing -----------------------------------------------------------

    def import_text(
        self,
        text: str,
        *,
        title: str = "",
        outlet: str = "",
        url: str = "",
        author: str = "",
        published: date | None = None,
        published_assumed: bool | None = None,
        analyse: bool = True,
    ) -> ImportResult:
        """Store an article and its sentences in one transaction, then (``analyse``) its
        suggestions in short ones; with ``analyse=False`` the article is marked as waiting for
        its analysis (``pending_articles``).

        The same text imported twice is not duplicated: ``created`` is False.
        """
        from factcheck.text import split_article

        if not text.strip():
            raise FactcheckError("The article has no text.")
        article_id, digest = article_id_for(text)
        existing = self._one("SELECT title FROM articles WHERE id = ?", (article_id,))
        if existing is not None:
            count = self._one("SELECT COUNT(*) FROM sentences WHERE article_id = ?", (article_id,))
            return ImportResult(article_id, False, int(count[0]) if count else 0, existing[0])
        imported_at = now_iso()
        if published is None:
            published = datetime.now(UTC).date()
            assumed = True
        else:
            assumed = bool(published_assumed)
        title = title.strip() or _title_from_text(text)
        sentences = split_article(article_id, text)
        with self._write() as conn:
            # Checked again under the write lock: another process may have imported it meanwhile.
            existing = self._one("SELECT title FROM articles WHERE id = ?", (article_id,))
            if existing is not None:
                return ImportResult(article_id, False, len(sentences), existing[0])
            conn.execute(
                "INSERT INTO articles (id, sha256, title, outlet, url, author, published, "
                "published_assumed, imported_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, digest, title, outlet.strip(), url.strip(), author.strip(),
                 published.isoformat(), int(assumed), imported_at, text),
            )
            self._insert_sentences(article_id, sentences)
            self._record("import", "article", article_id, "title", None, title, article_id)
            self._mark_analysis_pending(article_id)
        if analyse:  # after the text is stored: the article is reviewable while it runs
            article = Article(id=article_id, text=text, title=title, outlet=outlet.strip(), url=url.strip(),
                              author=author.strip(), published=published, published_assumed=assumed,
                              imported_at=imported_at)
            if len(text) > ANALYSIS_CHUNK:  # a corpus-sized text: see _analyse_in_runs
                self._analyse_in_runs(article)
            else:
                self.store_found_analysis(article_id, self.analysis_for(article, sentences), sentences)
        return ImportResult(article_id, True, len(sentences), title)

    def _insert_sentences(self, article_id: str, sentences: list[Sentence]) -> None:
        conn = self.conn
        for s in sentences:
            cursor = conn.execute(
                'INSERT INTO sentences (id, article_id, idx, paragraph, start, "end", text)'
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (s.id, article_id, s.index, s.paragraph, s.start, s.end, s.text),
            )
            conn.execute("INSERT INTO sentence_search (rowid, text, notes) VALUES (?, ?, '')",
                         (cursor.lastrowid, s.text))

    # Provided by SuggestionOps (the suggestion engine's side of the store).
    def analysis_for(self, article: Article, sentences: Sequence[Sentence]) -> list[Any]:
        raise NotImplementedError

    def _store_analysis(self, article_id: str, found: list[Any] | None = None,
                        analysed: Sequence[Sentence] | None = None) -> int:
        raise NotImplementedError

    def _analyse_in_runs(self, article: Article) -> None:
        raise NotImplementedError

    # Provided by AnalysisStateOps.
    def _mark_analysis_pending(self, article_id: str) -> None:
        raise NotImplementedError

    def analysis_pending(self, article_id: str) -> bool:
        raise NotImplementedError

    def _reanalyse_or_mark(self, article_id: str, analyse: bool) -> None:
        """Inside a write transaction that changed what the analysis reads (the date, the
        sentences): analyse the article again now, or (``analyse`` False: a worker will) mark
        it pending, so that a program closed before the worker is done leaves it to be analysed
        at the next start instead of keeping suggestions of the article as it was."""
        if analyse:
            self._store_analysis(article_id)
        else:
            self._mark_analysis_pending(article_id)

    def store_found_analysis(self, article_id: str, found: Sequence[Any], analysed: Sequence[Sentence],
                             on_batch: Any = None) -> int:
        raise NotImplementedError

    # -- editing -------------------------------------------------------------

    def update_article(self, article_id: str, changes: dict[str, Any], analyse: bool = True) -> Change:
        """Change article properties; a changed publication date re-runs the analysis
        (unless ``analyse`` is False: the window then runs it off the GUI thread)."""
        unknown = set(changes) - set(ARTICLE_FIELDS)
        if unknown:
            raise InvalidValue(f"Unknown article field: {', '.join(sorted(unknown))}.")
        with self._write():
            return self._update_article(article_id, changes, analyse)

    def _update_article(self, article_id: str, changes: dict[str, Any], analyse: bool) -> Change:
        article = self.article(article_id)  # read under the write lock (see update_article)
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "published":
                if isinstance(value, str):
                    try:
                        value = date.fromisoformat(value) if value else None
                    except ValueError:
                        raise InvalidValue(f"{value!r} is not a date (YYYY-MM-DD).") from None
                if value is None:
                    raise InvalidValue("The publication date cannot be empty.")
            elif name == "rating":
                value = _rating(value)
            elif not isinstance(value, str):
                raise InvalidValue(f"The {name} must be text.")
            if getattr(article, name) != value:
                values[name] = value
        date_changed = "published" in values or (
            "published" in changes and article.published_assumed
        )
        with self._write() as conn:
            for name, value in values.items():
                stored = value.isoformat() if isinstance(value, date) else (
                    value.value if isinstance(value, Rating) else value)
                conn.execute(f"UPDATE articles SET {name} = ? WHERE id = ?", (stored, article_id))
                self._record("edit article", "article", article_id, name,
                             getattr(article, name), value, article_id)
            if "published" in changes:
                conn.execute("UPDATE articles SET published_assumed = 0 WHERE id = ?", (article_id,))
            if "published" in values:
                self._reanalyse_or_mark(article_id, analyse)
        return Change("Edit article", (article_id,), suggestions=date_changed,
                      fields=tuple(sorted(values)))

    def sign_off(self, article_id: str) -> Change:
        """Sign the article off as the current reviewer once every sentence is reviewed."""
        with self._write() as conn:
            article = self.article(article_id)
            total, done = self.progress(article_id, self.reviewer)
            if done < total:
                raise InvalidValue(
                    f"{total - done} of {total} sentences are not reviewed yet; review them before signing off."
                )
            self._check_settled(article_id)
            at = now_iso()
            conn.execute("UPDATE articles SET signed_off_by = ?, signed_off_at = ? WHERE id = ?",
                         (self.reviewer, at, article_id))
            self._record("sign off", "article", article_id, "signed_off_by",
                         article.signed_off_by or None, self.reviewer, article_id)
        return Change("Sign off", (article_id,))

    def set_sign_off(self, article_id: str, by: str, at: str) -> Change:
        """Set or clear (empty strings) the sign-off; used to undo a sign-off."""
        with self._write() as conn:
            article = self.article(article_id)
            conn.execute("UPDATE articles SET signed_off_by = ?, signed_off_at = ? WHERE id = ?",
                         (by, at, article_id))
            self._record("sign off", "article", article_id, "signed_off_by",
                         article.signed_off_by or None, by or None, article_id)
        return Change("Sign off", (article_id,))

    def set_published_assumed(self, article_id: str, assumed: bool) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET published_assumed = ? WHERE id = ?", (int(assumed), article_id))

    def progress(self, article_id: str, reviewer: str | None = None) -> tuple[int, int]:
        """(sentences, reviewed sentences) of an article."""
        if reviewer is not None:
            counts = self.counts(article_id, reviewer)
            return counts["sentences"], counts["reviewed"]
        total = self._one("SELECT sentences FROM article_counts WHERE article_id = ?", (article_id,))
        done = self._one(
            "SELECT COUNT(DISTINCT r.sentence_id) FROM reviews r JOIN sentences s ON s.id = r.sentence_id"
            f" WHERE s.article_id = ? AND r.status = '{Status.DONE.value}'", (article_id,))
        return (int(total[0]) if total else 0, int(done[0]) if done else 0)

    def delete_article(self, article_id: str) -> Any:
        """Delete an article and everything on it; returns its ArticleReview for undo."""
        with self._write() as conn:
            snapshot = self.article_review(article_id)
            ids = [s.id for s in snapshot.sentences]
            conn.executemany("DELETE FROM sentence_search WHERE rowid = ?", [(i,) for i in ids])
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self._record("delete article", "article", article_id, "title",
                         snapshot.article.title, None, article_id)
        return snapshot

    def article_review(self, article_id: str) -> Any:
        raise NotImplementedError  # provided by BundleOps

    def _check_settled(self, article_id: str) -> None:
        """Raise when reviewers' disagreements are not settled (provided by LayerOps)."""


def _summary(r: tuple) -> ArticleSummary:
    return ArticleSummary(
        id=r[0], title=r[1], outlet=r[2], published=date.fromisoformat(r[3]) if r[3] else None,
        published_assumed=bool(r[4]), imported_at=r[5], sentences=r[6], reviewed=r[7],
        flagged=r[8], pending_suggestions=r[9],
    )


def _rating(value: Any) -> Rating | None:
    if value is None or value == "":
        return None
    if isinstance(value, Rating):
        return value
    try:
        return Rating(str(value).strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        names = ", ".join(r.value for r in Rating)
        raise InvalidValue(f"{value!r} is not a rating; use one of {names}.") from None


def _title_from_text(text: str) -> str:
    first = text.strip().splitlines()[0].strip()
    return first if len(first) <= 90 else first[:87].rstrip() + "…"
