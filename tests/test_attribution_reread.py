"""Analysing an article again with the same parses (a new date, a merge) reads its
attribution once: attribution does not depend on the date."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from factcheck.analysis import analyse, attribution
from factcheck.analysis.attribution import forget_attributions, read_attributions
from factcheck.analysis.common import quote_spans
from factcheck.model import Article
from factcheck.nlp import forget_parses, parse_sentences
from factcheck.text import split_article

TEXT = (
    "Harbour Board Weighs Fees\n\n"
    "Officials said the new mooring fees would start in May. "
    "“We cannot keep the docks open on goodwill,” the harbour master, Ines Salo, said.\n\n"
    "The board meets on Tuesday."
)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the rules read an article."""
    calls: list[int] = []
    real = attribution.rule_states

    def rule_states(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(attribution, "rule_states", rule_states)
    forget_attributions()
    yield calls
    forget_attributions()


def _kinds(found) -> list[tuple[str, int]]:
    return [(s.kind, s.sentence) for s in found if s.kind.startswith("attribution.")]


def test_a_new_date_reads_no_attribution_anew(counted: list[int]) -> None:
    article = Article(id="t", text=TEXT, published=date(2025, 6, 1))
    sentences = split_article("t", TEXT)
    first = analyse(article, sentences)
    assert len(counted) == 1
    moved = analyse(dataclasses.replace(article, published=date(2026, 2, 3)), sentences)
    assert len(counted) == 1  # the parser's memory gave the same parses back
    assert _kinds(moved) == _kinds(first)
    assert ("attribution.anonymous", 1) in _kinds(first)


def test_other_parses_or_another_model_are_read_afresh(counted: list[int]) -> None:
    sentences = split_article("t", TEXT)
    parsed = parse_sentences(sentences)
    quotes = quote_spans(TEXT)
    with_model = read_attributions(parsed, quotes, TEXT)
    read_attributions(parsed, quotes, TEXT, model=None)
    assert len(counted) == 2  # the model is part of what was read
    forget_parses()
    again = read_attributions(parse_sentences(sentences), quotes, TEXT)
    assert len(counted) == 3  # new parse objects: read again, and read the same
    assert again == with_model
    assert read_attributions(parsed, quotes, TEXT + " ") is not None
    assert len(counted) == 4  # another text


def test_forgetting_reads_again(counted: list[int]) -> None:
    sentences = split_article("t", TEXT)
    parsed = parse_sentences(sentences)
    quotes = quote_spans(TEXT)
    read_attributions(parsed, quotes, TEXT)
    read_attributions(parsed, quotes, TEXT)
    assert len(counted) == 1
    forget_attributions()
    read_attributions(parsed, quotes, TEXT)
    assert len(counted) == 2
