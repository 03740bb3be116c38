"""Attribution the rules read where a reader sees a source though the sentence has no cue of
its own: an untagged quotation later in its speaker's paragraph."""

from __future__ import annotations

import pytest
from attribution_helpers import rule_speakers


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
