"""The JSON export and reading it back."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_fixtures import hostile_review, seed_review

from factcheck.errors import ImportFailed
from factcheck.model import (
    Article,
    ArticleReview,
    Citation,
    Evidence,
    HistoryEntry,
    Link,
    LinkKind,
    Rating,
    Review,
    Sentence,
    Source,
    SourceKind,
    Status,
    Suggestion,
    SuggestionKind,
    SuggestionState,
)
from factcheck.reports import render
from factcheck.reports.json_data import SCHEMA_VERSION, to_json
from factcheck.reports.json_read import from_json


def test_seed_round_trip_keeps_everything():
    review = seed_review()
    text = to_json(review)
    again = from_json(text)
    assert again == review
    assert to_json(again) == text
    assert render(review, "json").decode("utf-8") == text


def test_export_shape():
    data = json.loads(to_json(seed_review()))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert data["offset_unit"] == "unicode-code-points"
    assert data["article"]["sha256"] == hashlib.sha256(data["article"]["text"].encode()).hexdigest()
    assert data["history"][0]["field"] == "sourced" and data["history"][0]["new"] == "yes"
    assert data["sentences"][6]["reviews"]["Ana Reviewer"]["evidence"][0]["title"] == "The Administration"
    assert data["sentences"][0]["reviews"]["Ana Reviewer"]["evidence"] == []
    assert data["article"]["published"] == "2026-01-12" and data["article"]["published_assumed"] is True
    seven = data["sentences"][6]
    assert (seven["index"], seven["number"]) == (6, 7)
    assert data["article"]["text"][seven["start"] : seven["end"]] == seven["text"]
    review = seven["reviews"]["Ana Reviewer"]
    assert review["inconsistent"] == "yes" and review["contested"] == "no" and review["rating"] == "false"
    assert data["links"] == [
        {"id": 1, "from_sentence": 107, "to_sentence": 103, "kind": "contradicts", "note": data["links"][0]["note"],
         "reviewer": "", "created_at": ""}
    ]
    states = {s["state"] for s in data["suggestions"]}
    assert states == {"accepted", "pending", "dismissed"}
    assert data["history"][2]["field"] == "signed_off_by"


def test_hostile_text_survives_unchanged():
    review = hostile_review()
    assert from_json(to_json(review)) == review


def test_unjudged_verdicts_are_null():
    review = seed_review()
    first = review.sentences[0]
    reviews = {first.id: {"X": Review(first.id, "X")}}  # type: ignore[dict-item,arg-type]
    data = json.loads(to_json(dataclasses.replace(review, reviews=reviews)))
    assert data["sentences"][0]["reviews"]["X"]["sourced"] is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json at all", "This file is not valid JSON"),
        ("[1, 2]", "not a factcheck-review export"),
        ('{"schema_version": 1}', "not a factcheck-review export"),
        ('{"format": "something-else", "schema_version": 1}', "not a factcheck-review export"),
    ],
)
def test_other_files_are_refused_with_one_sentence(text, message):
    with pytest.raises(ImportFailed) as raised:
        from_json(text)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_newer_file_is_refused():
    data = json.loads(to_json(seed_review()))
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ImportFailed, match="newer version of factcheck-review"):
        from_json(json.dumps(data))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d["article"].pop("text"), "the article has no 'text'"),
        (lambda d: d["sentences"][2].update(end=5), "sentence 3 does not match the article text"),
        (lambda d: d["sentences"][0]["reviews"]["Ana Reviewer"].update(sourced="maybe"), "not yes, no or null"),
        (lambda d: d["sentences"][0]["reviews"]["Ana Reviewer"].update(credibility=9), "credibility outside 1–6"),
        (lambda d: d["links"][0].update(kind="refutes"), "unknown value 'refutes'"),
        (lambda d: d["suggestions"][0].update(state="maybe"), "unknown value 'maybe'"),
        (lambda d: d["article"].update(published="12/01/2026"), "not YYYY-MM-DD"),
        (lambda d: d.update(sentences={}), "wrong 'sentences'"),
    ],
)
def test_a_damaged_file_is_refused(damage, message):
    data = json.loads(to_json(seed_review()))
    damage(data)
    with pytest.raises(ImportFailed) as raised:
        from_json(json.dumps(data))
    assert str(raised.value).startswith("This review file is damaged: ")
    assert message in str(raised.value)


# Any review the store can hold survives the round trip.
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
_verdict = st.sampled_from([True, False, None])
_json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def article_reviews(draw) -> ArticleReview:
    pieces = draw(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20), min_size=1, max_size=6))
    text, sentences, offset = "", [], 0
    for index, piece in enumerate(pieces):
        sentences.append(Sentence("art", index, draw(st.integers(0, 3)), offset, offset + len(piece), piece, 10 + index))
        text += piece + " "
        offset = len(text)
    ids = [s.id for s in sentences]
    reviewers = draw(st.lists(_text, min_size=0, max_size=3, unique=True))
    reviews: dict[int, dict[str, Review]] = {}
    for sentence_id in ids:
        chosen = draw(st.lists(st.sampled_from(reviewers), unique=True)) if reviewers else []
        per = {
            name: Review(
                sentence_id,  # type: ignore[arg-type]
                name,
                draw(_verdict),
                draw(_verdict),
                draw(_verdict),
                draw(_verdict),
                draw(st.none() | st.sampled_from(list(Rating))),
                draw(st.none() | st.integers(1, 6)),
                draw(_text),
                Evidence(draw(_text), draw(_text), draw(_text), draw(_text)),
                draw(st.sampled_from(list(Status))),
                draw(_text),
            )
            for name in chosen
        }
        if per:
            reviews[sentence_id] = per  # type: ignore[index]
    sources = tuple(
        Source(i, draw(_text), draw(st.sampled_from(list(SourceKind))), draw(_text), draw(st.sampled_from("ABCDEF")), draw(_text))
        for i in range(draw(st.integers(0, 3)))
    )
    citations = tuple(Citation(draw(st.sampled_from(ids)), s.id) for s in sources)  # type: ignore[arg-type]
    links = tuple(
        Link(i, draw(st.sampled_from(ids)), draw(st.sampled_from(ids + [999])), draw(st.sampled_from(list(LinkKind))), draw(_text))  # type: ignore[arg-type]
        for i in range(draw(st.integers(0, 2)))
    )
    suggestions = tuple(
        Suggestion(
            draw(st.integers(0, len(ids) - 1)),
            draw(st.integers(0, 50)),
            draw(st.integers(0, 50)),
            draw(st.sampled_from([k.value for k in SuggestionKind])),
            draw(_text),
            draw(st.none() | _text),
            tuple(draw(st.lists(st.integers(0, 5), max_size=3))),
            draw(st.dictionaries(_text, _json_value, max_size=3)),
            draw(st.sampled_from(list(SuggestionState))),
            draw(_text),
            draw(st.none() | st.integers(1, 100)),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    history = tuple(
        HistoryEntry(i, draw(_text), draw(_text), draw(_text), draw(_text), draw(_text), draw(_text), draw(_json_value), draw(_json_value))
        for i in range(draw(st.integers(0, 3)))
    )
    article = Article(
        id="art",
        text=text,
        title=draw(_text),
        outlet=draw(_text),
        url=draw(_text),
        author=draw(_text),
        published=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))),
        published_assumed=draw(st.booleans()),
        imported_at=draw(_text),
        language=draw(_text),
        rating=draw(st.none() | st.sampled_from(list(Rating))),
        summary=draw(_text),
        signed_off_by=draw(_text),
        signed_off_at=draw(_text),
    )
    link_targets = {999: ("other", draw(_text), draw(st.integers(0, 40)), draw(_text))} if draw(st.booleans()) else {}
    return ArticleReview(article, tuple(sentences), reviews, sources, citations, links, suggestions, history, link_targets)


@settings(max_examples=150, deadline=None)
@given(article_reviews())
def test_any_review_round_trips(review):
    text = to_json(review)
    again = from_json(text)
    assert again == review
    assert to_json(again) == text


def _reviewed_seed_in_a_store(path):
    from factcheck.store import open_store

    store = open_store(path, "Ana Reviewer")
    article_id = store.import_seed().article_id
    for suggestion in store.suggestions(article_id):
        if suggestion.kind.startswith(("attribution.", "quote.direct", "temporal.anachronism")):
            store.accept_suggestion(suggestion.id, overwrite=True)
        elif suggestion.kind == "hedge":
            store.dismiss_suggestion(suggestion.id)
    first = store.sentence_by_number(article_id, 1)
    store.set_review(first.id, {"contested": True, "note": "Who are the eleven? =HYPERLINK(\"x\")"})
    for number in range(1, 17):
        store.set_review(store.sentence_by_number(article_id, number).id, {"status": "done"})
    store.update_article(article_id, {"rating": "misleading", "summary": "Anonymous sourcing."})
    store.sign_off(article_id)
    return store, article_id


def test_export_import_into_a_fresh_database_and_export_again(tmp_path):
    first, article_id = _reviewed_seed_in_a_store(tmp_path / "first.sqlite3")
    exported = to_json(first.article_review(article_id))
    fresh = open_store_at(tmp_path / "fresh.sqlite3")
    restored_id = fresh.restore_article_review(from_json(exported), imported=True)
    again = to_json(fresh.article_review(restored_id))
    before, after = json.loads(exported), json.loads(again)
    assert {s["state"] for s in after["suggestions"]} == {"accepted", "pending", "dismissed"}
    assert len(after["history"]) == len(before["history"]) > 20
    assert again == exported


def open_store_at(path):
    from factcheck.store import open_store

    return open_store(path, "Someone Else")
