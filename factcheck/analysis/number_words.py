"""Numbers written as words, shared by the figure and date detectors."""

from __future__ import annotations

_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen"
).split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}

SPELLED_NUMBERS: dict[str, int] = {word: n for n, word in enumerate(_UNITS, start=1)} | _TENS
