"""Attribution the rules read where a reader sees a source though the sentence has no cue of
its own: an untagged quotation later in its speaker's paragraph."""

from __future__ import annotations

import pytest
from attribution_helpers import rule_speakers

from factcheck.analysis.common import quote_spans
from factcheck.nlp import parse_sentences
from factcheck.text import split_article


def test_an_untagged_quotation_is_the_words_of_its_paragraphs_speaker():
    text = ("Ms. Okafor argued that the bakery levy had failed. "
            "“It was never costed. Nobody asked the bakers.”")
    assert rule_speakers(text) == [("named", ["Okafor"])] * 3


def test_the_speaker_may_stand_further_back_in_the_paragraph():
    text = ("Officials said the levy would be reviewed. It began in May. "
            "“We will look at every shop.”")
    found = rule_speakers(text)
    assert found[2] == ("anonymous", ["Officials"])
    assert found[1] == ("none", [])  # a sentence of the writer's own stays unattributed


def test_a_quotation_opening_the_next_paragraph_is_not_given_the_speaker_before():
    text = ("Ms. Okafor argued that the bakery levy had failed.\n"
            "“It was never costed.”")
    assert rule_speakers(text)[1] == ("none", [])


@pytest.mark.parametrize(
    "text, state, speaker",
    [
        ("Ms. Okafor was troubled by the ruling on the levy.", "named", "Okafor"),
        ("The residents seemed rattled by the new parking rules.", "anonymous", "The residents"),
        ("Many voters were baffled by the size of the fine.", "anonymous", "Many voters"),
        ("The levy has embarrassed some lawmakers.", "anonymous", "some lawmakers"),
    ],
)
def test_the_one_a_verb_of_feeling_moves_holds_the_view(text, state, speaker):
    assert rule_speakers(text) == [(state, [speaker])]


@pytest.mark.parametrize(
    "text",
    [
        "The oven was disturbed by the workers.",  # a thing feels nothing
        "Ms. Okafor was not troubled by the ruling.",
        "The fence was built by the residents.",  # no verb of feeling
    ],
)
def test_things_negations_and_other_passives_hold_no_view(text):
    assert rule_speakers(text) == [("none", [])]


def _quotation_states(text: str, attributed: dict[int, str]):
    """States where the sentences in ``attributed`` (position: confidence) are read as the
    words of someone quoted, as the model reads an untagged quotation's sentences."""
    from factcheck.analysis.attribution import one_quotation_one_source
    from factcheck.analysis.attribution_rules import SentenceAttribution
    from factcheck.analysis.speakers import NAMED, Speaker

    parsed = parse_sentences(split_article("t", text))
    states = []
    for k, sentence in enumerate(parsed):
        if k in attributed:
            speaker = Speaker(NAMED, "we", sentence.start, sentence.start + 2, "person", True, "")
            states.append(SentenceAttribution(sentence.index, NAMED, (speaker,), attributed[k]))
        else:
            states.append(SentenceAttribution(sentence.index, "none"))
    return one_quotation_one_source(parsed, quote_spans(text), states)


TRANSCRIPT = ("Transcript as follows:\n\n“We went to a restaurant in Cleveland. I met with the "
              "rating agencies. We thought we could sneak in.” The speech ended at ten.")


def test_one_quotation_is_one_source():
    states = _quotation_states(TRANSCRIPT, {1: "low"})
    assert [(s.kind, s.confidence, s.quoted_from) for s in states] == [
        ("none", "high", None),  # the introduction is the writer's
        ("named", "low", None),
        ("named", "low", 1),  # the quotation's other sentences take its source
        ("named", "low", 1),
        ("none", "high", None),  # after the quotation: the writer again
    ]


def test_a_quotation_none_of_whose_sentences_is_read_stays_unattributed():
    assert [s.kind for s in _quotation_states(TRANSCRIPT, {})] == ["none"] * 5


def test_a_tagged_quotation_keeps_what_the_rules_read():
    states = _quotation_states(TRANSCRIPT, {1: "high"})
    assert [s.kind for s in states] == ["none", "named", "none", "none", "none"]


def test_a_paragraph_with_words_of_its_own_after_a_quotation_is_not_its_tag():
    text = ("Ms. Okafor spoke at the bakery.\n\n“We will rebuild the bridge.”\n\n"
            "Officials said that the budget would be cut in March.")
    assert rule_speakers(text)[1] == ("none", [])


def test_a_paragraph_that_is_only_a_tag_names_the_quotation_before_it():
    text = "The bakery reopened on Monday.\n\n“We will rebuild the bridge.”\n\nMs. Okafor said so."
    assert rule_speakers(text)[1] == ("named", ["Okafor"])


@pytest.mark.parametrize(
    "text",
    [
        # The tagger reads "Conway notes" as a noun phrase (a plural noun, the name a
        # proper noun or an adjective before it).
        '"Look at the statement Mr. Trump put out after the Dallas shootings," Conway notes.',
        '"Look at the statement the mayor put out after the storm," Conway notes.',
    ],
)
def test_a_tag_read_as_a_noun_phrase_still_names_the_speaker(text):
    assert rule_speakers(text) == [("named", ["Conway"])]


def test_notes_that_are_a_noun_are_no_tag():
    assert rule_speakers("The senator read the Conway notes.") == [("none", [])]


def test_a_quotation_that_names_no_one_is_said_to_be_the_quoted_persons():
    from factcheck.analysis.attribution import attribution_suggestions
    from factcheck.analysis.attribution_rules import SentenceAttribution
    from factcheck.analysis.speakers import NAMED, Speaker

    text = "“We went to a diner in Cleveland.”"
    sentences = split_article("t", text)
    speaker = Speaker(NAMED, "We", 1, 3, "person", True, "", quoted=True)
    state = SentenceAttribution(0, NAMED, (speaker,), "low")
    [found] = attribution_suggestions(sentences, [state], lambda k: "")
    assert found.message == "Attributed to the person quoted; the quotation names no one."
    assert found.proposed["sources"] == []  # no name to put in the ledger
