"""The languages an article can be in, by ISO 639-1 code: which count as English and their names.

Apart from the importers (factcheck/importers/language.py detects an article's language), so
the window can name one without loading the importers package.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"
ENGLISH = ("en", "")  # "" for an article stored before languages were detected

# English names of the languages people are most likely to meet, for the window's notice.
LANGUAGE_NAMES = {
    "ar": "Arabic", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "fa": "Persian", "fr": "French", "he": "Hebrew", "hi": "Hindi", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "pl": "Polish",
    "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian",
    "vi": "Vietnamese", "zh": "Chinese",
}


def language_name(code: str) -> str:
    """'Korean' for 'ko'; the code itself for a language not in the short list."""
    return LANGUAGE_NAMES.get(code, code)
