"""Normal forms of names: accent- and case-insensitive keys, slugs and surname keys."""

from __future__ import annotations

import re
import unicodedata

# Words after a surname that are not the surname ("George H. W. Bush Jr.").
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Lower-case particles that belong to the surname that follows ("da Silva", "de Kirchner").
_PARTICLES = {"da", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von"}
# Typographic variants that should not make two spellings different.
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


def fold(text: str) -> str:
    """Accent- and case-insensitive normal form: NFKD, combining marks dropped, casefolded."""
    if text.isascii():
        return text.casefold()  # nothing to decompose: the common case, and much faster
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def name_key(text: str) -> str:
    """The lookup key of a name: folded, typographic punctuation unified, spaces collapsed."""
    return " ".join(fold(text).translate(_PUNCT).split())


def slugify(text: str) -> str:
    """A person or office id from a name: "Bruno Rodríguez Parrilla" -> "bruno-rodriguez-parrilla"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def derived_surnames(name: str) -> list[str]:
    """Folded surname keys of a Western-order name: the last word, and the last two words
    when the name has three or more (Spanish double surnames, "da Silva")."""
    words = [w for w in name.split() if w.casefold() not in _SUFFIXES]
    if len(words) < 2:
        return [name_key(name)] if words else []
    keys = [name_key(words[-1])]
    before = words[-2]
    is_initial = len(before.rstrip(".")) <= 1 or before.endswith(".")
    if len(words) >= 3 and not is_initial:
        keys.append(name_key(" ".join(words[-2:])))
    elif before.casefold() in _PARTICLES:
        keys.append(name_key(" ".join(words[-2:])))
    return keys
