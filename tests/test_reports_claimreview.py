"""schema.org ClaimReview JSON-LD: parsed from the JSON file and from the HTML report with
extruct and pyld, field by field against schema.org and the ClaimReview field list."""

from __future__ import annotations

import dataclasses
import json

import extruct
import pytest
from jsonld_helpers import SCHEMA, expand, one, value
from report_fixtures import REVIEWER, SEED_TITLE, seed_review

from factcheck.errors import InvalidValue
from factcheck.model import Rating, Review, Status
from factcheck.publisher import Publisher
from factcheck.reports import render
from factcheck.reports.claim_text import CLAIM_LIMIT
from factcheck.reports.claimreview import review_rating

ARTICLE_URL = "https://news.example/world/venezuela-cuba"
PUBLISHER = Publisher(name="Example Checks", url="https://checks.example/",
                      logo="https://checks.example/logo.png",
                      review_url="https://checks.example/reviews/{article}/{sentence}", language="en")


def reviewed_seed():
    review = seed_review()
    article = dataclasses.replace(review.article, url=ARTICLE_URL, outlet="Example News")
    return dataclasses.replace(review, article=article)


def items_of(review, **options) -> list[dict]:
    data = json.loads(render(review, "claimreview", publisher=PUBLISHER, **options))
    assert isinstance(data, list)
    return data


def expanded_from_html(review) -> list[dict]:
    html = render(review, "html", publisher=PUBLISHER).decode("utf-8")
    found = extruct.extract(html, base_url="https://checks.example/", syntaxes=["json-ld"], uniform=False)
    documents = found["json-ld"]  # extruct lists the array's items, one per ClaimReview
    assert html.count('<script type="application/ld+json">') == 1
    return expand(documents)


def expanded_from_json(review) -> list[dict]:
    return expand(json.loads(render(review, "claimreview", publisher=PUBLISHER)))


def check_item(node: dict, *, number: int | str) -> None:
    """Every required and recommended field of one expanded ClaimReview."""
    assert value(node, "@type") == [SCHEMA + "ClaimReview"]
    url = f"https://checks.example/reviews/a1b2c3d4e5f60718/{number}"
    assert value(node, "url") == url
    assert node["@id"] == f"{url}#claimreview"
    claim_reviewed = value(node, "claimReviewed")
    assert isinstance(claim_reviewed, str) and 0 < len(claim_reviewed) <= max(CLAIM_LIMIT, len(SEED_TITLE))
    author = one(node, "author")
    assert value(author, "@type") == [SCHEMA + "Organization"]
    assert value(author, "name") == "Example Checks" and value(author, "url") == "https://checks.example/"
    assert value(one(author, "logo"), "url") == "https://checks.example/logo.png"
    assert value(node, "datePublished") == "2026-01-14"  # the sign-off date, not the last edit
    assert value(node, "inLanguage") == "en"
    rating = one(node, "reviewRating")
    assert value(rating, "@type") == [SCHEMA + "Rating"]
    assert value(rating, "alternateName")
    if value(rating, "alternateName") != "Unverifiable":
        assert value(rating, "worstRating") == 1 and value(rating, "bestRating") == 5
        assert 1 <= value(rating, "ratingValue") <= 5
    claim = one(node, "itemReviewed")
    assert value(claim, "@type") == [SCHEMA + "Claim"]
    assert value(claim, "datePublished") == "2026-01-12"
    outlet = one(claim, "author")
    assert value(outlet, "name") == "Example News" and value(outlet, "url") == "https://news.example/"
    for prop in ("appearance", "firstAppearance"):
        appearance = one(claim, prop)
        assert value(appearance, "url") == ARTICLE_URL
        assert value(appearance, "headline") == SEED_TITLE


@pytest.mark.parametrize("expanded_from", [expanded_from_json, expanded_from_html])
def test_every_required_and_recommended_field_from_json_and_html(expanded_from):
    nodes = expanded_from(reviewed_seed())
    assert len(nodes) == 17  # 16 rated sentences and the article verdict
    for number, node in enumerate(nodes[:16], start=1):
        check_item(node, number=number)
    check_item(nodes[16], number="article")
    assert value(nodes[16], "claimReviewed") == SEED_TITLE
    seven = nodes[6]
    assert value(seven, "citation") == "https://www.whitehouse.gov/administration/"
    assert value(one(seven, "reviewRating"), "ratingValue") == 1


def test_sentence_item_values():
    items = items_of(reviewed_seed())
    seven = items[6]
    assert seven["claimReviewed"].startswith("The Biden administration has been actively pressuring")
    assert len(seven["claimReviewed"]) <= CLAIM_LIMIT
    assert seven["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                     "worstRating": 1, "bestRating": 5}
    assert seven["reviewBody"].startswith("Joe Biden left office")
    assert items[0]["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert items[1]["reviewRating"]["ratingValue"] == 5
    assert "creativeWorkStatus" not in seven


def test_the_reviewers_claim_text_replaces_the_default():
    review = reviewed_seed()
    seven = review.sentences[6]
    review = dataclasses.replace(review, claims={seven.id: {REVIEWER: "Biden is president in January 2026"}})
    assert items_of(review)[6]["claimReviewed"] == "Biden is president in January 2026"


def test_refused_without_publisher_name_url_and_review_url():
    for incomplete in (Publisher(), dataclasses.replace(PUBLISHER, review_url=""),
                       dataclasses.replace(PUBLISHER, name="")):
        with pytest.raises(InvalidValue) as error:
            render(reviewed_seed(), "claimreview", publisher=incomplete)
        message = str(error.value)
        assert "factcheck config set publisher." in message and message.count(".") <= 4
    hand_edited = dataclasses.replace(PUBLISHER, review_url="javascript:alert(1)//{article}{sentence}")
    with pytest.raises(InvalidValue, match="publisher.review_url must be an http"):
        render(reviewed_seed(), "claimreview", publisher=hand_edited)
    assert "application/ld+json" not in render(reviewed_seed(), "html", publisher=hand_edited).decode()
    # the HTML report is still written, without JSON-LD
    html = render(reviewed_seed(), "html", publisher=Publisher()).decode()
    assert "application/ld+json" not in html


def test_only_done_reviews_unless_unfinished_are_asked_for():
    review = reviewed_seed()
    first = review.sentences[0]
    reviews = dict(review.reviews)
    reviews[first.id] = {REVIEWER: dataclasses.replace(reviews[first.id][REVIEWER], status=Status.IN_PROGRESS)}
    unsigned = dataclasses.replace(review.article, signed_off_by="", signed_off_at="")
    review = dataclasses.replace(review, reviews=reviews, article=unsigned)
    default = items_of(review)
    assert len(default) == 15  # sentence 1 is in progress, the article is not signed off
    assert all("datePublished" not in i for i in default)
    everything = items_of(review, include_unfinished=True)
    assert len(everything) == 17
    drafts = [i["url"].rsplit("/", 1)[1] for i in everything if i.get("creativeWorkStatus") == "Draft"]
    assert drafts == ["1", "article"]


def test_one_claimreview_per_claim_the_signing_reviewers():
    review = reviewed_seed()
    seven = review.sentences[6]
    reviews = dict(review.reviews)
    other = Review(seven.id, "Ben", rating=Rating.ACCURATE, status=Status.DONE, updated_at="2026-01-15T09:00:00Z")
    reviews[seven.id] = {**reviews[seven.id], "Ben": other}
    items = items_of(dataclasses.replace(review, reviews=reviews))
    sevens = [i for i in items if i["url"].endswith("/7")]
    assert len(sevens) == 1 and sevens[0]["reviewRating"]["alternateName"] == "False"  # Ana signed off


def test_hostile_article_text_and_urls_cannot_escape_the_script_element():
    review = reviewed_seed()
    payload = "</script><script>alert(1)</script> <!-- \u2028 & > <"
    article = dataclasses.replace(review.article, title=payload, url="javascript:alert(1)", outlet="X & Y")
    review = dataclasses.replace(review, article=article)
    html = render(review, "html", publisher=PUBLISHER).decode("utf-8")
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert html.count("<script") == 1 and html.count("</script>") == 1
    for raw in ("<", ">", "&", "\u2028"):
        assert raw not in block
    items = json.loads(block)
    assert items[-1]["claimReviewed"] == payload  # escaped, not changed
    claim = items[0]["itemReviewed"]
    assert "url" not in claim["appearance"] and "url" not in claim["author"]
    assert "javascript:" not in html.split("<body>")[0]


def test_an_unknown_outlet_is_named_by_the_articles_site():
    review = reviewed_seed()
    review = dataclasses.replace(review, article=dataclasses.replace(review.article, outlet=""))
    assert items_of(review)[0]["itemReviewed"]["author"] == {
        "@type": "Organization", "name": "news.example", "url": "https://news.example/"}
    bare = dataclasses.replace(review, article=dataclasses.replace(review.article, url=""))
    assert "author" not in items_of(bare)[0]["itemReviewed"]


def test_each_rating_maps_into_range():
    assert [review_rating(r).get("ratingValue") for r in Rating] == [5, 4, 3, 2, 1, None]
