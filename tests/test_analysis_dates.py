"""claim.date: finding dates and resolving them against the article date."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse
from factcheck.analysis.dates import find_dates
from factcheck.model import Article
from factcheck.text import split_article

SEED_DAY = date(2026, 1, 12)


def values(text: str, today: date = SEED_DAY) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.value) for m in find_dates(text, today)]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("the January 3rd U.S. military operation", "January 3rd", "2026-01-03"),
        ("Since mid-December, Washington has blocked", "mid-December", "2025-12-11/2025-12-20"),
        ("in early March the talks began", "early March", "2025-03-01/2025-03-10"),
        ("signed on 5 March 2024 in Geneva", "5 March 2024", "2024-03-05"),
        ("on March 3, 2019, the envoy arrived", "March 3, 2019", "2019-03-03"),
        ("established in the late 2000s", "the late 2000s", "2006-01-01/2009-12-31"),
        ("the 2014 election was close", "2014", "2014-01-01/2014-12-31"),
        ("prices rose last year", "last year", "2025-01-01/2025-12-31"),
        ("the deal collapsed in May 2025", "May 2025", "2025-05-01/2025-05-31"),
        ("it happened on 2024-11-05 at noon", "2024-11-05", "2024-11-05"),
        ("the vote is due on January 20", "January 20", "2026-01-20"),
        ("he promised to suspend the 2023 pension reform", "2023", "2023-01-01/2023-12-31"),
        ("the government may fall before Christmas", "Christmas", "2025-12-25"),
    ],
)
def test_resolved(text, span, value):
    assert (span, value) in values(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Macron said the package would be approved by March.", "2026-03-01/2026-03-31"),
        ("Talks are expected to resume in February.", "2026-02-01/2026-02-28"),
        ("The freeze lasts until January.", "2026-01-01/2026-01-31"),
        ("The vote was held in March.", "2025-03-01/2025-03-31"),
        ("He said in March that he would resign.", "2025-03-01/2025-03-31"),
        ("By March, the army had retreated.", "2025-03-01/2025-03-31"),
        # A condition in the present looks ahead, from a clause told in the past too.
        ("She has emerged as the favourite if the party wins in March.", "2026-03-01/2026-03-31"),
        ("If a mayor is elected in March, the levy ends.", "2026-03-01/2026-03-31"),
        ("If he had won in March, the levy would have ended.", "2025-03-01/2025-03-31"),
    ],
)
def test_month_resolves_forward_only_with_future_wording(text, value):
    assert [v for _, v in values(text, date(2025, 10, 10))] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Abe is set to visit the shrine this weekend.", "2020-09-19/2020-09-20"),
        ("Protests spread last weekend.", "2020-09-12/2020-09-13"),
        ("Suga will call Trump in the coming days.", "2020-09-16/2020-09-23"),
        ("Sunak, who resigned in July, is widely expected to stand.", "2020-07-01/2020-07-31"),
        ("The vote is due on January 20.", "2021-01-20"),
    ],
)
def test_weekends_coming_days_and_the_clause_s_own_tense(text, value):
    assert [v for _, v in values(text, date(2020, 9, 16))] == [value]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("the 2019–2020 season", "2019–2020", "2019-01-01/2020-12-31"),
        ("in 2016-17 growth slowed", "2016-17", "2016-01-01/2017-12-31"),
        ("the year 2000 was a turning point", "2000", "2000-01-01/2000-12-31"),
    ],
)
def test_dashed_year_ranges(text, span, value):
    assert values(text) == [(span, value)]


def test_year_ranges_are_dates():
    found = values("He served from 2003 to 2014 and again from 2016 until 2018.")
    assert [span for span, _ in found] == ["2003", "2014", "2016", "2018"]


@pytest.mark.parametrize(
    "text",
    [
        "Cameron handed power to May after the referendum.",
        "Critics of May said the deal was weak.",
        "Talks between Johnson and May failed.",
        "The March of Millions drew thousands.",
    ],
)
def test_may_and_march_as_names_are_not_dates(text):
    assert values(text) == []


def test_in_recent_weeks_ends_at_the_article_date():
    ((span, value),) = values("have been departing via air travel in recent weeks.")
    assert span == "in recent weeks"
    start, end = value.split("/")
    assert end == "2026-01-12" and start < end


def test_weekday_is_the_last_one_before_the_article():
    assert values("The minister resigned on Friday.") == [("Friday", "2026-01-09")]


@pytest.mark.parametrize(
    "text",
    [
        "She may resign before the summit.",
        "March organisers said the route was safe.",
        "The protest march was peaceful.",
        "Officials sent 2000 troops to the border.",
        "The G20 statement was short.",
    ],
)
def test_not_dates(text):
    assert values(text) == []


def test_claim_date_suggestion_uses_the_publication_date_else_import_date():
    text = "The talks began on January 3rd in Geneva."
    published = Article(id="t", text=text, published=date(2026, 1, 12))
    imported = Article(id="t", text=text, imported_at="2024-02-01T10:00:00+00:00")
    for article, expected in ((published, "2026-01-03"), (imported, "2024-01-03")):
        (suggestion,) = [
            s for s in analyse(article, split_article("t", text)) if s.kind == "claim.date"
        ]
        assert suggestion.value == expected
        assert text[suggestion.start : suggestion.end] == "January 3rd"


def test_today_is_the_last_resort():
    text = "The talks began yesterday."
    article = Article(id="t", text=text)
    (suggestion,) = [
        s
        for s in analyse(article, split_article("t", text), today=date(2025, 5, 2))
        if s.kind == "claim.date"
    ]
    assert suggestion.value == "2025-05-01"


def test_an_assumed_article_date_makes_relative_dates_low_confidence():
    from factcheck.analysis import analyse
    from factcheck.model import Article
    from factcheck.text import split_article

    text = "The envoys met on Monday. The treaty was signed on 3 March 2019."
    article = Article(id="a", text=text, published=date(2026, 11, 30), published_assumed=True)
    dates = [s for s in analyse(article, split_article("a", text)) if s.kind == "claim.date"]
    monday, signed = dates
    assert monday.confidence == "low" and "assumed date (2026-11-30)" in monday.message
    assert "Low confidence" not in monday.message  # the field says it, the message says why
    assert signed.confidence == "high"  # a full date does not depend on it
    known = Article(id="a", text=text, published=date(2026, 11, 30))
    found = [s for s in analyse(known, split_article("a", text)) if s.kind == "claim.date"]
    assert found and all(s.confidence == "high" for s in found)
