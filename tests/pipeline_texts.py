"""What the tests of the pipeline's speed-ups compare a changed pipeline with stock spaCy's on:
the sentences of the sample article and of the test articles."""

from __future__ import annotations

from pathlib import Path

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

