"""The suggestion engine: the first pass of a fact-checker's reading.

``analyse`` parses the sentences (``factcheck.nlp``, cached by text), builds one immutable
``Context`` and runs every detector in ``DETECTORS`` on it: each is a pure function of the
context (the article, its parsed sentences, its date) and the knowledge base, so the order they
run in does not matter. Suggestion kinds are the stable names in ``KINDS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    from factcheck.nlp import ParsedSentence

if TYPE_CHECKING:
    from factcheck.analysis.kbindex import KBIndex
    from factcheck.kb import KnowledgeBase

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

__all__ = ["DETECTORS", "KINDS", "analyse", "attribution_states", "context_for"]


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
    """
    if kb is None:
        from factcheck.kb import load_kb

        kb = load_kb()
    suggestions: list[Suggestion] = []
    with collector_paused():  # linear in the article's length (see collector_paused)
        ctx = context_for(article, sentences, today=today, parsed=parsed)
        index = index_for(kb)
        people = People(ctx, index)
        for name in order or DETECTORS:
            suggestions += DETECTORS[name](ctx, index, people)
        suggestions.sort(key=lambda s: (s.sentence, s.start, KINDS.index(s.kind), s.end, s.message))
    return suggestions
