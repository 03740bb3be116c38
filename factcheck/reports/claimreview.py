"""schema.org ClaimReview JSON-LD: one item per reviewed claim, and one for the article verdict.

Fields follow schema.org and the ClaimReview field list aggregators use: ``url``
and ``@id`` (the publisher's review URL pattern filled in), ``author`` and
``publisher`` (the publisher as an Organization with ``name``, ``url`` and
``logo``), ``datePublished`` (the sign-off date), ``inLanguage``,
``claimReviewed`` (the reviewer's claim text, else the sentence cut to a short
claim), ``reviewRating``, and ``itemReviewed``: a Claim with its ``author``
(the outlet, as an Organization with the article's site as URL — the site's host
name when the outlet is unknown — or the article's author as a Person), ``datePublished``, ``appearance`` and ``firstAppearance``
(the article). Only http(s) URLs are written.

Ratings map onto a 1–5 scale (``worstRating`` 1, ``bestRating`` 5): false 1,
misleading 2, mixed 3, mostly accurate 4, accurate 5; ``alternateName`` carries
the label. *Unverifiable* is not a point on that scale, so its ``reviewRating``
has only ``alternateName`` "Unverifiable": a number there would claim a judgment
the reviewer did not make.

One ClaimReview per claim: the review that represents the sentence
(:func:`factcheck.team.layers.representative_review`: the final layer where the
editor decided, else the signing reviewer's). The ``author`` is always the
publisher; an item from the final layer names the editor who decided as its
``editor`` (a Person), never the layer. Only reviews with status done are
written — a final-layer review is done once every disagreement on its sentence
is settled — and the article verdict only once the article is signed off;
``include_unfinished`` adds the others with ``creativeWorkStatus`` "Draft".
Writing ClaimReview needs a publisher name, URL and review URL pattern.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from factcheck.model import ArticleReview, Rating
from factcheck.publisher import Publisher, load_publisher, require_publisher
from factcheck.reports.claim_text import default_claim
from factcheck.reports.common import Progress, report_progress
from factcheck.reports.jsonld import dumps_jsonld
from factcheck.team.layers import (
    FINAL,
    deciding_editors,
    layer_claim_text,
    layer_evidence,
    representative_review,
)
from factcheck.urls import is_web_url

CONTEXT = "https://schema.org"
WORST, BEST = 1, 5
RATING_VALUES: dict[Rating, int] = {
    Rating.FALSE: 1,
    Rating.MISLEADING: 2,
    Rating.MIXED: 3,
    Rating.MOSTLY_ACCURATE: 4,
    Rating.ACCURATE: 5,
}
DRAFT = "Draft"


def review_rating(rating: Rating) -> dict[str, Any]:
    """The schema.org ``Rating`` for one of our ratings."""
    result: dict[str, Any] = {"@type": "Rating", "alternateName": rating.label}
    value = RATING_VALUES.get(rating)
    if value is not None:
        result.update(ratingValue=value, worstRating=WORST, bestRating=BEST)
    return result


def _web(url: str) -> str | None:
    return url.strip() if url and is_web_url(url) else None


def _organization(publisher: Publisher) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": publisher.name, "url": publisher.url}
    logo = _web(publisher.logo)
    if logo:
        org["logo"] = {"@type": "ImageObject", "url": logo}
    return org


def _claim(review: ArticleReview) -> dict[str, Any]:
    """The Claim every item reviews: made in the article, by its outlet (or author)."""
    article = review.article
    url = _web(article.url)
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
    if url:
        appearance["url"] = url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance, "firstAppearance": appearance}
    site = urlsplit(url) if url else None
    if article.outlet or (site and not article.author):
        # An unknown outlet is named by the site that published the article.
        author: dict[str, Any] = {"@type": "Organization",
                                  "name": article.outlet or (site.hostname if site else "") or ""}
        if site:
            author["url"] = f"{site.scheme}://{site.netloc}/"
        claim["author"] = author
    elif article.author:
        claim["author"] = {"@type": "Person", "name": article.author}
    if article.published:
        claim["datePublished"] = article.published.isoformat()
    return claim


def claim_reviews(review: ArticleReview, *, publisher: Publisher | None = None,
                  include_unfinished: bool = False, progress: Progress | None = None) -> list[dict[str, Any]]:
    """The ClaimReview items of an article; raises InvalidValue when the publisher is incomplete."""
    publisher = require_publisher(publisher if publisher is not None else load_publisher())
    article = review.article
    language = publisher.language or article.language or "en"
    published = article.signed_off_at[:10]
    organization = _organization(publisher)
    claim = _claim(review)

    def item(number: int | str, text: str, rating: Rating, body: str, draft: bool) -> dict[str, Any]:
        url = publisher.review_address(article.id, number)
        result: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            # The review URL names the page; a fragment, when the pattern has none, names the item.
            "@id": url if "#" in url else f"{url}#claimreview",
            "url": url,
            "claimReviewed": text,
            "reviewRating": review_rating(rating),
            "author": organization,
            "publisher": organization,
            "inLanguage": language,
            "itemReviewed": claim,
        }
        if published:
            result["datePublished"] = published
        if body:
            result["reviewBody"] = body
        if draft:
            result["creativeWorkStatus"] = DRAFT
        return result

    items: list[dict[str, Any]] = []
    total = len(review.sentences)
    for done, sentence in enumerate(review.sentences):
        if done % 50 == 0:
            report_progress(progress, done, total)
        chosen = representative_review(review, sentence.id)
        if chosen is None:
            continue
        layer, r = chosen
        if r.rating is None or not (r.reviewed or include_unfinished):
            continue
        own = layer_claim_text(review, sentence.id, layer)
        entry = item(sentence.number, own or default_claim(sentence.text), r.rating, r.note, not r.reviewed)
        citations = list(dict.fromkeys(u for u in (_web(e.url) for e in layer_evidence(review, sentence.id, layer))
                                       if u))
        if citations:
            entry["citation"] = citations[0] if len(citations) == 1 else citations
        editors = [{"@type": "Person", "name": name} for name in deciding_editors(review, sentence.id)]
        if layer == FINAL and editors:
            entry["editor"] = editors[0] if len(editors) == 1 else editors
        items.append(entry)
    report_progress(progress, total, total)

    signed = bool(article.signed_off_by)
    if article.rating is not None and (signed or include_unfinished):
        items.append(item("article", article.title or default_claim(article.text), article.rating,
                          article.summary, not signed))
    return items


def render_claimreview(review: ArticleReview, *, publisher: Publisher | None = None,
                       include_unfinished: bool = False, progress: Progress | None = None) -> str:
    """The ClaimReview items as a JSON-LD document, safe to embed in a script element."""
    items = claim_reviews(review, publisher=publisher, include_unfinished=include_unfinished,
                          progress=progress)
    return dumps_jsonld(items) + "\n"
