"""Which parse token speaks for a cue, where the parse alone misleads: a quoted word made a
second subject, the clause a parenthetical tag interrupts, a survey's counted respondents,
the other speakers joined to one by "and".

Used by ``factcheck.analysis.attribution_rules`` on each sentence's cues and speakers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.analysis.attribution_words import VAGUE_HEADS
from factcheck.analysis.cues import Cue
from factcheck.analysis.speakers import (
    ANONYMOUS,
    NAMED,
    Speaker,
    bracketed,
    classify,
    survey_speaker,
)
from factcheck.nlp import ParsedSentence


def speaker_outside_quotes(
    parsed: ParsedSentence, cue: Cue, quotes: Sequence[tuple[int, int]]
) -> Cue:
    """"“Our apologies, we're sorry,” the Hendersons said": the parser may give the cue two
    subjects, one of them quoted; the speaker is the one outside the quotation marks."""
    assert cue.speaker is not None
    speaker = parsed.tokens[cue.speaker]
    if not _quoted(quotes, speaker.start) or _quoted(quotes, parsed.tokens[cue.i].start):
        return cue
    verb = speaker.head
    for child in parsed.children[verb]:
        token = parsed.tokens[child]
        if child != speaker.i and token.dep == speaker.dep and not _quoted(quotes, token.start):
            return replace(cue, speaker=child)
    return cue


def _quoted(quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in quotes)


def outside_parenthetical_tags(parsed: ParsedSentence, cues: list[Cue]) -> list[Cue]:
    """Cues other than a parenthetical tag's ("Tenants, Ms. Okafor noted, oppose the rent
    increase", "Still, she said, residents have to decide"): the clause the tag interrupts is
    what the tag's speaker says, its subject is not a source."""
    if len(cues) < 2:
        return cues
    inner: set[int] = set()
    for tag in cues:
        token = parsed.tokens[tag.i]
        if token.dep != "parataxis" or token.head == token.i:
            continue
        clause = parsed.tokens[token.head]
        for cue in cues:
            if cue is tag or cue.speaker == tag.speaker:
                continue
            if clause.left <= cue.i <= clause.right and not token.left <= cue.i <= token.right:
                inner.add(cue.i)
    return [cue for cue in cues if cue.i not in inner]


def survey_shares(
    sentence: ParsedSentence, speakers: list[Speaker], proper: frozenset[str]
) -> list[Speaker]:
    """A counted share of people ("58 percent of farmers said") in a sentence citing a
    named poll are that poll's respondents: the poll is the source."""
    if not any(s.share for s in speakers):
        return speakers
    survey = survey_speaker(sentence, proper)
    if survey is None:
        return speakers
    kept = [s for s in speakers if not s.share]
    if any(s.start == survey.start for s in kept):
        return kept
    shares = [s for s in speakers if s.share]
    return kept + [replace(survey, phrase_start=min(s.phrase_start for s in shares + [survey]),
                           phrase_end=max(s.phrase_end for s in shares + [survey]))]


def joined_speakers(
    parsed: ParsedSentence, i: int, proper: frozenset[str] = frozenset()
) -> list[Speaker]:
    """The other speakers joined by "and" to the speaker headed by token ``i``: unnamed people
    ("Dr. Halvorsen and her colleagues", "Moreau and others", "Ms. Lind and other nurses")
    and named ones ("Maria Olsen and Tom Becker", "officials and Mr. Haley"), each a source."""
    found = []
    for child in _conjuncts(parsed, i):
        token = parsed.tokens[child]
        if bracketed(parsed, i, child):
            continue  # "Sen. Bernie Sanders (Vt.) and …": the senator's state
        if token.pos == "PROPN":
            partner = classify(parsed, child, proper)
            if partner.kind == NAMED:
                found.append(partner)
            continue
        if token.pos != "NOUN":
            continue
        if token.lemma.lower() not in VAGUE_HEADS or any(
            parsed.tokens[c].pos == "PROPN" for c in parsed.children[child]
        ):
            continue  # "Moreau and Lind aides": a name of its own, not an unnamed group
        partner = classify(parsed, child, proper)
        if partner.kind == ANONYMOUS:
            found.append(partner)
    return found


def _conjuncts(parsed: ParsedSentence, i: int) -> list[int]:
    """The heads joined to token ``i``'s phrase by "and", in order: its conjuncts, theirs
    ("Clinton, Sanders and O’Malley"), and a second subject of the same verb."""
    found: list[int] = []
    todo = [i]
    while todo:
        head = todo.pop()
        for child in [*parsed.children[head], *_split_subjects(parsed, head)]:
            dep = parsed.tokens[child].dep
            if child > head and child not in found and (
                dep == "conj" or dep == parsed.tokens[head].dep and head == i
            ):
                found.append(child)
                todo.append(child)
    return sorted(found)


def _split_subjects(parsed: ParsedSentence, i: int) -> list[int]:
    """"The campaign and some experts have alleged": a second subject of the same verb joined
    to token ``i``'s phrase by "and" (the parser may make it a sibling, not a conjunct)."""
    token = parsed.tokens[i]
    if token.head == i or not token.dep.startswith("nsubj"):
        return []
    found = []
    for sibling in parsed.children[token.head]:
        other = parsed.tokens[sibling]
        if sibling > i and other.dep == token.dep and any(
            t.pos == "CCONJ" for t in parsed.tokens[i + 1 : other.left]
        ):
            found.append(sibling)
    return found
