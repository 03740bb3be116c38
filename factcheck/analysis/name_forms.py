"""Which words can be a person's first name, and which first names are one person's.

Two data sources, both maintained packages: the given names of the US Census lists (the
``names`` package) with the English names and nicknames of the ``nicknames`` package
("Chuck" is a Charles, "Tim" a Timothy), and the English dictionary of the spaCy model's
lemmatizer (the WordNet word index). A capitalised dictionary word that is no given name
("Half Clinton's meetings", "Team Clinton", "the Stop Trump movement", "Mister Rogers") is not a
first name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from factcheck.analysis.common import fold

_GLUED_RE = re.compile(r"[A-Z]{2,}[a-z]")  # capitals run into a word ("McCain", "LeBron" are names)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded given names: every name of the Census first-name lists and of the nicknames
    data (both its names and their nicknames)."""
    found: set[str] = set()
    try:
        folder = resources.files("names")
        for list_name in ("dist.male.first", "dist.female.first"):
            for line in folder.joinpath(list_name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.add(line.split()[0].casefold())
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    for first, second in _nickname_pairs():
        found.update((first, second))
    return frozenset(found)


@lru_cache(maxsize=1)
def _nickname_pairs() -> frozenset[tuple[str, str]]:
    """(name, nickname) pairs, folded, in both directions."""
    try:
        from nicknames import name_triplets
    except ModuleNotFoundError:
        return frozenset()
    pairs: set[tuple[str, str]] = set()
    for triplet in name_triplets():
        a, b = triplet.name1.casefold(), triplet.name2.casefold()
        pairs.update(((a, b), (b, a)))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """English words (nouns, verbs, adjectives, adverbs) of the spaCy model's lemmatizer
    index; empty when the model is not installed. Read from the model's files without
    importing spaCy (an analysis from kept parses must not load it)."""
    from importlib.util import find_spec

    from factcheck.nlp.parser import MODEL_PACKAGE

    spec = find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    tables = sorted(
        path for folder in spec.submodule_search_locations
        for path in Path(folder).glob("*/lemmatizer/lookups/lookups.bin")
    )
    if not tables:
        return frozenset()
    try:
        import srsly

        index = srsly.msgpack_loads(tables[0].read_bytes())["lemma_index"]
    except (ModuleNotFoundError, KeyError, OSError, ValueError):
        return frozenset()
    return frozenset(word.casefold() for words in index.values() for word in words)


def can_be_first_name(word: str) -> bool:
    """Whether ``word`` can open a person's name: a given name, an initial, or any word that is
    not a common English word ("Rahaman", "Ivanka" can; "Half", "Team", "Longtime" cannot)."""
    if _GLUED_RE.match(word):
        return False  # "PMTed Cruz": "10:20 PM" run into "Ted"
    key = fold(word).rstrip(".")
    if len(key) <= 1 or key in given_names():
        return True
    return key not in dictionary_words()


def same_first_name(a: str, b: str) -> bool:
    """Two first names one person may go by: the same, one the start of the other ("Tim",
    "Timothy"), or a listed nickname of the other ("Chuck", "Charles"; "Bill", "William")."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    return (a, b) in _nickname_pairs()
