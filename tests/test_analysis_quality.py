"""Suggestion quality on the answer-keyed articles in tests/data/articles/."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "suggestion_quality.py"
GUARDED = ("temporal.anachronism", "name.variant", "attribution.anonymous")


@pytest.fixture(scope="module")
def scores():
    spec = importlib.util.spec_from_file_location("suggestion_quality", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module.evaluate()


def test_at_least_twelve_keyed_articles():
    keys = list((Path(__file__).parent / "data" / "articles").glob("*.json"))
    assert len(keys) >= 12


@pytest.mark.parametrize("kind", GUARDED)
def test_precision_and_recall_at_least_0_9(scores, kind):
    score = scores[kind]
    assert score.true_positives > 0, f"no {kind} in the answer keys"
    assert score.precision >= 0.9, f"{kind} precision {score.precision:.2f}: {score.extras}"
    assert score.recall >= 0.9, f"{kind} recall {score.recall:.2f}: {score.misses}"
