"""The suggestion engine: the first pass of a fact-checker's reading.

``analyse`` runs every detector (one module each, each a pure function of the article,
its sentences, its date and the knowledge base) and returns their suggestions in
reading order. Suggestion kinds are the stable names in ``KINDS``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from factcheck.analysis.anachronism import ANACHRONISM, detect_anachronisms
from factcheck.analysis.attribution import ANONYMOUS, NAMED, NONE, detect_attribution
from factcheck.analysis.common import Context, article_date, fold
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

__all__ = ["KINDS", "analyse"]


def proper_words(ctx: Context) -> frozenset[str]:
    """Folded words the article capitalises somewhere other than a sentence's start."""
    return frozenset(
        fold(word)
        for sentence in ctx.sentences
        for mention in ctx.mentions(sentence)
        if not mention.sentence_initial
        for word in mention.words
    )


def analyse(
    article: Article,
    sentences: Sequence[Sentence],
    kb: KnowledgeBase | None = None,
    *,
    today: date | None = None,
) -> list[Suggestion]:
    """Every suggestion for ``article``, sorted by sentence and position.

    Dates resolve against ``article.published``, else the date of ``article.imported_at``,
    else ``today`` (default: the system date). ``kb=None`` loads the default knowledge base.
    """
    if kb is None:
        from factcheck.kb import load_kb

        kb = load_kb()
    ctx = Context(article=article, sentences=tuple(sentences), today=article_date(article, today))
    index = index_for(kb)
    mentions = {s.index: ctx.mentions(s) for s in ctx.sentences}
    people = person_mentions(ctx, index, mentions)
    single_names = known_single_names(index, people)
    suggestions: list[Suggestion] = []
    proper = proper_words(ctx) | index.places | index.name_tokens
    suggestions += detect_attribution(ctx, single_names | index.single_surnames, proper)
    suggestions += detect_quotes(ctx)
    suggestions += detect_hedges(ctx)
    suggestions += detect_dates(ctx)
    suggestions += detect_numbers(ctx)
    suggestions += detect_variants(ctx, index, mentions)
    suggestions += detect_ambiguous(ctx, mentions, people)
    suggestions += detect_anachronisms(ctx, index, mentions)
    suggestions.sort(key=lambda s: (s.sentence, s.start, KINDS.index(s.kind)))
    return suggestions
