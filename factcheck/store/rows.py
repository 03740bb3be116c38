"""Conversions between SQLite rows and the core model, and the small records store methods return."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from factcheck.model import (
    Article,
    Evidence,
    HistoryEntry,
    Link,
    LinkKind,
    Rating,
    Review,
    Sentence,
    Source,
    SourceKind,
    Status,
    Suggestion,
    SuggestionState,
)
from factcheck.records import lazy_record

ARTICLE_COLUMNS = (
    "id, title, outlet, url, author, published, published_assumed, imported_at, language, "
    "text, rating, summary, signed_off_by, signed_off_at"
)
REVIEW_COLUMNS = (
    "sentence_id, reviewer, sourced, anonymous, contested, inconsistent, rating, credibility, "
    "note, evidence_url, evidence_title, evidence_accessed, evidence_archive_url, status, updated_at"
)


def prefixed(columns: str, alias: str) -> str:
    """A column list qualified by a table alias: prefixed("id, name", "s") -> "s.id, s.name"."""
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def tri(value: Any) -> bool | None:
    return None if value is None else bool(value)


def tri_to_db(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def article_from_row(row: tuple) -> Article:
    (aid, title, outlet, url, author, published, assumed, imported_at, language, text,
     rating, summary, signed_by, signed_at) = row
    return Article(
        id=aid, text=text, title=title, outlet=outlet, url=url, author=author,
        published=date.fromisoformat(published) if published else None,
        published_assumed=bool(assumed), imported_at=imported_at, language=language,
        rating=Rating(rating) if rating else None, summary=summary,
        signed_off_by=signed_by, signed_off_at=signed_at,
    )


def sentence_from_row(row: tuple) -> Sentence:
    sid, article_id, idx, paragraph, start, end, text = row
    return Sentence(article_id=article_id, index=idx, paragraph=paragraph, start=start,
                    end=end, text=text, id=sid)


SENTENCE_COLUMNS = 'id, article_id, idx, paragraph, start, "end", text'


def review_from_row(row: tuple) -> Review:
    (sid, reviewer, sourced, anonymous, contested, inconsistent, rating, credibility, note,
     ev_url, ev_title, ev_accessed, ev_archive, status, updated_at) = row
    return Review(
        sentence_id=sid, reviewer=reviewer, sourced=tri(sourced), anonymous=tri(anonymous),
        contested=tri(contested), inconsistent=tri(inconsistent),
        rating=Rating(rating) if rating else None, credibility=credibility, note=note,
        evidence=Evidence(ev_url, ev_title, ev_accessed, ev_archive),
        status=Status(status), updated_at=updated_at,
    )


def source_from_row(row: tuple) -> Source:
    sid, name, kind, description, reliability, notes = row
    return Source(id=sid, name=name, kind=SourceKind(kind), description=description,
                  reliability=reliability, notes=notes)


SOURCE_COLUMNS = "id, name, kind, description, reliability, notes"


def link_from_row(row: tuple) -> Link:
    lid, from_s, to_s, kind, note, reviewer, created_at = row
    return Link(id=lid, from_sentence=from_s, to_sentence=to_s, kind=LinkKind(kind), note=note,
                reviewer=reviewer, created_at=created_at)


LINK_COLUMNS = "id, from_sentence, to_sentence, kind, note, reviewer, created_at"


def suggestion_from_row(row: tuple) -> Suggestion:
    sid, idx, start, end, kind, message, value, related, proposed, state, key, confidence = row
    return Suggestion(
        sentence=idx, start=start, end=end, kind=kind, message=message, value=value,
        related=tuple(json.loads(related)), proposed=json.loads(proposed),
        state=SuggestionState(state), key=key, id=sid, confidence=confidence,
    )


SUGGESTION_COLUMNS = (
    'g.id, s.idx, g.start, g."end", g.kind, g.message, g.value, g.related, g.proposed, g.state, g.key,'
    " g.confidence"
)
SUGGESTION_COLUMN_COUNT = 12


def history_from_row(row: tuple) -> HistoryEntry:
    hid, at, reviewer, action, entity, entity_id, field_name, old, new = row
    return HistoryEntry(id=hid, at=at, reviewer=reviewer, action=action, entity=entity,
                        entity_id=entity_id, field=field_name,
                        old=json.loads(old) if old is not None else None,
                        new=json.loads(new) if new is not None else None)


HISTORY_COLUMNS = "id, at, reviewer, action, entity, entity_id, field, old, new"


def plain(value: Any) -> Any:
    """A JSON-able form of a review field value, for history rows."""
    if isinstance(value, Rating | Status | SourceKind | LinkKind | SuggestionState):
        return value.value
    if isinstance(value, Evidence):
        return {"url": value.url, "title": value.title, "accessed": value.accessed,
                "archive_url": value.archive_url}
    if isinstance(value, date):
        return value.isoformat()
    return value


@lazy_record
class Change:
    """What an operation changed, so views refresh exactly that.

    ``inverse``, when an operation gives one, undoes it: ``change.inverse(store)`` returns the
    Change of the undo, so a GUI undo command only wraps the core operation and its inverse.
    """

    action: str
    article_ids: tuple[str, ...] = ()
    sentence_ids: tuple[int, ...] = ()
    structure: bool = False  # sentences added/removed/renumbered: reload the article
    sources: bool = False
    links: bool = False
    suggestions: bool = False
    fields: tuple[str, ...] = ()  # the review or article fields the operation changed
    old_values: Mapping[str, Any] = field(default_factory=dict)  # those fields before
    new_values: Mapping[str, Any] = field(default_factory=dict)  # and after
    deleted: bool = False  # an article left the file
    restored: bool = False  # an article came back (undo of a delete, merge or new version)
    suggestion_count: int = 0  # suggestions an analysis found
    evidence_id: int | None = None  # the evidence item added, edited or removed
    source_id: int | None = None  # the source added, deleted or restored
    merged_source: tuple[int, int] | None = None  # (kept, merged away) of a source merge
    inverse: Callable[[Any], Change] | None = field(default=None, compare=False, repr=False)

    def with_inverse(self, inverse: Callable[[Any], Change]) -> Change:
        """This Change carrying the operation that undoes it."""
        return replace(self, inverse=inverse)


@lazy_record
class ImportResult:
    """What an import stored: the article, whether it was new, its sentence count and title."""

    article_id: str
    created: bool
    sentences: int
    title: str


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list: the article with the current reviewer's progress counts."""

    id: str
    title: str
    outlet: str
    published: date | None
    published_assumed: bool
    sentences: int
    reviewed: int
    flagged: int
    pending_suggestions: int
    imported_at: str


@dataclass(frozen=True)
class SentenceRow:
    """One row of the sentence table: the sentence with the current reviewer's review."""

    sentence: Sentence
    review: Review
    has_note: bool
    pending_suggestions: int
    source_codes: tuple[str, ...]
    attribution: str = "none"  # what the analysis reads: named / anonymous / none
