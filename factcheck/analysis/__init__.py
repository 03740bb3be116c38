"""The suggestion engine: the first pass of a fact-checker's reading.

``analyse`` parses the sentences (``factcheck.nlp``, cached by text), builds one immutable
``Context`` and runs every detector in ``DETECTORS`` on it: each is a pure function of the
context (the article, its parsed sentences, its date) and the knowledge base, so the order they
run in does not matter. Suggestion kinds are the stable names in ``KINDS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from factcheck.analysis.anachronism import ANACHRONISM, detect_anachronisms
from factcheck.analysis.attribution import (
    ANONYMOUS_KIND as ANONYMOUS,
)
from factcheck.analysis.attribution import (
    NAMED_KIND as NAMED,
)
from factcheck.analysis.attribution import (
    NONE,
    SentenceAttribution,
    detect_attribution,
)
from factcheck.analysis.common import Context, article_date, collector_paused
from factcheck.analysis.dates import DATE, detect_dates
from factcheck.analysis.hedges import HEDGE, detect_hedges
from factcheck.analysis.kbindex import index_for
from factcheck.analysis.numbers import NUMBER, detect_numbers
from factcheck.analysis.people import known_single_names, person_mentions
from factcheck.analysis.quotes import DIRECT, SCARE, detect_quotes
from factcheck.analysis.references import AMBIGUOUS, detect_ambiguous
from factcheck.analysis.variants import VARIANT, detect_variants
from factcheck.model import Article, Sentence, Suggestion

if TYPE_CHECKING:
    from factcheck.analysis.kbindex import KBIndex
    from factcheck.kb import KnowledgeBase
    from factcheck.nlp import ParsedSentence

KINDS: tuple[str, ...] = (
    NAMED,
    ANONYMOUS,
    NONE,
    DIRECT,
    SCARE,
    HEDGE,
    ANACHRONISM,
    VARIANT,
    AMBIGUOUS,
    NUMBER,
    DATE,
)

__all__ = ["DATED", "DETECTORS", "KINDS", "analyse", "attribution_states", "context_for",
           "forget_reading"]


Detector = Callable[["Context", "KBIndex", "People"], list[Suggestion]]


class People:
    """The people an article names (from the knowledge base and the text), worked out once."""

    def __init__(self, ctx: Context, index: KBIndex) -> None:
        self.mentions = {s.index: ctx.mentions(s) for s in ctx.sentences}
        self.people = person_mentions(ctx, index, self.mentions)
        self.single_names = known_single_names(index, self.people)


def _attribution(ctx: Context, index: KBIndex, people: People) -> list[Suggestion]:
    return detect_attribution(ctx)[1]


DETECTORS: dict[str, Detector] = {
    "attribution": _attribution,
    "quotes": lambda ctx, index, people: detect_quotes(ctx),
    "hedges": lambda ctx, index, people: detect_hedges(ctx),
    "dates": lambda ctx, index, people: detect_dates(ctx),
    "numbers": lambda ctx, index, people: detect_numbers(ctx),
    "variants": lambda ctx, index, people: detect_variants(ctx, index, people.mentions),
    "references": lambda ctx, index, people: detect_ambiguous(ctx, people.mentions, people.people),
    "anachronisms": lambda ctx, index, people: detect_anachronisms(ctx, index, people.mentions),
}
# The detectors that read the article's date (``Context.today``, or its dates: a date read
# against another day may not be read at all, and the figures detector skips dates).
DATED = frozenset({"dates", "numbers", "anachronisms"})


def context_for(
    article: Article,
    sentences: Sequence[Sentence],
    *,
    today: date | None = None,
    parsed: Sequence[ParsedSentence] | None = None,
) -> Context:
    """The one immutable context the detectors read (parsing what is not parsed yet)."""
    if parsed is None:
        from factcheck.nlp import parse_sentences

        parsed = parse_sentences(sentences)
    return Context.build(article, sentences, article_date(article, today), parsed)


def attribution_states(
    article: Article,
    sentences: Sequence[Sentence],
    *,
    today: date | None = None,
    parsed: Sequence[ParsedSentence] | None = None,
) -> tuple[SentenceAttribution, ...]:
    """Each sentence's attribution state (named / anonymous / none), in order."""
    return detect_attribution(context_for(article, sentences, today=today, parsed=parsed))[0]


def analyse(
    article: Article,
    sentences: Sequence[Sentence],
    kb: KnowledgeBase | None = None,
    *,
    today: date | None = None,
    parsed: Sequence[ParsedSentence] | None = None,
    order: Sequence[str] | None = None,
) -> list[Suggestion]:
    """Every suggestion for ``article``, sorted by sentence and position.

    Dates resolve against ``article.published``, else the date of ``article.imported_at``,
    else ``today`` (default: the system date). ``kb=None`` loads the default knowledge base.
    ``parsed`` gives the sentences' parses (else they are parsed here, through this process's
    memory of parses); ``order`` runs the detectors in another order (the result is the same).
    The same article analysed again with a new date (the same parse objects, sentences, text
    and knowledge base) runs only the detectors in DATED: the others' findings stand.
    """
    if kb is None:
        from factcheck.kb import load_kb

        kb = load_kb()
    suggestions: list[Suggestion] = []
    with collector_paused():  # linear in the article's length (see collector_paused)
        if parsed is None:
            from factcheck.nlp import parse_sentences

            parsed = parse_sentences(sentences)
        parsed, sentences = tuple(parsed), tuple(sentences)
        index = index_for(kb)
        when = article_date(article, today)
        last = _last_reading
        if last is not None and last.reads(parsed, sentences, article.text, index):
            ctx, people, kept = last.ctx.redated(article, when), last.people, last.found
        else:
            ctx = Context.build(article, sentences, when, parsed)
            people, kept = People(ctx, index), {}
        found: dict[str, list[Suggestion]] = {}
        for name in order or DETECTORS:
            found[name] = kept[name] if name in kept else DETECTORS[name](ctx, index, people)
            suggestions += found[name]
        _remember(_Reading(parsed, sentences, article.text, index, ctx, people,
                           {n: f for n, f in found.items() if n not in DATED}))
        suggestions.sort(key=lambda s: (s.sentence, s.start, KINDS.index(s.kind), s.end, s.message))
    return suggestions


@dataclass(frozen=True)
class _Reading:
    """The last article analysed: what its detectors found that does not depend on its date."""

    parsed: tuple[ParsedSentence, ...]  # the very parse objects (see ``reads``)
    sentences: tuple[Sentence, ...]
    text: str
    index: KBIndex
    ctx: Context
    people: People
    found: dict[str, list[Suggestion]]  # by detector, the ones outside DATED

    def reads(self, parsed: tuple[ParsedSentence, ...], sentences: tuple[Sentence, ...],
              text: str, index: KBIndex) -> bool:
        """Whether an analysis of these reads what this one read, the date apart."""
        return (self.index is index and self.text == text and self.sentences == sentences
                and len(self.parsed) == len(parsed)
                and all(a is b for a, b in zip(self.parsed, parsed, strict=True)))


# An article analysed again with the same parse objects (the parser's memory gives them back),
# the same sentences, text and knowledge base, but a new date, runs only the detectors in
# DATED: the others read no date, so what they found last time stands. Kept by identity, as
# ``factcheck.analysis.attribution`` keeps its last reading.
_last_reading: _Reading | None = None


def _remember(reading: _Reading) -> None:
    global _last_reading
    _last_reading = reading  # one assignment: safe across threads


def forget_reading() -> None:
    """Forget the last article analysed (benchmarks timing every detector call this)."""
    global _last_reading
    _last_reading = None
