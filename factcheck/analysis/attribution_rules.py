"""The attribution rules: every sentence's state read from the parse's reporting cues.

``factcheck.analysis.cues`` finds the reporting cues and their speakers,
``factcheck.analysis.speakers`` reads a speaker phrase. A pronoun takes the nearest compatible
speaker or person before it; a quotation running over several sentences gives each of them the
speaker of its tag, wherever the tag stands. ``factcheck.analysis.attribution`` then lets the
learned model weigh what the rules leave open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from factcheck.analysis.attribution_words import EVIDENCE_VERBS, RECORD_HEADS, person_noun
from factcheck.analysis.common import QuoteIndex
from factcheck.analysis.cue_speakers import (
    joined_speakers,
    outside_parenthetical_tags,
    speaker_outside_quotes,
    survey_shares,
)
from factcheck.analysis.cues import Cue, find_cues, speaker_label
from factcheck.analysis.headlines import article_names, full_name, headline_label
from factcheck.analysis.speakers import (
    ANONYMOUS,
    NAMED,
    NONE_KIND,
    PRONOUN,
    Speaker,
    classify,
    proper_words,
)
from factcheck.kb.names import name_key
from factcheck.model import Sentence
from factcheck.nlp import ParsedSentence

NONE_STATE = "none"
_CONTINUATION_SHARE = 0.5


@dataclass(frozen=True)
class SentenceAttribution:
    """A sentence's attribution state: ``kind`` named / anonymous / none, its speakers
    (named ones first is not implied: in reading order), and how sure the reading is."""

    index: int
    kind: str
    speakers: tuple[Speaker, ...] = ()
    confidence: str = "high"
    quoted_from: int | None = None  # the sentence whose tag gave a quotation's speaker

    @property
    def speaker(self) -> Speaker | None:
        """The speaker that decides the state (an unnamed one when there is any)."""
        for wanted in (ANONYMOUS, NAMED):
            for speaker in self.speakers:
                if speaker.kind == wanted:
                    return speaker
        return None

    def as_json(self, sentence: Sentence) -> dict[str, Any]:
        """The ``attribution`` object of ``check --json`` and ``show --json``."""
        speaker = self.speaker
        if speaker is None:
            return {"kind": NONE_STATE, "speaker": None, "start": None, "end": None,
                    "confidence": self.confidence}
        return {"kind": self.kind, "speaker": speaker.name or speaker.text,
                "start": speaker.start, "end": speaker.end, "confidence": self.confidence}


# Quantifiers the tagger reads as adjectives or determiners ("Many of her supporters say").
_OF_QUANTIFIERS = frozenset("many some most few several all both each none half much".split())

_BARE_QUANTIFIERS = frozenset("many some most few several".split())


def speaker_at(parsed: ParsedSentence, i: int, proper: frozenset[str]) -> Speaker:
    """The speaker phrase headed by token ``i`` (``classify``), reading a quantifier the
    tagger took for an adjective or determiner through its "of" phrase: "Many of her
    supporters" are her supporters, a group of people."""
    speaker = classify(parsed, i, proper)
    token = parsed.tokens[i]
    if speaker.kind != NONE_KIND or token.text.lower() not in _OF_QUANTIFIERS:
        return speaker
    if token.text.lower() in _BARE_QUANTIFIERS and token.dep == "nsubj" and not any(
        parsed.tokens[c].text.lower() == "of" for c in parsed.children[i]
    ):  # "Many fear …", "Several said …": people left uncounted and unnamed
        return replace(speaker, kind=ANONYMOUS, plural=True, name=token.text,
                       phrase_start=token.start, phrase_end=token.end)
    for child in parsed.children[i]:
        if parsed.tokens[child].text.lower() != "of":
            continue
        for inner in parsed.children[child]:
            if parsed.tokens[inner].dep == "pobj":
                found = classify(parsed, inner, proper)
                if found.kind == NONE_KIND:
                    return speaker
                last = parsed.tokens[inner].right
                end = parsed.tokens[last].end
                return replace(found, text=parsed.span_text(i, last), start=token.start,
                               end=end, plural=True, phrase_start=token.start,
                               phrase_end=max(found.phrase_end, end))
    return speaker


def _weak_ok(parsed: ParsedSentence, cue: Cue, speaker: Speaker) -> bool:
    """"The data suggest", "the bill calls for": a weak cue needs someone who can speak."""
    if not (cue.weak or cue.animate) or cue.speaker is None:
        return True
    if cue.weak and parsed.tokens[cue.i].lemma.lower() in EVIDENCE_VERBS and (
        parsed.tokens[cue.speaker].lemma.lower() in RECORD_HEADS
    ):
        return True  # "records show", "the poll found": a document speaks for its authors
    return can_speak(parsed, cue.speaker, speaker)


def can_speak(parsed: ParsedSentence, i: int, speaker: Speaker) -> bool:
    """The phrase headed by token ``i`` is someone able to hold a view: a pronoun, a name, a
    body, a group of people, someone named by a role ("the judge"); not "the data", "the
    bill" or "your job"."""
    if speaker.kind == PRONOUN:
        return True
    head = parsed.tokens[i]
    if head.pos == "PROPN" or parsed.entity_at(i) is not None:
        return True
    if speaker.kind == NAMED and head.text[:1].isupper() and i > 0:
        return True  # a name the tagger took for a word ("Sanders" as a noun)
    return person_noun(head.lemma.lower())


_HONORIFICS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_HONORIFIC_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w’'-]+)")


class _Genders:
    """Which pronoun set ("he" or "she") a person named in the article takes, when the article
    or the name says so: an honorific ("Mr. Sanders", "Ms. Okafor", anywhere in the article),
    or a given name nine in ten of whose bearers take it ("Hillary", "Mitch": the US Census
    lists), the person's own or that of a fuller mention of the same surname ("Clinton" after
    "Hillary Clinton"). Otherwise None: any pronoun may stand for them."""

    def __init__(self, parsed: Sequence[ParsedSentence]) -> None:
        from factcheck.analysis.variants import clear_given_name_genders

        self._given = clear_given_name_genders()
        self._known = known_genders()
        by_honorific: dict[str, set[str]] = {}
        for sentence in parsed:
            for title, surname in _HONORIFIC_RE.findall(sentence.text):
                by_honorific.setdefault(surname, set()).add(_HONORIFICS[title.lower()])
        self._surnames = {name: found.pop() for name, found in by_honorific.items() if len(found) == 1}
        fuller: dict[str, set[str]] = {}
        self._in_full: set[str] = set()  # surnames the article writes with a given name
        for sentence in parsed:
            for entity in sentence.entities:
                words = entity.text.split()
                if entity.label == "PERSON" and len(words) >= 2:
                    self._in_full.add(_surname(words))
                    given = self._known.get(name_key(entity.text)) or self._given_in(words)
                    if given:
                        fuller.setdefault(_surname(words), set()).add(given)
        self._fuller = {name: found.pop() for name, found in fuller.items() if len(found) == 1}
        self._read: dict[str, str | None] = {}

    def _given_in(self, words: list[str]) -> str | None:
        for word in words[:-1]:
            found = self._given.get(word.strip(".,").casefold())
            if found:
                return found
        return None

    def of(self, name: str) -> str | None:
        # Asked for every earlier person at every "he" and "she": each name is read once.
        if name not in self._read:
            self._read[name] = self._read_name(name)
        return self._read[name]

    def _read_name(self, name: str) -> str | None:
        words = name.split()
        if not words:
            return None
        honorific = _HONORIFICS.get(words[0].rstrip(".").lower())
        if honorific:
            return honorific
        surname = _surname(words)
        # The person's own full name first ("Barbara Bush" when the article also has "Mr.
        # Bush"), then what the article says of the surname, then the knowledge base's only
        # bearer of it when the article never writes that surname in full.
        return (self._known.get(name_key(name)) or self._given_in(words)
                or self._surnames.get(surname) or self._fuller.get(surname)
                or (None if surname in self._in_full
                    else known_surname_genders().get(name_key(surname))))


_PRONOUNS = {"male": "he", "female": "she"}  # a public record's gender, as a pronoun


@lru_cache(maxsize=1)
def known_genders() -> dict[str, str]:
    """The pronoun ("he" or "she") of every person of the shipped knowledge base whose public
    record gives their gender (the congress-legislators records), by each spelling of their
    name (folded); a spelling shared by people of both is left out."""
    from factcheck.kb import load_kb

    found: dict[str, set[str]] = {}
    for person in load_kb().people.values():
        if person.gender in _PRONOUNS:
            for spelling in (person.name, *person.aliases):
                found.setdefault(name_key(spelling), set()).add(_PRONOUNS[person.gender])
    return {key: next(iter(each)) for key, each in found.items() if len(each) == 1}


@lru_cache(maxsize=1)
def known_surname_genders() -> dict[str, str]:
    """The pronoun of a surname (folded) that only one person of the shipped knowledge base
    bears, when their public record gives their gender ("Obama")."""
    from factcheck.kb import load_kb

    found: dict[str, str] = {}
    for key, people in load_kb().surname_index().items():
        if len(people) == 1 and people[0].gender in _PRONOUNS:
            found[key] = _PRONOUNS[people[0].gender]
    return found


def _surname(words: list[str]) -> str:
    last = words[-1]
    return last[:-2] if last.endswith(("’s", "'s")) else last


def _resolver(parsed: Sequence[ParsedSentence]) -> Callable[[Speaker, list[Speaker]], Speaker]:
    """Resolve a pronoun against the speakers so far and the people the article named."""
    from factcheck.analysis.variants import opening_gerund

    people: list[Speaker] = []
    subjects: set[int] = set()  # where the people named as a clause's subject start
    sentence_of: dict[int, int] = {}  # where each person starts: their sentence's start
    surnames: dict[str, str] = {}  # the last word of a full name so far -> that name
    for sentence in parsed:
        for entity in sentence.entities:
            if entity.label == "PERSON":
                # "Entrusting Donald Trump with …", "Questioning Ann Marlow …" read as one
                # name: an opening verb is not part of it.
                first = entity.first
                if first < entity.last and (sentence.tokens[first].pos == "VERB"
                                            or opening_gerund(sentence, first)):
                    first += 1
                name = sentence.span_text(first, entity.last)
                people.append(Speaker(NAMED, name, sentence.tokens[first].start, entity.end,
                                      "person", False, name, _apposition(sentence, entity.last)))
                sentence_of[sentence.tokens[first].start] = sentence.start
                if sentence.tokens[entity.last].dep in ("nsubj", "nsubjpass"):
                    subjects.add(sentence.tokens[first].start)
                last = sentence.tokens[entity.last]
                if first < entity.last and last.text.isalpha() and last.text[:1].isupper():
                    surnames[last.text] = name
        # A surname alone where the recogniser saw no one ("Sanders, wearing a blue shirt,
        # ducked down …", the tagger even reading it as a plural noun): the person named in
        # full before it.
        for token in sentence.tokens:
            full = surnames.get(token.text)
            if full is None or token.pos not in ("PROPN", "NOUN") or (
                sentence.entity_at(token.i) is not None
            ):
                continue
            people.append(Speaker(NAMED, full, token.start, token.end, "person", False, full, ""))
            sentence_of[token.start] = sentence.start
            if token.dep in ("nsubj", "nsubjpass"):
                subjects.add(token.start)
    genders = _Genders(parsed)

    def salient(nearest: Speaker, before: list[Speaker], earlier: list[Speaker]) -> Speaker:
        """The nearest person before a "he" or "she", or the subject of the sentence that
        names them, when that subject may be the one meant too: "Grayson has introduced
        Sanders' bill …, he said" is Grayson's; a subject is what a pronoun picks up."""
        if nearest.start in subjects or any(s is nearest for s in earlier):
            return nearest
        home = sentence_of.get(nearest.start)
        rivals = [s for s in before if s.start in subjects and sentence_of.get(s.start) == home
                  and s.start < nearest.start and s.name.casefold() != nearest.name.casefold()]
        return max(rivals, key=lambda s: s.start) if rivals else nearest

    def resolve(pronoun: Speaker, earlier: list[Speaker]) -> Speaker:
        form = pronoun.pronoun
        candidates: list[Speaker] = []
        if form in ("he", "she", "him", "her"):
            wanted = "he" if form in ("he", "him") else "she"
            candidates = [s for s in earlier if not s.plural and s.form in ("person", "group")]
            candidates += [p for p in people if p.end <= pronoun.start]
            # "He said his campaign …" does not stand for Hillary Clinton.
            candidates = [s for s in candidates if genders.of(s.name) in (None, wanted)]
        elif form in ("they", "them"):
            candidates = [s for s in earlier if s.plural or s.form == "organisation"]
        elif form in ("i", "me"):
            # Outside a quotation: the writer, or one person quoted at length before.
            candidates = [s for s in earlier if s.form in ("person", "group") and not s.plural]
        elif form in ("we", "us", "you"):
            candidates = [s for s in earlier if s.form in ("person", "group", "organisation")]
        elif form == "it":
            candidates = [s for s in earlier if s.form in ("organisation", "document")]
        elif form == "the":
            # "the official" stands for an earlier speaker described by that word ("a senior
            # official", "Jane Roe, a state official"); with none, it is an unnamed official.
            head = _head_word(pronoun.text)
            candidates = [
                s for s in earlier
                if not s.plural and s.form in ("person", "group")
                and head in _words(s.text) | _words(s.description)
            ]
            candidates += [
                p for p in people if p.end <= pronoun.start and head in _words(p.description)
            ]
            before = [s for s in candidates if s.start < pronoun.start]
            if not before:
                return replace(pronoun, kind=ANONYMOUS, name=pronoun.text)
        elif form == "both":
            named = [s for s in earlier if s.kind == NAMED and not s.plural]
            if len(named) >= 2:
                return replace(pronoun, kind=NAMED, name="")
        before = [s for s in candidates if s.start < pronoun.start]
        nearest = max(before, key=lambda s: s.start) if before else None
        if nearest is not None and _quantifier(nearest):  # rare: look past it
            before = [s for s in before if not _quantifier(s)]
            nearest = max(before, key=lambda s: s.start) if before else None
        if nearest is not None and form in ("he", "she"):
            nearest = salient(nearest, before, earlier)
        if nearest is not None:
            return replace(pronoun, kind=nearest.kind, name=nearest.name, form=nearest.form,
                           description=nearest.description)
        # Nobody to stand for: someone the article means (the headline's, the writer's).
        return replace(pronoun, kind=NAMED, name="")

    return resolve


_NO_ANTECEDENT = frozenset(
    "everyone everybody anyone anybody nobody all each none everything anything".split()
)


def _quantifier(speaker: Speaker) -> bool:
    """"Everyone", "all", "anyone": no one a later "I", "he" or "they" stands for."""
    words = speaker.text.casefold().split()
    return bool(words) and words[-1] in _NO_ANTECEDENT


def _apposition(sentence: ParsedSentence, i: int) -> str:
    """The apposition after token ``i`` ("John Mason, an investor in the fund"), or ""."""
    for child in sentence.children[i]:
        token = sentence.tokens[child]
        if token.dep == "appos":
            return sentence.span_text(token.left, token.right)
    return ""


def _words(text: str) -> set[str]:
    return {w.strip(".,;:’'\"").casefold() for w in text.split()}


def _head_word(text: str) -> str:
    words = text.split()
    return words[-1].strip(".,;:’'\"").casefold() if words else ""


_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts


def _letters(text: str) -> int:
    return len(_ALNUM.findall(text))


def _quoted_share(sentence: ParsedSentence, spans: Sequence[tuple[int, int]]) -> float:
    inside = 0
    for start, end in spans:
        lo, hi = max(start, sentence.start), min(end, sentence.end)
        if lo < hi:
            inside += _letters(sentence.text[lo - sentence.start : hi - sentence.start])
    if not inside:
        return 0.0
    return inside / _letters(sentence.text)


def paragraph_opens(parsed: Sequence[ParsedSentence], text: str) -> list[bool]:
    """For each sentence, whether it opens a paragraph: the first, or one after a line break
    (without ``text``, the article is one paragraph)."""
    return [k == 0 or "\n" in text[parsed[k - 1].end : parsed[k].start]
            for k in range(len(parsed))]


def _paragraph_firsts(parsed: Sequence[ParsedSentence], text: str) -> list[int]:
    """For each sentence, the position of the first sentence of its paragraph."""
    firsts: list[int] = []
    for k, opens in enumerate(paragraph_opens(parsed, text)):
        firsts.append(k if opens else firsts[-1])
    return firsts


def rule_states(
    parsed: Sequence[ParsedSentence], quotes: Sequence[tuple[int, int]], text: str = ""
) -> tuple[
    tuple[SentenceAttribution, ...],
    list[Speaker],
    Callable[[Speaker, list[Speaker]], Speaker],
    frozenset[str],
]:
    """The rules' attribution states, the speakers they found (in reading order), the
    pronoun resolver and the article's proper words."""
    resolve = _resolver(parsed)
    proper = proper_words(parsed)
    quote_index = QuoteIndex(quotes)  # each sentence looks up only the quotations over it
    earlier: list[Speaker] = []
    own: list[tuple[list[Speaker], str]] = []
    labelled: set[int] = set()  # sentences that open with a speaker's label ("TAPPER: …")
    title = None  # a headline's label: "Ryan: ‘Anti-Semitic Images’ Have ‘No Place …’"
    if len(parsed) > 1 and text and paragraph_opens(parsed[:2], text)[1]:
        title = headline_label(parsed[0], article_names(parsed))
    for sentence in parsed:
        speakers: list[Speaker] = []
        confidence = "high"
        over = quote_index.over(sentence.start, sentence.end)
        if title is not None and sentence is parsed[0]:
            cues = [Cue(title[0], title[1], False)]
        else:
            cues = [speaker_outside_quotes(sentence, cue, over)
                    for cue in find_cues(sentence, over)]
        for cue in outside_parenthetical_tags(sentence, cues):
            assert cue.speaker is not None
            speaker = speaker_at(sentence, cue.speaker, proper)
            if title is not None and sentence is parsed[0] and speaker.kind == NAMED:
                speaker = replace(speaker, name=full_name(parsed, speaker.name))
            if speaker.kind == NONE_KIND or not _weak_ok(sentence, cue, speaker):
                continue
            token = sentence.tokens[cue.i]
            cue_end = token.end
            if token.text.lower() == "according" and cue.i + 1 < len(sentence.tokens):
                cue_end = sentence.tokens[cue.i + 1].end
            # The suggestion's span: the speaker's phrase with its cue ("Experts say").
            speaker = replace(speaker, phrase_start=min(speaker.phrase_start, token.start),
                              phrase_end=max(speaker.phrase_end, cue_end))
            if speaker.kind == PRONOUN:
                speaker = resolve(speaker, earlier)
                if not speaker.name and speaker.kind == NAMED:
                    confidence = "low"
            if cue.weak:
                confidence = "low"
            speakers.append(speaker)
            if speaker.kind in (NAMED, ANONYMOUS):
                speakers += [replace(p, phrase_start=speaker.phrase_start,
                                     phrase_end=speaker.phrase_end)
                             for p in joined_speakers(sentence, cue.speaker, proper)]
        speakers = survey_shares(sentence, speakers, proper)
        if speakers and text and speaker_label(sentence):  # turns end at paragraph breaks
            labelled.add(len(own))
        earlier.extend(speakers)
        own.append((speakers, confidence))
    firsts = _paragraph_firsts(parsed, text)
    tags = _span_tags(parsed, quotes, own, text, firsts)
    ends = [s.end for s in parsed]
    quotes_of: dict[int, list[int]] = {}
    for q, (start, end) in enumerate(quotes):
        for j in _touching(parsed, ends, start, end):
            quotes_of.setdefault(j, []).append(q)
    states: list[SentenceAttribution] = []
    for k, sentence in enumerate(parsed):
        speakers, confidence = own[k]
        if speakers:
            kind = ANONYMOUS if any(s.kind == ANONYMOUS for s in speakers) else NAMED
            states.append(SentenceAttribution(sentence.index, kind, tuple(speakers), confidence))
            continue
        mine = quotes_of.get(k, [])
        tag = _quotation_tag(sentence, [quotes[q] for q in mine], [tags[q] for q in mine])
        if tag is not None:
            tag_speakers, tag_confidence, where = tag
            kind = ANONYMOUS if any(s.kind == ANONYMOUS for s in tag_speakers) else NAMED
            states.append(SentenceAttribution(sentence.index, kind, tuple(tag_speakers),
                                              tag_confidence, quoted_from=where))
            continue
        turn = _turn_of(labelled, firsts, k)
        if turn is not None:  # "TAPPER: We have the numbers. Take a listen."
            turn_speakers, _ = own[turn]
            kind = ANONYMOUS if any(s.kind == ANONYMOUS for s in turn_speakers) else NAMED
            states.append(SentenceAttribution(sentence.index, kind, tuple(turn_speakers), "low",
                                              quoted_from=parsed[turn].index))
            continue
        states.append(SentenceAttribution(sentence.index, NONE_STATE))
    return tuple(states), earlier, resolve, proper


def _turn_of(labelled: set[int], firsts: Sequence[int], k: int) -> int | None:
    """The position of the labelled sentence whose turn sentence ``k`` continues: the one that
    opens its paragraph with a speaker's label (``firsts``: ``_paragraph_firsts``); None when
    the paragraph opens otherwise."""
    j = firsts[k]
    return j if j != k and j in labelled else None


def _touching(
    parsed: Sequence[ParsedSentence], ends: Sequence[int], start: int, end: int
) -> list[int]:
    """Positions of the sentences overlapping ``start``..``end`` (sentences are in order)."""
    j = bisect_right(ends, start)
    found = []
    while j < len(parsed) and parsed[j].start < end:
        found.append(j)
        j += 1
    return found


_TAG_TOKENS = 8  # a paragraph this short after a quotation is its tag ("Conway notes.")


def _span_tags(
    parsed: Sequence[ParsedSentence],
    quotes: Sequence[tuple[int, int]],
    own: list[tuple[list[Speaker], str]],
    text: str,
    paragraph_firsts: Sequence[int],
) -> list[tuple[list[Speaker], str, int] | None]:
    """The tag of every quotation span: the speakers of a sentence of the quotation with a
    cue of its own, else of the sentence right after it or the one that introduces it with a
    colon; then a quotation without one takes its neighbour's when the two are one speech
    ("“…,” he said. “…”", or a quotation running on into the next paragraph)."""
    ends = [s.end for s in parsed]
    tags: list[tuple[list[Speaker], str, int] | None] = []
    firsts: list[int] = []
    lasts: list[int] = []
    later: dict[int, tuple[list[Speaker], str, int]] = {}
    for start, end in quotes:
        touching = _touching(parsed, ends, start, end)
        firsts.append(touching[0] if touching else -1)
        lasts.append(touching[-1] if touching else -1)
        tagged = [j for j in touching if own[j][0]]
        if tagged:
            j = tagged[0]
            tags.append((own[j][0], own[j][1], parsed[j].index))
            continue
        after = touching[-1] + 1 if touching else len(parsed)
        if after < len(parsed) and own[after][0] and parsed[after].start - end <= 3:
            found = (own[after][0], "low", parsed[after].index)
            if "\n" not in text[end : parsed[after].start]:
                tags.append(found)  # "… here." He said.
                continue
            # The next paragraph's speaker, when that paragraph is little more than a tag
            # ("“…”\n\n- Hillary Clinton.", "“…”\n\nConway notes."): one with words of its
            # own ("Campaign finance records show that …") is a new source. Unless the
            # quotation goes on from one before.
            if len(parsed[after].tokens) <= _TAG_TOKENS:
                later[len(tags)] = found
        before = touching[0] - 1 if touching else -1
        if before >= 0 and own[before][0] and parsed[before].text.rstrip().endswith(":"):
            tags.append((own[before][0], own[before][1], parsed[before].index))
            continue
        earlier = (_paragraph_speaker(parsed, own, paragraph_firsts, touching[0])
                   if touching else None)
        if earlier is not None:
            tags.append(earlier)  # Ms. Okafor spoke first. "We will rebuild," … (no tag)
            continue
        tags.append(None)

    def runs_on(q: int) -> bool:
        return text[quotes[q][1] - 1 : quotes[q][1]] not in "\u201d\"\u2019'"

    for _ in range(3):
        for q in range(len(quotes)):
            if tags[q] is not None:
                continue
            if q > 0 and tags[q - 1] is not None and firsts[q] >= 0:
                gap = firsts[q] - lasts[q - 1]
                if (runs_on(q - 1) and gap <= 1) or gap == 1 or (
                    gap == 0 and quotes[q][0] >= quotes[q - 1][1]
                ):
                    speakers, _, where = tags[q - 1]  # type: ignore[misc]
                    tags[q] = (speakers, "low", where)
                    continue
            if q + 1 < len(quotes) and tags[q + 1] is not None and runs_on(q):
                if firsts[q + 1] - lasts[q] <= 1:
                    speakers, _, where = tags[q + 1]  # type: ignore[misc]
                    tags[q] = (speakers, "low", where)
        for q, found in later.items():
            if tags[q] is None:
                tags[q] = found
    return tags


def _paragraph_speaker(
    parsed: Sequence[ParsedSentence],
    own: list[tuple[list[Speaker], str]],
    paragraph_firsts: Sequence[int],
    first: int,
) -> tuple[list[Speaker], str, int] | None:
    """The speakers of the last sentence before sentence ``first`` in the same paragraph that
    has a cue of its own: a quotation with no tag, later in the paragraph, is theirs ("Ms.
    Okafor argued that the plan fails. “It was never costed.”"); None when the paragraph names
    none before it."""
    for j in range(first - 1, paragraph_firsts[first] - 1, -1):  # up to the paragraph's start
        if own[j][0]:
            return (own[j][0], "low", parsed[j].index)
    return None


def _quotation_tag(
    sentence: ParsedSentence,
    quotes: Sequence[tuple[int, int]],
    tags: Sequence[tuple[list[Speaker], str, int] | None],
) -> tuple[list[Speaker], str, int] | None:
    """For a sentence (mostly) inside a quotation: the speakers of the quotation's tag."""
    if _quoted_share(sentence, quotes) < _CONTINUATION_SHARE and not any(
        sentence.start <= start and end > sentence.end for start, end in quotes
    ):
        return None  # neither mostly quoted nor opening a quotation that runs on
    for q, (start, end) in enumerate(quotes):
        if end > sentence.start and start < sentence.end and tags[q] is not None:
            return tags[q]
    return None


