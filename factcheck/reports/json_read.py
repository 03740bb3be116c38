"""Reading a JSON export back: every field checked, one sentence for a file that cannot be read.

The format is written by :mod:`factcheck.reports.json_data` and documented in
``docs/export-json.md``; ``from_json(to_json(x)) == x`` for every review the store can hold.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from factcheck.errors import ImportFailed
from factcheck.model import (
    VERDICT_FIELDS,
    Article,
    ArticleReview,
    Citation,
    Decision,
    Evidence,
    EvidenceItem,
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
from factcheck.reports.json_data import DECIDABLE, FORMAT_NAME, SCHEMA_VERSION


def _decisions_from(s: dict[str, Any], where: str) -> dict[str, Decision]:
    """The final layer's decisions on one sentence (files before team review have none)."""
    decided = _get(s, "decisions", dict, where) if "decisions" in s else {}
    result = {}
    for name, d in decided.items():
        if name not in DECIDABLE:
            raise _Damaged(f"{where} has a decision on {name!r}, which cannot be adjudicated")
        value = _any(d, "value", f"{where}, decision {name!r},")
        result[name] = Decision(
            _verdict(value, where) if name in VERDICT_FIELDS else value,
            _get(d, "decided_by", str, where), _get(d, "decided_at", str, where))
    return result


def _reviewers_from(data: dict[str, Any]) -> dict[str, str]:
    """Reviewer name -> id (files before team review have none)."""
    entries = _list(data, "reviewers") if "reviewers" in data else []
    return {_get(r, "name", str, "a reviewer"): _get(r, "id", str, "a reviewer") for r in entries}


def _history_from(h: dict[str, Any], key: str, version: int) -> Any:
    value = _any(h, key, "a history entry")
    if version >= 2 and h.get("entity") == "review" and h.get("field") in VERDICT_FIELDS:
        return _verdict(value, "a history entry")
    return value


def from_json(text: str | bytes) -> ArticleReview:
    """Read a review written by :func:`to_json`.

    Raises ImportFailed, with one sentence saying why, for text that is not
    JSON, JSON that is not a factcheck-review export, a file from a newer
    version, or a damaged file.
    """
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise ImportFailed(f"This file is not valid JSON ({error}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME or "schema_version" not in data:
        raise ImportFailed("This JSON file is not a factcheck-review export.")
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFailed(f"This review file has an invalid schema version ({version!r}).")
    if version > SCHEMA_VERSION:
        raise ImportFailed(
            f"This review file was written by a newer version of factcheck-review "
            f"(schema version {version}; this version reads up to {SCHEMA_VERSION})."
        )
    try:
        return _review_from(data)
    except _Damaged as error:
        raise ImportFailed(f"This review file is damaged: {error}.") from None


class _Damaged(Exception):
    """Why a file cannot be read, as a phrase to end the one-sentence message."""


def _get(obj: Any, key: str, kind: type | tuple[type, ...], where: str, *, optional: bool = False) -> Any:
    value = _any(obj, key, where)
    if value is None and optional:
        return None
    # bool is an int in Python; a JSON true where a number belongs is still damage.
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
        raise _Damaged(f"{where} has a wrong {key!r}")
    return value


def _any(obj: Any, key: str, where: str) -> Any:
    """A value of any JSON type (history's old and new values)."""
    if not isinstance(obj, dict):
        raise _Damaged(f"{where} is not an object")
    if key not in obj:
        raise _Damaged(f"{where} has no {key!r}")
    return obj[key]


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _enum(enum_type: Any, value: Any, where: str) -> Any:
    try:
        return enum_type(value)
    except ValueError:
        raise _Damaged(f"{where} has an unknown value {value!r}") from None


def _verdict(value: Any, where: str) -> bool | None:
    if value is None:
        return None
    if value in ("yes", "no"):
        return value == "yes"
    raise _Damaged(f"{where} has a verdict that is not yes, no or null")


def _list(data: dict[str, Any], key: str) -> list[Any]:
    return _get(data, key, list, "the file")


def _review_from(data: dict[str, Any]) -> ArticleReview:
    a = _get(data, "article", dict, "the file")
    published = _get(a, "published", str, "the article", optional=True)
    try:
        published_date = date.fromisoformat(published) if published else None
    except ValueError:
        raise _Damaged("the article has a publication date that is not YYYY-MM-DD") from None
    rating = _get(a, "rating", str, "the article", optional=True)
    article = Article(
        id=_get(a, "id", str, "the article"),
        text=_get(a, "text", str, "the article"),
        title=_get(a, "title", str, "the article"),
        outlet=_get(a, "outlet", str, "the article"),
        url=_get(a, "url", str, "the article"),
        author=_get(a, "author", str, "the article"),
        published=published_date,
        published_assumed=_get(a, "published_assumed", bool, "the article"),
        imported_at=_get(a, "imported_at", str, "the article"),
        language=_get(a, "language", str, "the article"),
        rating=_enum(Rating, rating, "the article") if rating is not None else None,
        summary=_get(a, "summary", str, "the article"),
        signed_off_by=_get(a, "signed_off_by", str, "the article"),
        signed_off_at=_get(a, "signed_off_at", str, "the article"),
    )

    sentences: list[Sentence] = []
    reviews: dict[int, dict[str, Review]] = {}
    evidence: dict[int, dict[str, tuple[EvidenceItem, ...]]] = {}
    claims: dict[int, dict[str, str]] = {}
    decisions: dict[int, dict[str, Decision]] = {}
    for position, s in enumerate(_list(data, "sentences")):
        where = f"sentence {position + 1}"
        sentence = Sentence(
            article_id=article.id,
            index=_get(s, "index", int, where),
            paragraph=_get(s, "paragraph", int, where),
            start=_get(s, "start", int, where),
            end=_get(s, "end", int, where),
            text=_get(s, "text", str, where),
            id=_get(s, "id", int, where, optional=True),
        )
        if sentence.index != position or article.text[sentence.start : sentence.end] != sentence.text:
            raise _Damaged(f"{where} does not match the article text")
        sentences.append(sentence)
        per_reviewer = _get(s, "reviews", dict, where)
        if per_reviewer and sentence.id is None:
            raise _Damaged(f"{where} has reviews but no id")
        for name, r in per_reviewer.items():
            sid: int = sentence.id  # type: ignore[assignment]
            review, items = _review_from_dict(r, sid, name, f"{where}, reviewer {name!r},")
            reviews.setdefault(sid, {})[name] = review
            # Only what the review's single evidence field cannot say is kept as a list.
            if len(items) > 1 or any(item.note for item in items):
                evidence.setdefault(sid, {})[name] = items
        sentence_claims = _get(s, "claims", dict, where) if "claims" in s else {}
        if not all(isinstance(v, str) for v in sentence_claims.values()):
            raise _Damaged(f"{where} has a claim that is not text")
        if sentence_claims and sentence.id is not None:
            claims[sentence.id] = dict(sentence_claims)
        sentence_decisions = _decisions_from(s, where)
        if sentence_decisions and sentence.id is not None:
            decisions[sentence.id] = sentence_decisions

    sources = tuple(
        Source(
            id=_get(s, "id", int, "a source"),
            name=_get(s, "name", str, "a source"),
            kind=_enum(SourceKind, _get(s, "kind", str, "a source"), "a source"),
            description=_get(s, "description", str, "a source"),
            reliability=_get(s, "reliability", str, "a source"),
            notes=_get(s, "notes", str, "a source"),
        )
        for s in _list(data, "sources")
    )
    citations = tuple(
        Citation(_get(c, "sentence_id", int, "a citation"), _get(c, "source_id", int, "a citation"))
        for c in _list(data, "citations")
    )
    links = tuple(
        Link(
            id=_get(x, "id", int, "a link"),
            from_sentence=_get(x, "from_sentence", int, "a link"),
            to_sentence=_get(x, "to_sentence", int, "a link"),
            kind=_enum(LinkKind, _get(x, "kind", str, "a link"), "a link"),
            note=_get(x, "note", str, "a link"),
            # Files written before links carried these still import.
            reviewer=_get(x, "reviewer", str, "a link") if isinstance(x, dict) and "reviewer" in x else "",
            created_at=(_get(x, "created_at", str, "a link")
                        if isinstance(x, dict) and "created_at" in x else ""),
        )
        for x in _list(data, "links")
    )
    link_targets = {
        _get(t, "sentence_id", int, "a link target"): (
            _get(t, "article_id", str, "a link target"),
            _get(t, "article_title", str, "a link target"),
            _get(t, "index", int, "a link target"),
            _get(t, "text", str, "a link target"),
        )
        for t in _list(data, "link_targets")
    }
    suggestions = tuple(_suggestion_from(s) for s in _list(data, "suggestions"))
    history = tuple(
        HistoryEntry(
            id=_get(h, "id", int, "a history entry"),
            at=_get(h, "at", str, "a history entry"),
            reviewer=_get(h, "reviewer", str, "a history entry"),
            action=_get(h, "action", str, "a history entry"),
            entity=_get(h, "entity", str, "a history entry"),
            entity_id=_get(h, "entity_id", str, "a history entry"),
            field=_get(h, "field", str, "a history entry"),
            old=_history_from(h, "old", data["schema_version"]),
            new=_history_from(h, "new", data["schema_version"]),
        )
        for h in _list(data, "history")
    )
    return ArticleReview(
        article=article,
        sentences=tuple(sentences),
        reviews=reviews,
        sources=sources,
        citations=citations,
        links=links,
        suggestions=suggestions,
        history=history,
        link_targets=link_targets,
        evidence=evidence,
        claims=claims,
        decisions=decisions,
        reviewer_ids=_reviewers_from(data),
    )


def _evidence_from(value: Any, where: str) -> tuple[EvidenceItem, ...]:
    """Version 2 lists evidence items; version 1 had one evidence object per review."""
    entries = value if isinstance(value, list) else [value]
    items = tuple(
        EvidenceItem(
            url=_get(e, "url", str, where),
            title=_get(e, "title", str, where),
            accessed=_get(e, "accessed", str, where),
            archive_url=_get(e, "archive_url", str, where),
            note=_get(e, "note", str, where) if isinstance(e, dict) and "note" in e else "",
        )
        for e in entries
    )
    return tuple(item for item in items if not item.is_empty())


def _review_from_dict(r: Any, sentence_id: int, reviewer: str, where: str
                      ) -> tuple[Review, tuple[EvidenceItem, ...]]:
    items = _evidence_from(_get(r, "evidence", (dict, list), where), where)
    first = items[0] if items else EvidenceItem()
    credibility = _get(r, "credibility", int, where, optional=True)
    if credibility is not None and not 1 <= credibility <= 6:
        raise _Damaged(f"{where} has a credibility outside 1–6")
    rating = _get(r, "rating", str, where, optional=True)
    return Review(
        sentence_id=sentence_id,
        reviewer=reviewer,
        **{f: _verdict(_get(r, f, str, where, optional=True), where) for f in VERDICT_FIELDS},
        rating=_enum(Rating, rating, where) if rating is not None else None,
        credibility=credibility,
        note=_get(r, "note", str, where),
        evidence=Evidence(first.url, first.title, first.accessed, first.archive_url),
        status=_enum(Status, _get(r, "status", str, where), where),
        updated_at=_get(r, "updated_at", str, where),
    ), items


def _suggestion_from(s: Any) -> Suggestion:
    where = "a suggestion"
    related = _get(s, "related", list, where)
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in related):
        raise _Damaged(f"{where} has a wrong 'related'")
    return Suggestion(
        sentence=_get(s, "sentence", int, where),
        start=_get(s, "start", int, where),
        end=_get(s, "end", int, where),
        kind=_get(s, "kind", str, where),
        message=_get(s, "message", str, where),
        value=_get(s, "value", str, where, optional=True),
        related=tuple(related),
        proposed=_get(s, "proposed", dict, where),
        state=_enum(SuggestionState, _get(s, "state", str, where), where),
        key=_get(s, "key", str, where),
        id=_get(s, "id", int, where, optional=True),
        # Files written before suggestions carried a confidence read as "high".
        confidence=_confidence(s.get("confidence", "high"), where),
    )


def _confidence(value: Any, where: str) -> str:
    if value not in ("high", "low"):
        raise _Damaged(f"{where} has a confidence that is neither high nor low")
    return str(value)
