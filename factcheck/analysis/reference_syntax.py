"""What the parse says about a mention of a person, for reference.ambiguous.

- A name *in passing* describes something else: it modifies a noun ("Bill Clinton's
  extramarital affairs", "a former Bill Clinton pollster", "the son of George W. Bush"), stands
  in apposition to a common noun ("her husband, Bill Clinton", "a teacher's aide, Anne Marie
  Murphy") or inside parentheses. Such a person is not a participant of what the sentence tells.
- A name cannot mean a person who *commands* it in its clause (binding theory's principle C): in
  "Ivanka Trump's presentation of Trump" the second Trump is not Ivanka; in "after she began
  seeing Grayson", Grayson is not a woman.
"""

from __future__ import annotations

from factcheck.nlp import ParsedSentence

_MODIFIER = frozenset({"poss", "compound", "nmod", "amod"})
_COMMANDERS = frozenset({"nsubj", "nsubjpass", "poss"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def span_head(parsed: ParsedSentence, start: int, end: int) -> int | None:
    """The token of the sentence-text span ``start``..``end`` whose head lies outside it."""
    inside = [
        t.i for t in parsed.tokens
        if t.start - parsed.start >= start and t.end - parsed.start <= end and t.pos != "PUNCT"
    ]
    for i in inside:
        head = parsed.tokens[i].head
        if head == i or head not in inside:
            return i
    return inside[-1] if inside else None


def in_passing(parsed: ParsedSentence, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is named in passing (see the module docstring)."""
    i = span_head(parsed, start, end)
    if i is None:
        return False
    if _in_parentheses(parsed, start):
        return True
    token = parsed.tokens[i]
    while token.dep == "conj" and token.head != token.i:
        token = parsed.tokens[token.head]  # "X and Y": Y stands where X stands
    if token.head == token.i:
        return False
    governor = parsed.tokens[token.head]
    if token.dep in _MODIFIER and governor.pos in _NOUNS:
        return True
    if token.dep == "appos" and governor.pos == "NOUN":
        return True
    if token.dep == "pobj" and governor.text.casefold() == "of" and governor.head != governor.i:
        # "the son of former presidents George H.W. Bush and George W. Bush": the genitive
        # "of", as "X's" (not "with X", whose X takes part in what is told).
        return parsed.tokens[governor.head].pos == "NOUN"
    return False


def _in_parentheses(parsed: ParsedSentence, start: int) -> bool:
    before = parsed.text[:start]
    return before.rfind("(") > before.rfind(")")


def commands(parsed: ParsedSentence, commander: int, target: int) -> bool:
    """Whether token ``commander``, a subject or possessor, commands token ``target``: the word
    it depends on dominates ``target``, and ``commander`` stands before it."""
    token = parsed.tokens[commander]
    if token.dep not in _COMMANDERS or commander >= target or token.head == commander:
        return False
    governor = token.head
    at, steps = target, 0
    while steps < len(parsed.tokens):
        if at == governor:
            return True
        parent = parsed.tokens[at].head
        if parent == at:
            return False
        at, steps = parent, steps + 1
    return False
