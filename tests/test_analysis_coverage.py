"""Titles of offices the knowledge base does not cover (shown quietly in the detail panel)."""

from __future__ import annotations

import pytest

from factcheck.analysis.coverage import uncovered_titles
from factcheck.kb import load_kb


@pytest.mark.parametrize(
    "text, title",
    [
        ("NATO Secretary-General Jens Stoltenberg said on Monday.", "NATO Secretary-General"),
        ("He met IMF Managing Director Kristalina Georgieva.", "IMF Managing Director"),
        ("The German Defence Minister Boris Pistorius said.", "German Defence Minister"),
    ],
)
def test_titles_of_offices_outside_the_knowledge_base(text, title):
    (found,) = uncovered_titles(text, load_kb())
    assert found.title == title and text[found.start : found.end] == title


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama said.",
        "U.S. Secretary of State John Kerry said.",
        "Cuban Foreign Minister Bruno Rodríguez spoke.",
        "UN Secretary-General Antonio Guterres said.",
        "Kenyan President Uhuru Kenyatta said.",  # from a Wikidata extract
        "Fed Chair Janet Yellen said.",
        "Nobody with a title spoke.",
    ],
)
def test_covered_titles_say_nothing(text):
    assert uncovered_titles(text, load_kb()) == []


def test_the_title_comes_with_the_person_it_names():
    (found,) = uncovered_titles("ECB President Christine Lagarde spoke.", load_kb())
    assert (found.title, found.name) == ("ECB President", "Christine Lagarde")
