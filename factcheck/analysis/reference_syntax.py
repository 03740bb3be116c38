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


MODIFIER, ASIDE = "modifier", "aside"


def passing_kind(parsed: ParsedSentence, start: int, end: int) -> str:
    """How the name at ``start``..``end`` is named in passing: ``"modifier"`` (it modifies a
    noun: "Bill Clinton's affairs", "a Bill Clinton pollster", "the son of George W. Bush"),
    ``"aside"`` (in apposition to a common noun, or in parentheses: "her husband, Bill
    Clinton"), or ``""`` (it takes part in what the sentence tells)."""
    i = span_head(parsed, start, end)
    if i is None:
        return ""
    if _in_parentheses(parsed, start):
        return ASIDE
    token = parsed.tokens[i]
    while token.dep in ("compound", "flat") and parsed.tokens[token.head].pos == "PROPN":
        token = parsed.tokens[token.head]  # the rest of the name: "Donald Trump Jr."
    while token.dep == "conj" and token.head != token.i:
        head = parsed.tokens[token.head]
        if head.pos == "NOUN" and not any(
            parsed.tokens[j].dep == "cc" for j in range(head.i + 1, token.i)
        ):
            return ASIDE  # "a teacher's aide, Anne Marie Murphy, who…": an apposition
        token = head  # "X and Y": Y stands where X stands
    if token.head == token.i:
        return ""
    governor = parsed.tokens[token.head]
    if token.dep in _MODIFIER and governor.pos in _NOUNS:
        return MODIFIER
    if token.dep == "appos" and governor.pos == "NOUN":
        return ASIDE
    if token.dep == "pobj" and governor.text.casefold() == "of" and governor.head != governor.i:
        # The genitive "of", as "X's" (not "with X", whose X takes part in what is told).
        return MODIFIER if parsed.tokens[governor.head].pos == "NOUN" else ""
    return ""


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
