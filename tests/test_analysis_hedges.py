"""hedge: speculative wording."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse
from factcheck.model import Article
from factcheck.text import split_article


def hedges(text: str) -> list[str]:
    article = Article(id="t", text=text, published=date(2025, 6, 1))
    return [
        text[s.start : s.end]
        for s in analyse(article, split_article("t", text))
        if s.kind == "hedge"
    ]


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("Some intelligence operatives likely remain in the capital.", "likely"),
        ("The minister reportedly resigned on Friday.", "reportedly"),
        ("The exact circumstances remain unclear.", "unclear"),
        ("The ship appears to have changed course overnight.", "appears to"),
        ("The general is believed to be in hiding.", "is believed to"),
        ("The figures suggest a slowdown.", "suggest"),
        ("The strike may have killed dozens.", "may have killed"),
    ],
)
def test_hedges(text, hedge):
    assert hedge in hedges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry published the figures on Monday.",
        "May was the wettest month on record.",
        "The treaty was signed in May 2019 in Geneva.",
        "‘It is likely to rain,’ said the forecaster.",
    ],
)
def test_no_hedges(text):
    assert hedges(text) == []


def test_sentence_initial_adverb_is_a_hedge():
    assert hedges("Possibly the largest protest in decades drew 100,000 people.") == ["Possibly"]


@pytest.mark.parametrize(
    "text",
    [
        "She said she could see the ships from her window.",
        "The company could not be reached for comment.",
        "Rumours Bar in Soho closed in 2019.",
        "The committee met in May and the march began at noon.",
        "The minister met farmers in the morning.",
    ],
)
def test_ordinary_sentences_have_no_hedge(text):
    assert hedges(text) == []
