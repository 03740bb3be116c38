"""Which review speaks for a sentence when only one can: ClaimReview, Web Annotations.

Each reviewer's reviews are their layer; an editor's adjudicated values form the
"final" layer. The representing review is, in order: the final layer's (see
:func:`final_review`), the signing reviewer's, the only reviewer's, else the
most recently edited review that is done (then the most recently edited one).
"""

from __future__ import annotations

from factcheck.model import ArticleReview, Review

FINAL_LAYER = "final"


def final_review(review: ArticleReview, sentence_id: int) -> Review | None:
    """The final (adjudicated) layer's review of a sentence.

    This is the one place that reads the final layer: ArticleReview does not
    carry adjudicated values yet, so there is none today and the signing
    reviewer's review represents the sentence.
    """
    return None


def representing_review(review: ArticleReview, sentence_id: int | None) -> tuple[str, Review] | None:
    """``(layer name, review)`` that represents a sentence, or None when nobody reviewed it."""
    if sentence_id is None:
        return None
    final = final_review(review, sentence_id)
    if final is not None:
        return FINAL_LAYER, final
    per_reviewer = review.reviews.get(sentence_id, {})
    if not per_reviewer:
        return None
    signer = review.article.signed_off_by
    if signer and signer in per_reviewer:
        return signer, per_reviewer[signer]
    if len(per_reviewer) == 1:
        return next(iter(per_reviewer.items()))
    return max(per_reviewer.items(), key=lambda item: (item[1].reviewed, item[1].updated_at, item[0]))


def layer_text(review: ArticleReview, reviewers: list[str]) -> str:
    """What a report says about the layers it shows."""
    if not reviewers:
        return "no reviews yet"
    names = ", ".join(reviewers)
    shown = (f"the layer of {names}" if len(reviewers) == 1
             else f"each reviewer's layer ({names})")
    signer = review.article.signed_off_by
    if len(reviewers) > 1 and signer in reviewers:
        shown += f"; ClaimReview uses {signer}'s, who signed off"
    return shown
