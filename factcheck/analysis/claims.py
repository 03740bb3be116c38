"""Whether a sentence makes a claim a fact-checker can check: a figure, a date, a causal or
comparative claim, a superlative. Only such sentences are worth an "unattributed" suggestion."""

from __future__ import annotations

from factcheck.nlp import ParsedSentence

_CAUSAL_LEMMAS = frozenset("because cause lead result due blame thanks therefore thus".split())
_CAUSAL_PAIRS = {"lead": "to", "result": "in", "due": "to", "thanks": "to"}
_FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "ORDINAL"})


def checkable_reason(parsed: ParsedSentence) -> str:
    """What makes the sentence checkable ("gives a figure", "gives a date", …), or ""."""
    tokens = parsed.tokens
    if len([t for t in tokens if t.pos != "PUNCT"]) < 4 or parsed.text.rstrip().endswith("?"):
        return ""
    for entity in parsed.entities:
        if entity.label == "DATE":
            return "gives a date"
        if entity.label in _FIGURE_LABELS:
            return "gives a figure"
    for token in tokens:
        if token.tag == "CD" or token.pos == "NUM":
            return "gives a figure"
    for token in tokens:
        lemma = token.lemma.lower()
        if token.tag in ("JJS", "RBS"):
            return "uses a superlative"
        if token.tag in ("JJR", "RBR") and any(
            t.text.lower() == "than" for t in tokens[token.i + 1 :]
        ):
            return "makes a comparison"
        if lemma in _CAUSAL_LEMMAS:
            wanted = _CAUSAL_PAIRS.get(lemma)
            if wanted is None or any(
                tokens[c].text.lower() == wanted for c in parsed.children[token.i]
            ) or (token.i + 1 < len(tokens) and tokens[token.i + 1].text.lower() == wanted):
                return "makes a causal claim"
    return ""
