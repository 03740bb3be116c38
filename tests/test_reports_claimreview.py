"""schema.org ClaimReview JSON-LD, validated field by field."""

from __future__ import annotations

import dataclasses
import json

from report_fixtures import REVIEWER, SEED_TITLE, seed_review

from factcheck.model import Rating
from factcheck.reports import render

ARTICLE_URL = "https://news.example/venezuela-cuba"


def items_of(review) -> list[dict]:
    data = json.loads(render(review, "claimreview"))
    assert isinstance(data, list)
    return data


def reviewed_seed():
    review = seed_review()
    article = dataclasses.replace(review.article, url=ARTICLE_URL, outlet="Example News")
    return dataclasses.replace(review, article=article)


def check_common(item: dict) -> None:
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "ClaimReview"
    assert isinstance(item["claimReviewed"], str) and item["claimReviewed"]
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Organization", "name": "Example News"}
    assert claim["datePublished"] == "2026-01-12"
    assert claim["appearance"] == {
        "@type": "NewsArticle",
        "headline": SEED_TITLE,
        "url": ARTICLE_URL,
        "datePublished": "2026-01-12",
    }
    rating = item["reviewRating"]
    assert rating["@type"] == "Rating"
    assert isinstance(rating["alternateName"], str) and rating["alternateName"]
    if "ratingValue" in rating:
        assert type(rating["ratingValue"]) is int
        assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    else:
        assert rating["alternateName"] == "Unverifiable"
        assert "worstRating" not in rating and "bestRating" not in rating


def test_one_item_per_rated_sentence_and_one_for_the_article():
    review = reviewed_seed()
    items = items_of(review)
    assert len(items) == 17
    for item in items:
        check_common(item)
    texts = [item["claimReviewed"] for item in items[:16]]
    assert texts == [s.text for s in review.sentences]


def test_sentence_item_fields():
    items = items_of(reviewed_seed())
    seven = items[6]
    assert seven["claimReviewed"].startswith("The Biden administration has been actively pressuring")
    assert seven["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "worstRating": 1,
        "bestRating": 5,
    }
    assert seven["author"] == {"@type": "Person", "name": REVIEWER}
    assert seven["datePublished"] == "2026-01-14"
    assert seven["reviewBody"].startswith("Joe Biden left office")
    assert seven["citation"] == "https://www.whitehouse.gov/administration/"
    assert items[1]["reviewRating"]["ratingValue"] == 5 and items[1]["reviewRating"]["alternateName"] == "Accurate"
    unverifiable = items[0]["reviewRating"]
    assert unverifiable == {"@type": "Rating", "alternateName": "Unverifiable"}


def test_article_verdict_item():
    verdict = items_of(reviewed_seed())[-1]
    assert verdict["claimReviewed"] == SEED_TITLE
    assert verdict["reviewRating"]["alternateName"] == "Misleading"
    assert verdict["reviewRating"]["ratingValue"] == 2
    assert verdict["author"] == {"@type": "Person", "name": REVIEWER}
    assert verdict["datePublished"] == "2026-01-14"
    assert verdict["reviewBody"].startswith("Mostly anonymous sourcing")


def test_unrated_sentences_and_no_verdict_give_no_items():
    review = reviewed_seed()
    reviews = {
        sid: {name: dataclasses.replace(r, rating=None if r.rating is not Rating.FALSE else r.rating) for name, r in per.items()}
        for sid, per in review.reviews.items()
    }
    article = dataclasses.replace(review.article, rating=None)
    items = items_of(dataclasses.replace(review, reviews=reviews, article=article))
    assert len(items) == 1 and items[0]["reviewRating"]["alternateName"] == "False"


def test_each_rating_maps_into_range():
    from factcheck.reports.claimreview import review_rating

    values = [review_rating(r).get("ratingValue") for r in Rating]
    assert values == [5, 4, 3, 2, 1, None]
