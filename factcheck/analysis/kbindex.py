"""Look-up tables over a knowledge base, built once per KB object and cached."""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from factcheck.analysis.common import fold, strip_possessive
from factcheck.kb.types import Office, Person

_TOKEN_SPLIT_RE = re.compile(r"[\s\-]+")
_OPENING_MARKS = "\u201c\u2018\"'(["


@dataclass
class KBIndex:
    kb: Any
    names: list[str] = field(default_factory=list)  # folded spellings, for rapidfuzz
    name_people: list[Person] = field(default_factory=list)
    exact: dict[str, list[Person]] = field(default_factory=dict)  # folded spelling -> people
    name_tokens: frozenset[str] = frozenset()  # folded words of every spelling
    surnames: dict[str, list[Person]] = field(default_factory=dict)
    surnames_of: dict[str, set[str]] = field(default_factory=dict)  # person id -> surname keys
    titles: dict[str, list[Office]] = field(default_factory=dict)  # folded title -> offices
    title_lengths: tuple[int, ...] = ()  # word counts of titles, longest first
    title_last_words: frozenset[str] = frozenset()  # "minister", "president", "state"…
    fuzzy_cache: dict[str, Any] = field(default_factory=dict)
    office_cache: dict[Any, Any] = field(default_factory=dict)  # see anachronism.py
    single_surnames: frozenset[str] = frozenset()  # one-word surnames: "rubio", "kim"
    places: frozenset[str] = frozenset()  # folded words of country names and adjectives


_CACHE: dict[int, tuple[weakref.ref[Any] | None, KBIndex]] = {}
_LOCK = threading.Lock()


def index_for(kb: Any) -> KBIndex:
    """The cached index of ``kb`` (rebuilt if that object has gone and its id is reused)."""
    key = id(kb)
    with _LOCK:
        entry = _CACHE.get(key)
        if entry is not None:
            ref, index = entry
            if ref is None or ref() is kb:
                return index
        index = _build(kb)
        try:
            ref = weakref.ref(kb, partial(_forget, key))
        except TypeError:
            ref = None
        _CACHE[key] = (ref, index)
        return index


def _forget(key: int, _ref: object = None) -> None:
    if _CACHE is not None:  # None while the interpreter shuts down
        _CACHE.pop(key, None)


def _build(kb: Any) -> KBIndex:
    index = KBIndex(kb=kb)
    tokens: set[str] = set()
    for spelling, person in kb.all_names():
        folded = fold(spelling)
        index.names.append(folded)
        index.name_people.append(person)
        bucket = index.exact.setdefault(folded, [])
        if person not in bucket:
            bucket.append(person)
        tokens.update(fold(w) for w in spelling.split())
    index.name_tokens = frozenset(tokens)
    for key, people in kb.surname_index().items():
        index.surnames[key] = list(people)
        for person in people:
            index.surnames_of.setdefault(person.id, set()).add(key)
    from factcheck.analysis.names import ORG_WORDS, STARTERS

    index.single_surnames = frozenset(
        key
        for key in index.surnames
        if " " not in key and key not in STARTERS and key not in ORG_WORDS
    )
    places: set[str] = set()
    countries = getattr(kb, "countries", {}) or {}
    for country, forms in countries.items():
        for form in (country, *forms.get("names", ()), *forms.get("adjectives", ())):
            places.update(fold(strip_possessive(w)) for w in form.split() if w[:1].isupper())
    places.update(fold(w) for office in kb.offices.values() for w in office.country.split())
    index.places = frozenset(places)
    titles = kb.title_index() if hasattr(kb, "title_index") else _titles(kb)
    index.titles = {fold(k): list(v) for k, v in titles.items()}
    index.title_lengths = tuple(sorted({len(k.split()) for k in index.titles}, reverse=True))
    index.title_last_words = frozenset(k.split()[-1] for k in index.titles if k)
    return index


def _titles(kb: Any) -> dict[str, list[Office]]:
    found: dict[str, list[Office]] = {}
    for office in kb.offices.values():
        for title in (office.title, *office.titles):
            found.setdefault(fold(title), []).append(office)
    return found


def find_exact(index: KBIndex, name: str) -> list[Person]:
    return index.exact.get(fold(strip_possessive(name)), [])


def title_before(index: KBIndex, text: str, pos: int) -> tuple[str, int] | None:
    """The longest known title that ends just before ``pos`` in ``text`` ("Cuban Foreign
    Minister " before "Bruno"), as (folded title, start offset)."""
    window_start = max(0, pos - 80)
    before = text[window_start:pos]
    if not before.endswith((" ", "\u00a0")):
        return None
    last_word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if fold(last_word).removeprefix("then-").removeprefix("ex-") not in index.title_last_words:
        return None  # most names have no title before them
    words = list(re.finditer(r"\S+", before))
    for length in index.title_lengths:
        if length > len(words):
            continue
        chosen = words[-length:]
        phrase = fold(" ".join(w.group(0) for w in chosen))
        opening = len(phrase) - len(phrase.lstrip(_OPENING_MARKS))  # "“Prime Minister"
        phrase = phrase[opening:].removeprefix("then-").removeprefix("ex-")
        if phrase in index.titles:
            return phrase, window_start + chosen[0].start() + opening
    return None


def split_tokens(folded_name: str) -> list[str]:
    return [t for t in _TOKEN_SPLIT_RE.split(folded_name.replace(".", "")) if t]


def split_known_title(index: KBIndex, mention: Any) -> Any:
    """ "Costa Rican President Laura Chinchilla", read as one name: the longest run of its
    first words that is a title of the knowledge base becomes the title."""
    if mention.title:
        return mention
    words = list(re.finditer(r"\S+", mention.name))
    for k in range(len(words) - 1, 0, -1):
        if fold(mention.name[: words[k - 1].end()]) in index.titles:
            cut = words[k].start()
            return replace(
                mention,
                start=mention.start + cut,
                name=mention.name[cut:],
                title=mention.name[: words[k - 1].end()],
                title_start=mention.start,
                sentence_initial=False,
            )
    return mention
