"""quote.direct and quote.scare, with curly and straight quotes and apostrophes."""

from __future__ import annotations

from datetime import date

from factcheck.analysis import analyse
from factcheck.analysis.common import quote_spans
from factcheck.model import Article
from factcheck.text import split_article


def quotes(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, published=date(2025, 6, 1))
    return [
        (s.kind, text[s.start : s.end])
        for s in analyse(article, split_article("t", text))
        if s.kind.startswith("quote.")
    ]


def test_apostrophes_are_not_quotes():
    text = "‘She wants to keep the Cubans at arm’s length, but she doesn’t want a break,’ noted Frank Mora."
    assert quotes(text) == [
        (
            "quote.direct",
            "‘She wants to keep the Cubans at arm’s length, but she doesn’t want a break,’",
        )
    ]


def test_a_mark_before_a_two_digit_year_is_no_opening_quote():
    text = ("The mayor said in ‘08 that the bakery would stay open. “It does away with the "
            "‘old rules’ for good,” she said. Bakers of the '90s agreed.")
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["“It does away with the ‘old rules’ for good,”"]


def test_a_quoted_title_opening_with_a_number_is_still_a_quotation():
    text = "The band played ‘99 Red Balloons’ twice."
    assert [text[s:e] for s, e in quote_spans(text)] == ["‘99 Red Balloons’"]


def test_two_quotations_in_one_sentence():
    text = (
        "A White House official stated that the U.S. maintains ‘a very good relationship with "
        "Venezuela’s leaders’ and believes the ‘self-interest aligns with our objectives.’"
    )
    found = quotes(text)
    assert [k for k, _ in found] == ["quote.direct", "quote.direct"]
    assert found[0][1] == "‘a very good relationship with Venezuela’s leaders’"


def test_short_quote_without_speaker_is_scare():
    assert quotes("Phone calls further emphasized ongoing ‘unity’ between the nations.") == [
        ("quote.scare", "‘unity’")
    ]
    assert quotes('The so-called "peace plan" was never published in full.') == [
        ("quote.scare", '"peace plan"')
    ]


def test_short_quote_with_speaker_is_direct():
    assert quotes("Gandhi called the result “a moral defeat” for the government.") == [
        ("quote.direct", "“a moral defeat”")
    ]
    assert quotes("The minister said the plan was “dead”.") == [("quote.direct", "“dead”")]


def test_straight_quotes_and_no_quotes():
    assert quotes('He said "we will not leave" and walked out.') == [
        ("quote.direct", '"we will not leave"')
    ]
    assert quotes("The country’s leaders met in the ’90s style hall.") == []


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    text = "“We will fight on the beaches\nand elsewhere."
    assert quote_spans(text) == [(0, text.index("\n"))]


def test_short_quote_inside_a_noun_phrase_is_scare_even_with_a_speaker():
    text = "Critics say the ANC’s ‘renewal’ will be tested in next year’s election."
    assert quotes(text) == [("quote.scare", "‘renewal’")]
    text = "Hunt said the 'mini-budget' tax cuts were reversed."
    assert quotes(text) == [("quote.scare", "'mini-budget'")]
    text = "Lee called the move “insane.”"
    assert [kind for kind, _ in quotes(text)] == ["quote.direct"]


def test_short_partial_quote_ending_a_noun_phrase_is_direct():
    text = (
        "Kim Jong-un called South Korea the country’s “principal enemy” in a speech on Monday, "
        "state media reported."
    )
    assert [kind for kind, _ in quotes(text)] == ["quote.direct"]


def test_quoted_word_after_described_as_is_the_speaker_s():
    text = 'Officials described the deal as a "framework," not a treaty.'
    assert [kind for kind, _ in quotes(text)] == ["quote.direct"]
