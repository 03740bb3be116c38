"""Analysis after import: which articles wait for it, and storing a first analysis in short
write transactions so the window (another connection) keeps writing and sees suggestions
arrive."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factcheck.model import Sentence, Suggestion
from factcheck.store.rows import Change, now_iso
from factcheck.store.suggestions import SuggestionOps

BATCH_ROWS = 2000  # suggestions per write transaction (a few milliseconds each)


class AnalysisStateOps(SuggestionOps):
    def _mark_analysis_pending(self, article_id: str) -> None:
        """Inside the import's transaction: the text is stored, the analysis is still to run."""
        self.conn.execute("INSERT OR REPLACE INTO analysis_pending (article_id, since) VALUES (?, ?)",
                          (article_id, now_iso()))

    def analysis_pending(self, article_id: str) -> bool:
        """Whether the article's text is stored but its analysis has not run yet."""
        return self._one("SELECT 1 FROM analysis_pending WHERE article_id = ?", (article_id,)) is not None

    def pending_articles(self) -> list[str]:
        """Articles waiting for their analysis, oldest first."""
        return [row[0] for row in self._read("SELECT article_id FROM analysis_pending ORDER BY since, article_id")]

    def store_found_analysis(self, article_id: str, found: Sequence[Suggestion], analysed: Sequence[Sentence],
                             on_batch: Callable[[Change], None] | None = None) -> int:
        """Store the analysis ``found`` for the sentences ``analysed``.

        A first analysis (the article has no suggestions yet) is written ``BATCH_ROWS`` rows per
        write transaction, each batch reported to ``on_batch``; it stops when the article is
        deleted or analysed again meanwhile. A re-analysis replaces the old suggestions in one
        transaction (row ids and reviewer-chosen states are kept by key).
        """
        sentences = self.sentences(article_id)
        if not sentences:
            return 0  # deleted meanwhile
        if [(s.start, s.end) for s in analysed] != [(s.start, s.end) for s in sentences]:
            found = self.analysis_for(self.article(article_id), sentences)
        first = self._one("SELECT 1 FROM suggestions WHERE article_id = ? LIMIT 1", (article_id,)) is None
        if not first or not found:
            with self._write():
                count = self._store_analysis(article_id, list(found), sentences)
            if on_batch:
                on_batch(Change("Analyse", (article_id,), suggestions=True, suggestion_count=count))
            return count
        rows = self._suggestion_rows(article_id, found, sentences, self._suggestion_rows_of(article_id))
        stored = 0
        for start in range(0, len(rows), BATCH_ROWS):
            batch = rows[start:start + BATCH_ROWS]
            with self._write() as conn:
                if not self.analysis_pending(article_id):
                    return stored  # deleted, or analysed again by someone else meanwhile
                self._insert_suggestions(batch)
                if start + BATCH_ROWS >= len(rows):
                    conn.execute("DELETE FROM analysis_pending WHERE article_id = ?", (article_id,))
            stored += len(batch)
            if on_batch:
                on_batch(Change("Analyse", (article_id,), suggestions=True,
                                suggestion_count=stored))
        return stored
