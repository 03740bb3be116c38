"""reference.ambiguous: a bare surname after two people with that surname appeared.

People come from the article's PERSON mentions (the parse's entities, or a person the
knowledge base knows) whose first word can open a name ("Team Clinton" is no person; see
``name_forms``), one person under several name forms ("Timothy J. Sloan", "Tim Sloan", "Chuck"
and "Charles Grassley", "Dena Minning" and "Dena Minning Grayson") counting once. A bare surname
is flagged only when two different people with it are still candidates: named before it and in
the reader's mind, not ruled out by its own sentence (a first name, a title, an apposition, a
pronoun after it, a name or pronoun commanding it: see ``reference_syntax``), and not a person
named only in passing next to one the article keeps naming.
"""

from __future__ import annotations

from factcheck.analysis.common import Context, fold, make
from factcheck.analysis.name_forms import can_be_first_name, same_first_name
from factcheck.analysis.names import STARTERS, TITLE_WORDS, NameMention
from factcheck.analysis.people import FAMILY_NAME_FIRST, PersonMention
from factcheck.analysis.reference_syntax import MODIFIER, commands, passing_kind, span_head
from factcheck.analysis.variants import given_name_genders, opening_gerund
from factcheck.model import Suggestion
from factcheck.nlp import ParsedSentence

AMBIGUOUS = "reference.ambiguous"
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_GENDERED = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
}
_RECENT = 3  # sentences: a person of the name named this recently is still in mind
_PASSING = 2  # sentences: the same for a person named only once so far


def detect_ambiguous(
    ctx: Context, mentions: dict[int, list[NameMention]], people: list[PersonMention]
) -> list[Suggestion]:
    """A one-word name, without a title, that is the surname of two or more different
    people named earlier in the article (or earlier in the same sentence)."""
    parsed = {p.index: p for p in ctx.parsed}
    if parsed:
        people = _one_identity_per_person(parsed, _people_in_parse(parsed, people))
    by_sentence: dict[int, list[PersonMention]] = {}
    for person in people:
        by_sentence.setdefault(person.sentence, []).append(person)
    seen: dict[str, dict[str, PersonMention]] = {}  # surname -> identity -> first mention
    last_named = {p.identity: -1 for p in people}
    times_named = dict.fromkeys(last_named, 0)
    references = dict.fromkeys(last_named, 0)  # mentions by name or by the surname alone
    # How each person has been named so far: every time as a modifier of a noun, every time
    # in passing (as a modifier or an aside), and at least once taking part in what is told.
    only_as_modifier = dict.fromkeys(last_named, True)
    only_in_passing = dict.fromkeys(last_named, True)

    def named_at(identity: str, index: int, weight: int = 1, passing: str = "") -> None:
        if passing != MODIFIER or last_named[identity] < 0:
            # A modifier ("Hillary Clinton's campaign") does not bring back to mind someone
            # the story has left for another of the name.
            last_named[identity] = index
        times_named[identity] += weight
        references[identity] += 1
        only_as_modifier[identity] = only_as_modifier[identity] and passing == MODIFIER
        only_in_passing[identity] = only_in_passing[identity] and bool(passing)

    def in_mind(identity: str, index: int) -> bool:
        window = _RECENT if times_named[identity] > 1 else _PASSING
        return last_named[identity] >= 0 and index - last_named[identity] <= window

    def introduce(person: PersonMention) -> None:
        sentence_parse = parsed.get(person.sentence)
        passing = passing_kind(sentence_parse, person.start, person.end) if sentence_parse else ""
        named_at(person.identity, person.sentence, _weight(parsed, person), passing)
        _remember(seen, person)

    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        full = by_sentence.get(sentence.index, [])
        pending = sorted(full, key=lambda p: p.start)
        for mention in sorted(mentions.get(sentence.index, ()), key=lambda m: m.start):
            while pending and pending[0].start <= mention.start:
                introduce(pending.pop(0))
            if len(mention.words) != 1 or mention.title:
                continue
            key = fold(mention.name)
            if key in STARTERS or key in TITLE_WORDS or key not in seen:
                continue
            if any(p.start <= mention.start < p.end for p in full):
                continue
            if parsed and not _bare_in_parse(parsed[sentence.index], mention.start, mention.end):
                continue
            candidates = list(seen[key].values())
            if parsed and len(candidates) > 1:
                candidates = _not_ruled_out(parsed[sentence.index], mention, full, candidates)
                # A person named once, in passing, does not take the surname from one the
                # article has named or called by it before ("Both her husband, former
                # President Bill Clinton, and her daughter, Chelsea Clinton, also stumped for
                # her", then "Clinton had more than twice the number of delegates"); one only
                # ever named as a modifier ("Former Bill Clinton pollster Douglas Schoen"), not
                # from one named as taking part in what is told ("Hillary Clinton is facing…").
                established = any(references[c.identity] >= 2 for c in candidates)
                acting = any(not only_in_passing[c.identity] for c in candidates)
                candidates = [
                    c for c in candidates
                    if not (established and only_in_passing[c.identity] and references[c.identity] == 1)
                    and not (acting and only_as_modifier[c.identity])
                ]
            if len(seen[key]) < 2:
                # The only person of that name so far: the surname names them, and keeps
                # them in the reader's mind.
                named_at(candidates[0].identity, sentence.index)
                continue
            if len(candidates) < 2:
                continue
            if parsed and _settled_by_pronoun(parsed[sentence.index], mention.end, candidates):
                continue
            if parsed and sum(in_mind(c.identity, sentence.index) for c in candidates) < 2:
                # Only one of them is in the reader's mind: the others were named long ago,
                # or once in passing some sentences back ("Jeh Johnson says…. Johnson
                # tells…" in an item after Gary Johnson's; "daughter Chelsea Clinton's
                # apartment", then "Clinton's van" three sentences on).
                continue
            names = " or ".join(_display(p) for p in candidates)
            related = sorted({p.sentence for p in candidates if p.sentence != sentence.index})
            found.append(
                make(
                    sentence,
                    mention.start,
                    mention.end,
                    AMBIGUOUS,
                    f"“{mention.name}” could mean {names}.",
                    related=related,
                )
            )
        for person in pending:
            introduce(person)
    return found


def _not_ruled_out(
    parsed: ParsedSentence,
    mention: NameMention,
    full: list[PersonMention],
    candidates: list[PersonMention],
) -> list[PersonMention]:
    """The candidates the surname's own sentence leaves: not one named as the subject or
    possessor commanding it ("Ivanka Trump's presentation of Trump"), nor one whose gender is
    that of a pronoun commanding it ("after she first began seeing Grayson")."""
    tokens = _tokens_in(parsed, mention.start, mention.end)
    if len(tokens) != 1:
        return candidates
    (bare,) = tokens
    ruled_out = set()
    for person in full:
        head = span_head(parsed, person.start, person.end)
        if person.start < mention.start and head is not None and commands(parsed, head, bare):
            ruled_out.add(person.identity)
    genders = given_name_genders()
    for token in parsed.tokens[:bare]:
        pronoun = _GENDERED.get(token.text.casefold())
        if token.pos == "PRON" and pronoun and commands(parsed, token.i, bare):
            ruled_out.update(
                c.identity for c in candidates
                if genders.get(fold(_display(c)).split()[0]) == pronoun
            )
    return [c for c in candidates if c.identity not in ruled_out]


def _weight(parsed: dict[int, ParsedSentence], person: PersonMention) -> int:
    """How firmly a mention puts a person in the reader's mind: as the subject of a clause
    ("Opposition leader Lee Jae-myung urged…") as much as two mentions; in passing ("her
    daughter Chelsea Clinton's apartment") as one."""
    sentence = parsed.get(person.sentence)
    if sentence is None:
        return 1
    tokens = _tokens_in(sentence, person.start, person.end)
    subject = any(sentence.tokens[i].dep in ("nsubj", "nsubjpass") for i in tokens)
    return 2 if subject else 1


def _settled_by_pronoun(
    parsed: ParsedSentence, after: int, candidates: list[PersonMention]
) -> bool:
    """A gendered pronoun after the surname in its sentence fits one candidate only, by the
    given name ("Clinton arrived at the gym, where he met the mayor" after Hillary and Bill
    Clinton)."""
    genders = given_name_genders()
    kinds = {genders.get(fold(_display(c)).split()[0], "") for c in candidates}
    if "" in kinds or len(kinds) < 2:
        return False
    pronouns = {
        _GENDERED[t.text.casefold()]
        for t in parsed.tokens
        if t.start - parsed.start >= after and t.pos == "PRON" and t.text.casefold() in _GENDERED
    }
    if len(pronouns) != 1:
        return False
    (pronoun,) = pronouns
    return sum(genders[fold(_display(c)).split()[0]] == pronoun for c in candidates) == 1


def _remember(seen: dict[str, dict[str, PersonMention]], person: PersonMention) -> None:
    for key in person.surnames:
        seen.setdefault(key, {}).setdefault(person.identity, person)


def _display(person: PersonMention) -> str:
    return person.person.name if person.person is not None else person.name


def _tokens_in(parsed: ParsedSentence, start: int, end: int) -> list[int]:
    """Tokens of ``parsed`` within the sentence-text span ``start``..``end``."""
    return [
        t.i for t in parsed.tokens
        if t.start - parsed.start >= start and t.end - parsed.start <= end
    ]


def _name_reading(parsed: ParsedSentence, person: PersonMention) -> str:
    """How the parse reads a name: "person" (a PERSON entity covers it), "name" (proper nouns
    only, read as something else), or "" ("Hosting Cook": a verb is no first name)."""
    tokens = [i for i in _tokens_in(parsed, person.start, person.end)
              if parsed.tokens[i].pos not in ("PART", "PUNCT")]
    # Every word a proper noun, but for the syllables of a hyphenated name ("Ji-hoon").
    if not tokens or parsed.tokens[tokens[0]].pos != "PROPN" or any(
        parsed.tokens[i].pos != "PROPN" and parsed.tokens[i - 1].text != "-" for i in tokens
    ):
        return ""
    if opening_gerund(parsed, tokens[0]):
        return ""
    first, last = parsed.entity_at(tokens[0]), parsed.entity_at(tokens[-1])
    if first is not None and first is last and first.label == "PERSON":
        return "person"
    if first is not None and first.label in ("PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"):
        return ""
    return "name"


def _people_in_parse(
    parsed: dict[int, ParsedSentence], people: list[PersonMention]
) -> list[PersonMention]:
    """The mentions that are people's: known to the knowledge base, read as a PERSON, or a
    name sharing its surname with someone read as a PERSON ("Anna Kowalska", then
    "her cousin Piotr Kowalska")."""
    readings = [
        "person" if p.person is not None else _name_reading(parsed[p.sentence], p)
        for p in people
    ]
    readings = [
        r if p.person is not None or _opens_a_name(_first_name(parsed[p.sentence], p)) else ""
        for p, r in zip(people, readings, strict=True)
    ]
    person_surnames = {k for p, r in zip(people, readings, strict=True) if r == "person"
                       for k in p.surnames}
    return [
        p for p, r in zip(people, readings, strict=True)
        if r == "person" or (r == "name" and p.surnames & person_surnames)
    ]


def _first_name(parsed: ParsedSentence, person: PersonMention) -> str:
    """The word a person's name opens with, as the parse reads the name (as written when the
    parse does not split it so: "10:20PMTed Cruz")."""
    words = _name_words(parsed, person)
    return words[0] if len(words) > 1 else person.name.split()[0]


def _opens_a_name(word: str) -> bool:
    """A first name, or a family name written first ("Park Ji-hoon")."""
    return word in FAMILY_NAME_FIRST or can_be_first_name(word)


def _bare_in_parse(parsed: ParsedSentence, start: int, end: int) -> bool:
    """A surname standing alone: a proper noun with no first name or title joined to it and no
    apposition saying who it is."""
    tokens = _tokens_in(parsed, start, end)
    if len(tokens) != 1:
        return False
    token = parsed.tokens[tokens[0]]
    if token.pos != "PROPN":
        return False
    if token.dep == "compound" and parsed.tokens[token.head].pos == "NOUN":
        return False  # "the Trump team", "the Bush dynasty": a family's name, not a person
    for neighbour in (token.i - 1, token.i + 1):
        if 0 <= neighbour < len(parsed.tokens):
            other = parsed.tokens[neighbour]
            joined = other.head == token.i or token.head == other.i
            if other.pos == "PROPN" and joined and other.dep in ("compound", "flat"):
                return False
            if token.dep in ("compound", "flat") and token.head == other.i and other.pos == "PROPN":
                return False
    return not any(parsed.tokens[c].dep == "appos" for c in parsed.children[token.i])


def _name_words(parsed: ParsedSentence, person: PersonMention) -> list[str]:
    """The words of a person's name the parse reads as the name itself: "Miss Universe Alicia
    Machado" and "Crooked Hillary Clinton" are "Alicia Machado" and "Hillary Clinton"."""
    tokens = [i for i in _tokens_in(parsed, person.start, person.end)
              if parsed.tokens[i].pos not in ("PART", "PUNCT")]
    entity = parsed.entity_at(tokens[-1]) if tokens else None
    if entity is not None and entity.label == "PERSON":
        tokens = [i for i in tokens if entity.first <= i <= entity.last]
    words = [fold(parsed.tokens[i].text).rstrip(".") for i in tokens]
    written = fold(person.name).replace(".", "").replace(",", "").split()
    if written and written[-1] in _SUFFIXES and (not words or words[-1] != written[-1]):
        words.append(written[-1])  # "Donald Trump Jr." is not "Donald Trump"
    return words or written


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two name forms of one person: the same surname, and one name's words all in the other's
    ("Hillary Rodham Clinton", "Hillary Clinton") or one first name the start of the other
    ("Tim Sloan", "Timothy J. Sloan"), or a nickname of it ("Chuck Grassley", "Charles
    Grassley")."""
    if len(a) == 1 or len(b) == 1:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(longer) == len(shorter) + 1 and longer[:-1] == shorter and longer[-1] not in _SUFFIXES:
        return True  # "Dena Minning", then "Dena Minning Grayson": the name she took on marrying
    if a[-1] != b[-1]:
        return False
    return set(a) <= set(b) or set(b) <= set(a) or same_first_name(a[0], b[0])


def _one_identity_per_person(
    parsed: dict[int, ParsedSentence], people: list[PersonMention]
) -> list[PersonMention]:
    """Mentions of one person under several name forms share one identity (the first one's,
    or the knowledge base's)."""
    from dataclasses import replace

    canonical: list[tuple[list[str], str]] = []
    merged: list[PersonMention] = []
    for person in people:
        words = _name_words(parsed[person.sentence], person)
        identity = person.identity
        for seen_words, seen_identity in canonical:
            if seen_identity == identity:
                break
            if _same_person(words, seen_words) and (
                person.person is None or seen_identity.startswith("name:")
                or seen_identity == identity
            ):
                identity = seen_identity
                break
        canonical.append((words, identity))
        merged.append(replace(person, identity=identity))
    return merged
