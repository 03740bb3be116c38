"""The JSON export: the complete review of one article (read back by :mod:`factcheck.reports.json_read`).

The format is documented in ``docs/export-json.md``. ``from_json(to_json(x)) == x``
for every review the store can hold; ``factcheck import`` of such a file
restores all of it (the store's ``restore_article_review``).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from factcheck import __version__
from factcheck.model import (
    VERDICT_FIELDS,
    ArticleReview,
    EvidenceItem,
    HistoryEntry,
    Review,
    verdict_to_text,
)
from factcheck.reports.common import suggestion_kind

SCHEMA_VERSION = 2
FORMAT_NAME = "factcheck-review/article-review"
# Sentence and suggestion offsets index the article text in Unicode code points.
OFFSET_UNIT = "unicode-code-points"
# The fields an editor decides in the final layer (factcheck.team.agreement.AGREEMENT_FIELDS).
DECIDABLE = (*VERDICT_FIELDS, "rating", "credibility")


def to_dict(review: ArticleReview) -> dict[str, Any]:
    """The review as plain JSON-able data (see ``docs/export-json.md``)."""
    a = review.article
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "generator": f"factcheck-review {__version__}",
        "offset_unit": OFFSET_UNIT,
        "reviewers": [{"name": name, "id": rid} for name, rid in sorted(review.reviewer_ids.items())],
        "article": {
            "id": a.id,
            "sha256": hashlib.sha256(a.text.encode("utf-8")).hexdigest(),
            "title": a.title,
            "outlet": a.outlet,
            "url": a.url,
            "author": a.author,
            "published": a.published.isoformat() if a.published else None,
            "published_assumed": a.published_assumed,
            "imported_at": a.imported_at,
            "language": a.language,
            "rating": a.rating.value if a.rating else None,
            "summary": a.summary,
            "signed_off_by": a.signed_off_by,
            "signed_off_at": a.signed_off_at,
            "text": a.text,
        },
        "sentences": [
            {
                "id": s.id,
                "index": s.index,
                "number": s.number,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "reviews": {
                    name: _review_dict(r, review.evidence_of(s.id, name))
                    for name, r in sorted(review.reviews.get(s.id, {}).items())
                }
                if s.id is not None
                else {},
                "claims": dict(sorted(review.claims.get(s.id, {}).items())) if s.id is not None else {},
                "decisions": {
                    name: {"value": _decision_value(name, d.value), "decided_by": d.decided_by,
                           "decided_at": d.decided_at}
                    for name, d in sorted(review.decisions.get(s.id or 0, {}).items())
                },
            }
            for s in review.sentences
        ],
        "sources": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "description": s.description,
                "reliability": s.reliability,
                "notes": s.notes,
            }
            for s in review.sources
        ],
        "citations": [{"sentence_id": c.sentence_id, "source_id": c.source_id} for c in review.citations],
        "links": [
            {
                "id": link.id,
                "from_sentence": link.from_sentence,
                "to_sentence": link.to_sentence,
                "kind": link.kind.value,
                "note": link.note,
                "reviewer": link.reviewer,
                "created_at": link.created_at,
            }
            for link in review.links
        ],
        "link_targets": [
            {
                "sentence_id": sentence_id,
                "article_id": article_id,
                "article_title": title,
                "index": index,
                "number": index + 1,
                "text": text,
            }
            for sentence_id, (article_id, title, index, text) in review.link_targets.items()
        ],
        "suggestions": [
            {
                "id": s.id,
                "sentence": s.sentence,
                "start": s.start,
                "end": s.end,
                "kind": suggestion_kind(s),
                "message": s.message,
                "value": s.value,
                "related": list(s.related),
                "proposed": s.proposed,
                "state": s.state.value,
                "key": s.key,
                "confidence": s.confidence,
            }
            for s in review.suggestions
        ],
        "history": [
            {
                "id": h.id,
                "at": h.at,
                "reviewer": h.reviewer,
                "action": h.action,
                "entity": h.entity,
                "entity_id": h.entity_id,
                "field": h.field,
                "old": _history_value(h, h.old),
                "new": _history_value(h, h.new),
            }
            for h in review.history
        ],
    }


def _history_value(h: HistoryEntry, value: Any) -> Any:
    """History values as the reviews write them: a verdict is "yes"/"no"/null, not true/false."""
    if h.entity == "review" and h.field in VERDICT_FIELDS and isinstance(value, bool):
        return verdict_to_text(value)
    return value


def _decision_value(name: str, value: Any) -> Any:
    """A decided value as reviews write it: a verdict is "yes"/"no"/null."""
    return verdict_to_text(value) if name in VERDICT_FIELDS and isinstance(value, bool) else value


def _review_dict(r: Review, evidence: tuple[EvidenceItem, ...]) -> dict[str, Any]:
    return {
        **{f: verdict_to_text(getattr(r, f)) for f in VERDICT_FIELDS},
        "rating": r.rating.value if r.rating else None,
        "credibility": r.credibility,
        "note": r.note,
        "evidence": [
            {"url": e.url, "title": e.title, "accessed": e.accessed, "archive_url": e.archive_url,
             "note": e.note}
            for e in evidence
        ],
        "status": r.status.value,
        "updated_at": r.updated_at,
    }


def to_json(review: ArticleReview) -> str:
    """The review as a JSON document (UTF-8 text, 2-space indent, ends with a newline)."""
    return json.dumps(to_dict(review), ensure_ascii=False, indent=2) + "\n"

