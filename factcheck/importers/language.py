"""The language an article is written in, from its text (py3langid's n-gram model).

Short or mixed texts that the model cannot tell apart with confidence are taken as English,
the language the suggestion engine reads; only a clear verdict for another language counts.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from factcheck.languages import DEFAULT_LANGUAGE, ENGLISH, LANGUAGE_NAMES, language_name

__all__ = ["DEFAULT_LANGUAGE", "ENGLISH", "LANGUAGE_NAMES", "detect_language", "for_language", "language_name"]

_SAMPLE_CHARS = 6000  # enough for a sure verdict; the whole of a long article is not needed
_MIN_LETTERS = 20
_MIN_CONFIDENCE = 0.9
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

# What the suggestion engine finds in any language; its other detectors read English words.
LANGUAGE_INDEPENDENT_KINDS = frozenset({"claim.number", "claim.date", "quote.direct", "quote.scare"})


def for_language(language: str, suggestions: list[Any]) -> list[Any]:
    """The suggestions that hold for an article in ``language``: all of them for English,
    only figures, dates and quotes for another language."""
    if language in ENGLISH:
        return suggestions
    return [s for s in suggestions if s.kind in LANGUAGE_INDEPENDENT_KINDS]


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language; English when the text is too short or unclear."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return DEFAULT_LANGUAGE
    language, confidence = _identifier().classify(sample)
    if confidence < _MIN_CONFIDENCE:
        return DEFAULT_LANGUAGE
    return str(language)
