"""Judgments that found no sentence in a new version of an article (or in a merged file).

Its own module, imported when orphans are first read (Store.orphans): a frozen dataclass costs
about half a millisecond to create, which the window's start need not pay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Orphan:
    """Judgments from an earlier version (or another file) that found no sentence here."""

    id: int
    article_id: str
    old_article_id: str
    old_number: int
    old_text: str
    prefix: str
    suffix: str
    reviews: dict[str, dict[str, Any]]  # reviewer -> review columns
    sources: list[tuple[str, str]]  # (name, kind)
    reattached_to: int | None
    evidence: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # reviewer -> evidence items
    claims: dict[str, str] = field(default_factory=dict)  # reviewer -> claim text
    decisions: dict[str, list[Any]] = field(default_factory=dict)  # field -> [value (JSON), by, at]
