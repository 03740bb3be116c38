"""Agreement between reviewers on one article: observed agreement, Cohen's kappa, Krippendorff's alpha.

Per field, the units are the sentences judged by at least two reviewers (the final layer never
counts: it is a decision, not a judgment). Verdicts and the rating are nominal data, the Admiralty
credibility grade ordinal. Observed agreement is the share of agreeing pairs of judgments, averaged
over sentences; with two reviewers it is the share of sentences they agree on.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.model import VERDICT_FIELDS, ArticleReview, Rating
from factcheck.team.layers import FINAL, reviewer_layers

AGREEMENT_FIELDS: tuple[str, ...] = VERDICT_FIELDS + ("rating", "credibility")
LEVELS: dict[str, str] = {name: "nominal" for name in VERDICT_FIELDS + ("rating",)} | {"credibility": "ordinal"}
_RATING_CODES = {rating: float(i) for i, rating in enumerate(Rating)}


@dataclass(frozen=True)
class FieldAgreement:
    field: str
    level: str
    sentences: int  # judged by two or more reviewers
    observed: float | None
    kappa: float | None  # only with exactly two reviewers
    alpha: float | None


@dataclass(frozen=True)
class Disagreement:
    """One field of one sentence on which reviewers judged differently."""

    sentence_id: int
    number: int
    text: str
    field: str
    values: dict[str, Any]  # reviewer -> value (model values: bool, Rating, int)
    notes: dict[str, str]


@dataclass(frozen=True)
class Agreement:
    article_id: str
    reviewers: list[str]
    fields: list[FieldAgreement]
    disagreements: list[Disagreement]


def field_value(review: Any, name: str) -> Any:
    return getattr(review, name) if review is not None else None


def disagreements(bundle: ArticleReview) -> list[Disagreement]:
    """Every (sentence, field) judged differently by two or more reviewers, in reading order."""
    found = []
    for sentence in bundle.sentences:
        per = {n: r for n, r in bundle.reviews.get(sentence.id or 0, {}).items() if n != FINAL}
        for name in AGREEMENT_FIELDS:
            values = {who: field_value(r, name) for who, r in sorted(per.items())
                      if field_value(r, name) is not None}
            if len(set(values.values())) > 1:
                found.append(Disagreement(sentence.id or 0, sentence.number, sentence.text, name, values,
                                          {who: per[who].note for who in values if per[who].note}))
    return found


def agreement(bundle: ArticleReview) -> Agreement:
    """Agreement per field over the article's reviewer layers."""
    reviewers = reviewer_layers(bundle)
    fields = []
    for name in AGREEMENT_FIELDS:
        matrix = [[_code(field_value(bundle.reviews.get(s.id or 0, {}).get(who), name)) for s in bundle.sentences]
                  for who in reviewers]
        fields.append(field_agreement(name, matrix))
    return Agreement(bundle.article.id, reviewers, fields, disagreements(bundle))


def field_agreement(name: str, matrix: Sequence[Sequence[float | None]]) -> FieldAgreement:
    """Statistics for one field; ``matrix[reviewer][sentence]`` is a coded value or None."""
    level = LEVELS.get(name, "nominal")
    units = [[v for row in matrix if (v := row[u]) is not None] for u in range(len(matrix[0]) if matrix else 0)]
    pairable = [u for u in units if len(u) >= 2]
    observed = (sum(_agreeing_pairs(u) for u in pairable) / len(pairable)) if pairable else None
    kappa = cohen_kappa(matrix[0], matrix[1]) if len(matrix) == 2 else None
    return FieldAgreement(name, level, len(pairable), observed, kappa, krippendorff_alpha(matrix, level))


def cohen_kappa(a: Sequence[float | None], b: Sequence[float | None]) -> float | None:
    """Cohen's kappa over the units both reviewers judged; None when chance agreement is total."""
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    if not pairs:
        return None
    n = len(pairs)
    p_o = sum(1 for x, y in pairs if x == y) / n
    left, right = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    p_e = sum(left[k] * right[k] for k in left) / (n * n)
    if math.isclose(p_e, 1.0):
        return None
    return (p_o - p_e) / (1 - p_e)


def krippendorff_alpha(matrix: Sequence[Sequence[float | None]], level: str) -> float | None:
    """Krippendorff's alpha (the ``krippendorff`` package); None when it is not defined
    (fewer than two pairable values, or every value the same)."""
    import krippendorff
    import numpy as np

    values = [v for row in matrix for v in row if v is not None]
    pairable = sum(1 for u in range(len(matrix[0]) if matrix else 0)
                   if sum(1 for row in matrix if row[u] is not None) >= 2)
    if len(matrix) < 2 or pairable == 0 or len(set(values)) < 2:
        return None
    data = np.array([[np.nan if v is None else v for v in row] for row in matrix], dtype=float)
    result = float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))  # type: ignore[arg-type]
    return None if math.isnan(result) else result


def _agreeing_pairs(values: list[float]) -> float:
    m = len(values)
    counts = Counter(values)
    return sum(c * (c - 1) for c in counts.values()) / (m * (m - 1))


def _code(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, Rating):
        return _RATING_CODES[value]
    return float(value)
