"""Titles of offices the knowledge base does not cover.

A title written before a person's name ("NATO Secretary-General Jens Stoltenberg", "German
Defence Minister Boris Pistorius") names an office; when no office of the knowledge base has
that title, an anachronism in it cannot be seen. The detail panel says so quietly, so that
silence is not read as "checked and right".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.analysis.common import fold
from factcheck.analysis.kbindex import KBIndex, index_for
from factcheck.office_titles import TITLE_BEFORE_NAME_RE as _TITLE_BEFORE_NAME_RE

_LEADING_RE = re.compile(r"^(?:(?:The|the|A|An|Then|Former|Ex|Acting|Interim)\s+)+")


@dataclass(frozen=True)
class UncoveredTitle:
    start: int  # of the title, in the text given
    end: int
    title: str  # as written: "NATO Secretary-General"
    name: str  # the name after it: "Jens Stoltenberg"


def uncovered_titles(text: str, kb) -> list[UncoveredTitle]:
    """Titles in ``text`` that name an office the knowledge base has no title for."""
    index = index_for(kb)
    found = []
    for match in _TITLE_BEFORE_NAME_RE.finditer(text):
        title = match.group("title")
        leading = _LEADING_RE.match(title)
        start = match.start("title") + (leading.end() if leading else 0)
        title = text[start : match.end("title")]
        if not title or _covered(index, title):
            continue
        found.append(UncoveredTitle(start, match.end("title"), title, match.group("name")))
    return found


def _covered(index: KBIndex, title: str) -> bool:
    key = fold(title)
    if key in index.titles:
        return True
    # "the U.N. Secretary-General" is "U.N. Secretary-General"; possessives of a known
    # country ("Kenya's President") are titles the loader expands.
    return key.removeprefix("u.s. ").removeprefix("us ") in index.titles and key != title

