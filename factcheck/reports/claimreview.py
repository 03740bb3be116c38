"""schema.org ClaimReview JSON-LD: one item per rating a reviewer gave a sentence, and one
for the article verdict when there is one.

Ratings map onto a 1–5 scale (``worstRating`` 1, ``bestRating`` 5): false 1,
misleading 2, mixed 3, mostly accurate 4, accurate 5; ``alternateName`` carries
the label. *Unverifiable* is not a point on that scale, so its ``reviewRating``
has only ``alternateName`` "Unverifiable" (schema.org allows a textual rating
alone) and no ``ratingValue``, ``worstRating`` or ``bestRating``: a number
there would claim a judgment the reviewer did not make. Wherever ``ratingValue``
is present it is a number.

The output is a JSON array of ClaimReview objects, each with its own
``@context``, ready to embed in a ``<script type="application/ld+json">``.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.model import ArticleReview, Rating
from factcheck.reports.common import Progress, collect, with_progress

CONTEXT = "https://schema.org"
WORST, BEST = 1, 5
RATING_VALUES: dict[Rating, int] = {
    Rating.FALSE: 1,
    Rating.MISLEADING: 2,
    Rating.MIXED: 3,
    Rating.MOSTLY_ACCURATE: 4,
    Rating.ACCURATE: 5,
}


def review_rating(rating: Rating) -> dict[str, Any]:
    """The schema.org ``Rating`` for one of our ratings."""
    result: dict[str, Any] = {"@type": "Rating", "alternateName": rating.label}
    value = RATING_VALUES.get(rating)
    if value is not None:
        result.update(ratingValue=value, worstRating=WORST, bestRating=BEST)
    return result


def claim_reviews(review: ArticleReview, *, progress: Progress | None = None) -> list[dict[str, Any]]:
    """The ClaimReview items for an article's rated sentences and its verdict."""
    article = review.article
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    if article.author:
        appearance["author"] = {"@type": "Person", "name": article.author}

    def claim() -> dict[str, Any]:
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if article.outlet:
            item["author"] = {"@type": "Organization", "name": article.outlet}
        if article.published:
            item["datePublished"] = article.published.isoformat()
        return item

    items: list[dict[str, Any]] = []
    data = collect(review)
    for view in with_progress(data.sentences, progress):
        for name, r in view.reviews:
            if r.rating is None:
                continue
            item: dict[str, Any] = {
                "@context": CONTEXT,
                "@type": "ClaimReview",
                "claimReviewed": view.sentence.text,
                "reviewRating": review_rating(r.rating),
                "author": {"@type": "Person", "name": name},
                "itemReviewed": claim(),
            }
            if r.updated_at:
                item["datePublished"] = r.updated_at[:10]
            if r.note:
                item["reviewBody"] = r.note
            if r.evidence.url:
                item["citation"] = r.evidence.url
            items.append(item)

    if article.rating is not None:
        authors = [article.signed_off_by] if article.signed_off_by else data.reviewers
        verdict: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "claimReviewed": article.title,
            "reviewRating": review_rating(article.rating),
            "itemReviewed": claim(),
        }
        if authors:
            persons = [{"@type": "Person", "name": n} for n in authors]
            verdict["author"] = persons[0] if len(persons) == 1 else persons
        date = article.signed_off_at[:10] or (data.review_dates[1] if data.review_dates else "")
        if date:
            verdict["datePublished"] = date
        if article.summary:
            verdict["reviewBody"] = article.summary
        items.append(verdict)
    return items


def render_claimreview(review: ArticleReview, *, progress: Progress | None = None) -> str:
    """The ClaimReview items as a JSON-LD document."""
    text = json.dumps(claim_reviews(review, progress=progress), ensure_ascii=False, indent=2)
    # The same JSON, but "</script>" or "<!--" in a claim cannot end the element it is embedded in.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
