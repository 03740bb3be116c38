"""The linguistic layer: tokens, part of speech, lemmas, dependencies and entities per sentence.

Sentences come from the project's segmenter (``factcheck.text``); spaCy parses each one (it is
imported only when a parse is needed) and the parse is kept by a hash of the sentence text and
the model version.
"""

from factcheck.nlp.parsed import Entity, ParsedSentence, Token
from factcheck.nlp.parser import (
    MODEL_PACKAGE,
    MODEL_VERSION,
    ParseCache,
    forget_parses,
    model_loaded,
    parse_key,
    parse_sentences,
    parse_texts,
)

__all__ = [
    "MODEL_PACKAGE",
    "MODEL_VERSION",
    "Entity",
    "ParseCache",
    "ParsedSentence",
    "Token",
    "forget_parses",
    "model_loaded",
    "parse_key",
    "parse_sentences",
    "parse_texts",
]
