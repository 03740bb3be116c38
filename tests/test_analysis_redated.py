"""An article analysed again on a new date runs again only the detectors that read the date;
what it finds is what a fresh analysis finds."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import factcheck.analysis as engine
from factcheck.analysis import DATED, DETECTORS, analyse, forget_reading
from factcheck.analysis.anachronism import ANACHRONISM
from factcheck.analysis.attribution import forget_attributions
from factcheck.kb import load_kb
from factcheck.model import Article
from factcheck.text import split_article

TEXT = (
    "Ports Talks Resume\n\n"
    "President Joe Biden said on Monday that the talks would resume. "
    "Officials said 40 ships were waiting, up from 12 in March.\n\n"
    "“We are close,” the negotiator, Ines Salo, said. Salo left on Friday."
)


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The detectors run, by name, in order."""
    names: list[str] = []
    for name, detector in DETECTORS.items():
        def counted(ctx, index, people, name=name, detector=detector):
            names.append(name)
            return detector(ctx, index, people)
        monkeypatch.setitem(DETECTORS, name, counted)
    forget_reading()
    yield names
    forget_reading()


def _fresh(article: Article, sentences) -> list:
    forget_reading()
    forget_attributions()
    return analyse(article, sentences)


def test_a_new_date_runs_only_the_dated_detectors(runs: list[str]) -> None:
    sentences = split_article("t", TEXT)
    article = Article(id="t", text=TEXT, published=date(2024, 3, 4))
    analyse(article, sentences)
    assert sorted(runs) == sorted(DETECTORS)
    runs.clear()
    analyse(dataclasses.replace(article, published=date(2026, 2, 3)), sentences)
    assert sorted(runs) == sorted(DATED)


@pytest.mark.parametrize("published", [date(2026, 2, 3), None])
def test_what_a_new_date_finds_is_what_a_fresh_analysis_finds(published: date | None) -> None:
    sentences = split_article("t", TEXT)
    article = Article(id="t", text=TEXT, published=date(2024, 3, 4))
    before = analyse(article, sentences)
    moved = dataclasses.replace(article, published=published, imported_at="2026-03-09T10:00:00")
    again = analyse(moved, sentences)
    assert again == _fresh(moved, sentences)
    # The date was read anew: Monday moved, and Biden was no longer president.
    assert again != before
    assert any(s.kind == ANACHRONISM for s in again)
    assert not any(s.kind == ANACHRONISM for s in before)


def test_another_text_sentences_or_knowledge_base_runs_everything(runs: list[str]) -> None:
    sentences = split_article("t", TEXT)
    article = Article(id="t", text=TEXT, published=date(2024, 3, 4))
    analyse(article, sentences)
    runs.clear()
    analyse(article, sentences, dataclasses.replace(load_kb()))  # another knowledge base
    assert sorted(runs) == sorted(DETECTORS)
    runs.clear()
    longer = TEXT + " He said more."
    analyse(Article(id="t", text=longer, published=date(2024, 3, 4)), split_article("t", longer))
    assert sorted(runs) == sorted(DETECTORS)
    runs.clear()
    analyse(article, split_article("u", TEXT))  # the same text, another article's sentences
    assert sorted(runs) == sorted(DETECTORS)


def test_forgetting_runs_everything(runs: list[str]) -> None:
    sentences = split_article("t", TEXT)
    article = Article(id="t", text=TEXT, published=date(2024, 3, 4))
    analyse(article, sentences)
    forget_reading()
    runs.clear()
    analyse(article, sentences)
    assert sorted(runs) == sorted(DETECTORS)
    assert engine._last_reading is not None
