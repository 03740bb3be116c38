"""The core model: frozen dataclasses and enums shared by every part of factcheck.

Verdicts are tri-state: ``True`` (yes), ``False`` (no) or ``None`` (not judged).
Sentence ``index`` is 0-based; people see ``number = index + 1``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.records import lazy_record

VERDICT_FIELDS: tuple[str, ...] = ("sourced", "anonymous", "contested", "inconsistent")


class Rating(enum.StrEnum):
    """A sentence's or an article's rating, worst last but one (unverifiable stands apart)."""

    ACCURATE = "accurate"
    MOSTLY_ACCURATE = "mostly_accurate"
    MIXED = "mixed"
    MISLEADING = "misleading"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Status(enum.StrEnum):
    UNREVIEWED = "unreviewed"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SourceKind(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


class LinkKind(enum.StrEnum):
    CONTRADICTS = "contradicts"
    CORROBORATES = "corroborates"
    SAME_CLAIM = "same-claim"


class SuggestionState(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


class SuggestionKind(enum.StrEnum):
    ATTRIBUTION_NAMED = "attribution.named"
    ATTRIBUTION_ANONYMOUS = "attribution.anonymous"
    ATTRIBUTION_NONE = "attribution.none"
    QUOTE_DIRECT = "quote.direct"
    QUOTE_SCARE = "quote.scare"
    HEDGE = "hedge"
    TEMPORAL_ANACHRONISM = "temporal.anachronism"
    NAME_VARIANT = "name.variant"
    REFERENCE_AMBIGUOUS = "reference.ambiguous"
    CLAIM_NUMBER = "claim.number"
    CLAIM_DATE = "claim.date"


# Admiralty system: source reliability (letters) and information credibility (digits).
RELIABILITY_GRADES: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_GRADES: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


def verdict_to_text(value: bool | None) -> str | None:
    """The JSON/CLI form of a tri-state verdict: "yes", "no" or None."""
    if value is None:
        return None
    return "yes" if value else "no"


def verdict_from_text(text: str | None) -> bool | None:
    """Parse "yes"/"no"/"unset" (and None) into a tri-state verdict."""
    if text is None:
        return None
    lowered = text.strip().lower()
    if lowered in ("yes", "y", "true", "1"):
        return True
    if lowered in ("no", "n", "false", "0"):
        return False
    if lowered in ("unset", "none", "null", ""):
        return None
    raise ValueError(f"expected yes, no or unset, not {text!r}")


@dataclass(frozen=True)
class Article:
    """An imported article: its text and what is known about it, with the article-level verdict."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: date | None = None
    published_assumed: bool = False
    imported_at: str = ""
    language: str = "en"
    rating: Rating | None = None
    summary: str = ""
    signed_off_by: str = ""
    signed_off_at: str = ""


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its place (0-based index, paragraph) and character offsets."""

    article_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    id: int | None = None  # store row id; stable across merges/splits of other sentences

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class Evidence:
    """The evidence recorded on a review itself: address, title, when accessed, archive copy."""

    url: str = ""
    title: str = ""
    accessed: str = ""
    archive_url: str = ""

    def is_empty(self) -> bool:
        return not (self.url or self.title or self.accessed or self.archive_url)


@lazy_record
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
class Review:
    """One reviewer's judgment of one sentence: the four verdicts, rating, grade, note, status."""

    sentence_id: int
    reviewer: str
    sourced: bool | None = None
    anonymous: bool | None = None
    contested: bool | None = None
    inconsistent: bool | None = None
    rating: Rating | None = None
    credibility: int | None = None
    note: str = ""
    evidence: Evidence = field(default_factory=Evidence)
    status: Status = Status.UNREVIEWED
    updated_at: str = ""

    @property
    def flagged(self) -> bool:
        return bool(
            self.anonymous
            or self.contested
            or self.inconsistent
            or self.rating in (Rating.MISLEADING, Rating.FALSE)
        )

    @property
    def reviewed(self) -> bool:
        return self.status is Status.DONE


@lazy_record
class Source:
    """A source in the ledger: a person or body an article cites, with its reliability grade."""

    id: int
    name: str
    kind: SourceKind = SourceKind.PERSON
    description: str = ""
    reliability: str = "F"
    notes: str = ""


@lazy_record
class Link:
    """A link between two sentences (row ids): one contradicts or corroborates the other, or makes the same claim."""

    id: int
    from_sentence: int  # sentence row ids
    to_sentence: int
    kind: LinkKind
    note: str = ""
    reviewer: str = ""  # who made the link
    created_at: str = ""  # ISO timestamp


@dataclass(frozen=True)
class Suggestion:
    """A judgment the program proposes; ``sentence`` and ``related`` are 0-based indexes."""

    sentence: int
    start: int
    end: int
    kind: str
    message: str
    value: str | None = None
    related: tuple[int, ...] = ()
    proposed: dict[str, Any] = field(default_factory=dict)
    state: SuggestionState = SuggestionState.PENDING
    key: str = ""
    id: int | None = None
    confidence: str = "high"  # "high" or "low": how sure the engine is


@lazy_record
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


@lazy_record
class Citation:
    """A sentence citing a source (row ids)."""

    sentence_id: int
    source_id: int


@lazy_record
class Decision:
    """An editor's value for one field of a sentence in the final layer: who decided, when."""

    value: Any
    decided_by: str
    decided_at: str


@lazy_record
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


def suggestion_key(kind: str, span_text: str, sentence_text: str) -> str:
    """A stable key so a dismissed suggestion stays dismissed when analysis runs again."""
    import hashlib

    digest = hashlib.sha1(f"{kind}\x1f{span_text}\x1f{sentence_text}".encode())
    return digest.hexdigest()[:20]
