"""A web page's author field, kept only when it reads as people's names.

Pages put many things where the author goes: "Phil Helsel is a reporter", "No Author", a
date glued to the name ("Carrie Arnold November"), a newsroom, a fact-check's claim
subjects ("Facebook posts"). Each author must parse as a person's name (nameparser finds a
first and a last name), in capitalised words without digits, dates or job descriptions;
what does not is left out rather than shown as a name.
"""

from __future__ import annotations

import re

from nameparser import HumanName

_SEPARATORS = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.IGNORECASE)
# Lower-case particles that belong inside names (Ludwig van Beethoven, Ana de Armas).
_PARTICLES = frozenset({"van", "von", "de", "del", "della", "der", "den", "di", "da", "do", "dos",
                        "du", "la", "le", "ter", "ten", "bin", "bint", "al", "el", "y", "e", "zu"})
_NOT_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "author", "authors", "staff", "admin", "editor", "editors", "team",
    "desk", "news", "newsroom", "reporter", "correspondent", "contributor", "writer", "guest",
    "unknown", "anonymous", "no", "none", "posts", "post", "updated", "published", "press",
    "media", "online", "redaktion", "agency", "agencies", "wire", "wires", "service",
    "said", "says", "wrote", "gmbh", "ag", "inc", "ltd", "llc", "plc", "corp", "co", "view", "all",
})
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:[-'’][^\W\d_]+)*\.?$")


def is_person_name(text: str) -> bool:
    """True when ``text`` reads as one person's name ("Maria Delgado", "J. R. R. Tolkien")."""
    text = _BY.sub("", text.strip())
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    for word in words:
        bare = word.strip(".").lower()
        if bare in _NOT_NAMES or not _WORD.match(word):
            return False
        if word[0].islower() and bare not in _PARTICLES:
            return False
        if len(bare) > 1 and word.strip(".").isupper():
            return False  # an acronym (WBF, CNN), not a name
    name = HumanName(text)
    return bool(name.first and name.last)


def clean_authors(raw: str) -> str:
    """The people named in a page's author field, joined with "; " ("" when none reads as a name)."""
    kept: list[str] = []
    for part in _SEPARATORS.split(raw.strip()):
        part = _BY.sub("", part.strip())
        if part and is_person_name(part) and part not in kept:
            kept.append(part)
    return "; ".join(kept)
