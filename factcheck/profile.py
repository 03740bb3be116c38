"""The article sourcing profile: who stands behind the article's sentences.

Computed from an :class:`~factcheck.model.ArticleReview`, shown above the
sentence table, in ``show --json`` as ``profile`` and in reports.

Rules, per sentence of the article:

* **named** — it cites at least one source whose kind is not ``anonymous``;
* **anonymous only** — it cites sources and every one of them is anonymous;
* **unsourced** — it cites none.

A sentence that cites no source but that a reviewer judged ``sourced = yes``
(the attribution was recorded as a verdict, not as a citation) is counted by
the ``anonymous`` verdict: *anonymous only* when any reviewer said anonymous
yes, otherwise *named*.

Only the article's own attributions count: a citation on a sentence that every
reviewer who judged it marked ``sourced = no`` is the reviewer's evidence, not a
source the article names, and is left out (with *distinct sources*).

*Direct quotations* counts the ``quote.direct`` spans the analysis found and the
reviewer did not dismiss (pending or accepted; each is one quoted span);
*sentences with quotations* is how many distinct sentences hold them. *Inconsistencies* and *contested* count sentences that any reviewer
judged inconsistent (or contested) yes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from factcheck.model import ArticleReview, SourceKind, SuggestionKind, SuggestionState


@dataclass(frozen=True)
class SourcingProfile:
    """Counts describing how an article's sentences are sourced (see the module docstring)."""

    sentences: int
    named: int
    anonymous_only: int
    unsourced: int
    distinct_sources: int
    direct_quotations: int
    sentences_with_quotations: int
    inconsistencies: int
    contested: int


def sourcing_profile(review: ArticleReview) -> SourcingProfile:
    """The sourcing profile of one reviewed article."""
    own_ids = {s.id for s in review.sentences if s.id is not None}
    kinds = {source.id: source.kind for source in review.sources}
    cited: dict[int, set[int]] = {}
    for citation in review.citations:
        if citation.sentence_id in own_ids:
            cited.setdefault(citation.sentence_id, set()).add(citation.source_id)

    named = anonymous_only = unsourced = inconsistencies = contested = 0
    for sentence in review.sentences:
        reviews = review.reviews.get(sentence.id, {}).values() if sentence.id is not None else ()
        source_ids = cited.get(sentence.id, set()) if sentence.id is not None else set()
        judged = [r.sourced for r in reviews if r.sourced is not None]
        if judged and not any(judged):
            # Every reviewer who judged it says the article gives no source: a citation here is
            # the reviewer's own evidence, not the article's attribution.
            source_ids = set()
            cited.pop(sentence.id, None)  # type: ignore[arg-type]
        if source_ids:
            # A source missing from the ledger is treated as named: it was cited, so someone stands behind it.
            if any(kinds.get(sid) != SourceKind.ANONYMOUS for sid in source_ids):
                named += 1
            else:
                anonymous_only += 1
        elif any(r.sourced for r in reviews):
            if any(r.anonymous for r in reviews):
                anonymous_only += 1
            else:
                named += 1
        else:
            unsourced += 1
        if any(r.inconsistent for r in reviews):
            inconsistencies += 1
        if any(r.contested for r in reviews):
            contested += 1

    quotations = [
        s
        for s in review.suggestions
        if s.kind == SuggestionKind.QUOTE_DIRECT and s.state != SuggestionState.DISMISSED
    ]
    return SourcingProfile(
        sentences=len(review.sentences),
        named=named,
        anonymous_only=anonymous_only,
        unsourced=unsourced,
        distinct_sources=len(set().union(*cited.values())) if cited else 0,
        direct_quotations=len(quotations),
        sentences_with_quotations=len({s.sentence for s in quotations}),
        inconsistencies=inconsistencies,
        contested=contested,
    )


def profile_to_dict(profile: SourcingProfile) -> dict[str, int]:
    """The JSON form of a profile (``show --json`` ``profile``), keys as the field names."""
    return asdict(profile)
