"""What the tests of the pipeline's speed-ups compare a changed pipeline on: the sentences of
the sample article and of the test articles, and two fresh pipelines (one to change, one stock)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from factcheck.nlp import MODEL_PACKAGE
from factcheck.resources import seed
from factcheck.text import split_article

ARTICLES = Path(__file__).parent / "data" / "articles"


def article_sentence_texts() -> list[str]:
    """Every sentence of the sample article and of the test articles."""
    texts = [s.text for s in split_article("seed", seed("venezuela-cuba-security.txt")
                                           .read_text(encoding="utf-8"))]
    for path in sorted(ARTICLES.glob("*.txt")):
        texts += [s.text for s in split_article(path.stem, path.read_text(encoding="utf-8"))]
    return texts


def stock_and_fresh_pipelines() -> tuple[Any, Any]:
    """Two pipelines loaded as the project loads one, neither changed yet."""
    model = importlib.import_module(MODEL_PACKAGE)
    return model.load(exclude=["senter"]), model.load(exclude=["senter"])
