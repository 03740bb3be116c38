"""The review keys of the main window, as a mixin (``self`` is the window): cycling verdicts
(with the core's rules about their links), the next unreviewed sentence, accepting or
dismissing the first pending suggestion, done-and-next, merging and splitting sentences, and
remembering the sentence the reviewer was on in each article."""

from __future__ import annotations

from factcheck_review.ui.commands import MergeSentences, SetReview, SplitSentence
from factcheck_review.ui.models.sentence_table import VERDICT_COLUMNS
from factcheck_review.ui.verdict_edit import set_verdict

from factcheck.model import Status, Suggestion
from factcheck.verdict_rules import verdict_cycle


class WindowReview:
    """Review actions of MainWindow (a mixin: ``self`` is the window)."""

    def cycle_verdict(self, column: int) -> None:
        row = self.current_row()
        if row is not None:
            self.cycle_verdict_at(row, column)

    def cycle_verdict_at(self, row: int, column: int) -> None:
        entry = self.sentences.row(row)
        if entry is None or column not in VERDICT_COLUMNS or entry.sentence.id is None:
            return
        name = VERDICT_COLUMNS[column]
        value = verdict_cycle(getattr(entry.review, name))
        self._last_row = row
        if self.table.currentIndex().row() != row:
            self.select_row(row, column)
        set_verdict(self.session, entry.sentence.id, name, value, self.dialogs.verdict_links,
                    offer_link=self._offer_conflict_link)

    def _offer_conflict_link(self, sentence_id: int) -> None:
        # As in the detail panel: offer to pick the sentence it conflicts with.
        self.dialogs.conflict_link(self.session, sentence_id)
        self.back_to_table()

    def next_unreviewed(self, after: int | None = None) -> None:
        """Go to the next sentence not yet reviewed after sentence index ``after`` (default: the current one)."""
        if self.article_id is None:
            return
        if after is None:
            row = self.current_row()
            entry = self.sentences.row(row) if row is not None else None
            after = entry.sentence.index if entry else -1
        sentence = self.session.store.next_unreviewed(self.article_id, after)
        if sentence is None or sentence.id is None:
            self.statusBar().showMessage(self.tr("Every sentence of this article is reviewed."), 5000)
            return
        self.jump_to(self.article_id, sentence.id)

    def accept_first_suggestion(self) -> bool:
        """Accept the current sentence's first pending suggestion, in the panel's order."""
        first = self._first_pending()
        return first is not None and self.detail.suggestions.accept(first)

    def dismiss_first_suggestion(self) -> bool:
        first = self._first_pending()
        return first is not None and self.detail.suggestions.dismiss(first)

    def _first_pending(self) -> Suggestion | None:
        if self._current_sentence is None:
            return None
        pending = self.detail.suggestions.pending()
        if not pending:
            self.statusBar().showMessage(self.tr("No pending suggestion on this sentence."), 4000)
            return None
        return pending[0]

    def mark_done_and_next(self) -> None:
        """Mark the current sentence reviewed, then go to the next one not yet reviewed."""
        sentence_id = self._current_sentence
        if sentence_id is None:
            return
        store = self.session.store
        index = store.sentence(sentence_id).index  # the row may leave the table ("To review")
        if store.review(sentence_id).status is not Status.DONE:
            self.session.push(SetReview(sentence_id, {"status": Status.DONE}, self.tr("Mark done")))
        self.next_unreviewed(after=index)

    def merge_with_next(self) -> None:
        if self.article_id is None or self._current_sentence is None:
            return
        self._last_row = self.current_row() or 0
        self.session.push(MergeSentences(self.article_id, self._current_sentence))

    def split_sentence(self) -> None:
        if self.article_id is None or self._current_sentence is None:
            return
        sentence = self.session.store.sentence(self._current_sentence)
        offset = self.dialogs.split_point(sentence.text)
        if offset is not None:
            self._last_row = self.current_row() or 0
            self.session.push(SplitSentence(self.article_id, self._current_sentence, sentence.start + offset))
        self.back_to_table()

    def place_of(self, article_id: str | None) -> int | None:
        """The sentence the reviewer was on in an article (kept across filters, articles and restarts)."""
        if article_id is None:
            return None
        if article_id in self._places:
            return self._places[article_id]
        value = self.settings.value(f"places/{article_id}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def _remember_place(self) -> None:
        if self.article_id is None or self._current_sentence is None:
            return
        self._places[self.article_id] = self._current_sentence
        if self.persist_settings:
            self.settings.setValue(f"places/{self.article_id}", self._current_sentence)
