"""A headline's speaker label: "Ryan: ‘Anti-Semitic Images’ Have ‘No Place …’", "Obama on
Climate Change: The Trends Are ‘Terrifying’", "Clinton to Planned Parenthood: Trump will …".

A title standing alone as the article's first paragraph often opens with who speaks, a colon,
then their words or a paraphrase of them. The words before the colon are a speaker's label
when, cut before what the speaker speaks on or to ("on Climate Change", "to Planned
Parenthood", "at RNC"), they are a few capitalised words ending in a name that the article's
other sentences give a person or a body ("Ryan" for "House Speaker Paul Ryan"). A label that
holds a reporting verb ("Carly Fiorina Endorses Ted Cruz: …") is no speaker's, nor one ending
in no name the article gives ("The Latest: …", "Poll: …"); a question ("Ted Cruz: Reformer or
…?") quotes no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.analysis.attribution_words import REPORTING_VERBS, SPEECH_VERBS, STANCE_VERBS
from factcheck.analysis.common import strip_possessive
from factcheck.analysis.cue_clauses import OPENING_QUOTES
from factcheck.nlp import ParsedSentence

_TOPIC_WORDS = frozenset("on to at about in".split())
_CUE_LEMMAS = REPORTING_VERBS | SPEECH_VERBS | STANCE_VERBS
_MAX_LABEL = 5  # words of a speaker's name with a title ("McCain Challenger Kelli Ward")
_MAX_COLON = 12  # tokens before the colon, the topic included
_NAME = re.compile(r"[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*)*")  # "Bill de Blasio"


def _fold(word: str) -> str:
    return strip_possessive(word).casefold()


def _verb_form(word: str) -> bool:
    """A reporting verb's present or past form, as a title-case headline writes it and the
    tagger reads it as a name ("Endorses", "Slams", "Warned")."""
    return word in _CUE_LEMMAS or any(
        word.endswith(tail) and word[: -len(tail)] in _CUE_LEMMAS for tail in ("s", "es", "d", "ed")
    )


def article_names(parsed: Sequence[ParsedSentence]) -> frozenset[str]:
    """The last words (folded) of the people and bodies named after the first sentence."""
    return frozenset(
        _fold(entity.text.split()[-1])
        for sentence in parsed[1:]
        for entity in sentence.entities
        if entity.label in ("PERSON", "ORG") and entity.text.split()
    )


def headline_label(parsed: ParsedSentence, names: frozenset[str]) -> tuple[int, int] | None:
    """(the colon, the last word of the speaker's name) of a headline's label, or None."""
    tokens = parsed.tokens
    lead = 1 if tokens and tokens[0].text in OPENING_QUOTES else 0
    colon = next((t.i for t in tokens[lead : lead + _MAX_COLON] if t.text == ":"), None)
    if colon is None or len(tokens) - colon <= 3 or parsed.text.rstrip().endswith("?"):
        return None  # "Ted Cruz: Constitutional conservative or …?" asks, it quotes no one
    label = list(tokens[lead:colon])
    for k, token in enumerate(label):
        if k and token.text.lower() in _TOPIC_WORDS:
            label = label[:k]
            break
    if not 1 <= len(label) <= _MAX_LABEL or not all(t.text[:1].isupper() for t in label):
        return None
    if any(_verb_form(t.text.lower()) for t in label[1:]):
        return None  # "Carly Fiorina Endorses Ted Cruz: …": Ted Cruz is not the speaker
    last = label[-1]
    return (colon, last.i) if _fold(last.text) in names else None


def full_name(parsed: Sequence[ParsedSentence], name: str) -> str:
    """The one longer form of a headline speaker's name that the article's other sentences
    give a person ("Carl Voss" for "Voss"), else ``name`` as written."""
    words = name.split()
    if not words:
        return name
    forms = {
        strip_possessive(entity.text)
        for sentence in parsed[1:]
        for entity in sentence.entities
        if entity.label == "PERSON" and len(entity.text.split()) > len(words)
        and _fold(entity.text.split()[-1]) == _fold(words[-1])
    }
    forms = {form for form in forms if _NAME.fullmatch(form)}  # no "pic.twitter.com/… — Ryan"
    return forms.pop() if len(forms) == 1 else name
