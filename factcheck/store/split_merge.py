"""Fixing a bad split: joining a sentence with the next one, splitting one in two."""

from __future__ import annotations

from factcheck.errors import InvalidValue
from factcheck.model import VERDICT_FIELDS
from factcheck.store.reviews import ReviewOps
from factcheck.store.rows import REVIEW_COLUMNS, SENTENCE_COLUMNS, Change, sentence_from_row


class SplitMergeOps(ReviewOps):
    def merge_with_next(self, sentence_id: int, analyse: bool = True) -> Change:
        """Join a sentence with the next one; the first keeps its review, citations and links."""
        with self._write() as conn:
            first = self.sentence(sentence_id)
            row = self._one(f"SELECT {SENTENCE_COLUMNS} FROM sentences WHERE article_id = ? AND idx = ?",
                            (first.article_id, first.index + 1))
            if row is None:
                raise InvalidValue(f"Sentence {first.number} is the last one; there is nothing to merge it with.")
            second = sentence_from_row(row)
            text = self.article(first.article_id).text
            # The second sentence's judgments fill what the first has not judged.
            for reviewer, review in self.reviews_for(second.id or 0).items():
                mine = self.review(sentence_id, reviewer)
                fill = {n: getattr(review, n) for n in VERDICT_FIELDS + ("rating", "credibility")
                        if getattr(mine, n) is None and getattr(review, n) is not None}
                if review.note and review.note not in mine.note:
                    fill["note"] = (mine.note + "\n" + review.note).strip()
                if fill:
                    self.set_review(sentence_id, fill, reviewer, action="Merge sentences")
            conn.execute("INSERT OR IGNORE INTO citations (sentence_id, source_id)"
                         " SELECT ?, source_id FROM citations WHERE sentence_id = ?", (sentence_id, second.id))
            conn.execute("UPDATE evidence SET sentence_id = ?, position = position + 1000 WHERE sentence_id = ?",
                         (sentence_id, second.id))
            conn.execute("INSERT OR IGNORE INTO claims (sentence_id, reviewer, text)"
                         " SELECT ?, reviewer, text FROM claims WHERE sentence_id = ?", (sentence_id, second.id))
            conn.execute("UPDATE links SET from_sentence = ? WHERE from_sentence = ?", (sentence_id, second.id))
            conn.execute("UPDATE links SET to_sentence = ? WHERE to_sentence = ?", (sentence_id, second.id))
            conn.execute("DELETE FROM links WHERE from_sentence = to_sentence")
            conn.execute("DELETE FROM sentence_search WHERE rowid = ?", (second.id,))
            conn.execute("DELETE FROM sentences WHERE id = ?", (second.id,))
            self._unindex(sentence_id)
            conn.execute('UPDATE sentences SET "end" = ?, text = ? WHERE id = ?',
                         (second.end, text[first.start:second.end], sentence_id))
            self._renumber(first.article_id, first.index + 2, -1)
            self._index(sentence_id)
            self._record("merge sentences", "sentence", sentence_id, "end", first.end, second.end,
                         first.article_id)
            self._reanalyse_or_mark(first.article_id, analyse)
        return Change("Merge sentences", (first.article_id,), (sentence_id,), structure=True,
                      suggestions=True)

    def split_sentence(self, sentence_id: int, at: int, analyse: bool = True) -> Change:
        """Split a sentence at article offset ``at``; both parts keep its review and citations."""
        with self._write() as conn:
            sentence = self.sentence(sentence_id)
            if not sentence.start < at < sentence.end:
                raise InvalidValue("Choose a split point inside the sentence.")
            text = self.article(sentence.article_id).text
            left_end = at
            while left_end > sentence.start and text[left_end - 1].isspace():
                left_end -= 1
            right_start = at
            while right_start < sentence.end and text[right_start].isspace():
                right_start += 1
            if left_end <= sentence.start or right_start >= sentence.end:
                raise InvalidValue("Both parts of a split sentence need some text.")
            self._renumber(sentence.article_id, sentence.index + 1, +1)
            self._unindex(sentence_id)
            conn.execute('UPDATE sentences SET "end" = ?, text = ? WHERE id = ?',
                         (left_end, text[sentence.start:left_end], sentence_id))
            cursor = conn.execute(
                'INSERT INTO sentences (article_id, idx, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                (sentence.article_id, sentence.index + 1, sentence.paragraph, right_start, sentence.end,
                 text[right_start:sentence.end]))
            new_id = int(cursor.lastrowid or 0)
            conn.execute(f"INSERT INTO reviews (sentence_id, {REVIEW_COLUMNS.split(', ', 1)[1]})"
                         f" SELECT ?, {REVIEW_COLUMNS.split(', ', 1)[1]} FROM reviews WHERE sentence_id = ?",
                         (new_id, sentence_id))
            conn.execute("INSERT INTO citations (sentence_id, source_id)"
                         " SELECT ?, source_id FROM citations WHERE sentence_id = ?", (new_id, sentence_id))
            conn.execute("INSERT INTO evidence (sentence_id, reviewer, position, url, title, accessed, archive_url,"
                         " note, created_at) SELECT ?, reviewer, position, url, title, accessed, archive_url,"
                         " note, created_at FROM evidence WHERE sentence_id = ?", (new_id, sentence_id))
            self._index(sentence_id)
            self._index(new_id)
            self._record("split sentence", "sentence", sentence_id, "end", sentence.end, left_end,
                         sentence.article_id)
            self._reanalyse_or_mark(sentence.article_id, analyse)
        return Change("Split sentence", (sentence.article_id,), (sentence_id, new_id), structure=True,
                      suggestions=True)

    def _renumber(self, article_id: str, from_index: int, delta: int) -> None:
        # Two steps so the UNIQUE (article_id, idx) constraint never sees a clash.
        self.conn.execute("UPDATE sentences SET idx = -idx - 1 WHERE article_id = ? AND idx >= ?",
                          (article_id, from_index))
        self.conn.execute("UPDATE sentences SET idx = -idx - 1 + ? WHERE article_id = ? AND idx < 0",
                          (delta, article_id))
