"""quote.direct and quote.scare: quoted words, told apart from apostrophes."""

from __future__ import annotations

import re

from factcheck.analysis.common import WORD_RE, Context, make
from factcheck.analysis.cues import find_cues
from factcheck.model import Sentence, Suggestion

DIRECT = "quote.direct"
SCARE = "quote.scare"

# "the so-called ‘peace plan’" distances the writer from the words: a scare quote.
_SO_CALLED_RE = re.compile(r"\bso-called\s+[\u2018\u201c\"']", re.IGNORECASE)


def detect_quotes(ctx: Context) -> list[Suggestion]:
    """One suggestion per quotation per sentence it overlaps.

    A quotation of one or two words in a sentence that names no speaker (no reporting
    verb outside the quotation) is a scare quote; anything else is a direct quote.
    """
    text = ctx.article.text
    spans = ctx.article_quotes()
    if not spans:
        return []
    found: list[Suggestion] = []
    sentences = ctx.sentences
    k = 0
    for start, end in spans:
        while k < len(sentences) and sentences[k].end <= start:
            k += 1
        j = k
        while j < len(sentences) and sentences[j].start < end:
            sentence = sentences[j]
            local_start = max(start, sentence.start) - sentence.start
            local_end = min(end, sentence.end) - sentence.start
            inner = text[start + 1 : end - 1] if end - start >= 2 else ""
            words = WORD_RE.findall(inner)
            if not words:
                j += 1
                continue
            kind = DIRECT
            if len(words) <= 2 and (
                not _has_speaker(ctx, sentence) or _used_as_a_label(text, start, end)
            ):
                kind = SCARE
            quoted = inner.strip()
            if kind == SCARE:
                message = f"Scare quotes around “{quoted}”: whose word is this?"
            else:
                message = (
                    f"Direct quotation: check the words against the source ({len(words)} words)."
                )
            found.append(make(sentence, local_start, local_end, kind, message, value=quoted))
            j += 1
    return found


_DETERMINER_BEFORE_RE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|this|that|these|those|a|an)|[\w.]+[\u2019']s)\s+$",
    re.IGNORECASE,
)
# The noun phrase goes on after the quotation ("‘renewal’ will be tested"), not a
# preposition or conjunction that ends it ("called it the country’s “principal enemy” in").
# "described the deal as a “framework”": the speaker's word, quoted.
_AS_BEFORE_RE = re.compile(r"\bas\s+(?:a|an|the)\s+$", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(
    r"\s+(?!(?:in|on|at|to|for|of|with|by|and|or|but|from|during|after|before|as|that|than|"
    r"over|against|into|since|until|while|because|if|when)\b)[a-z]"
)


def _used_as_a_label(text: str, start: int, end: int) -> bool:
    """A short quotation inside a noun phrase ("the ANC’s ‘renewal’ will be tested", "the
    'mini-budget' tax cuts") labels a thing in the writer's sentence: a scare quote even
    when the sentence reports someone's words."""
    return bool(
        _DETERMINER_BEFORE_RE.search(text, max(0, start - 30), start)
        and not _AS_BEFORE_RE.search(text, max(0, start - 30), start)
        and _WORD_AFTER_RE.match(text, end)
    )


def _has_speaker(ctx: Context, sentence: Sentence) -> bool:
    """A reporting cue outside the quotations of the sentence names who speaks."""
    if _SO_CALLED_RE.search(ctx.masked(sentence)):
        return False
    parsed = ctx.parse_of(sentence)
    return parsed is not None and bool(find_cues(parsed, ctx.quotes_over(parsed.start, parsed.end)))
