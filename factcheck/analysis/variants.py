"""name.variant: a known person's name spelt differently from the knowledge base.

A capitalised name of two words or more that is not any known spelling but comes
close to one (accent-insensitive rapidfuzz ratio), differing in one or two words
that are themselves close (not "Jong-un" against "Jong-il": short syllables and an
exact match to another known person never count). A name written without its
diacritics folds to the known spelling and so is never a variant. A two-word name is also
compared with the given name and surname of known three-word names ("Hage Gaingob" for Hage
Gottfried Geingob): its given name must be the known one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from factcheck.analysis.common import Context, fold, make
from factcheck.analysis.kbindex import (
    KBIndex,
    find_exact,
    split_known_title,
    split_tokens,
    title_before,
)
from factcheck.analysis.names import NameMention, is_person_like
from factcheck.kb.types import Person
from factcheck.model import Sentence, Suggestion
from factcheck.nlp import ParsedSentence

VARIANT = "name.variant"
_CUTOFF = 80.0
_TOKEN_CUTOFF = 70.0
_TWO_WORDS_CUTOFF = 80.0
_TITLED_CUTOFF = 80.0
_SHORT_FORM_CUTOFF = 80.0  # the surname of a short form missing the middle name
_COMMON_PERCENT = 0.01  # share of the population bearing a name, in per cent


# Romanisations of one given name that wire services use side by side: none is an error.
_ROMANISATIONS = {
    spelling: group.split()[0]
    for group in (
        "mohammad mohammed muhammad mohamed muhammed mohamad",
        "sergei sergey",
        "dmitry dmitri dmitriy",
        "yuri yury yuriy",
        "alexei alexey aleksei aleksey",
        "andrei andrey",
        "nikolai nikolay",
        "yevgeny evgeny yevgeniy",
        "mikhail mikhael",
    )
    for spelling in group.split()
}


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """Folded common given names and surnames: those the US Census lists (the ``names``
    package) give for at least 1 in 10,000 people. Such a word is somebody's real name:
    "Serrano" is not a misspelt "Serra"."""
    return _census_names(("dist.all.last", "dist.male.first", "dist.female.first"))


@lru_cache(maxsize=1)
def common_given_names() -> frozenset[str]:
    """Folded common given names of the US Census lists: "Sterling" is one, "Injecting" is not."""
    return _census_names(("dist.male.first", "dist.female.first"))


def opening_gerund(parsed: ParsedSentence, i: int) -> bool:
    """A capitalised "-ing" word opening the sentence that is no given name: "Injecting
    Clinton's marital troubles…", "Hosting Cook…" (but "Sterling Brown said…")."""
    token = parsed.tokens[i]
    opening = all(parsed.tokens[j].pos == "PUNCT" for j in range(i))
    word = fold(token.text)
    return opening and word.endswith("ing") and word not in common_given_names()


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Folded given names of the US Census lists with the pronoun set most people of that
    name take: "he" ("Bill") or "she" ("Hillary"), by the larger share."""
    return {name: max(by, key=by.__getitem__) for name, by in _given_name_shares().items()}


@lru_cache(maxsize=1)
def clear_given_name_genders() -> dict[str, str]:
    """``given_name_genders`` for the names nine in ten or more of whose bearers take that
    pronoun set ("Barack", "Hillary"; not "Jordan" or "Leslie")."""
    return {name: max(by, key=by.__getitem__) for name, by in _given_name_shares().items()
            if max(by.values()) >= CLEAR_SHARE * sum(by.values())}


CLEAR_SHARE = 0.9


@lru_cache(maxsize=1)
def _given_name_shares() -> dict[str, dict[str, float]]:
    """Folded given names of the US Census lists: the share of the population ("he": men,
    "she": women) bearing each."""
    shares: dict[str, dict[str, float]] = {}
    try:
        folder = resources.files("names")
    except ModuleNotFoundError:
        return {}
    for list_name, pronoun in (("dist.male.first", "he"), ("dist.female.first", "she")):
        for line in folder.joinpath(list_name).read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares.setdefault(fields[0].casefold(), {})[pronoun] = float(fields[1])
    return shares


def _census_names(list_names: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    try:
        folder = resources.files("names")
    except ModuleNotFoundError:
        return frozenset()
    for list_name in list_names:
        text = folder.joinpath(list_name).read_text(encoding="utf-8")
        for line in text.splitlines():
            fields = line.split()
            if len(fields) >= 2 and float(fields[1]) >= _COMMON_PERCENT:
                found.add(fields[0].casefold())
    return frozenset(found)


def _transliterated(tokens) -> tuple[str, ...]:
    return tuple(_ROMANISATIONS.get(token, token) for token in tokens)


@dataclass(frozen=True)
class Variant:
    person: Person
    known: str  # the known spelling it is closest to
    score: float


def closest_person(index: KBIndex, name: str) -> Variant | None:
    """The known person ``name`` is a misspelling of, or None (exact matches are None)."""
    key = fold(name)
    if key in index.fuzzy_cache:
        return index.fuzzy_cache[key]
    result = _closest(index, key)
    index.fuzzy_cache[key] = result
    return result


def _closest(index: KBIndex, key: str) -> Variant | None:
    if key in index.exact:
        return None
    tokens = split_tokens(key)
    best: Variant | None = None
    canonical = _transliterated(tokens)
    for known, score, position in process.extract(
        key, index.names, scorer=fuzz.ratio, score_cutoff=_CUTOFF, limit=5
    ):
        known_tokens = split_tokens(known)
        if canonical == _transliterated(known_tokens):
            return None  # "Mohammed Javad Zarif", "Sergey Lavrov": another romanisation
        if not _plausible_misspelling(tokens, known_tokens):
            continue
        if best is None or score > best.score:
            best = Variant(index.name_people[position], known, score)
    if best is None and len(tokens) == 2:
        # Against the short forms of known names with a middle name ("hage geingob").
        forms, owners = _short_forms(index)
        for _, score, position in process.extract(
            key, forms, scorer=fuzz.ratio, score_cutoff=_CUTOFF, limit=5
        ):
            known, person = owners[position]
            if _plausible_misspelling(tokens, split_tokens(known)) and (
                best is None or score > best.score
            ):
                best = Variant(person, known, score)
    return best


def _short_forms(index: KBIndex) -> tuple[list[str], list[tuple[str, Person]]]:
    """Given name and surname of every known three-word name, and whose full name it is."""
    cached = index.fuzzy_cache.get("short-forms:")
    if cached is None:
        forms, owners = [], []
        for known, person in zip(index.names, index.name_people, strict=True):
            parts = split_tokens(known)
            if len(parts) == 3:
                forms.append(f"{parts[0]} {parts[2]}")
                owners.append((known, person))
        cached = index.fuzzy_cache["short-forms:"] = (forms, owners)
    return cached


def _plausible_misspelling(written: list[str], known: list[str]) -> bool:
    shortened = len(written) == 2 and len(known) == 3
    if shortened:
        # The usual short form of a name with a middle name, misspelt: "Hage Gaingob" for
        # Hage (Gottfried) Geingob. Its given name must be the known one, and with the
        # middle name missing the surname must be closer than usual ("David Groner" is not
        # David A. Granger).
        if written[0] != known[0]:
            return False
        known = [known[0], known[2]]
    if len(written) != len(known):
        return False  # a short or long form ("Bruno Rodríguez"), not a misspelling
    differing = [(a, b) for a, b in zip(written, known, strict=True) if a != b]
    if not differing:
        return False
    # One word misspelt, or (in names of two words or more) two words each slightly off:
    # "Volodimir Zelenski".
    cutoff = _TOKEN_CUTOFF if len(differing) <= max(1, len(written) // 2) else _TWO_WORDS_CUTOFF
    if shortened:
        cutoff = _SHORT_FORM_CUTOFF
    if len(differing) > max(2, len(written) // 2):
        return False
    # A misspelt word that is a common given name or surname names someone else ("José
    # Serrano" is not "José Serra", "Scott Morris" not "Scott Morrison"), unless two other
    # parts of the name agree ("Bruno Rodríguez Padilla").
    agreeing = len(written) - len(differing)
    if agreeing < 2 and any(a in common_names() for a, _ in differing):
        return False
    for a, b in differing:
        if min(len(a), len(b)) < 4 or a[0] != b[0]:
            return False
        if fuzz.ratio(a, b) < cutoff:
            return False
    return True


def titled_surname_variant(index: KBIndex, text: str, mention: NameMention) -> Variant | None:
    """ "President Macorn": a lone surname after a title, close to the surname of someone
    who held an office of that title (and not itself a known surname)."""
    key = fold(mention.name)
    if len(key) < 4 or key in index.surnames or key in index.name_tokens:
        return None
    if key in common_names():
        return None  # "President Morris" names a Morris
    if any(key.endswith(end) and key[: -len(end)] in index.surnames for end in ("es", "s")):
        return None  # "both former president Bushes": a family's surname in the plural
    title = title_before(index, text, mention.start)
    if title is None:
        return None
    best: Variant | None = None
    for surname, person in _titled_surnames(index, title[0]):
        if surname[0] != key[0]:
            continue
        score = fuzz.ratio(key, surname)
        if score >= _TITLED_CUTOFF and (best is None or score > best.score):
            best = Variant(person, surname, score)
    return best


def _titled_surnames(index: KBIndex, title: str) -> list[tuple[str, Person]]:
    cache_key = "title:" + title
    if cache_key not in index.fuzzy_cache:
        kb = index.kb
        people: dict[str, Person] = {}
        for office in index.titles.get(title, ()):
            for term in kb.office_terms(office.id):
                if term.person_id in kb.people:
                    people[term.person_id] = kb.people[term.person_id]
        index.fuzzy_cache[cache_key] = [
            (surname, person)
            for person in people.values()
            for surname in index.surnames_of.get(person.id, ())
            if " " not in surname
        ]
    return index.fuzzy_cache[cache_key]


_WORD_RE = re.compile(r"[^\W\d_][\w’'.-]*")


def _word_counts(sentences: Sequence[Sentence]) -> Counter[str]:
    """How often the article writes each word (folded)."""
    return Counter(word.strip(".’'-") for s in sentences for word in _WORD_RE.findall(fold(s.text)))


def _written_again(name: str, known: str, written: Counter[str]) -> bool:
    """The words of ``name`` that differ from the known name's are written more than once in
    the article: its own spelling of someone ("James Comey", again and again, is not a slip
    for James Comer). A slip is made once ("Mitch McConnel" in an article that says McConnell
    elsewhere, or not again)."""
    known_words = set(split_tokens(known))
    differing = [w for w in split_tokens(fold(name)) if w not in known_words]
    return bool(differing) and all(written[w.strip(".’'-")] >= 2 for w in differing)


def _titled(text: str, mention: NameMention, titles: Sequence[str]) -> bool:
    """One of ``titles`` (folded words) stands in the three words before the name ("Sen.
    Mitch McConnel", "Senate Majority Leader Mitch McConnel")."""
    before = fold(text[max(0, mention.start - 40) : mention.start]).split()[-3:]
    return any(word in titles or word.rstrip(".") in titles for word in before)


def detect_variants(
    ctx: Context, index: KBIndex, mentions: dict[int, list[NameMention]]
) -> list[Suggestion]:
    """One suggestion per misspelt mention; ``mentions`` are per sentence index, with
    offsets in the sentence's text."""
    found: list[Suggestion] = []
    written: Counter[str] | None = None  # counted at the first variant found, if any
    for sentence in ctx.sentences:
        for mention in mentions.get(sentence.index, ()):
            mention = split_known_title(index, mention)  # "Costa Rican President Laura …"
            if len(mention.words) == 1:
                variant = titled_surname_variant(index, sentence.text, mention)
            elif not is_person_like(mention.words) or find_exact(index, mention.name):
                continue
            else:
                variant = closest_person(index, mention.name)
            if variant is None:
                continue
            if written is None:
                written = _word_counts(ctx.sentences)
            if _written_again(mention.name, variant.known, written):
                continue
            if variant.person.titles and not _titled(sentence.text, mention, variant.person.titles):
                continue  # a member of Congress's name, misspelt only when the text says so
            kb = index.kb
            if hasattr(kb, "is_different") and kb.is_different(mention.name, variant.person.id):
                continue
            person = variant.person
            about = f" ({person.description})" if person.description else ""
            spelt = person.name
            if len(mention.words) == 1:
                surname = next(
                    (w for w in person.name.split() if fold(w) == variant.known),
                    variant.known.title(),
                )
                about = f" ({person.name}{', ' + person.description if person.description else ''})"
                spelt = surname
            found.append(
                make(
                    sentence,
                    mention.start,
                    mention.end,
                    VARIANT,
                    f"“{mention.name}” is usually spelt {spelt}{about}.",
                    value=person.name,
                    proposed={},
                )
            )
    return found
