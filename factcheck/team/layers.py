"""Reviewer layers: which review represents a sentence, and a review limited to one layer.

Each reviewer's reviews are their layer. An editor's decisions form the "final" layer (the
reviews of the reserved reviewer name ``final``); where it exists it represents the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.errors import InvalidValue
from factcheck.model import ArticleReview, Review

FINAL = "final"
FINAL_NOTE = "Verdicts come from the final layer (the editor's decisions) where a sentence was adjudicated."


def representative_review(bundle: ArticleReview, sentence_id: int,
                          layer: str | None = None) -> tuple[str, Review] | None:
    """The review that stands for a sentence: ``layer``'s when named, else the final layer's,
    else the only reviewer's; None when several reviewers judged it and nobody decided."""
    per_reviewer = bundle.reviews.get(sentence_id, {})
    if layer is not None:
        review = per_reviewer.get(layer)
        return (layer, review) if review is not None else None
    if FINAL in per_reviewer:
        return FINAL, per_reviewer[FINAL]
    if len(per_reviewer) == 1:
        return next(iter(per_reviewer.items()))
    return None


def has_final_layer(bundle: ArticleReview) -> bool:
    return any(FINAL in per for per in bundle.reviews.values())


def reviewer_layers(bundle: ArticleReview) -> list[str]:
    """The reviewers with reviews on this article (the final layer not included)."""
    names = {name for per in bundle.reviews.values() for name in per if name != FINAL}
    return sorted(names, key=str.casefold)


def layer_names(bundle: ArticleReview) -> list[str]:
    """The layers an export can be limited to: each reviewer's, then the final layer if any."""
    return reviewer_layers(bundle) + ([FINAL] if has_final_layer(bundle) else [])


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
