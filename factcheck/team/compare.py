"""The Compare view's content: every layer's values per sentence, with the disagreements marked."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import ArticleReview, Rating, Review, verdict_to_text
from factcheck.team.agreement import AGREEMENT_FIELDS, disagreements
from factcheck.team.layers import FINAL, has_final_layer, reviewer_layers

FIELD_LABELS = {"sourced": "Sourced", "anonymous": "Anonymous", "contested": "Contested",
                "inconsistent": "Inconsistent", "rating": "Rating", "credibility": "Credibility"}


@dataclass(frozen=True)
class CompareRow:
    sentence_id: int
    number: int
    text: str
    reviews: dict[str, Review | None]  # layer -> review (None: not reviewed in that layer)
    disagreeing: frozenset[str]  # fields the reviewers judged differently


def value_text(field: str, review: Review | None) -> str:
    """One field of one layer as the Compare view shows it."""
    value = getattr(review, field) if review is not None else None
    if value is None:
        return "—"
    if isinstance(value, Rating):
        return value.label
    if isinstance(value, bool):
        return verdict_to_text(value) or "—"
    return str(value)


def compare_layers(bundle: ArticleReview, current: str) -> list[str]:
    """The current reviewer first, then the others, then the final layer when there is one."""
    others = [name for name in reviewer_layers(bundle) if name != current]
    return [current, *others] + ([FINAL] if has_final_layer(bundle) and current != FINAL else [])


def compare_rows(bundle: ArticleReview, layers: list[str]) -> list[CompareRow]:
    """One row per sentence, in reading order."""
    marked: dict[int, set[str]] = {}
    for d in disagreements(bundle):
        marked.setdefault(d.sentence_id, set()).add(d.field)
    rows = []
    for s in bundle.sentences:
        per = bundle.reviews.get(s.id or 0, {})
        rows.append(CompareRow(s.id or 0, s.number, s.text, {name: per.get(name) for name in layers},
                               frozenset(marked.get(s.id or 0, set()))))
    return rows


__all__ = ["AGREEMENT_FIELDS", "FIELD_LABELS", "CompareRow", "compare_layers", "compare_rows", "value_text"]
