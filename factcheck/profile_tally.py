"""The sourcing profile kept up to date one sentence at a time.

``factcheck.profile.sourcing_profile`` reads a whole ``ArticleReview``. A window showing a
100,000-sentence transcript cannot afford that per edit, so a :class:`ProfileTally` holds
what each sentence contributes (:class:`SentenceFacts`, read by the store with
``Store.profile_facts``) and running totals: an edit replaces the facts of the sentences it
changed, and the profile is read off the totals. The rules are those of ``factcheck.profile``
(the tests check both give the same profile).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.profile import SourcingProfile

NAMED, ANONYMOUS_ONLY, INCONSISTENT, CONTESTED = 1, 2, 4, 8


@dataclass(frozen=True)
class SentenceFacts:
    """What one sentence adds to its article's profile.

    ``flags`` is NAMED or ANONYMOUS_ONLY (neither: unsourced), plus INCONSISTENT and
    CONTESTED; ``quotes`` counts its direct quotations not dismissed; ``sources`` the sources it cites.
    """

    sentence_id: int
    flags: int
    quotes: int = 0
    sources: tuple[int, ...] = ()


def sentence_flags(cited_kinds: Iterable[str | None], sourced: bool, anonymous: bool,
                   inconsistent: bool, contested: bool) -> int:
    """The flags of a sentence from the kinds of the sources it cites (None: a source missing
    from the ledger, counted as named) and whether any reviewer judged it sourced, anonymous,
    inconsistent or contested yes."""
    kinds = list(cited_kinds)
    if kinds:
        flags = NAMED if any(kind != "anonymous" for kind in kinds) else ANONYMOUS_ONLY
    elif sourced:
        flags = ANONYMOUS_ONLY if anonymous else NAMED
    else:
        flags = 0
    return flags | (INCONSISTENT if inconsistent else 0) | (CONTESTED if contested else 0)


class ProfileTally:
    """Running totals of an article's profile, updated from the facts of changed sentences."""

    def __init__(self, facts: Iterable[SentenceFacts] = ()) -> None:
        self._flags: dict[int, int] = {}
        self._quotes: dict[int, int] = {}
        self._sources: dict[int, tuple[int, ...]] = {}
        self._cited = Counter[int]()
        self._totals = Counter[int]()  # flag bit -> sentences; 0 -> quotes; -1 -> sentences quoted
        self.sentences = 0
        for fact in facts:
            self._add(fact)

    def update(self, facts: Iterable[SentenceFacts]) -> None:
        """Replace the facts of these sentences (a sentence not seen before is added)."""
        for fact in facts:
            self._remove(fact.sentence_id)
            self._add(fact)

    def _add(self, fact: SentenceFacts) -> None:
        self.sentences += 1
        self._flags[fact.sentence_id] = fact.flags
        for bit in (NAMED, ANONYMOUS_ONLY, INCONSISTENT, CONTESTED):
            if fact.flags & bit:
                self._totals[bit] += 1
        if fact.quotes:
            self._quotes[fact.sentence_id] = fact.quotes
            self._totals[0] += fact.quotes
            self._totals[-1] += 1
        if fact.sources:
            self._sources[fact.sentence_id] = fact.sources
            self._cited.update(fact.sources)

    def _remove(self, sentence_id: int) -> None:
        flags = self._flags.pop(sentence_id, None)
        if flags is None:
            return
        self.sentences -= 1
        for bit in (NAMED, ANONYMOUS_ONLY, INCONSISTENT, CONTESTED):
            if flags & bit:
                self._totals[bit] -= 1
        quotes = self._quotes.pop(sentence_id, 0)
        if quotes:
            self._totals[0] -= quotes
            self._totals[-1] -= 1
        sources = self._sources.pop(sentence_id, ())
        if sources:
            self._cited.subtract(sources)
            for source_id in sources:
                if self._cited[source_id] <= 0:
                    del self._cited[source_id]

    def profile(self) -> SourcingProfile:
        """The profile as ``factcheck.profile.sourcing_profile`` would compute it now."""
        named, anonymous_only = self._totals[NAMED], self._totals[ANONYMOUS_ONLY]
        return SourcingProfile(
            sentences=self.sentences, named=named, anonymous_only=anonymous_only,
            unsourced=self.sentences - named - anonymous_only, distinct_sources=len(self._cited),
            direct_quotations=self._totals[0], sentences_with_quotations=self._totals[-1],
            inconsistencies=self._totals[INCONSISTENT], contested=self._totals[CONTESTED],
        )
