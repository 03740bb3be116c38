"""name.variant against a small knowledge base, and the shipped one for the seed's case."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse
from factcheck.kb import KnowledgeBase, Office, Person, Term, load_kb
from factcheck.model import Article
from factcheck.text import split_article


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    people = {
        p.id: p
        for p in (
            Person(
                "bruno-rodriguez-parrilla",
                "Bruno Rodríguez Parrilla",
                ("Bruno Rodríguez",),
                "Foreign minister of Cuba",
            ),
            Person("kim-jong-il", "Kim Jong-il", surnames=("Kim",)),
            Person("kim-jong-un", "Kim Jong-un", surnames=("Kim",)),
            Person(
                "volodymyr-zelenskyy", "Volodymyr Zelenskyy", ("Volodymyr Zelensky", "Zelensky")
            ),
            Person("giorgia-meloni", "Giorgia Meloni"),
            Person("john-key", "John Key"),
        )
    }
    office = Office(
        "cuba-foreign-minister",
        "Minister of Foreign Affairs of Cuba",
        "Cuba",
        "foreign_minister",
        ("Foreign Minister",),
    )
    terms = [Term("cuba-foreign-minister", "bruno-rodriguez-parrilla", date(2009, 3, 2), None)]
    return KnowledgeBase(
        as_of=date(2026, 1, 1),
        source="test",
        people=people,
        offices={office.id: office},
        terms=terms,
    )


def variants(text: str, kb) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, published=date(2026, 1, 12))
    return [
        (text[s.start : s.end], s.message)
        for s in analyse(article, split_article("t", text), kb)
        if s.kind == "name.variant"
    ]


def test_misspelt_surname(kb):
    ((span, message),) = variants("He met Foreign Minister Bruno Rodríguez Padilla in Havana.", kb)
    assert span == "Bruno Rodríguez Padilla"
    assert "usually spelt Bruno Rodríguez Parrilla" in message


def test_misspelt_name_before_a_possessive(kb):
    ((span, _),) = variants("Polls favour Giorgia Melloni’s party.", kb)
    assert span == "Giorgia Melloni"


@pytest.mark.parametrize(
    "text",
    [
        "Bruno Rodriguez Parrilla spoke first.",  # no diacritics: not an error
        "Bruno Rodríguez spoke first.",  # a known short form
        "Kim Jong-un met the envoy.",  # exact match to one person wins over another
        "Kim Jong-il never met an American president.",
        "Volodymyr Zelensky spoke to parliament.",  # accepted transliteration (alias)
        "John Kerry flew to Paris.",  # a different person, not a misspelling of John Key
        "Frank Mora, a former ambassador, spoke.",
    ],
)
def test_not_variants(text, kb):
    assert variants(text, kb) == []


def test_seed_case_with_the_shipped_knowledge_base():
    ((span, message),) = variants(
        "Rodríguez met Cuban Foreign Minister Bruno Rodríguez Padilla at a memorial.", load_kb()
    )
    assert span == "Bruno Rodríguez Padilla" and "Parrilla" in message


def test_user_said_different_person(kb):
    different = KnowledgeBase(
        as_of=kb.as_of,
        source=kb.source,
        people=kb.people,
        offices=kb.offices,
        terms=kb.terms,
        different={"bruno rodriguez padilla": frozenset({"bruno-rodriguez-parrilla"})},
    )
    assert variants("He met Bruno Rodríguez Padilla in Havana.", different) == []


def test_lone_surname_after_a_title(kb):
    ((span, message),) = variants("Foreign Minister Parilla met the delegation.", kb)
    assert span == "Parilla"
    assert message.startswith("“Parilla” is usually spelt Parrilla (Bruno Rodríguez Parrilla")


def test_lone_word_without_a_title_is_left_alone(kb):
    assert variants("Parilla met the delegation.", kb) == []


@pytest.mark.parametrize(
    "text",
    ["José Serrano spoke first.", "Scott Morris spoke first.", "Mario Rubio spoke first."],
)
def test_a_common_name_is_someone_else(text):
    # Serrano, Morris and Mario are common names (US Census lists): other people, not
    # misspellings of José Serra, Scott Morrison or Marco Rubio.
    assert variants(text, load_kb()) == []


def test_two_words_each_slightly_off():
    ((span, message),) = variants("Volodimir Zelenski addressed parliament.", load_kb())
    assert span == "Volodimir Zelenski" and "Volodymyr Zelenskyy" in message


@pytest.mark.parametrize(
    "text",
    [
        "Mohammed Javad Zarif met the delegation.",
        "Muhammad bin Salman met the delegation.",
        "Sergey Lavrov met the delegation.",
        "Dmitri Medvedev met the delegation.",
    ],
)
def test_romanisations_of_a_given_name_are_not_variants(text):
    assert variants(text, load_kb()) == []


def test_a_romanised_given_name_with_a_misspelt_surname_is_a_variant():
    ((span, _),) = variants("Sergey Lavrof met the delegation.", load_kb())
    assert span == "Sergey Lavrof"


def test_a_surname_in_the_plural_is_not_a_variant():
    text = "Holdouts such as both former president Bushes stayed away."
    assert variants(text, load_kb()) == []


def test_a_misspelt_name_after_a_title_read_as_one_name():
    ((span, message),) = variants("Costa Rican President Laura Chinchila said so.", load_kb())
    assert span == "Laura Chinchila" and "Laura Chinchilla" in message


def _kb_with(*people: Person) -> KnowledgeBase:
    return KnowledgeBase(
        as_of=date(2026, 1, 1),
        source="test",
        people={p.id: p for p in people},
        offices={},
        terms=[],
    )


def test_a_misspelt_short_form_of_a_name_with_a_middle_name():
    kb = _kb_with(Person("hage-gottfried-geingob", "Hage Gottfried Geingob"))
    ((span, message),) = variants("Hage Gaingob said drought had cut harvests.", kb)
    assert span == "Hage Gaingob" and "Hage Gottfried Geingob" in message


@pytest.mark.parametrize(
    "text",
    [
        "Hage Geingob said drought had cut harvests.",  # the short form, rightly spelt
        "Hans Geingob said drought had cut harvests.",  # another given name: someone else
        "Hage Gottfried Geingob said drought had cut harvests.",
    ],
)
def test_short_forms_that_are_no_misspellings(text):
    kb = _kb_with(Person("hage-gottfried-geingob", "Hage Gottfried Geingob"))
    assert variants(text, kb) == []


def test_a_short_form_s_surname_must_be_close():
    # With the middle initial missing, "Groner" is too far from "Granger": someone else.
    kb = _kb_with(Person("david-a-granger", "David A. Granger"))
    assert variants("David Groner said the plan was sound.", kb) == []


def _variants(text: str) -> list[str]:
    from datetime import date

    from factcheck.analysis import analyse
    from factcheck.model import Article
    from factcheck.text import split_article

    article = Article(id="t", text=text, published=date(2025, 6, 1))
    return [s.value for s in analyse(article, split_article("t", text)) if s.kind == "name.variant"]


@pytest.mark.parametrize("text", [
    "Senate Majority Leader Mitch McConnel said the chamber would vote next week.",
    "The bill was opposed by Sen. Mitch McConnel on Tuesday.",
    "Republican Rep. Nancy Mase said the vote was close.",
])
def test_a_member_of_congress_misspelt_after_a_title_of_congress(text):
    assert len(_variants(text)) == 1


@pytest.mark.parametrize("text", [
    # Without a title of Congress the name may be anyone's: James Comey is not James Comer.
    "FBI Director James Comey testified before the committee.",
    "Mitch McConnel, a retired teacher from Ohio, said the school had changed.",
])
def test_a_member_of_congress_is_not_read_into_any_close_name(text):
    assert _variants(text) == []


def test_a_name_the_article_writes_again_is_its_spelling_of_someone():
    # A slip is made once; "Rahm Emanual" twice is how this article spells someone.
    once = "Chief of staff Rahm Emanual said the talks would resume."
    assert _variants(once) == ["Rahm Emanuel"]
    assert _variants(once + " Emanual later said the talks had failed.") == []
