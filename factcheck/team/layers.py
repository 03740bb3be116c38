"""Reviewer layers: which review represents a sentence, and a review limited to one layer.

Each reviewer's reviews are their layer. An editor's decisions form the "final" layer (the
reviews of the reserved reviewer name ``final``); where it exists it represents the sentence.
:func:`representative_review` is the one rule every export uses to pick a single review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from factcheck.errors import InvalidValue
from factcheck.model import ArticleReview, EvidenceItem, Review

FINAL = "final"


def representative_review(bundle: ArticleReview, sentence_id: int | None,
                          layer: str | None = None) -> tuple[str, Review] | None:
    """``(layer name, review)`` that stands for a sentence where only one can (ClaimReview, Web
    Annotations); None when nobody reviewed it.

    ``layer``'s review when one is named. Otherwise, in order: the final layer's (the editor
    decided), the signing reviewer's, the only reviewer's, else the most recently edited review
    that is done (then the most recently edited one).
    """
    if sentence_id is None:
        return None
    per_reviewer = bundle.reviews.get(sentence_id, {})
    if layer is not None:
        review = per_reviewer.get(layer)
        return (layer, review) if review is not None else None
    if FINAL in per_reviewer:
        return FINAL, per_reviewer[FINAL]
    if not per_reviewer:
        return None
    signer = bundle.article.signed_off_by
    if signer and signer in per_reviewer:
        return signer, per_reviewer[signer]
    if len(per_reviewer) == 1:
        return next(iter(per_reviewer.items()))
    return max(per_reviewer.items(), key=lambda item: (item[1].reviewed, item[1].updated_at, item[0]))


def deciding_editors(bundle: ArticleReview, sentence_id: int | None) -> list[str]:
    """Who decided the final layer's values of a sentence, in the order they first decided."""
    decided = bundle.decisions.get(sentence_id or 0, {}).values()
    editors: list[str] = []
    for d in sorted(decided, key=lambda d: (d.decided_at, d.decided_by)):
        if d.decided_by not in editors:
            editors.append(d.decided_by)
    return editors


def layer_claim_text(bundle: ArticleReview, sentence_id: int | None, layer: str) -> str | None:
    """The claim text a layer names for a sentence. The final layer without one of its own takes
    the signing reviewer's, else the one text the reviewers wrote (None when they differ)."""
    claims = bundle.claims.get(sentence_id or 0, {})
    if layer in claims or layer != FINAL:
        return claims.get(layer)
    signer = bundle.article.signed_off_by
    if signer in claims:
        return claims[signer]
    texts = set(claims.values())
    return texts.pop() if len(texts) == 1 else None


def layer_evidence(bundle: ArticleReview, sentence_id: int | None, layer: str) -> tuple[EvidenceItem, ...]:
    """A layer's evidence on a sentence; the final layer rests on its own and every reviewer's
    (each item once)."""
    if layer != FINAL:
        return bundle.evidence_of(sentence_id, layer)
    names = [FINAL, *sorted(set(bundle.evidence.get(sentence_id or 0, {})) - {FINAL}, key=str.casefold)]
    seen: set[tuple[str, str, str, str, str]] = set()
    items = []
    for name in names:
        for item in bundle.evidence_of(sentence_id, name):
            key = (item.url, item.title, item.accessed, item.archive_url, item.note)
            if key not in seen:
                seen.add(key)
                items.append(item)
    return tuple(items)


def has_final_layer(bundle: ArticleReview) -> bool:
    return any(FINAL in per for per in bundle.reviews.values())


def reviewer_layers(bundle: ArticleReview) -> list[str]:
    """The reviewers with reviews on this article (the final layer not included)."""
    return ordered_layers(name for per in bundle.reviews.values() for name in per if name != FINAL)


def layer_names(bundle: ArticleReview) -> list[str]:
    """The layers an export can be limited to: each reviewer's, then the final layer if any."""
    return ordered_layers(name for per in bundle.reviews.values() for name in per)


def ordered_layers(names: Iterable[str]) -> list[str]:
    """Layer names as they are listed: each reviewer's by name, then the final layer if among them
    (``Store.review_layers`` lists an article's from its reviews alone)."""
    unique = set(names)
    return sorted(unique - {FINAL}, key=str.casefold) + ([FINAL] if FINAL in unique else [])


def layer_bundle(bundle: ArticleReview, layer: str | None = None) -> ArticleReview:
    """The review as a report shows it.

    ``layer=None``: an adjudicated sentence shows only its final review; others every reviewer's.
    ``layer=NAME`` (or ``"final"``): only that layer's reviews.
    """
    if layer is None:
        if not has_final_layer(bundle):
            return bundle
        reviews = {sid: ({FINAL: per[FINAL]} if FINAL in per else dict(per))
                   for sid, per in bundle.reviews.items()}
        return replace(bundle, reviews=reviews)
    known = layer_names(bundle)
    if layer not in known:
        names = ", ".join(known) or "none yet"
        raise InvalidValue(f"No reviewer layer {layer!r} on this article; its layers are: {names}.")
    reviews = {sid: {layer: per[layer]} for sid, per in bundle.reviews.items() if layer in per}
    return replace(bundle, reviews=reviews)
