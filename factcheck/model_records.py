"""The records of the core model that opening the window does not need: a whole article's
review (what reports are made from), a history entry, a citation, an editor's decision and an
item of the reviewer's evidence. ``factcheck.model`` makes them on first use and exports them
under their usual names; import them from there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.model import Article, Link, Review, Sentence, Source, Suggestion


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of the reviewer's own evidence on a sentence (several per sentence and reviewer).

    This is what the reviewer consulted, kept apart from the article's own sources
    (the citations of the source ledger).
    """

    url: str = ""
    title: str = ""
    accessed: str = ""
    archive_url: str = ""
    note: str = ""
    id: int | None = None

    def is_empty(self) -> bool:
        return not (self.url or self.title or self.accessed or self.archive_url or self.note)


@dataclass(frozen=True)
class HistoryEntry:
    """One change in the history: who changed which field of what, from which value to which."""

    id: int
    at: str
    reviewer: str
    action: str
    entity: str
    entity_id: str
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Citation:
    """A sentence citing a source (row ids)."""

    sentence_id: int
    source_id: int


@dataclass(frozen=True)
class Decision:
    """An editor's value for one field of a sentence in the final layer: who decided, when."""

    value: Any
    decided_by: str
    decided_at: str


@dataclass(frozen=True)
class ArticleReview:
    """Everything recorded about one article: what reports and exports are made from.

    ``reviews`` maps sentence row id -> reviewer -> Review. ``link_targets`` maps
    a sentence row id named by a link (possibly in another article) to
    ``(article_id, article_title, index, text)``.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    reviews: dict[int, dict[str, Review]]
    sources: tuple[Source, ...] = ()
    citations: tuple[Citation, ...] = ()
    links: tuple[Link, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    link_targets: dict[int, tuple[str, str, int, str]] = field(default_factory=dict)
    # sentence row id -> reviewer -> the reviewer's evidence items, in order
    evidence: dict[int, dict[str, tuple[EvidenceItem, ...]]] = field(default_factory=dict)
    # sentence row id -> reviewer -> the claim text the reviewer wrote for ClaimReview
    claims: dict[int, dict[str, str]] = field(default_factory=dict)
    # sentence row id -> field -> the editor's decision behind the final layer's value
    decisions: dict[int, dict[str, Decision]] = field(default_factory=dict)
    # reviewer name -> the id made when the name was first used in the file (the final layer has none)
    reviewer_ids: dict[str, str] = field(default_factory=dict)

    def evidence_of(self, sentence_id: int | None, reviewer: str) -> tuple[EvidenceItem, ...]:
        """The reviewer's evidence items on a sentence; the review's single evidence field
        for a review made before evidence lists existed."""
        if sentence_id is None:
            return ()
        items = self.evidence.get(sentence_id, {}).get(reviewer)
        if items is not None:
            return items
        review = self.reviews.get(sentence_id, {}).get(reviewer)
        if review is None or review.evidence.is_empty():
            return ()
        ev = review.evidence
        return (EvidenceItem(ev.url, ev.title, ev.accessed, ev.archive_url),)
