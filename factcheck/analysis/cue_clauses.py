"""Reporting cues outside the sentence's own clause, and quotation tags of any verb.

``factcheck.analysis.cues`` asks here whether a cue tucked into a relative, concessive or "as"
clause still reports ("the changes, which officials said will start soon", "…, as police have
said"), and who speaks in a quotation's tag whose verb is no reporting verb ("“…,” Palin
posted via Facebook", "“…,” exhorted the host").
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.analysis.attribution_words import (
    EVIDENCE_VERBS,
    RECORD_HEADS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from factcheck.nlp import ParsedSentence, Token

_CUE_VERBS = REPORTING_VERBS | STANCE_VERBS
_CONCESSIVE = frozenset("while although though whereas".split())
CLOSING_QUOTES = frozenset("\u201d\u2019\"'")  # also read by cues.py
OPENING_QUOTES = frozenset("\u201c\u2018\"'")  # read by cues.py and headlines.py
# Who stands after a tag's verb when the parser did not make them its subject.
_INVERTED = frozenset({"nsubj", "dobj", "attr", "npadvmod"})


# Verbs whose object is who is told, not what is said.
_TELLING = frozenset("tell assure remind inform warn".split())


def aside_report(parsed: ParsedSentence, i: int) -> bool:
    """The cue ``i`` (a reporting or stance verb, not negated) stands in a clause that is not
    the sentence's own but still reports, with a subject of its own: a relative clause with a
    reported clause ("the changes, which officials said will start soon", "with three in 10
    saying it would matter"), a concessive clause
    ("while aides have been promising a bigger staff"), or an "as" clause with nothing reported
    in it ("…, as police have said", "As first reported by the Gazette, …": the sentence is
    what they said)."""
    token = parsed.tokens[i]
    if token.lemma.lower() not in _CUE_VERBS:
        return False
    kids = [parsed.tokens[c] for c in parsed.children[i]]
    deps = {k.dep for k in kids}
    if not any(k.dep == "nsubj" and k.text.lower() not in RELATIVE_PRONOUNS for k in kids) and (
        not (token.dep == "advcl" and "agent" in deps)  # "As reported by the Gazette, …"
    ):
        return False
    if token.dep == "relcl":
        return "ccomp" in deps
    if token.dep == "pcomp" and parsed.tokens[token.head].text.lower() == "with":
        return "ccomp" in deps  # "…, with 30 percent of voters saying they …"
    marks = {k.text.lower() for k in kids if k.dep == "mark"}
    if token.dep != "advcl" or not marks:
        return False
    if marks <= _CONCESSIVE:
        return True  # what the cue itself needs (a clause, an object) is checked after
    if token.lemma.lower() in _TELLING:
        deps.discard("dobj")  # "As Clinton told the New York Daily News, …": the listener
    return marks == {"as"} and not deps & {"ccomp", "dobj", "xcomp"}


def _inside(quotes: Sequence[tuple[int, int]], token: Token) -> bool:
    return any(s <= token.start and token.end <= e for s, e in quotes)


def quote_tag_speaker(
    parsed: ParsedSentence, token: Token, quotes: Sequence[tuple[int, int]]
) -> int | None:
    """The speaker's head when the verb ``token`` is the tag of the quotation just before it
    ("“Over my dead body,” Palin posted", "“…,” exhorted the host"): the quoted words hang from
    it, and it or its subject follows the closing mark; None otherwise."""
    if token.pos != "VERB" or not any(_inside(quotes, parsed.tokens[c])
                                      for c in parsed.children[token.i]):
        return None
    subject = next((c for c in parsed.children[token.i]
                    if parsed.tokens[c].dep == "nsubj"), None)
    if subject is not None and subject < token.i:
        if _inside(quotes, parsed.tokens[subject]):
            return None
        return subject if _tag_subject(parsed, token, subject) else None
    if not _after_closing_quote(parsed, token.i):
        return None
    for child in parsed.children[token.i]:
        kid = parsed.tokens[child]
        if child > token.i and kid.dep in _INVERTED and kid.pos in ("NOUN", "PROPN", "PRON"):
            return child
    return None


def tag_hung_inside_quote(
    parsed: ParsedSentence, token: Token, quotes: Sequence[tuple[int, int]]
) -> bool:
    """The verb ``token`` is a quotation's tag that the parser hung from a word inside the
    quotation before it ("“… no matter what,” one user commented": "commented" under "matter",
    "“This is a culture in which …,” he said": "said" a relative clause of "culture"):
    its subject follows the closing mark and stands right before it. Such a tag heads the
    sentence's report though it is no clause of the sentence's own."""
    if token.head >= token.i:
        return False
    if not _inside(quotes, parsed.tokens[token.head]):
        return False
    subject = next((c for c in parsed.children[token.i]
                    if parsed.tokens[c].dep == "nsubj" and c < token.i), None)
    # Without a subject before it ("“super PACs” supported by …"): a modifier, no tag.
    return subject is not None and _tag_subject(parsed, token, subject)


def _tag_subject(parsed: ParsedSentence, token: Token, subject: int) -> bool:
    """The subject before the verb ``token`` is a tag's: its phrase runs from right after a
    closing quotation mark to right before the verb ("“…,” one user commented")."""
    phrase = parsed.tokens[subject]
    return phrase.right == token.i - 1 and _after_closing_quote(parsed, phrase.left)


def _after_closing_quote(parsed: ParsedSentence, start: int) -> bool:
    """Token ``start`` follows a closing quotation mark ("”", or "”," after it)."""
    before = [t.text for t in parsed.tokens[max(0, start - 2) : start]]
    return bool(before) and (before[-1] in CLOSING_QUOTES or before[-1] == "," and len(before) == 2
                             and before[0] in CLOSING_QUOTES)


def tag_read_as_a_noun(parsed: ParsedSentence, token: Token) -> int | None:
    """The speaker's head when ``token`` is a verb of speech the tagger read as a plural noun
    in a quotation's tag ("“…,” Conway notes.": "Conway notes" as a noun phrase): a name
    right after the closing mark, the word ending the sentence; None otherwise."""
    if token.pos != "NOUN" or token.tag != "NNS" or token.lemma.lower() not in SPEECH_VERBS:
        return None
    if any(t.pos != "PUNCT" for t in parsed.tokens[token.i + 1 :]):
        return None
    first = token.i
    while first > 0 and _name_word(parsed.tokens[first - 1]) and (
        first - 1 < parsed.tokens[first - 1].head <= token.i
    ):
        first -= 1  # the name's words hang from one another or from the verb
    if first == token.i or not _after_closing_quote(parsed, first):
        return None
    return token.i - 1


def record_read_as_a_noun(parsed: ParsedSentence, token: Token) -> int | None:
    """The record's head when ``token`` is "show", "find" or "reveal" that the tagger read as
    a noun after a record ending the sentence ("…, campaign finance records show.": "records
    show" as one noun phrase, like "talk shows"); None otherwise."""
    if token.pos != "NOUN" or token.i == 0 or token.lemma.lower() not in EVIDENCE_VERBS:
        return None
    if any(t.pos != "PUNCT" for t in parsed.tokens[token.i + 1 :]):
        return None
    record = parsed.tokens[token.i - 1]
    if record.pos != "NOUN" or record.lemma.lower() not in RECORD_HEADS:
        return None
    if record.tag == "NN" and token.text.lower() != token.lemma.lower() + "s":
        return None  # "the poll show" is no sentence; "the poll shows" is
    if record.tag == "NNS" and token.text.lower() != token.lemma.lower():
        return None  # "records show", not "records shows"
    first = record.left
    if first == 0 or parsed.tokens[first - 1].text != ",":
        return None  # the record stands in a tag of its own after the claim
    return record.i


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised word the tagger read as another kind
    ("Conway" as an adjective before "notes")."""
    return token.pos == "PROPN" or token.dep == "compound" and token.text[:1].isupper() and (
        token.text.isalpha())


def named_apposition(parsed: ParsedSentence, verb: int, subject: int) -> int:
    """"Democratic hopefuls former Gov. Martin O’Malley and Hillary Clinton called for …": a
    common-noun subject followed at once by a name the parser made a second subject of the
    same verb; the name is the speaker (the two are one phrase, the name in apposition)."""
    first = parsed.tokens[subject]
    if first.pos != "NOUN" or parsed.tokens[first.right].pos in ("CCONJ", "ADP"):
        return subject
    after = first.right + 1
    while after < len(parsed.tokens) and parsed.tokens[after].text in ("-", "\u2011"):
        after += 1  # "Co-host Ann Lunt said": the parser split the title at its hyphen
    for child in parsed.children[verb]:
        token = parsed.tokens[child]
        if not token.text[:1].isalnum():
            continue  # the hyphen itself, made a subject too
        if child > subject and token.dep == "nsubj" and token.left in (first.right + 1, after):
            entity = parsed.entity_at(child)
            # "O’Malley" may be tagged a common noun; "whose cyber-mischief" a proper one.
            named = entity is not None and entity.label in ("PERSON", "ORG") or (
                token.pos == "PROPN" and parsed.tokens[token.left].text[:1].isupper())
            return child if named else subject
    return subject
