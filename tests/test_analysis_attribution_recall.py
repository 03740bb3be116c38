"""Attribution the rules read where a reader sees a source though the sentence has no cue of
its own: an untagged quotation later in its speaker's paragraph."""

from __future__ import annotations

from factcheck.analysis.attribution_rules import rule_states
from factcheck.analysis.common import quote_spans
from factcheck.nlp import parse_sentences
from factcheck.text import split_article


def _states(text: str) -> list[tuple[str, list[str]]]:
    sentences = split_article("t", text)
    parsed = parse_sentences(sentences)
    states, *_ = rule_states(parsed, quote_spans(text), text)
    return [(s.kind, [x.name or x.text for x in s.speakers]) for s in states]


def test_an_untagged_quotation_is_the_words_of_its_paragraphs_speaker():
    text = ("Ms. Okafor argued that the bakery levy had failed. "
            "“It was never costed. Nobody asked the bakers.”")
    assert _states(text) == [("named", ["Okafor"])] * 3


def test_the_speaker_may_stand_further_back_in_the_paragraph():
    text = ("Officials said the levy would be reviewed. It began in May. "
            "“We will look at every shop.”")
    found = _states(text)
    assert found[2] == ("anonymous", ["Officials"])
    assert found[1] == ("none", [])  # a sentence of the writer's own stays unattributed


def test_a_quotation_opening_the_next_paragraph_is_not_given_the_speaker_before():
    text = ("Ms. Okafor argued that the bakery levy had failed.\n"
            "“It was never costed.”")
    assert _states(text)[1] == ("none", [])
