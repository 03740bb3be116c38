"""A search's hit: its own module, imported when the first search runs (Store.search), not
with the store: a frozen dataclass costs the window's start about half a millisecond."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchHit:
    """A sentence a search found, with its article and a snippet around the match."""

    article_id: str
    article_title: str
    sentence_id: int
    index: int
    text: str
    snippet: str
