"""What a report says about the reviewer layers it shows.

Which review represents a sentence where only one can is decided in one place,
:func:`factcheck.team.layers.representative_review`; this module only words it.
"""

from __future__ import annotations

from factcheck.model import ArticleReview
from factcheck.team.layers import FINAL

FINAL_LAYER_TEXT = "the final layer (the editor's decisions)"


def layer_text(review: ArticleReview, reviewers: list[str]) -> str:
    """What a report says about the layers it shows, and which one ClaimReview uses."""
    if not reviewers:
        return "no reviews yet"
    others = [name for name in reviewers if name != FINAL]
    names = ", ".join(others)
    own = (f"the layer of {names}" if len(others) == 1
           else f"each reviewer's layer ({names})" if others else "")
    if FINAL in reviewers:
        shown = f"{FINAL_LAYER_TEXT} for adjudicated sentences, {own} elsewhere" if own else FINAL_LAYER_TEXT
    else:
        shown = own
    signer = review.article.signed_off_by
    if len(others) > 1 and signer in others:
        shown += (f"; ClaimReview uses the final layer, else {signer}'s, who signed off" if FINAL in reviewers
                  else f"; ClaimReview uses {signer}'s, who signed off")
    elif FINAL in reviewers:
        shown += "; ClaimReview uses the final layer where there is one"
    return shown
