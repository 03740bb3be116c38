"""Sentence and paragraph segmentation: exact offsets and the news-text cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.model import Sentence
from factcheck.text import SentenceSpan, paragraph_spans, segment, split_article


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in segment(text)]


# --- the seed article ---------------------------------------------------------------


def test_seed_has_16_sentences_in_7_paragraphs(seed_text):
    spans = segment(seed_text)
    assert len(spans) == 16
    assert len(paragraph_spans(seed_text)) == 7
    per_paragraph = [sum(1 for s in spans if s.paragraph == p) for p in range(7)]
    assert per_paragraph == [2, 2, 2, 3, 3, 2, 2]


def test_seed_sentences_keep_quotes_and_abbreviations(seed_text):
    texts = sentences(seed_text)
    assert texts[2].startswith("The unraveling of the Caracas-Havana security alliance")
    assert "January 3rd U.S. military operation" in texts[2]
    assert texts[8].startswith("A White House official stated that the U.S. maintains")
    assert texts[8].endswith("promoting our key objectives.’")
    assert texts[13].startswith("‘She wants to keep the Cubans")
    assert texts[13].endswith("former U.S. ambassador to the Organization of American States.")


def test_split_article_gives_numbered_sentences_with_exact_offsets(seed_text):
    result = split_article("a1", seed_text)
    assert [s.index for s in result] == list(range(16))
    assert all(isinstance(s, Sentence) and s.article_id == "a1" for s in result)
    assert all(seed_text[s.start : s.end] == s.text for s in result)
    assert result[0].number == 1 and result[0].paragraph == 0
    assert result[-1].paragraph == 6


# --- news-text cases ----------------------------------------------------------------

NO_SPLIT = [
    "The U.S. military said the strike was over.",
    "Officials at the U.N. headquarters declined to comment.",
    "The U.N. Security Council met on Friday.",
    "The U.S. Army deployed two brigades.",
    "U.S. Secretary of State Marco Rubio agreed.",
    "The U.N. Secretary-General called for calm.",
    "The U.K. Prime Minister flew in.",
    "U.S. Venezuela policy changed overnight.",
    "He met U.S. Rep. Maxine Waters.",
    "Talks resumed on Jan. 5 in Geneva.",
    "The meeting was moved to Sept. 30 at the latest.",
    "Gov. Kathy Hochul signed the bill.",
    "Dr. Samuel Okafor testified for an hour.",
    "Lt. Col. Alexander Vindman listened in on the call.",
    "Sen. Warren and Rep. Ocasio-Cortez co-sponsored it.",
    "Author J. K. Rowling did not respond.",
    "Author J.K. Rowling did not respond.",
    "“It is over,” said J.M. Berger, a fellow at the institute.",
    "The retailer J.C. Penney closed the store.",
    "John F. Kennedy was elected in 1960.",
    "George H.W. Bush signed the treaty in 1991.",
    "The late President George H.W. Bush was buried in Texas.",
    "The economy grew 1.6 percent in the third quarter.",
    "Prices rose 0.25 points, or 3.5%, by noon.",
    "He paused... then went on with the speech.",
    "She trailed off… and nobody spoke.",
    "It was . . . a strange afternoon.",
    "The vote came at 3 a.m. on Tuesday.",
    "It ranked No. 5 on the list.",
    "The U.S.-backed force advanced.",
    "See example.com for details.",
]


@pytest.mark.parametrize("text", NO_SPLIT)
def test_no_split_inside_abbreviations_initials_decimals_and_ellipses(text):
    assert sentences(text) == [text]


SPLIT = [
    (
        "He faced pressure from the U.S. The next day he resigned.",
        ["He faced pressure from the U.S.", "The next day he resigned."],
    ),
    (
        "The money came from the U.S. He said so himself.",
        ["The money came from the U.S.", "He said so himself."],
    ),
    (
        "It happened in the U.S. Venezuela denied it.",
        ["It happened in the U.S.", "Venezuela denied it."],
    ),
    (
        "U.S. President Joe Biden spoke. U.S. Secretary of State Antony Blinken agreed.",
        ["U.S. President Joe Biden spoke.", "U.S. Secretary of State Antony Blinken agreed."],
    ),
    (
        "He lives in Washington, D.C. He works there too.",
        ["He lives in Washington, D.C.", "He works there too."],
    ),
    (
        "He golfed at Bedminster, N.J. Roger Ailes joined him.",
        ["He golfed at Bedminster, N.J.", "Roger Ailes joined him."],
    ),
    (
        "The meeting ended at 5 p.m. The council left.",
        ["The meeting ended at 5 p.m.", "The council left."],
    ),
    (
        "A White House official said the U.S. wants ‘to promote our key objectives.’ Then he left.",
        [
            "A White House official said the U.S. wants ‘to promote our key objectives.’",
            "Then he left.",
        ],
    ),
    (
        "“We stopped patching,” she said. “Tonight we build.” The vote was 6-3.",
        ["“We stopped patching,” she said.", "“Tonight we build.”", "The vote was 6-3."],
    ),
    (
        'He said "it is over." Nobody believed him.',
        ['He said "it is over."', "Nobody believed him."],
    ),
    (
        "It began in World War I. The war ended in 1918.",
        ["It began in World War I.", "The war ended in 1918."],
    ),
    (
        "Is that true? Nobody knows. It was late!",
        ["Is that true?", "Nobody knows.", "It was late!"],
    ),
    (
        "(The figure was revised.) Officials agreed.",
        ["(The figure was revised.)", "Officials agreed."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_sentence_ends_including_closing_quotes(text, expected):
    assert sentences(text) == expected


# --- paragraphs -----------------------------------------------------------------------


def test_blank_lines_separate_paragraphs_when_there_are_any():
    text = "First line.\nStill the first paragraph.\n\nSecond paragraph.\n \t\nThird."
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "First line.\nStill the first paragraph.",
        "Second paragraph.",
        "Third.",
    ]
    assert [s.paragraph for s in segment(text)] == [0, 0, 1, 2]


def test_single_newlines_separate_paragraphs_without_blank_lines():
    text = "One. Two.\nThree.\nFour."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One. Two.", "Three.", "Four."]
    assert [s.paragraph for s in segment(text)] == [0, 0, 1, 2]


def test_blank_lines_only_at_the_ends_do_not_join_lines():
    text = "\n\nOne.\nTwo.\n\n\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two."]


def test_crlf_and_line_separator_are_line_breaks():
    text = "One.\r\nTwo.\u2028Three.\r\rFour."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.\r\nTwo.\u2028Three.", "Four."]


def test_sentences_never_cross_a_paragraph_boundary():
    text = "A headline without a full stop\nThe body starts here, says Dr.\nSmith continues."
    spans = segment(text)
    assert sentences(text) == [
        "A headline without a full stop",
        "The body starts here, says Dr.",
        "Smith continues.",
    ]
    assert [s.paragraph for s in spans] == [0, 1, 2]


def test_empty_and_whitespace_text_have_no_sentences():
    assert segment("") == []
    assert segment(" \n\t\u00a0\u2028 ") == []
    assert paragraph_spans("\n\n") == []


def test_odd_unicode_is_kept_in_place():
    text = "Cafe\u0301 opened.\u00a0Then \u200fمرحبا closed. 🎉 Emoji stay."
    assert sentences(text) == ["Cafe\u0301 opened.", "Then \u200fمرحبا closed.", "🎉 Emoji stay."]
    check_spans(text + "\x00 NUL\u2028too.")


def test_span_is_a_frozen_value():
    span = SentenceSpan(0, 3, 0)
    with pytest.raises(AttributeError):
        span.start = 1  # type: ignore[misc]


# --- properties ---------------------------------------------------------------------


def check_spans(text: str) -> None:
    spans = segment(text)
    paragraphs = paragraph_spans(text)
    covered = bytearray(len(text))
    previous_end = 0
    previous_paragraph = 0
    for span in spans:
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert previous_paragraph <= span.paragraph < len(paragraphs)
        p_start, p_end = paragraphs[span.paragraph]
        assert p_start <= span.start and span.end <= p_end
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        previous_end, previous_paragraph = span.end, span.paragraph
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())
    assert len({s.paragraph for s in spans}) == len(paragraphs)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_is_covered_exactly(text):
    check_spans(text)


NEWS_PIECES = "U.S. U.N. Jan. Gov. Dr. J. K. 1.6 ... … the The He said ’ ‘ ” “ \" ' . ? ! ) ( a.m. No.".split()
NEWS_PIECES += ["\n", "\n\n", "\r\n", " \n \n", "\u2028", "\u00a0", "\t", ". . ."]
NEWSY = st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=4)), max_size=40).map(
    " ".join
)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_news_like_text_is_covered_exactly(text):
    check_spans(text)
