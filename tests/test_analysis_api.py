"""The engine's public API: analyse() and KINDS."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.analysis import KINDS, analyse
from factcheck.model import Article, SuggestionKind, suggestion_key
from factcheck.text import split_article


def test_kinds_are_the_model_kinds():
    assert set(KINDS) == {kind.value for kind in SuggestionKind}
    assert len(KINDS) == len(set(KINDS))


def test_suggestions_carry_offsets_and_keys(seed_text):
    article = Article(id="seed", text=seed_text, published=date(2026, 1, 12))
    sentences = split_article(article.id, seed_text)
    suggestions = analyse(article, sentences)
    assert suggestions == sorted(
        suggestions, key=lambda s: (s.sentence, s.start, KINDS.index(s.kind))
    )
    for s in suggestions:
        sentence = sentences[s.sentence]
        assert suggestion_key(s.kind, seed_text[s.start : s.end], sentence.text) == s.key
        assert all(0 <= i < len(sentences) for i in s.related)


def test_empty_article():
    assert analyse(Article(id="e", text=""), [], today=date(2025, 1, 1)) == []


WORDS = [
    "President",
    "Joe",
    "Biden",
    "said",
    "‘",
    "’",
    "“",
    "”",
    '"',
    "'",
    "Rodríguez",
    "May",
    "March",
    "in",
    "2019",
    "January",
    "3rd",
    "officials",
    "according",
    "to",
    "the",
    "administration",
    ",",
    ".",
    "former",
    "then-",
    "Kim",
    "Jong-un",
    "12%",
    "$4",
    "billion",
    "likely",
    "\n",
    "—",
    "(",
    ")",
    "Foreign",
    "Minister",
    "Bruno",
    "Padilla",
    "sources",
    "familiar",
    "with",
    "matter",
    "Monday",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_any_text_gives_well_formed_suggestions(words):
    text = " ".join(words)
    article = Article(id="h", text=text, published=date(2026, 1, 12))
    sentences = split_article("h", text)
    for s in analyse(article, sentences):
        sentence = sentences[s.sentence]
        assert sentence.start <= s.start < s.end <= sentence.end
        assert s.kind in KINDS
        assert all(0 <= i < len(sentences) for i in s.related)
