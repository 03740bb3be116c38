"""Attribution read from the parse: the issue's cases, each a behaviour a reviewer sees."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse, attribution_states
from factcheck.model import Article
from factcheck.text import split_article


def _article(text: str) -> tuple[Article, list]:
    return Article(id="t", text=text, published=date(2025, 6, 1)), split_article("t", text)


def states(text: str) -> list[str]:
    article, sentences = _article(text)
    return [s.kind for s in attribution_states(article, sentences)]


def sources(text: str) -> list[list[str]]:
    article, sentences = _article(text)
    found: dict[int, list[str]] = {}
    for s in analyse(article, sentences):
        if s.kind in ("attribution.named", "attribution.anonymous"):
            found[s.sentence] = [x["name"] for x in s.proposed["sources"]]
    return [found.get(i, []) for i in range(len(sentences))]


@pytest.mark.parametrize(
    "text, state, name",
    [
        ("South Korea's presidential office said the talks would resume.", "named",
         "South Korea's presidential office"),
        ("In a statement, Mexico's economy ministry said tariffs would fall.", "named",
         "Mexico's economy ministry"),
        ("Trump was quoted as saying the deal was dead.", "named", "Trump"),
        ("Clinton campaign allies argued the polls were wrong.", "anonymous",
         "Clinton campaign allies"),
        ("Officials familiar with the talks said a deal was close.", "anonymous",
         "Officials familiar with the talks"),
    ],
)
def test_speakers_from_the_parse(text, state, name):
    assert states(text) == [state]
    assert sources(text) == [[name]]


def test_negated_cue_reports_nothing():
    assert states("The minister did not say when the talks would resume.") == ["none"]


def test_quotation_after_its_tag_takes_the_tag_speaker():
    text = "“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.”"
    assert states(text) == ["named", "named", "named"]
    assert sources(text)[2] == ["Trump"]


def test_quotation_running_over_a_paragraph_takes_the_next_tag():
    text = (
        "“We cannot wait any longer.\n"
        "“The bridge must be closed today,” said Maria Lopez, the mayor.\n"
    )
    assert states(text) == ["named", "named"]
    assert sources(text)[0] == ["Maria Lopez"]


def test_possessive_noun_cue_takes_the_person_before():
    text = "Bill de Blasio spoke on Monday. He repeated his claim that the city was safe."
    assert sources(text)[1] == ["Bill de Blasio"]


def test_a_definite_noun_stands_for_the_one_introduced_before():
    text = (
        "John Mason, an investor in the fund, bought more shares. "
        "The investor said the price was too low."
    )
    assert states(text)[1] == "named"
    assert states("The official said the talks had failed.") == ["anonymous"]


def test_a_definite_vague_noun_needs_an_earlier_one_of_that_description():
    text = (
        "Paul Ryan spoke to the caucus on Tuesday. "
        "“Nobody seems to be preoccupied by it,” the insider said."
    )
    assert states(text)[1] == "anonymous"
    text = (
        "A senior official briefed reporters on Monday. "
        "Paul Ryan met the caucus. "
        "The official said the talks had failed."
    )
    assert states(text)[2] == "anonymous"
