"""Attribution of stances, mental states, polls, transcript turns and quotation tags."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import attribution_states
from factcheck.analysis.attribution import read_attributions
from factcheck.analysis.common import quote_spans
from factcheck.model import Article
from factcheck.nlp import parse_sentences
from factcheck.text import split_article


def read(text: str) -> list[tuple[str, str]]:
    """(state, speaker name or text) per sentence."""
    article = Article(id="t", text=text, published=date(2025, 6, 1))
    found = []
    for state in attribution_states(article, split_article("t", text)):
        speaker = state.speaker
        found.append((state.kind, (speaker.name or speaker.text) if speaker else ""))
    return found


@pytest.mark.parametrize(
    "text, kind, who",
    [
        ("Senator Maria Lopez wants a recount in three counties.", "named", "Maria Lopez"),
        ("Governor Tom Reed mocked the proposal at a rally on Friday.", "named", "Tom Reed"),
        ("Many voters doubt the plan will pass.", "anonymous", "voters"),
        ("Some Republicans are wary of the new tariff.", "anonymous", "Republicans"),
        ("Mayor Ann Blake is confident that the budget will balance.", "named", "Ann Blake"),
        ("Ted Park is calling for his rivals to drop out of the race.", "named", "Ted Park"),
        ("In a new Gallup poll, the governor leads by nine points.", "named", "Gallup"),
        ("61 percent of voters said they would back the measure.", "anonymous", "voters"),
        ("Eleven civic organizations are asking the mayor to resign.", "anonymous", "organizations"),
        ("One of the family's lawyers, Justin Bamberg, said the video was clear.", "named",
         "Justin Bamberg"),
    ],
)
def test_stances_and_states_are_attributed(text, kind, who):
    [(found, speaker)] = read(text)
    assert found == kind
    assert who in speaker


@pytest.mark.parametrize(
    "text",
    [
        "The bill wants nothing from the states.",  # a stance needs someone to hold it
        "It is critical that the bridge reopens.",
        "The senator is not worried.",
        "The mayor does not want a recount.",
    ],
)
def test_things_and_negations_hold_no_stance(text):
    assert read(text) == [("none", "")]


def test_an_interview_does_not_hide_its_speaker():
    text = "In a new report, Senator Maria Lopez said the water was safe."
    assert read(text) == [("named", "Maria Lopez")]


def test_a_transcript_turn_names_its_speaker():
    text = "TAPPER: You have said the tariff would cost jobs in every state."
    assert read(text) == [("named", "TAPPER")]
    assert read("LOOK: Photos of the rally are going viral tonight.") == [("none", "")]


def test_a_transcript_turn_runs_to_the_end_of_its_paragraph():
    text = ("TAPPER: We have the new numbers from the county. Take a look at them.\n\n"
            "Take a look at them.")
    sentences = split_article("t", text)
    states = read_attributions(parse_sentences(sentences), quote_spans(text), text, model=None)
    assert [(s.kind, s.confidence, s.quoted_from) for s in states] == [
        ("named", "high", None), ("named", "low", 0), ("none", "high", None)]
    assert states[1].speaker.text == "TAPPER"


def test_two_apostrophes_are_a_double_quote():
    text = "''We will win,'' he said. It's fine."
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["''We will win,''"]


def test_mixed_double_quotes_pair_up():
    text = "“We will win,\" she said \"Really.”"
    assert [text[s:e] for s, e in quote_spans(text)] == ["“We will win,\"", "\"Really.”"]


def test_a_tag_hung_from_the_quoted_verb_is_the_tag():
    text = (
        "Senator Maria Lopez spoke on Monday. “It was not unprecedented. "
        "No one else can say that,” she said."
    )
    found = read(text)
    assert [k for k, _ in found] == ["none", "named", "named"]  # "spoke" reports nothing
    assert found[1][1] == found[2][1] == "Maria Lopez"


def test_an_untagged_quotation_paragraph_keeps_the_speaker_before_it():
    text = (
        "“We will fight for every vote,” Governor Tom Reed said.\n\n"
        "“The count is not over. Nothing is settled.”\n\n"
        "Several analysts said the lead was safe."
    )
    found = read(text)
    assert found[1] == ("named", "Tom Reed")
    assert found[2] == ("named", "Tom Reed")
    assert found[3] == ("anonymous", "Several analysts")


@pytest.mark.parametrize(
    "text",
    [
        "The judge found that the law was unconstitutional.",
        "The candidate wants a recount in three counties.",
    ],
)
def test_someone_named_by_a_role_can_hold_a_view(text):
    # A weak or stance cue needs a speaker who can hold a view: a role names a person.
    [(kind, who)] = read(text)
    assert kind != "none" and who.startswith("The ")


def test_a_headline_quotation_names_its_speaker_before_the_colon():
    # The tagger reads a lone name opening a headline as a common noun; the name is proposed
    # in the full form the article gives it.
    assert read("Reid: ‘Never underestimate Trump.’\n\nHarry Reid spoke on Monday.")[0] == (
        "named", "Harry Reid")


def test_a_name_after_the_verb_of_a_quotation_tag_is_its_speaker():
    text = ("Bill Skelly runs the data team.\n\n“Having access to the file and two people who "
            "understand it is valuable,” said Skelly, explaining he worked with them.")
    assert read(text)[1] == ("named", "Skelly")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ruling has angered some lawmakers in the state.",
         ("anonymous", "some lawmakers in the state")),
        ("The plan frustrated Ms. Okafor.", ("named", "Okafor")),
        ("The delay did not worry the residents.", ("none", "")),
        ("The storm surprised the town.", ("none", "")),
    ],
)
def test_the_people_a_verb_of_feeling_moves_hold_the_view(text, expected):
    assert read(text) == [expected]
