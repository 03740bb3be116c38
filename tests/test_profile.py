"""The article sourcing profile (issue 6, item 5)."""

from __future__ import annotations

import dataclasses

from report_fixtures import REVIEWER, seed_review

from factcheck.model import ArticleReview, Citation, Review, SuggestionState
from factcheck.profile import SourcingProfile, profile_to_dict, sourcing_profile


def test_seed_after_accepting_its_suggestions():
    profile = sourcing_profile(seed_review())
    assert profile == SourcingProfile(
        sentences=16,
        named=1,
        anonymous_only=4,
        unsourced=11,
        distinct_sources=5,
        direct_quotations=3,
        sentences_with_quotations=2,
        inconsistencies=1,
        contested=1,
    )


def test_profile_to_dict_has_every_count_by_name():
    as_dict = profile_to_dict(sourcing_profile(seed_review()))
    assert as_dict["named"] == 1 and as_dict["anonymous_only"] == 4 and as_dict["unsourced"] == 11
    assert set(as_dict) == {f.name for f in dataclasses.fields(SourcingProfile)}


def test_a_named_source_beside_an_anonymous_one_makes_the_sentence_named():
    review = seed_review()
    sentence_1 = review.sentences[0]
    frank_mora = next(s for s in review.sources if s.name == "Frank Mora")
    both = dataclasses.replace(
        review, citations=review.citations + (dataclasses.replace(review.citations[0], sentence_id=sentence_1.id, source_id=frank_mora.id),)
    )
    profile = sourcing_profile(both)
    assert (profile.named, profile.anonymous_only, profile.unsourced) == (2, 3, 11)
    assert profile.distinct_sources == 5


def _without_citations_but_sourced(review: ArticleReview, number: int, anonymous: bool | None) -> ArticleReview:
    sentence = review.sentences[number - 1]
    reviews = {sid: dict(per) for sid, per in review.reviews.items()}
    old = reviews[sentence.id][REVIEWER]  # type: ignore[index]
    reviews[sentence.id][REVIEWER] = dataclasses.replace(old, sourced=True, anonymous=anonymous)  # type: ignore[index]
    return dataclasses.replace(review, reviews=reviews)


def test_sourced_without_a_citation_counts_by_the_anonymous_verdict():
    review = seed_review()
    as_anonymous = _without_citations_but_sourced(review, 2, anonymous=True)
    assert sourcing_profile(as_anonymous).anonymous_only == 5
    assert sourcing_profile(as_anonymous).unsourced == 10
    as_named = _without_citations_but_sourced(review, 2, anonymous=False)
    assert sourcing_profile(as_named).named == 2
    assert sourcing_profile(as_named).unsourced == 10
    not_judged = _without_citations_but_sourced(review, 2, anonymous=None)
    assert sourcing_profile(not_judged).named == 2


def test_any_reviewer_marking_inconsistent_or_contested_counts():
    review = seed_review()
    sentence_2 = review.sentences[1]
    reviews = {sid: dict(per) for sid, per in review.reviews.items()}
    reviews[sentence_2.id]["Second Reviewer"] = Review(sentence_2.id, "Second Reviewer", inconsistent=True, contested=True)  # type: ignore[index,arg-type]
    profile = sourcing_profile(dataclasses.replace(review, reviews=reviews))
    assert profile.inconsistencies == 2
    assert profile.contested == 2


def test_dismissed_quotes_are_not_counted_pending_ones_are():
    review = seed_review()
    profile = sourcing_profile(dataclasses.replace(review, suggestions=review.suggestions[:6]))
    assert (profile.direct_quotations, profile.sentences_with_quotations) == (1, 1)
    quotes = [s for s in review.suggestions if s.kind == "quote.direct"]
    pending = tuple(dataclasses.replace(s, state=SuggestionState.PENDING) for s in quotes)
    assert sourcing_profile(dataclasses.replace(review, suggestions=pending)).direct_quotations == 3
    dismissed = (dataclasses.replace(quotes[0], state=SuggestionState.DISMISSED),) + pending[1:]
    assert sourcing_profile(dataclasses.replace(review, suggestions=dismissed)).direct_quotations == 2


def test_a_citation_on_a_sentence_judged_unsourced_is_evidence_not_attribution():
    review = seed_review()
    three = review.sentences[2]
    reviews = {sid: dict(per) for sid, per in review.reviews.items()}
    reviews[three.id][REVIEWER] = dataclasses.replace(reviews[three.id][REVIEWER], sourced=False)  # type: ignore[index]
    citations = review.citations + (Citation(three.id, 1),)  # type: ignore[arg-type]
    base = sourcing_profile(review)
    profile = sourcing_profile(dataclasses.replace(review, reviews=reviews, citations=citations))
    assert (profile.named, profile.unsourced) == (base.named, base.unsourced)


def test_an_unreviewed_article():
    review = seed_review()
    bare = dataclasses.replace(review, reviews={}, citations=(), suggestions=())
    assert sourcing_profile(bare) == SourcingProfile(16, 0, 0, 16, 0, 0, 0, 0, 0)


def test_seed_in_a_store_after_accepting_attribution_quote_and_anachronism(tmp_path):
    """The same numbers from the real pipeline: import, analysis, accepting suggestions."""
    from factcheck.store import open_store

    store = open_store(tmp_path / "review.sqlite3", "Ana Reviewer")
    article_id = store.import_seed().article_id
    for suggestion in store.suggestions(article_id):
        if suggestion.kind.startswith(("attribution.", "quote.direct", "temporal.anachronism")):
            store.accept_suggestion(suggestion.id, overwrite=True)
    profile = sourcing_profile(store.article_review(article_id))
    assert (profile.sentences, profile.named, profile.anonymous_only, profile.unsourced) == (16, 1, 4, 11)
    assert profile.distinct_sources == 5
    assert (profile.direct_quotations, profile.sentences_with_quotations) == (3, 2)
    assert profile.inconsistencies == 1
