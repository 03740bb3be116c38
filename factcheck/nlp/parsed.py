"""Immutable parsed sentences: tokens with part of speech, lemma, dependency and entity.

A parse is computed once per distinct sentence text (see ``factcheck.nlp.parser``) and kept as a
compact record with offsets local to the sentence; ``ParsedSentence.from_record`` places it in
an article, so ``article.text[token.start:token.end] == token.text`` always.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple


class Token(NamedTuple):
    """One token. ``head``, ``left`` and ``right`` are token indexes within the sentence
    (``left``..``right`` is the token's whole subtree); ``start``/``end`` are article offsets.

    A named tuple, not a dataclass: an article's parses are tens of thousands of tokens, read
    back from the file each time an article is analysed in a new process, and a tuple is made
    several times faster (a frozen dataclass sets each of its 13 fields one by one)."""

    i: int
    text: str
    start: int
    end: int
    pos: str
    tag: str
    lemma: str
    dep: str
    head: int
    left: int
    right: int
    ent_iob: str  # "B", "I" or "" (outside)
    ent_type: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: tokens ``first``..``last`` (inclusive), article offsets, OntoNotes label."""

    first: int
    last: int
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """One sentence of the segmenter with its parse, placed in its article."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]
    children: tuple[tuple[int, ...], ...]

    @classmethod
    def from_record(cls, record: dict[str, Any], index: int, start: int, text: str) -> ParsedSentence:
        """A parsed sentence from a cache record (local offsets) for a sentence at ``start``."""
        new = tuple.__new__
        tokens = tuple(
            new(Token, (i, text[s:e], start + s, start + e, pos, tag, lemma, dep, head, left,
                        right, iob, ent))
            for i, (s, e, pos, tag, lemma, dep, head, left, right, iob, ent) in enumerate(
                record["tokens"]
            )
        )
        entities = tuple(
            Entity(first, last, tokens[first].start, tokens[last].end, label,
                   text[tokens[first].start - start : tokens[last].end - start])
            for first, last, label in record["entities"]
        )
        kids: list[list[int]] = [[] for _ in tokens]
        for token in tokens:
            if token.head != token.i:
                kids[token.head].append(token.i)
        return cls(index, start, start + len(text), text, tokens, entities,
                   tuple(tuple(k) for k in kids))

    def span_text(self, first: int, last: int) -> str:
        """The sentence's text from token ``first`` to token ``last`` inclusive."""
        return self.text[self.tokens[first].start - self.start : self.tokens[last].end - self.start]

    def local(self, offset: int) -> int:
        """An article offset as an offset into this sentence's text."""
        return offset - self.start

    def entity_at(self, i: int) -> Entity | None:
        """The entity token ``i`` belongs to, if any."""
        for entity in self.entities:
            if entity.first <= i <= entity.last:
                return entity
        return None
