"""The seed article: the suggestions issue 5 says the engine must find, and no others of those kinds."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from factcheck.analysis import KINDS, analyse
from factcheck.model import Article, Suggestion
from factcheck.text import split_article


def _analyse_seed(seed_text: str) -> tuple[list[Suggestion], dict[str, set[int]]]:
    article = Article(
        id="seed", text=seed_text, published=date(2026, 1, 12), published_assumed=True
    )
    sentences = split_article(article.id, seed_text)
    assert len(sentences) == 16
    suggestions = analyse(article, sentences)
    numbers: dict[str, set[int]] = defaultdict(set)
    for suggestion in suggestions:
        numbers[suggestion.kind].add(suggestion.sentence + 1)
    return suggestions, numbers


def test_every_kind_is_stable(seed_text):
    suggestions, _ = _analyse_seed(seed_text)
    assert {s.kind for s in suggestions} <= set(KINDS)


def test_anachronism_on_7_dated_by_3(seed_text):
    suggestions, numbers = _analyse_seed(seed_text)
    assert numbers["temporal.anachronism"] == {7}
    (anachronism,) = [s for s in suggestions if s.kind == "temporal.anachronism"]
    assert 2 in anachronism.related  # sentence 3, the January 3 capture
    assert seed_text[anachronism.start : anachronism.end].endswith("Biden administration")
    assert anachronism.proposed["inconsistent"] == "yes"
    links = anachronism.proposed["links"]
    assert links and all(link["kind"] == "contradicts" for link in links)
    assert {link["to"] for link in links} == set(anachronism.related)


def test_name_variant_on_11_mentions_parrilla(seed_text):
    suggestions, numbers = _analyse_seed(seed_text)
    assert numbers["name.variant"] == {11}
    (variant,) = [s for s in suggestions if s.kind == "name.variant"]
    assert "Parrilla" in variant.message
    assert seed_text[variant.start : variant.end] == "Bruno Rodríguez Padilla"


def test_attribution(seed_text):
    suggestions, numbers = _analyse_seed(seed_text)
    assert numbers["attribution.anonymous"] == {1, 5, 9, 13}
    assert numbers["attribution.named"] == {14}
    # Unattributed sentences are a suggestion only when they make a checkable claim:
    # 3 (a figure and a date), 4 ("the late 2000s"), 8 ("mid-December").
    assert numbers["attribution.none"] == {3, 4, 8}
    assert all(
        s.message.startswith("No source is given, and the sentence gives a")
        for s in suggestions
        if s.kind == "attribution.none"
    )
    per_sentence = defaultdict(list)
    for s in suggestions:
        if s.kind.startswith("attribution."):
            per_sentence[s.sentence].append(s)
    assert all(len(found) == 1 for found in per_sentence.values())
    (named,) = [s for s in suggestions if s.kind == "attribution.named"]
    assert named.proposed == {
        "sourced": "yes",
        "anonymous": "no",
        "sources": [
            {
                "name": "Frank Mora",
                "kind": "person",
                "description": "former U.S. ambassador to the Organization of American States",
            }
        ],
    }
    first = next(s for s in suggestions if s.kind == "attribution.anonymous" and s.sentence == 0)
    assert first.proposed == {
        "sourced": "yes",
        "anonymous": "yes",
        "sources": [
            {
                "name": "eleven sources familiar with the matter",
                "kind": "anonymous",
                "description": "",
            }
        ],
    }
    none = next(s for s in suggestions if s.kind == "attribution.none")
    assert none.proposed == {"sourced": "no"}


def test_quotes(seed_text):
    suggestions, numbers = _analyse_seed(seed_text)
    assert numbers["quote.direct"] == {9, 14}
    assert numbers["quote.scare"] == {12}
    assert len([s for s in suggestions if s.kind == "quote.direct" and s.sentence == 8]) == 2
    (scare,) = [s for s in suggestions if s.kind == "quote.scare"]
    assert seed_text[scare.start : scare.end] == "‘unity’"


def test_ambiguous_reference(seed_text):
    _, numbers = _analyse_seed(seed_text)
    assert 12 in numbers["reference.ambiguous"]
    assert numbers["reference.ambiguous"] <= {11, 12, 13}


def test_dates(seed_text):
    suggestions, _ = _analyse_seed(seed_text)
    dates = defaultdict(list)
    for s in suggestions:
        if s.kind == "claim.date":
            dates[s.sentence + 1].append(s.value)
    assert "2026-01-03" in dates[3]
    intervals = [v for v in dates[8] if "/" in v]
    assert intervals
    start, end = intervals[0].split("/")
    assert start.startswith("2025-12") and end.startswith("2025-12")


def test_numbers(seed_text):
    suggestions, _ = _analyse_seed(seed_text)
    assert any(
        s.kind == "claim.number" and s.sentence == 2 and s.value == "32" for s in suggestions
    )


def test_hedges(seed_text):
    _, numbers = _analyse_seed(seed_text)
    assert 15 in numbers["hedge"]
    assert numbers["hedge"] <= {6, 13, 15, 16}


def test_keys_are_stable_and_spans_are_offsets(seed_text):
    first, _ = _analyse_seed(seed_text)
    second, _ = _analyse_seed(seed_text)
    assert [s.key for s in first] == [s.key for s in second]
    article_sentences = split_article("seed", seed_text)
    for s in first:
        sentence = article_sentences[s.sentence]
        assert sentence.start <= s.start < s.end <= sentence.end
