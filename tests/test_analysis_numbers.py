"""claim.number: checkable figures."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse
from factcheck.model import Article
from factcheck.text import split_article


def figures(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", text=text, published=date(2026, 1, 12))
    return [
        (text[s.start : s.end], s.value)
        for s in analyse(article, split_article("t", text))
        if s.kind == "claim.number"
    ]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("the deaths of 32 Cuban personnel", "32 Cuban personnel", "32"),
        ("the economy grew 1.6 percent last quarter", "1.6 percent", "1.6%"),
        ("a loan of $4 billion was agreed", "$4 billion", "USD 4000000000"),
        ("unemployment reached 12% in the south", "12%", "12%"),
        ("eleven sources familiar with the matter spoke", "eleven sources", "11"),
        ("diplomats worry the 31-year-old is too inexperienced", "31-year-old", "31"),
        ("2,000 troops crossed the border", "2,000 troops", "2000"),
        ("40 of 48 drones were shot down", "40", "40"),
        ("ready to accept a 30-day ceasefire", "30-day ceasefire", "30"),
        ("Lawmakers voted 190-0 to lift the decree", "190-0", "190"),
        ("Thousands of people marched in Havana", "Thousands of people", "thousands"),
        ("the plan cut spending by almost a third.", "a third", "1/3"),
        ("Two-thirds of voters agreed.", "Two-thirds", "2/3"),
    ],
)
def test_figures(text, span, value):
    assert (span, value) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The G20 summit ended on January 3rd.",
        "The treaty was signed in 2014 by both sides.",
        "Resolution 2231 was adopted by the council.",
        "One of them left early.",
        "The two leaders met for lunch.",
        "Modi was sworn in for a third term.",
        "The Group of Seven summit closed on Sunday.",
        "Britain left the union at 11 p.m. on Friday.",
        "He was prime minister from 2003 to 2014 and again from 2016 to 2018.",
        "Rudd held the job twice, between 2007 and 2010 and again in 2013.",
        "Albanese was sworn in as the 31st prime minister, two days after the vote.",
        "Putin returned four years after handing the post to Medvedev.",
        "The meeting began at 10:30 a.m. and growth was slow in the 1990s.",
        "The talks began at 10:30 and ended at 3pm.",
        "The 2019–2020 season ended early; he served from 2010–2014 and in 2016-17.",
        "A Boeing 737 landed after the year 2000 celebrations.",
    ],
)
def test_not_figures(text):
    assert figures(text) == []
