"""What the attribution rules read in a short text, for the attribution tests."""

from __future__ import annotations

from factcheck.analysis.attribution_rules import rule_states
from factcheck.analysis.common import quote_spans
from factcheck.nlp import parse_sentences
from factcheck.text import split_article


def rule_speakers(text: str) -> list[tuple[str, list[str]]]:
    """(state, speaker names or texts) per sentence, as the rules alone read them."""
    parsed = parse_sentences(split_article("t", text))
    states, *_ = rule_states(parsed, quote_spans(text), text)
    return [(s.kind, [x.name or x.text for x in s.speakers]) for s in states]
