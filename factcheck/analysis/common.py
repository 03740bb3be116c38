"""Shared pieces of the detectors: folding, word patterns, quote masking, suggestion building."""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from factcheck.model import Article, Sentence, Suggestion, suggestion_key

if TYPE_CHECKING:
    from factcheck.nlp import ParsedSentence

# Letters by case, built once: the stdlib ``re`` has no \p{Lu}.
# Latin Extended Additional too: Vietnamese letters ("Phạm Minh Chính", "Nguyễn").
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
UPPER = "".join(ch for ch in _LATIN if ch.isupper())
LOWER = "".join(ch for ch in _LATIN if ch.islower() or ch == "ß")
LETTERS = UPPER + LOWER

APOSTROPHES = "'\u2019"
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-, case- and typography-insensitive form of a word or name."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().translate(_PUNCT).split())


def strip_possessive(word: str) -> str:
    """ "Maduro’s" -> "Maduro"; "Cubans’" stays (a plural possessive keeps its word)."""
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        return word[:-2]
    return word


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the detectors run.

    A long article's parses are millions of live objects; every full collection walks them
    all, so with the collector on, the cost per sentence grows with the article (1.6× at
    20,000 sentences). The detectors make little cyclic garbage; it is collected as soon as
    the collector runs again. If it was already paused (another analysis in another thread),
    it is left as found.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class QuoteIndex:
    """Quotation spans (article offsets) looked up by the span they overlap, in O(log n) plus
    what is found: a sentence of a 100,000-sentence transcript must not scan every quotation.

    ``over(start, end)`` is exactly ``[(s, e) for s, e in spans if s < end and e > start]``,
    in the same order.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._order = sorted(range(len(self.spans)), key=lambda k: self.spans[k][0])
        self._starts = [self.spans[k][0] for k in self._order]
        self._reach: list[int] = []  # the furthest end among the first i+1 spans by start
        furthest = -1
        for k in self._order:
            furthest = max(furthest, self.spans[k][1])
            self._reach.append(furthest)

    def over(self, start: int, end: int) -> list[tuple[int, int]]:
        found = []
        i = bisect_left(self._starts, end) - 1  # spans from here down start before ``end``
        while i >= 0 and self._reach[i] > start:
            k = self._order[i]
            if self.spans[k][1] > start:
                found.append(k)
            i -= 1
        return [self.spans[k] for k in sorted(found)]


@dataclass(frozen=True)
class Context:
    """What every detector receives, computed once and never changed: the article, its
    sentences and their parses, the date of reference, and what several detectors read from
    one sentence (its text with quotations blanked, its dates, its capitalised names).

    Detectors only read it, so the order they run in cannot change what they find.
    """

    article: Article
    sentences: Sequence[Sentence]
    today: date  # the article's date: publication, else import, else today
    parsed: Sequence[ParsedSentence] = ()
    quotes: tuple[tuple[int, int], ...] = ()
    _masked: tuple[str, ...] = field(default=(), repr=False)
    _dates: tuple[Any, ...] = field(default=(), repr=False)
    _mentions: tuple[Any, ...] = field(default=(), repr=False)

    @classmethod
    def build(
        cls,
        article: Article,
        sentences: Sequence[Sentence],
        today: date,
        parsed: Sequence[ParsedSentence] = (),
    ) -> Context:
        """A context with everything detectors share worked out up front."""
        from factcheck.analysis.dates import find_dates
        from factcheck.analysis.names import name_mentions

        sentences = tuple(sentences)
        return cls(
            article=article,
            sentences=sentences,
            today=today,
            parsed=tuple(parsed),
            quotes=tuple(quote_spans(article.text)),
            _masked=tuple(mask_quotes(s.text) for s in sentences),
            _dates=tuple(tuple(find_dates(s.text, today)) for s in sentences),
            _mentions=tuple(tuple(name_mentions(s.text)) for s in sentences),
        )

    def redated(self, article: Article, today: date) -> Context:
        """This context for the same sentences of ``article`` read on another date: only the
        dates are read again (a date may resolve differently, or not at all)."""
        from factcheck.analysis.dates import find_dates

        dates = self._dates if today == self.today else tuple(
            tuple(find_dates(s.text, today)) for s in self.sentences)
        return replace(self, article=article, today=today, _dates=dates)

    def _position(self, sentence: Sentence) -> int:
        if sentence.index < len(self.sentences) and self.sentences[sentence.index] is sentence:
            return sentence.index
        return next(k for k, s in enumerate(self.sentences) if s.index == sentence.index)

    def article_quotes(self) -> list[tuple[int, int]]:
        """Quotation spans of the whole article text (they may run over sentences)."""
        return list(self.quotes)

    @cached_property
    def quote_index(self) -> QuoteIndex:
        return QuoteIndex(self.quotes)

    def quotes_over(self, start: int, end: int) -> list[tuple[int, int]]:
        """The article's quotation spans that overlap ``[start, end)``, in article order."""
        return self.quote_index.over(start, end)

    @cached_property
    def _parse_by_index(self) -> dict[int, ParsedSentence]:
        found: dict[int, ParsedSentence] = {}
        for parsed in self.parsed:
            found.setdefault(parsed.index, parsed)  # the first one, as a scan would find
        return found

    def parse_of(self, sentence: Sentence) -> ParsedSentence | None:
        """The parse of ``sentence`` (by its index), or None."""
        return self._parse_by_index.get(sentence.index)

    def masked(self, sentence: Sentence) -> str:
        """The sentence with the inside of its quotations blanked."""
        if not self._masked:
            return mask_quotes(sentence.text)
        return self._masked[self._position(sentence)]

    def dates(self, sentence: Sentence) -> list[Any]:
        if not self._dates:
            from factcheck.analysis.dates import find_dates

            return find_dates(sentence.text, self.today)
        return list(self._dates[self._position(sentence)])

    def mentions(self, sentence: Sentence) -> list[Any]:
        if not self._mentions:
            from factcheck.analysis.names import name_mentions

            return name_mentions(sentence.text)
        return list(self._mentions[self._position(sentence)])


def article_date(article: Article, today: date | None = None) -> date:
    """The date relative dates resolve against: published, else imported, else today."""
    if article.published is not None:
        return article.published
    if article.imported_at:
        try:
            return datetime.fromisoformat(article.imported_at[:10]).date()
        except ValueError:
            pass
    return today or date.today()


def make(
    sentence: Sentence,
    local_start: int,
    local_end: int,
    kind: str,
    message: str,
    *,
    value: str | None = None,
    related: Sequence[int] = (),
    proposed: dict[str, Any] | None = None,
    confidence: str = "high",
) -> Suggestion:
    """A suggestion over ``sentence.text[local_start:local_end]`` with article offsets and key."""
    span = sentence.text[local_start:local_end]
    return Suggestion(
        sentence=sentence.index,
        start=sentence.start + local_start,
        end=sentence.start + local_end,
        kind=kind,
        message=message,
        value=value,
        related=tuple(related),
        proposed=proposed or {},
        key=suggestion_key(kind, span, sentence.text),
        confidence=confidence,
    )


# -- quotes ------------------------------------------------------------------------------

_OPENERS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'"}


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or ch.isdigit()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of quotations in ``text``, quote marks included.

    Double quotes pair up; a single ’ or ' between two letters (Venezuela’s, doesn’t)
    or after a letter s followed by a space inside no open quote is an apostrophe. An
    unclosed quotation runs to the end of its paragraph (multi-paragraph quotes).
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while True:
        found = _OPENER_RE.search(text, pos)
        if found is None:
            return spans
        i = found.start()
        ch = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        pos = i + 1
        if text.startswith("''", i) and not _is_letter(before):
            # Two apostrophes written for a double quote (''We will win,'' he said).
            close = _find_double_apostrophe(text, i + 2)
            if close is None:
                close = _paragraph_end(text, i)
            spans.append((i, close))
            pos = max(close, i + 2)
            continue
        if ch in "\u2018'":
            # An opening single quote starts a word: not after a letter, before one.
            if _is_letter(before) or not (_is_letter(after) or after in '\u201c"$(…'):
                continue
            if _elided_year(text, i):
                continue  # "in ‘08", "the '90s": an apostrophe, written either way
        elif ch == '"' and _is_letter(before):
            continue
        end = _find_closer(text, i + 1, _OPENERS[ch])
        if ch in "\u201c\"":
            # Curly and straight double quotes mixed (“We will win," she said).
            other = _find_closer(text, i + 1, '"' if ch == "\u201c" else "\u201d")
            if other is not None and (end is None or other < end):
                end = other
        if end is None:
            end = _paragraph_end(text, i)
            spans.append((i, end))
            pos = max(end, i + 1)
            continue
        spans.append((i, end + 1))
        pos = end + 1


def _elided_year(text: str, i: int) -> bool:
    """The mark at ``i`` stands for a year's first two digits ("in ‘08 that", "the '90s",
    "’16 race"): two digits follow, then no further digit, and no capitalised word as in a
    quoted title ("‘99 Red Balloons’")."""
    digits = text[i + 1 : i + 3]
    if len(digits) != 2 or not digits.isdigit():
        return False
    rest = text[i + 3 : i + 5]
    if rest[:1].isdigit():
        return False
    return not (rest[:1] == " " and rest[1:2].isupper())


def _paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` ends: an unclosed quotation runs to there."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end


_OPENER_RE = re.compile("[\u201c\u2018\"']")


def _find_double_apostrophe(text: str, start: int) -> int | None:
    """The end (past its last mark) of the '' that closes a quotation opened by '' before
    ``start``, on the same line (a run of three also closes a single quote inside it)."""
    line_end = text.find("\n", start)
    limit = len(text) if line_end == -1 else line_end
    j = text.find("''", start, limit)
    if j == -1:
        return None
    end = j + 2
    while end < limit and text[end] == "'":
        end += 1
    return end


def _find_closer(text: str, start: int, closer: str) -> int | None:
    n = len(text)
    line_end = text.find("\n", start)
    limit = n if line_end == -1 else line_end
    j = start
    while True:
        j = text.find(closer, j, limit)
        if j == -1:
            return None
        if closer in "\u2019'":
            before = text[j - 1] if j else " "
            after = text[j + 1] if j + 1 < n else " "
            if (_is_letter(before) and _is_letter(after)) or before.isspace():
                j += 1  # an apostrophe inside a word, or an opening-looking mark
                continue
        return j


def mask_quotes(text: str, spans: Sequence[tuple[int, int]] | None = None) -> str:
    """``text`` with the inside of every quotation blanked (same length), marks kept."""
    spans = quote_spans(text) if spans is None else spans
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for k in range(start + 1, max(start + 1, end - 1)):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


WORD_RE = re.compile(rf"[{LETTERS}0-9]+(?:[-{APOSTROPHES}.][{LETTERS}0-9]+)*")
