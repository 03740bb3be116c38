"""attribution.named / .anonymous / .none: positive and negative cases."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import analyse, attribution_states
from factcheck.model import Article
from factcheck.text import split_article


def attributions(text: str) -> list[tuple[str, str, dict]]:
    article = Article(id="t", text=text, published=date(2025, 6, 1))
    return [
        (s.kind, text[s.start : s.end], s.proposed)
        for s in analyse(article, split_article("t", text))
        if s.kind.startswith("attribution.")
    ]


def states(text: str) -> list[str]:
    """Each sentence's attribution state: named, anonymous or none."""
    article = Article(id="t", text=text, published=date(2025, 6, 1))
    return [s.kind for s in attribution_states(article, split_article("t", text))]


def only(text: str) -> tuple[str, str, dict]:
    found = attributions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, phrase, source",
    [
        (
            "Prices fell by a third last year, according to eleven sources familiar with the matter.",
            "according to eleven sources familiar with the matter",
            "eleven sources familiar with the matter",
        ),
        (
            "Multiple sources confirm that the ships have left the port.",
            "Multiple sources confirm",
            "Multiple sources",
        ),
        (
            "A White House official stated that the talks would go on.",
            "A White House official stated",
            "A White House official",
        ),
        (
            "U.S. officials said the strike killed twelve fighters.",
            "U.S. officials said",
            "U.S. officials",
        ),
        (
            "People briefed on the talks said a deal was close.",
            "People briefed on the talks said",
            "People briefed on the talks",
        ),
        ("Analysts suggest the currency will weaken further.", "Analysts suggest", "Analysts"),
        ("Critics argue the law gives the police too much power.", "Critics argue", "Critics"),
        ("Experts say the dam could fail within a decade.", "Experts say", "Experts"),
        (
            "Many Venezuelans believe the vote was rigged.",
            "Many Venezuelans believe",
            "Many Venezuelans",
        ),
    ],
)
def test_anonymous(text, phrase, source):
    kind, span, proposed = only(text)
    assert kind == "attribution.anonymous"
    assert span == phrase
    assert proposed == {
        "sourced": "yes",
        "anonymous": "yes",
        "sources": [{"name": source, "kind": "anonymous", "description": ""}],
    }


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, who requested anonymity, said the talks had stalled.",
        "An adviser, who did not want to be named, said the plan was dead.",
        "Two diplomats said on condition that they not be identified that the talks had failed.",
        "Prices rose sharply, according to a leaked report.",
    ],
)
def test_anonymity_formulas(text):
    kind, _, _ = only(text)
    assert kind == "attribution.anonymous"


def test_it_was_reported_names_no_source():
    # PolNeAR annotates "it has been reported that" as a relation with no source: the
    # sentence is unattributed (and a hedge), not attributed to an unnamed source.
    assert states("It has been reported that the minister resigned.") == ["none"]


def test_anonymity_formula_marks_a_named_looking_source_anonymous():
    kind, span, _ = only("A diplomat, who spoke on condition of anonymity, said the plan was dead.")
    assert kind == "attribution.anonymous"
    assert span.startswith("A diplomat")


@pytest.mark.parametrize(
    "text, span, source",
    [
        (
            "The administration reportedly urged restraint, a senior diplomat said on condition "
            "of anonymity.",
            "a senior diplomat said",
            "a senior diplomat",
        ),
        (
            "The talks stalled, said a diplomat who spoke on condition of anonymity.",
            "said a diplomat who spoke on condition of anonymity",
            "a diplomat",
        ),
        (
            "A senior official, who requested anonymity, said the talks had stalled.",
            "A senior official, who requested anonymity, said",
            "A senior official",
        ),
        (
            "Prices rose sharply in June, two officials, speaking on condition of anonymity, said.",
            "two officials, speaking on condition of anonymity, said",
            "two officials",
        ),
    ],
)
def test_anonymity_span_is_the_attribution_phrase(text, span, source):
    kind, found, proposed = only(text)
    assert kind == "attribution.anonymous"
    assert found == span
    assert source in [s["name"] for s in proposed["sources"] if s["kind"] == "anonymous"]


@pytest.mark.parametrize(
    "text, kind, phrase",
    [
        (
            "Outgoing Prime Minister Scott Morrison conceded defeat on Saturday and said he "
            "would step down.",
            "attribution.named",
            "Scott Morrison",
        ),
        (
            "Former prime minister Kevin Rudd, who held the job twice, from 2007 to 2010 and "
            "again in 2013, praised the result in a statement.",
            "attribution.named",
            "Kevin Rudd, who held the job twice, from 2007 to 2010 and again in 2013, praised",
        ),
        (
            "Some Western diplomats privately described the campaign as unfair.",
            "attribution.anonymous",
            "Some Western diplomats privately described",
        ),
        ("The ministry announced the talks had failed.", "attribution.named", "The ministry"),
        (
            "Some members of the Greens privately describe the deal as a compromise too far.",
            "attribution.anonymous",
            "Some members of the Greens",
        ),
        ("Hillary Clinton compared the plan to a trap.", "attribution.named", "Hillary Clinton"),
        ("“He hates this part,” one senior Liberal said.", "attribution.anonymous", "one senior Liberal said"),
        ("His critics call him aloof.", "attribution.anonymous", "His critics call"),
        (
            "Some investors fear the spending plans could push the deficit higher.",
            "attribution.anonymous",
            "Some investors fear",
        ),
        (
            "Foreign Minister Dmytro Kuleba called on the West to cut Russia off from SWIFT.",
            "attribution.named",
            "Dmytro Kuleba",
        ),
        (
            "The prince also remains defense minister, the official Saudi Press Agency said.",
            "attribution.named",
            "the official Saudi Press Agency said",
        ),
    ],
)
def test_speech_acts_and_subjects_across_clauses(text, kind, phrase):
    found, span, _ = only(text)
    assert found == kind
    assert phrase in span


@pytest.mark.parametrize(
    "text",
    [
        "President Barack Obama announced new sanctions on Monday against Russian officials.",
        "Liz Truss announced her resignation on Thursday after 45 days in office.",
        "Secretary of State John Kerry called the meeting for Friday.",
        "The minister called them to the office on Monday.",
        "Kirchner has not said whether she will attend the inauguration.",
        "The ministry declined to say how many troops were sent.",
        "A Reuters photographer was injured in the blast.",
    ],
)
def test_acts_are_not_attributions(text):
    assert states(text) == ["none"]
    assert not [k for k, _, _ in attributions(text) if k != "attribution.none"]


@pytest.mark.parametrize(
    "text, name, description",
    [
        (
            "‘We will keep them at arm’s length,’ noted Frank Mora, former U.S. ambassador to the Organization of American States.",
            "Frank Mora",
            "former U.S. ambassador to the Organization of American States",
        ),
        (
            "Foreign Minister Sergei Lavrov told reporters the talks had failed.",
            "Sergei Lavrov",
            "Foreign Minister",
        ),
        (
            "Jane Holloway, a former central banker, said the rise was overdue.",
            "Jane Holloway",
            "a former central banker",
        ),
    ],
)
def test_named_person(text, name, description):
    kind, _, proposed = only(text)
    assert kind == "attribution.named"
    assert proposed["sourced"] == "yes" and proposed["anonymous"] == "no"
    assert proposed["sources"] == [{"name": name, "kind": "person", "description": description}]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said the talks would continue next month.",
        "Venezuela’s foreign ministry said in a statement that it would respond.",
        "Turnout was 65.8 percent, according to the election commission.",
    ],
)
def test_named_body(text):
    kind, _, proposed = only(text)
    assert kind == "attribution.named"
    assert proposed["sources"][0]["kind"] == "organisation"


def test_pronoun_takes_the_previous_source():
    text = "Maria Lopez, the mayor, said the bridge was unsafe. She added that repairs would cost millions."
    found = attributions(text)
    assert [k for k, _, _ in found] == ["attribution.named", "attribution.named"]
    assert found[1][2]["sources"][0]["name"] == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        "Since mid-December, Washington has blocked the island’s oil shipments.",
        "The legacy persists through loyalists who retain power, suggesting that the role remains significant.",
        "The data suggest a slowdown in the second half.",
        "Subsequent phone conversations between Rodríguez and Cuban President Miguel Díaz-Canel further emphasized ongoing ‘unity’.",
        "Cameron called the referendum in 2016 and lost it.",
        "The leaders agreed to meet again in the spring.",
    ],
)
def test_no_attribution(text):
    assert states(text) == ["none"]
    # A suggestion only when the sentence makes a checkable claim (here: a date).
    found = attributions(text)
    if any(date_words in text for date_words in ("mid-December", "in 2016", "second half", "the spring")):
        assert found == [("attribution.none", text.strip(), {"sourced": "no"})]
    else:
        assert found == []


def test_reported_clause_is_not_a_second_source():
    kind, _, proposed = only(
        "Kishida told reporters that the leaders had agreed to tighten sanctions."
    )
    assert kind == "attribution.named"
    assert [s["name"] for s in proposed["sources"]] == ["Kishida"]


def test_one_attribution_per_sentence_and_anonymous_wins():
    kind, _, proposed = only("Kim said the talks went well, and officials said a deal was near.")
    assert kind == "attribution.anonymous"
    assert {s["kind"] for s in proposed["sources"]} == {"person", "anonymous"}


def test_questions_make_no_claim():
    assert attributions("Will the ceasefire hold through the winter?") == []


def test_participle_attributes_to_the_subject():
    kind, span, proposed = only(
        "Opposition leader Maria Corina Machado welcomed the announcement, writing that it was a victory."
    )
    assert kind == "attribution.named"
    assert proposed["sources"][0]["name"] == "Maria Corina Machado"


def test_dateline_is_not_the_source():
    kind, span, _ = only(
        "WASHINGTON (Reuters) - U.S. Secretary of State Marco Rubio said on Tuesday that talks failed."
    )
    assert kind == "attribution.named"
    assert span == "U.S. Secretary of State Marco Rubio said"


def test_inverted_verb_needs_a_short_agent():
    kind, span, proposed = only(
        "Naftali Bennett, a former prime minister, said the government had lost the public's trust."
    )
    assert kind == "attribution.named"
    assert proposed["sources"] == [
        {"name": "Naftali Bennett", "kind": "person", "description": "a former prime minister"}
    ]


def test_description_before_the_name():
    kind, _, proposed = only(
        "Zelenskyy's chief of staff, Andriy Yermak, told reporters the talks were useful."
    )
    assert kind == "attribution.named"
    assert proposed["sources"] == [
        {"name": "Andriy Yermak", "kind": "person", "description": "Zelenskyy's chief of staff"}
    ]


def test_spokesperson_speaks_for_a_body():
    kind, _, proposed = only(
        "The budget will be presented on Tuesday, a government spokesperson said."
    )
    assert kind == "attribution.named"
    assert proposed["sources"][0] == {
        "name": "a government spokesperson",
        "kind": "organisation",
        "description": "",
    }


def test_quotation_over_two_sentences_takes_its_speaker():
    text = "“We will not accept it. Our borders are not for sale,” President Emmanuel Macron said on Thursday."
    found = attributions(text)
    assert [k for k, _, _ in found] == ["attribution.named", "attribution.named"]
    assert found[0][1].startswith("“We will not accept it.")
    assert found[0][2]["sources"][0]["name"] == "Emmanuel Macron"


def test_another_of_the_unnamed():
    text = "“It’s a disaster,” said one European diplomat. ‘Nobody was consulted,’ another told us."
    assert [k for k, _, _ in attributions(text)] == [
        "attribution.anonymous",
        "attribution.anonymous",
    ]


def test_passive_reporting_verb():
    kind, span, proposed = only("The plan’s 28 points were first reported by Axios.")
    assert kind == "attribution.named" and span.endswith("reported by Axios")
    assert proposed["sources"][0]["name"] == "Axios"


def test_both_leaders_are_the_people_just_named():
    found = attributions(
        "Volodymyr Zelenskyy met Karol Nawrocki in Warsaw. Both leaders said the alliance would hold."
    )
    assert len(found) == 1
    kind, _, proposed = found[0]
    assert kind == "attribution.named"
    assert proposed["anonymous"] == "no"


def test_he_does_not_stand_for_a_group_of_unnamed_officials():
    found = attributions(
        "Prime Minister Keir Starmer arrived in Kyiv on Friday. Officials described the deal "
        "as a framework. ‘We are ready,’ he said."
    )
    assert found[-1][0] == "attribution.named"
