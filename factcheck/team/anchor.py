"""Finding a sentence again in a changed text: by its words and its neighbours, not its position.

A sentence is described as W3C TextQuoteSelector does: the exact text plus the text just before
(prefix) and after (suffix). A sentence of the old text finds its place in the new text when

* the new text has a sentence with exactly the same words (the neighbours pick between repeats), or
* a sentence is *nearly the same* — ``similarity >= THRESHOLD`` — and at least one neighbour
  agrees (the neighbour was matched too, or is itself nearly the same).

Anything else is an orphan: its judgments are kept with the old text, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 85.0
"""rapidfuzz ``ratio`` (0-100) from which two sentences count as nearly the same."""


@dataclass(frozen=True)
class TextQuote:
    """A sentence with its neighbours, as a TextQuoteSelector holds it."""

    exact: str
    prefix: str = ""
    suffix: str = ""


def quote_at(texts: Sequence[str], index: int) -> TextQuote:
    """The quote of sentence ``index`` among ``texts`` (neighbour sentences as prefix and suffix)."""
    return TextQuote(texts[index], texts[index - 1] if index > 0 else "",
                     texts[index + 1] if index + 1 < len(texts) else "")


def similarity(a: str, b: str) -> float:
    """How alike two sentences are, 0-100 (rapidfuzz ratio over whitespace-normalised text)."""
    from rapidfuzz import fuzz  # loaded when sentences are compared, not at start-up

    return float(fuzz.ratio(" ".join(a.split()), " ".join(b.split())))


def match_sentences(old: Sequence[str], new: Sequence[str],
                    threshold: float = THRESHOLD) -> list[int | None]:
    """For each old sentence, the index of its sentence in ``new`` (or None: an orphan).

    No two old sentences get the same new one.
    """
    result: list[int | None] = [None] * len(old)
    taken: set[int] = set()
    by_text: dict[str, list[int]] = {}
    for j, text in enumerate(new):
        by_text.setdefault(_norm(text), []).append(j)
    # 1. Same words: unique ones first, then repeats decided by their neighbours.
    for i, text in enumerate(old):
        places = by_text.get(_norm(text), [])
        if len(places) == 1 and places[0] not in taken:
            result[i] = places[0]
            taken.add(places[0])
    for i, text in enumerate(old):
        if result[i] is not None:
            continue
        places = [j for j in by_text.get(_norm(text), []) if j not in taken]
        if places:
            best = max(places, key=lambda j: (_context_score(old, new, i, j), -abs(j - i)))
            result[i] = best
            taken.add(best)
    # 2. Nearly the same words, with a neighbour that agrees.
    exact = list(result)
    for i, text in enumerate(old):
        if result[i] is not None:
            continue
        candidates = []
        for j, other in enumerate(new):
            if j in taken:
                continue
            score = similarity(text, other)
            if score >= threshold and _neighbour_agrees(old, new, exact, i, j, threshold):
                candidates.append((score, -abs(j - i), j))
        if candidates:
            j = max(candidates)[2]
            result[i] = j
            taken.add(j)
    return result


def _norm(text: str) -> str:
    return " ".join(text.split())


def _context_score(old: Sequence[str], new: Sequence[str], i: int, j: int) -> float:
    a, b = quote_at(old, i), quote_at(new, j)
    return similarity(a.prefix, b.prefix) + similarity(a.suffix, b.suffix)


def _neighbour_agrees(old: Sequence[str], new: Sequence[str], exact: list[int | None],
                      i: int, j: int, threshold: float) -> bool:
    for step in (-1, 1):
        oi, nj = i + step, j + step
        old_edge, new_edge = not 0 <= oi < len(old), not 0 <= nj < len(new)
        if old_edge or new_edge:
            if old_edge and new_edge:
                return True  # both at the start (or end) of the text
            continue
        if exact[oi] == nj or similarity(old[oi], new[nj]) >= threshold:
            return True
    return False
