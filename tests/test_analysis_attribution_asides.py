"""Speakers the parse tucks away: cues in relative, concessive and "as" clauses, bare
quantifiers ("Several said"), "those surveyed", adjectives made subjects ("the 46-year-old")."""

from __future__ import annotations

import pytest
from attribution_helpers import rule_speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The new fees, which officials said will start in May, apply to every district.",
         "officials"),
        ("The harbour is the spot where engineers say the flood wall should stand.",
         "engineers"),
        ("While critics argue that the levy hurts bakers, the council has kept it.", "critics"),
        ("The bakery closed on Monday, as neighbours have said.", "neighbours"),
        ("The levy held, with 30 percent of bakers saying they would pay it.",
         "bakers"),
    ],
)
def test_a_cue_in_a_clause_of_its_own_with_its_own_subject_reports(text, speaker):
    assert rule_speakers(text) == [("anonymous", [speaker])]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("As first reported by the Harbor Gazette, the bakery will close in May.",
         "the Harbor Gazette"),
        ("The bakery will close in May, as noted by the mayor.", "the mayor"),
    ],
)
def test_an_as_clause_with_the_reporter_as_agent_reports(text, speaker):
    assert rule_speakers(text) == [("named", [speaker])]


def test_a_participle_read_as_the_subject_leaves_the_noun_before_it_as_speaker():
    # The parser makes "hoping" the clausal subject of "say", with "workers" as its subject.
    text = ("But harbour workers hoping to block the levy from the council's agenda say they "
            "are gaining ground.")
    assert rule_speakers(text) == [("anonymous", ["harbour workers"])]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The council announced 300 layoffs on Monday.", "The council"),
        ("Last year, the harbour police reported 906 thefts from the docks.", "the harbour police"),
    ],
)
def test_a_figure_someone_reports_or_announces_is_theirs(text, speaker):
    assert rule_speakers(text) == [("named", [speaker])]


@pytest.mark.parametrize(
    "text",
    ["The council announced a new bridge.",  # no figure: an action
     "The figures reported 12 cases."],  # figures give no figures of their own
)
def test_no_figure_or_no_one_to_give_it_is_no_report(text):
    assert rule_speakers(text) == [("none", [])]


def test_a_title_split_at_its_hyphen_is_not_the_source():
    # The parser makes "Co" and "-" subjects of "said" beside "Lunt".
    assert rule_speakers("Co-host Ann Lunt said the levy was too high.") == [
        ("named", ["Ann Lunt"])
    ]


def test_that_said_opening_a_sentence_is_no_report_and_hides_none():
    assert rule_speakers("That said, the bakers say the levy is too high.") == [
        ("named", ["the bakers"])
    ]
    assert rule_speakers("That said, the bakery will close in May.") == [("none", [])]


def test_an_as_clause_with_an_agent_that_reports_nothing_is_no_report():
    assert rule_speakers("As required by the law, the bakery will close in May.") == [
        ("none", [])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He left the bakery after she said the oven was broken.",  # a time clause: an event
        "The baker, who said the oven was broken, left early.",  # the relative pronoun's
        "The fees, which officials did not say would start in May, apply everywhere.",
    ],
)
def test_time_clauses_relative_pronouns_and_negated_asides_report_nothing_here(text):
    assert rule_speakers(text) == [("none", [])]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Several said they would rather keep the old schedule.", "Several"),
        ("The new schedule, many think, is only a matter of time.", "many"),
        ("Again, those surveyed said the schedule was fair.", "those surveyed"),
        ("But those who run the stalls say the rent has doubled.", "those who run the stalls"),
        ("Those in the room said the plan had failed.", "Those in the room"),
    ],
)
def test_people_left_uncounted_and_unnamed_are_anonymous(text, speaker):
    assert rule_speakers(text) == [("anonymous", [speaker])]


def test_an_adjective_made_subject_is_the_person_it_describes():
    text = "“The oven is broken,” said the 46-year-old. “It is fixed,” said a 52-year-old."
    kinds = [kind for kind, _ in rule_speakers(text)]
    assert kinds == ["named", "anonymous"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Among bakers, 26% say the levy is too high.", "anonymous"),
        ("In all, 45% of bakers and 12% of millers say the levy is too high.", "anonymous"),
        ("In a new Harbor Institute poll, 58% of farmers said the tariff should end.", "named"),
    ],
)
def test_a_share_written_with_a_percent_sign_is_a_share_of_people(text, kind):
    assert [k for k, _ in rule_speakers(text)] == [kind]


def test_people_named_by_trade_or_creed_can_hold_a_view():
    text = "Environmentalists worry that the dam will flood the valley."
    assert rule_speakers(text) == [("anonymous", ["Environmentalists"])]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("In the council’s view, the levy was fair.", "named"),
        ("In his words, the levy is dead.", "named"),
        ("He chose his words with care.", "none"),
    ],
)
def test_an_owned_view_opening_a_clause_speaks_for_it(text, kind):
    assert [k for k, _ in rule_speakers(text)] == [kind]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Not on my watch,” Mayor Ida Lunt posted on Facebook on Monday.", "Ida Lunt"),
        ("“The oven stays open,” beamed Ida Lunt.", "Ida Lunt"),
        ("As the Harbor Gazette reported, the baker “kept every loaf” for the shelter.",
         "the Harbor Gazette"),
    ],
)
def test_a_quotation_tag_with_any_verb_names_its_speaker(text, speaker):
    assert rule_speakers(text) == [("named", [speaker])]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The bakery should stay open "no matter what," one neighbour commented.',
         "one neighbour"),
        ('The levy would hurt every baker "no matter what," a reader commented.', "a reader"),
    ],
)
def test_a_tag_the_parser_hung_inside_the_quotation_still_names_its_speaker(text, speaker):
    # The parser makes "commented" a clause of "matter", inside the quoted words.
    assert rule_speakers(text) == [("anonymous", [speaker])]


def test_a_modifier_after_a_quotation_is_no_tag():
    text = 'By 2010, the "bread clubs" funded by the brothers Karl and Otto Brandt had spread.'
    assert rule_speakers(text) == [("none", [])]


def test_a_verb_after_a_quotation_that_does_not_take_it_is_no_tag():
    text = "The mayor read out the words “not on my watch.” Bakers cheered loudly."
    assert rule_speakers(text)[1] == ("none", [])
