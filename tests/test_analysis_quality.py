"""Suggestion quality on the answer-keyed articles in tests/data/articles/."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

GUARDED = ("temporal.anachronism", "name.variant", "attribution.anonymous")


@pytest.fixture(scope="module")
def scores():
    return load_script("benchmarks/suggestion_quality.py").evaluate()


def test_at_least_twelve_keyed_articles():
    keys = list((Path(__file__).parent / "data" / "articles").glob("*.json"))
    assert len(keys) >= 12


@pytest.mark.parametrize("kind", GUARDED)
def test_precision_and_recall_at_least_0_9(scores, kind):
    score = scores[kind]
    assert score.true_positives > 0, f"no {kind} in the answer keys"
    assert score.precision >= 0.9, f"{kind} precision {score.precision:.2f}: {score.extras}"
    assert score.recall >= 0.9, f"{kind} recall {score.recall:.2f}: {score.misses}"
