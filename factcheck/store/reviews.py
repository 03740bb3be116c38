"""Review operations: the sentence table's pages and verdict edits (merge/split: split_merge.py).

(Full-text search is in factcheck/store/search.py; ``fts_query`` is imported here for the
callers that know it from this module.)
"""

from __future__ import annotations

from typing import Any

from factcheck.admiralty import admiralty_code
from factcheck.errors import InvalidValue, NotFound
from factcheck.model import VERDICT_FIELDS, Evidence, Rating, Review, Sentence, Status
from factcheck.store.articles import ArticleOps, _rating
from factcheck.store.rows import (
    HISTORY_COLUMNS,
    REVIEW_COLUMNS,
    SENTENCE_COLUMNS,
    Change,
    HistoryEntry,
    SentenceRow,
    history_from_row,
    now_iso,
    prefixed,
    review_from_row,
    sentence_from_row,
    tri,
    tri_to_db,
)
from factcheck.store.search import fts_query  # noqa: F401 - known here before it moved

REVIEW_FIELDS = VERDICT_FIELDS + ("rating", "credibility", "note", "evidence", "status")
FILTERS = ("all", "unreviewed", "flagged", "suggestions")
FLAGGED_SQL = (
    "(r.anonymous = 1 OR r.contested = 1 OR r.inconsistent = 1 OR r.rating IN ('misleading', 'false'))"
)


# The same test with bare column names: as written in the partial index reviews_flagged.
FLAGGED_INDEXED = FLAGGED_SQL.replace("r.", "")


def _filter_sql(name: str) -> str:
    if name == "all":
        return ""
    if name == "unreviewed":
        return " AND (r.status IS NULL OR r.status != 'done')"
    if name == "flagged":
        return f" AND {FLAGGED_SQL}"
    if name == "suggestions":
        return (" AND EXISTS (SELECT 1 FROM suggestions g WHERE g.sentence_id = s.id"
                " AND g.state = 'pending')")
    raise InvalidValue(f"Unknown filter {name!r}; use one of {', '.join(FILTERS)}.")


class ReviewOps(ArticleOps):
    # -- sentence table pages ------------------------------------------------

    def sentence_count(self, article_id: str, filter: str = "all", reviewer: str | None = None) -> int:
        """Rows of the (filtered) sentence table, from the counts the triggers keep."""
        reviewer = reviewer or self.reviewer
        if filter in FILTERS:
            counts = self.counts(article_id, reviewer)
            return {"all": counts["sentences"], "unreviewed": counts["sentences"] - counts["reviewed"],
                    "flagged": counts["flagged"], "suggestions": counts["suggested_sentences"]}[filter]
        row = self._one(
            "SELECT COUNT(*) FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id"
            f" AND r.reviewer = :reviewer WHERE s.article_id = :article{_filter_sql(filter)}",
            {"article": article_id, "reviewer": reviewer},
        )
        return int(row[0]) if row else 0

    def sentence_page(self, article_id: str, offset: int, limit: int, *, filter: str = "all",
                      reviewer: str | None = None, indexes: tuple[int, int] | None = None) -> list[SentenceRow]:
        """One page of the sentence table (the reviewer's own review on each row).

        ``indexes`` (first, last sentence index of the page, from ``filter_positions``) reads a
        filtered page by its range of sentences instead of stepping over ``offset`` rows.
        """
        reviewer = reviewer or self.reviewer
        self.page_reads += 1
        joined = "sentences s LEFT JOIN reviews r ON r.sentence_id = s.id AND r.reviewer = :reviewer"
        if filter == "all":
            # Sentence indexes are the positions 0..n-1: the page is a range of the index,
            # read without stepping over the rows before it (as OFFSET would).
            where, skip = " AND s.idx >= :offset", ""
        elif filter == "flagged":
            # From the reviewer's few flagged reviews (a partial index), not every sentence.
            joined = "reviews r CROSS JOIN sentences s ON s.id = r.sentence_id"
            where, skip = f" AND r.reviewer = :reviewer AND {FLAGGED_INDEXED}", " OFFSET :offset"
        else:
            where, skip = _filter_sql(filter), " OFFSET :offset"
        if indexes is not None and filter != "all":
            where, skip = where + " AND s.idx BETWEEN :first AND :last", ""
        first, last = indexes or (0, 0)
        rows = self._read(
            f"""SELECT s.id, s.article_id, s.idx, s.paragraph, s.start, s."end", s.text,
                   r.sourced, r.anonymous, r.contested, r.inconsistent, r.rating, r.credibility,
                   r.note, r.evidence_url, r.evidence_title, r.evidence_accessed,
                   r.evidence_archive_url, r.status, r.updated_at,
                   (SELECT COUNT(*) FROM suggestions g WHERE g.sentence_id = s.id AND g.state = 'pending'),
                   (SELECT group_concat(src.reliability, ' ')
                      FROM citations c JOIN sources src ON src.id = c.source_id WHERE c.sentence_id = s.id),
                   (SELECT g.kind FROM suggestions g WHERE g.sentence_id = s.id
                      AND g.kind IN ('attribution.anonymous', 'attribution.named') ORDER BY g.kind LIMIT 1)
            FROM {joined}
            WHERE s.article_id = :article{where}
            ORDER BY s.idx LIMIT :limit{skip}""",
            {"article": article_id, "reviewer": reviewer, "limit": limit, "offset": offset,
             "first": first, "last": last},
        )
        pending = self._one("SELECT 1 FROM analysis_pending WHERE article_id = ?", (article_id,)) is not None
        page = []
        for r in rows:
            sentence = sentence_from_row(r[:7])
            review = Review(
                sentence_id=sentence.id or 0, reviewer=reviewer,
                sourced=tri(r[7]), anonymous=tri(r[8]), contested=tri(r[9]), inconsistent=tri(r[10]),
                rating=Rating(r[11]) if r[11] else None, credibility=r[12], note=r[13] or "",
                evidence=Evidence(r[14] or "", r[15] or "", r[16] or "", r[17] or ""),
                status=Status(r[18]) if r[18] else Status.UNREVIEWED, updated_at=r[19] or "",
            )
            letters = r[21].split(" ") if r[21] else []
            codes = tuple(admiralty_code(letter, review.credibility) for letter in letters)
            # Until the analysis has run, a sentence's attribution is not known ("" rather than "none").
            attribution = r[22].removeprefix("attribution.") if r[22] else ("" if pending else "none")
            page.append(SentenceRow(sentence, review, bool(review.note.strip()), int(r[20]), codes,
                                    attribution))
        return page

    def sentence_position(self, article_id: str, sentence_id: int, filter: str = "all",
                          reviewer: str | None = None) -> int | None:
        """Row number of a sentence in the (filtered) table, or None when filtered out."""
        reviewer = reviewer or self.reviewer
        target = self._one("SELECT idx FROM sentences WHERE id = ? AND article_id = ?",
                           (sentence_id, article_id))
        if target is None:
            return None
        inside = self._one(
            "SELECT COUNT(*) FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id"
            f" AND r.reviewer = :reviewer WHERE s.id = :sid{_filter_sql(filter)}",
            {"sid": sentence_id, "reviewer": reviewer})
        if not inside or not inside[0]:
            return None
        row = self._one(
            "SELECT COUNT(*) FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id"
            f" AND r.reviewer = :reviewer WHERE s.article_id = :article AND s.idx < :idx{_filter_sql(filter)}",
            {"article": article_id, "reviewer": reviewer, "idx": target[0]})
        return int(row[0]) if row else None

    def filter_positions(self, article_id: str, filter: str, reviewer: str | None = None) -> list[int]:
        """The sentence indexes a filtered table shows, in order (its row -> sentence index).

        One read of the article per filter; pages are then ranges of sentences (``indexes``).
        """
        reviewer = reviewer or self.reviewer
        if filter == "suggestions":  # from the pending suggestions, not every sentence
            rows = self._read("SELECT DISTINCT s.idx FROM suggestions g JOIN sentences s ON s.id = g.sentence_id"
                              " WHERE g.article_id = ? AND g.state = 'pending'", (article_id,))
            return sorted(r[0] for r in rows)
        if filter == "flagged":
            rows = self._read("SELECT s.idx FROM reviews r CROSS JOIN sentences s ON s.id = r.sentence_id"
                              f" WHERE r.reviewer = ? AND s.article_id = ? AND {FLAGGED_INDEXED}",
                              (reviewer, article_id))
            return sorted(r[0] for r in rows)
        rows = self._read(
            "SELECT s.idx FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id AND r.reviewer = :reviewer"
            f" WHERE s.article_id = :article{_filter_sql(filter)} ORDER BY s.idx",
            {"article": article_id, "reviewer": reviewer})
        return [r[0] for r in rows]

    def in_filter(self, sentence_id: int, filter: str, reviewer: str | None = None) -> bool:
        """Whether a sentence is shown under a filter."""
        reviewer = reviewer or self.reviewer
        row = self._one(
            "SELECT COUNT(*) FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id"
            f" AND r.reviewer = :reviewer WHERE s.id = :sid{_filter_sql(filter)}",
            {"sid": sentence_id, "reviewer": reviewer})
        return bool(row and row[0])

    def sentence(self, sentence_id: int) -> Sentence:
        row = self._one(f"SELECT {SENTENCE_COLUMNS} FROM sentences WHERE id = ?", (sentence_id,))
        if row is None:
            raise NotFound(f"No sentence with id {sentence_id}.")
        return sentence_from_row(row)

    def sentence_id_at(self, article_id: str, index: int) -> int | None:
        """The row id of the article's sentence at 0-based ``index``, or None: one row read."""
        row = self._one("SELECT id FROM sentences WHERE article_id = ? AND idx = ?", (article_id, index))
        return int(row[0]) if row else None

    def sentence_by_number(self, article_id: str, number: int) -> Sentence:
        """A sentence by the 1-based number people see."""
        row = self._one(f"SELECT {SENTENCE_COLUMNS} FROM sentences WHERE article_id = ? AND idx = ?",
                        (article_id, number - 1))
        if row is None:
            total = self._one("SELECT COUNT(*) FROM sentences WHERE article_id = ?", (article_id,))
            raise NotFound(f"The article has sentences 1 to {total[0] if total else 0}; there is no sentence {number}.")
        return sentence_from_row(row)

    def next_unreviewed(self, article_id: str, after_index: int, reviewer: str | None = None) -> Sentence | None:
        """The next sentence not yet reviewed after ``after_index``, wrapping to the start."""
        reviewer = reviewer or self.reviewer
        sql = (f"SELECT {prefixed(SENTENCE_COLUMNS, 's')}"
               " FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id AND r.reviewer = :reviewer"
               " WHERE s.article_id = :article AND (r.status IS NULL OR r.status != 'done')"
               " AND s.idx {op} :idx ORDER BY s.idx LIMIT 1")
        params = {"article": article_id, "reviewer": reviewer, "idx": after_index}
        row = self._one(sql.format(op=">"), params) or self._one(sql.format(op="<="), params)
        return sentence_from_row(row) if row else None

    # -- reviews -------------------------------------------------------------

    def review(self, sentence_id: int, reviewer: str | None = None) -> Review:
        reviewer = reviewer or self.reviewer
        row = self._one(f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE sentence_id = ? AND reviewer = ?",
                        (sentence_id, reviewer))
        return review_from_row(row) if row else Review(sentence_id=sentence_id, reviewer=reviewer)

    def reviews_for(self, sentence_id: int) -> dict[str, Review]:
        rows = self._read(f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE sentence_id = ? ORDER BY reviewer",
                          (sentence_id,))
        return {r[1]: review_from_row(r) for r in rows}

    def set_review(self, sentence_id: int, changes: dict[str, Any], reviewer: str | None = None,
                   action: str = "Edit review") -> Change:
        """Change fields of the reviewer's review of one sentence, in one transaction.

        Judging all four verdicts marks the sentence done; judging any marks it in progress.
        """
        reviewer = reviewer or self.reviewer
        unknown = set(changes) - set(REVIEW_FIELDS)
        if unknown:
            raise InvalidValue(f"Unknown review field: {', '.join(sorted(unknown))}.")
        new_values = {name: _checked(name, value) for name, value in changes.items()}
        # Read and write under one write lock: another process's edit made meanwhile is
        # neither overwritten nor recorded as the wrong old value.
        with self._write() as conn:
            sentence = self.sentence(sentence_id)
            stored = self._one("SELECT 1 FROM reviews WHERE sentence_id = ? AND reviewer = ?",
                               (sentence_id, reviewer)) is not None
            old = self.review(sentence_id, reviewer)
            merged = {name: getattr(old, name) for name in REVIEW_FIELDS} | new_values
            if "status" not in changes:
                judged = [merged[v] is not None for v in VERDICT_FIELDS]
                if all(judged):
                    merged["status"] = Status.DONE
                elif any(judged) and merged["status"] is Status.UNREVIEWED:
                    merged["status"] = Status.IN_PROGRESS
            changed = [n for n in REVIEW_FIELDS if merged[n] != getattr(old, n)]
            if not changed:
                return Change(action, (sentence.article_id,), (sentence_id,))
            columns = {"updated_at": now_iso()}
            for name in changed:
                columns |= _columns(name, merged[name])
            if stored:
                # Only the changed columns: the other fields keep whatever is in the file now.
                conn.execute(
                    f"UPDATE reviews SET {', '.join(f'{c} = ?' for c in columns)}"
                    " WHERE sentence_id = ? AND reviewer = ?",
                    (*columns.values(), sentence_id, reviewer))
            else:
                conn.execute(
                    f"INSERT INTO reviews (sentence_id, reviewer, {', '.join(columns)})"
                    f" VALUES (?, ?, {', '.join('?' * len(columns))})",
                    (sentence_id, reviewer, *columns.values()))
            for name in changed:
                self._record(action, "review", f"{sentence_id}:{reviewer}", name,
                             getattr(old, name), merged[name], sentence.article_id)
            if "note" in changed:
                self._refresh_search_notes(sentence_id)
            if "evidence" in changed:
                self._evidence_from_review(sentence_id, reviewer, merged["evidence"])
        before = {n: getattr(old, n) for n in changed}
        return Change(action, (sentence.article_id,), (sentence_id,),
                      fields=tuple(changed), old_values=before,
                      new_values={n: merged[n] for n in changed},
                      inverse=lambda store: store.set_review(sentence_id, before, reviewer, action=f"Undo {action}"))

    def _evidence_from_review(self, sentence_id: int, reviewer: str, evidence: Evidence) -> None:
        raise NotImplementedError  # provided by EvidenceOps

    def _refresh_search_notes(self, sentence_id: int) -> None:
        # Only note edits touch the full-text index; verdict edits never do.
        self._unindex(sentence_id)
        self._index(sentence_id)

    def _unindex(self, sentence_id: int) -> None:
        """Take a sentence out of the index (call before its text or notes change).

        The index is external content over ``sentences``: FTS5 removes the words the
        row holds now, so this must run while the row still reads as it was indexed.
        """
        self.conn.execute("DELETE FROM sentence_search WHERE rowid = ?", (sentence_id,))

    def _index(self, sentence_id: int) -> None:
        """Recompute the sentence's joined notes and index its text and notes."""
        notes = self._read("SELECT note FROM reviews WHERE sentence_id = ? AND note != ''"
                           " ORDER BY reviewer", (sentence_id,))
        self.conn.execute("UPDATE sentences SET notes = ? WHERE id = ?",
                          ("\n".join(n[0] for n in notes), sentence_id))
        self.conn.execute("INSERT INTO sentence_search (rowid, text, notes)"
                          " SELECT id, text, notes FROM sentences WHERE id = ?", (sentence_id,))

    def last_history_id(self) -> int:
        """The id of the newest history row (0: none): it moves with every reviewer's action,
        whoever made it, and not with what the analysis stores."""
        row = self._one("SELECT max(id) FROM history")
        return int(row[0]) if row and row[0] is not None else 0

    def history(self, *, entity: str | None = None, entity_prefix: str | None = None,
                article_id: str | None = None, limit: int = 500) -> list[HistoryEntry]:
        clauses, params = [], []
        if entity:
            clauses.append("entity = ?")
            params.append(entity)
        if entity_prefix:
            # A range, not LIKE, so the index on (entity, entity_id) is searched, not scanned.
            clauses.append("(entity_id = ? OR (entity_id > ? AND entity_id < ?))")
            params += [entity_prefix, entity_prefix + ":", entity_prefix + ";"]
        if article_id:
            clauses.append("article_id = ?")
            params.append(article_id)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._read(f"SELECT {HISTORY_COLUMNS} FROM history{where} ORDER BY id DESC LIMIT ?",
                          (*params, limit))
        return [history_from_row(r) for r in rows]

    def sentence_history(self, sentence_id: int) -> list[HistoryEntry]:
        """Every recorded change to the reviews of one sentence, newest first."""
        return self.history(entity="review", entity_prefix=str(sentence_id))


def _columns(name: str, value: Any) -> dict[str, Any]:
    """The reviews-table columns (and stored values) of one review field."""
    if name in VERDICT_FIELDS:
        return {name: tri_to_db(value)}
    if name == "rating":
        return {"rating": value.value if value else None}
    if name == "status":
        return {"status": value.value}
    if name == "evidence":
        return {"evidence_url": value.url, "evidence_title": value.title,
                "evidence_accessed": value.accessed, "evidence_archive_url": value.archive_url}
    return {name: value}


def _checked(name: str, value: Any) -> Any:
    """Validate one review field value, turning user text into model values."""
    if name in VERDICT_FIELDS:
        if value is None or isinstance(value, bool):
            return value
        raise InvalidValue(f"{name} must be yes, no or not judged.")
    if name == "rating":
        return _rating(value)
    if name == "credibility":
        if value is None or value == "":
            return None
        try:
            grade = int(value)
        except (TypeError, ValueError):
            raise InvalidValue(f"Credibility must be a number from 1 to 6, not {value!r}.") from None
        if not 1 <= grade <= 6:
            raise InvalidValue(f"Credibility must be from 1 to 6, not {grade}.")
        return grade
    if name == "note":
        if not isinstance(value, str):
            raise InvalidValue("A note must be text.")
        return value
    if name == "evidence":
        if not isinstance(value, Evidence):
            raise InvalidValue("Evidence must have a URL, a title, an accessed date and an archive URL.")
        return value
    if name == "status":
        try:
            return value if isinstance(value, Status) else Status(str(value).strip().lower().replace(" ", "_"))
        except ValueError:
            raise InvalidValue(f"{value!r} is not a status; use unreviewed, in_progress or done.") from None
    raise InvalidValue(f"Unknown review field {name}.")
