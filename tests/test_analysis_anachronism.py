"""temporal.anachronism against a small knowledge base with exact terms."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse
from factcheck.kb import KnowledgeBase, Office, Person, Term
from factcheck.model import Article
from factcheck.text import split_article


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    people = {
        p.id: p
        for p in (
            Person("joe-biden", "Joe Biden"),
            Person("donald-trump", "Donald Trump"),
            Person("barack-obama", "Barack Obama"),
            Person("vladimir-putin", "Vladimir Putin"),
            Person("dmitry-medvedev", "Dmitry Medvedev"),
            Person("theresa-may", "Theresa May"),
            Person("boris-johnson", "Boris Johnson"),
        )
    }
    offices = {
        o.id: o
        for o in (
            Office(
                "us-president",
                "President of the United States",
                "United States",
                "head_of_state",
                ("President", "U.S. President"),
                administration=True,
                roles=("head_of_state", "head_of_government"),
            ),
            Office(
                "russia-president",
                "President of Russia",
                "Russia",
                "head_of_state",
                ("President", "Russian President"),
            ),
            Office(
                "russia-prime-minister",
                "Prime Minister of Russia",
                "Russia",
                "head_of_government",
                ("Prime Minister",),
            ),
            Office(
                "uk-prime-minister",
                "Prime Minister of the United Kingdom",
                "United Kingdom",
                "head_of_government",
                ("Prime Minister", "British Prime Minister"),
            ),
        )
    }
    terms = [
        Term("us-president", "barack-obama", date(2009, 1, 20), date(2017, 1, 20)),
        Term("us-president", "donald-trump", date(2017, 1, 20), date(2021, 1, 20)),
        Term("us-president", "joe-biden", date(2021, 1, 20), date(2025, 1, 20)),
        Term("us-president", "donald-trump", date(2025, 1, 20), None),
        Term("russia-president", "vladimir-putin", date(2000, 5, 7), date(2008, 5, 7)),
        Term("russia-president", "dmitry-medvedev", date(2008, 5, 7), date(2012, 5, 7)),
        Term("russia-prime-minister", "vladimir-putin", date(2008, 5, 8), date(2012, 5, 7)),
        Term("russia-president", "vladimir-putin", date(2012, 5, 7), None),
        Term("uk-prime-minister", "theresa-may", date(2016, 7, 13), date(2019, 7, 24)),
        Term("uk-prime-minister", "boris-johnson", date(2019, 7, 24), date(2022, 9, 6)),
    ]
    return KnowledgeBase(
        as_of=date(2026, 1, 1), source="test", people=people, offices=offices, terms=terms
    )


def anachronisms(text: str, kb, published: date = date(2026, 1, 12)):
    article = Article(id="t", text=text, published=published)
    return [
        s
        for s in analyse(article, split_article("t", text), kb)
        if s.kind == "temporal.anachronism"
    ]


def test_present_tense_administration_after_its_term_dated_by_another_sentence(kb):
    text = (
        "The operation on January 3rd ended in the leader’s capture. "
        "The Biden administration has been pressuring the government to cut its ties."
    )
    (found,) = anachronisms(text, kb)
    assert found.sentence == 1
    assert text[found.start : found.end] == "The Biden administration"
    assert found.related == (0,)
    assert found.proposed == {
        "inconsistent": "yes",
        "links": [{"kind": "contradicts", "to": 0, "note": found.proposed["links"][0]["note"]}],
    }


def test_title_with_a_date_in_the_sentence(kb):
    (found,) = anachronisms(
        "In 2009, President Vladimir Putin ordered the army to modernise.", kb, date(2010, 6, 1)
    )
    assert "Vladimir Putin" in found.message and found.related == ()


def test_past_tense_dated_by_the_paragraph(kb):
    text = "Britain left the union on Friday. Prime Minister Theresa May said she hoped for good talks."
    (found,) = anachronisms(text, kb, date(2020, 2, 1))
    assert found.sentence == 1 and found.related == (0,)


@pytest.mark.parametrize(
    "text, published",
    [
        ("Former President Joe Biden said the tariffs were a mistake.", date(2026, 1, 12)),
        ("Under the Obama administration in 2014, Washington imposed duties.", date(2026, 1, 12)),
        ("Then-Prime Minister Theresa May failed to pass her deal in 2019.", date(2020, 2, 1)),
        ("The late President Joe Biden's papers were opened.", date(2026, 1, 12)),
        ("President Donald Trump is weighing new tariffs.", date(2026, 1, 12)),  # second term
        (
            "President Donald Trump met the leader in Singapore on June 12.",
            date(2018, 6, 14),
        ),  # first term
        (
            "Prime Minister Vladimir Putin told a meeting in March that spending would rise.",
            date(2010, 6, 20),
        ),
        ("President Joe Biden will travel to Berlin next week.", date(2024, 10, 1)),
        ("Biden said the tariffs were a mistake.", date(2026, 1, 12)),  # no office claimed
        ("Critics blame the Biden administration for the crisis.", date(2026, 1, 12)),
        ("The Biden administration’s sanctions remain in place.", date(2026, 1, 12)),
        ("‘President Biden is weak,’ the senator said.", date(2026, 1, 12)),  # quoted words
        ("The Biden-era rules were scrapped.", date(2026, 1, 12)),
        ("Ex-President Barack Obama spoke at the memorial on Monday.", date(2026, 1, 12)),
        ("In a speech, then-President Barack Obama praised the deal.", date(2026, 1, 12)),
        ("The Obama administration is remembered fondly in Havana.", date(2026, 1, 12)),
        ("The Obama administration has been criticised for the deal.", date(2026, 1, 12)),
        ("President Joe Biden's 2021 order was revoked.", date(2026, 1, 12)),
        ("The Trump administration imposed tariffs on steel.", date(2022, 6, 1)),  # its record
        ("Iran left the deal that President Barack Obama signed.", date(2026, 1, 12)),
        ("During the Obama administration, sanctions were eased.", date(2025, 10, 10)),
        ("The Obama administration's 2015 deal is still debated.", date(2025, 10, 10)),
        (
            "Negotiators met in Cairo on Thursday. Under the Obama administration in 2014, "
            "talks failed.",
            date(2025, 10, 10),
        ),
        ("Prime Minister Boris Johnson is expected to call Trump.", date(2019, 7, 24)),
        (
            "Talks resumed on Tuesday. Under President Barack Obama, the United States eased "
            "sanctions. Officials met again on Thursday.",
            date(2025, 10, 10),
        ),
        ("The Biden administration's sanctions were lifted last month.", date(2025, 10, 10)),
        (
            "President Barack Obama, who served from 2009 to 2017, spoke at the memorial.",
            date(2025, 10, 10),
        ),
        ("President Barack Obama, who was then in office, signed the deal.", date(2025, 10, 10)),
        (
            "Under President Donald Trump, the United States had agreed to withdraw by May 1.",
            date(2021, 8, 31),
        ),
        (
            "Talks resumed on Tuesday. Officials from the Obama administration praised the deal.",
            date(2025, 10, 10),
        ),
        ("President Donald Trump will be sworn in on Monday.", date(2025, 1, 18)),
    ],
)
def test_correct_references(text, published, kb):
    assert anachronisms(text, kb, published) == []


def test_present_tense_title(kb):
    (found,) = anachronisms("Prime Minister Theresa May says the deal is a mistake.", kb)
    assert "Theresa May" in found.message
    assert found.proposed["inconsistent"] == "yes"


def test_us_courtesy_title_of_a_former_holder_is_a_low_confidence_note(kb):
    (found,) = anachronisms("President Joe Biden says the tariffs are a mistake.", kb)
    assert found.confidence == "low" and "courtesy" in found.message
    assert "Low confidence" not in found.message
    assert found.proposed == {}


def test_current_title_for_earlier_events_is_custom(kb):
    text = "She campaigned for President Barack Obama in 2008."
    assert anachronisms(text, kb, date(2016, 9, 1)) == []


def test_a_date_dates_its_own_clause(kb):
    text = "Prime Minister Theresa May spoke on Tuesday, and the treaty was signed in 2009."
    (found,) = anachronisms(text, kb, date(2017, 3, 1)) or (None,)
    assert found is None or "2009" not in found.message


@pytest.mark.parametrize(
    "text",
    [
        "Congress could never control President Donald Trump.",
        "A Trump presidency would upend the alliance.",
        "If President Donald Trump wins, tariffs will rise.",
    ],
)
def test_hypotheticals_are_not_events(text, kb):
    assert anachronisms(text, kb, date(2016, 9, 1)) == []


def test_quoted_titles_are_checked_and_said_to_be_quoted(kb):
    text = "“Prime Minister Boris Johnson met us on Tuesday,” the envoy said."
    (found,) = anachronisms(text, kb, date(2018, 1, 5))
    assert "quoted" in found.message


def test_office_held_twice_is_checked_against_both_terms(kb):
    assert (
        anachronisms("In 2019, President Donald Trump met the leader.", kb, date(2019, 7, 1)) == []
    )
    (found,) = anachronisms("In 2022, President Donald Trump met the leader.", kb, date(2022, 7, 1))
    assert "2017-01-20 – 2021-01-20; 2025-01-20 – present" in found.message


def test_never_held_before_the_article(kb):
    (found,) = anachronisms(
        "Critics blame Prime Minister Boris Johnson for the delay.", kb, date(2018, 1, 5)
    )
    assert "Boris Johnson" in found.message


def test_under_an_administration_takes_the_main_clause_tense(kb):
    (found,) = anachronisms(
        "Under the Biden administration, Washington has been pressuring Caracas.", kb
    )
    assert "Biden" in found.message
    assert (
        anachronisms("Under the Biden administration, Washington pressured Caracas in 2022.", kb)
        == []
    )


def test_undated_past_administration_among_the_story_s_days(kb):
    text = (
        "Israeli and Palestinian negotiators met in Cairo on Thursday. The Obama administration "
        "reportedly urged restraint, a senior diplomat said on condition of anonymity."
    )
    (found,) = anachronisms(text, kb, date(2025, 10, 10))
    assert found.sentence == 1 and found.related == (0,)
    assert text[found.start : found.end] == "The Obama administration"
    # Alone, the same words are the administration's record.
    assert anachronisms(text.split(". ", 1)[1], kb, date(2025, 10, 10)) == []


@pytest.mark.parametrize(
    "text, published",
    [
        ("Prime Minister Theresa May will also meet Trump during the visit.", date(2019, 7, 24)),
        ("Prime Minister Theresa May is set to visit the shrine this weekend.", date(2019, 7, 24)),
        ("President Dmitry Medvedev will attend the summit this month.", date(2012, 5, 8)),
    ],
)
def test_future_events_after_the_term(text, published, kb):
    assert len(anachronisms(text, kb, published)) == 1


def test_compound_surname_with_a_title():
    from factcheck.kb import load_kb

    text = "President Lopez Obrador has already named his foreign minister, Marcelo Ebrard."
    (found,) = anachronisms(text, load_kb(), date(2018, 7, 3))
    assert text[found.start : found.end] == "President Lopez Obrador"


def test_a_date_in_the_possessive_noun_phrase_dates_the_administration(kb):
    text = "The Biden administration's decision last month to lift sanctions surprised Caracas."
    (found,) = anachronisms(text, kb, date(2025, 10, 10))
    assert text[found.start : found.end] == "The Biden administration"


def test_an_undated_relative_clause_does_not_excuse_the_title(kb):
    (found,) = anachronisms(
        "Prime Minister Theresa May, who served under David Cameron, was among the mourners.",
        kb,
        date(2022, 9, 19),
    )
    assert "Theresa May" in found.message


def test_an_indefinite_article_makes_a_title_hypothetical(kb):
    text = "And his take on the prospects of a President Donald Trump?"
    assert anachronisms(text, kb, date(2016, 2, 20)) == []
    quoted = "“We are turning to the threat a Donald Trump presidency poses,” she said."
    assert anachronisms(quoted, kb, date(2016, 5, 24)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Any quarrel from the 2008 race ended when Clinton joined the Obama administration.",
        "Back when George W. Bush was president and Prime Minister Junichiro Koizumi was prime "
        "minister, George found it remarkable.",
    ],
)
def test_events_inside_the_term_by_construction(text):
    from factcheck.kb import load_kb

    assert anachronisms(text, load_kb(), date(2016, 3, 10)) == []


def test_an_administration_named_by_a_shared_surname_is_a_low_confidence_note():
    from factcheck.kb import load_kb

    text = "Critics said the Clinton administration is going to have to grapple with it."
    (found,) = anachronisms(text, load_kb(), date(2016, 8, 22))
    assert found.confidence == "low" and "Hillary Clinton" in found.message
    assert "Low confidence" not in found.message
    assert found.proposed == {}


def test_an_assumed_publication_date_makes_an_anachronism_low_confidence(kb):
    text = "Prime Minister Theresa May says the deal is a mistake."
    (dated,) = anachronisms(text, kb)
    assert dated.confidence == "high" and "assumed" not in dated.message
    article = Article(id="t", text=text, published=date(2026, 1, 12), published_assumed=True)
    (assumed,) = [
        s
        for s in analyse(article, split_article("t", text), kb)
        if s.kind == "temporal.anachronism"
    ]
    assert assumed.confidence == "low"
    assert "publication date is assumed" in assumed.message
    assert "Low confidence" not in assumed.message


def _kb_recorded_from_2022() -> KnowledgeBase:
    """An office whose extract records only the holders in office in 2022 and later."""
    people = {
        p.id: p
        for p in (Person("najib-mikati", "Najib Mikati"), Person("ivan-duque", "Iván Duque"))
    }
    offices = {
        o.id: o
        for o in (
            Office(
                "lebanon-prime-minister",
                "Prime Minister of Lebanon",
                "Lebanon",
                "head_of_government",
                ("Prime Minister", "Lebanese Prime Minister"),
                known_from=date(2022, 1, 1),
            ),
            Office(
                "colombia-president",
                "President of Colombia",
                "Colombia",
                "head_of_state",
                ("President", "Colombian President"),
                known_from=date(2022, 1, 1),
            ),
        )
    }
    terms = [
        Term("lebanon-prime-minister", "najib-mikati", date(2021, 1, 1), None),
        Term("colombia-president", "ivan-duque", date(2018, 1, 1), date(2022, 12, 31)),
    ]
    return KnowledgeBase(
        as_of=date(2026, 1, 1), source="test", people=people, offices=offices, terms=terms
    )


def test_events_before_an_office_s_record_begins_are_not_judged():
    kb = _kb_recorded_from_2022()
    # Mikati was also prime minister in 2011-2014, before the extract's record begins.
    text = "Lebanese Prime Minister Najib Mikati said on Monday the cabinet would meet."
    assert anachronisms(text, kb, date(2012, 3, 14)) == []
    # After the record begins, a holder out of office is still found.
    text = "Colombian President Iván Duque said on Monday the talks would resume."
    (found,) = anachronisms(text, kb, date(2024, 3, 14))
    assert "Iván Duque" in found.message


def test_the_shipped_year_extract_records_holders_from_2021():
    from factcheck.kb import load_kb

    kb = load_kb()
    assert kb.offices["lebanon-prime-minister"].known_from == date(2021, 1, 1)
    assert kb.offices["us-president"].known_from is None  # hand-made: every holder
