"""The store's side of the incremental sourcing profile: each sentence's facts, read by SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.model import SuggestionKind, SuggestionState
from factcheck.store.base import StoreBase

if TYPE_CHECKING:  # loaded with the first read: the window reads it after its first paint
    from factcheck.profile_tally import SentenceFacts


class ProfileFactsOps(StoreBase):
    def profile_facts(self, article_id: str, sentence_ids: Sequence[int] | None = None) -> list[SentenceFacts]:
        """What each sentence of an article adds to its sourcing profile (all sentences, or
        those of ``sentence_ids`` that belong to the article). Four indexed reads, no join
        of the whole article in Python objects."""
        from factcheck.profile_tally import SentenceFacts, sentence_flags

        params: list[object]
        if sentence_ids is None:
            where, params = "s.article_id = ?", [article_id]
        else:
            if not sentence_ids:
                return []
            marks = ", ".join("?" * len(sentence_ids))
            where, params = f"s.article_id = ? AND s.id IN ({marks})", [article_id, *sentence_ids]
        ids = [row[0] for row in self._read(f"SELECT s.id FROM sentences s WHERE {where}", params)]
        kinds: dict[int, list[str | None]] = {}
        sources: dict[int, list[int]] = {}
        for sentence_id, source_id, kind in self._read(
                "SELECT c.sentence_id, c.source_id, src.kind FROM citations c"
                f" JOIN sentences s ON s.id = c.sentence_id LEFT JOIN sources src ON src.id = c.source_id"
                f" WHERE {where}", params):
            kinds.setdefault(sentence_id, []).append(kind)
            sources.setdefault(sentence_id, []).append(source_id)
        verdicts = {row[0]: row[1:] for row in self._read(
            "SELECT r.sentence_id, MAX(r.sourced = 1), MAX(r.anonymous = 1), MAX(r.inconsistent = 1),"
            " MAX(r.contested = 1), COUNT(r.sourced)"
            f" FROM reviews r JOIN sentences s ON s.id = r.sentence_id WHERE {where}"
            " GROUP BY r.sentence_id", params)}
        # As in factcheck.profile: every direct quotation the reviewer did not dismiss.
        quotes = dict(self._read(
            "SELECT g.sentence_id, COUNT(*) FROM suggestions g JOIN sentences s ON s.id = g.sentence_id"
            f" WHERE g.article_id = ? AND g.state != ? AND g.kind = ? AND {where} GROUP BY g.sentence_id",
            [article_id, SuggestionState.DISMISSED.value, SuggestionKind.QUOTE_DIRECT.value, *params]))
        facts = []
        none = (0, 0, 0, 0, 0)
        for sentence_id in ids:
            sourced, anonymous, inconsistent, contested, judged = verdicts.get(sentence_id, none)
            cited_kinds, cited = kinds.get(sentence_id, ()), sources.get(sentence_id, ())
            if judged and not sourced:
                # Every reviewer who judged it says the article gives no source: a citation here
                # is the reviewer's own evidence, not the article's attribution (factcheck.profile).
                cited_kinds, cited = (), ()
            flags = sentence_flags(cited_kinds, bool(sourced), bool(anonymous),
                                   bool(inconsistent), bool(contested))
            facts.append(SentenceFacts(sentence_id, flags, quotes.get(sentence_id, 0),
                                       tuple(sorted(set(cited)))))
        return facts
