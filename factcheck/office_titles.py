"""Where a sentence writes an office's title before a name ("German Defence Minister Boris
Pistorius"), found with one expression and no knowledge base.

Kept outside the suggestion engine so the window can ask it without loading the engine:
``factcheck.analysis.coverage`` checks the titles found against the knowledge base.
"""

from __future__ import annotations

import re

# The word an office title ends in; the words before it (capitalised, or of/for/the)
# say which office.
_HEADS = (
    r"Secretary[- ]General|Director[- ]General|Managing Director|Prime Minister|President|"
    r"Premier|Chancellor|Minister|Secretary|Governor|Chair(?:man|woman|person)?|Commissioner|"
    r"Ambassador|Administrator|Adviser|Advisor|Director|King|Queen|Emir|Sultan"
)
TITLE_BEFORE_NAME_RE = re.compile(
    r"(?<![\w.’'-])(?P<title>(?:(?:[A-Z][\w.’'-]*|of|for|the)\s+){0,6}?(?:"
    + _HEADS
    + r"))\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+)+)"
)


def names_an_office(text: str) -> bool:
    """Whether ``text`` has a title before a name at all: when not, nothing in it can name an
    office the knowledge base lacks, and the knowledge base need not be loaded to say so."""
    return TITLE_BEFORE_NAME_RE.search(text) is not None
