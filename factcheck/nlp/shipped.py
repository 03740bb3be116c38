"""Parses shipped with the program: the sample article's, so the very first start (which
imports and analyses it) does not load the English model.

Regenerate after changing the model or the sample: ``python -m factcheck.nlp.shipped``.
``tests/test_nlp.py`` checks the shipped parses equal what the model gives today.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck.nlp.parser import MODEL_VERSION, parse_key, parse_texts

SEED_PARSES = "seed-parses.json"


def shipped_parses() -> dict[str, dict[str, Any]]:
    """The shipped parse records by key, or {} when they were made with another model."""
    from factcheck.resources import resource

    node = resource("nlp", SEED_PARSES)
    if not node.is_file():
        return {}
    data = json.loads(node.read_text(encoding="utf-8"))
    return data["parses"] if data.get("model") == MODEL_VERSION else {}


def seed_parse_records() -> dict[str, dict[str, Any]]:
    """Parse the sample article's sentences now (loads the model)."""
    from factcheck.resources import SEED_ARTICLE, seed
    from factcheck.text import split_article

    text = seed(SEED_ARTICLE).read_text(encoding="utf-8")
    return parse_texts(s.text for s in split_article("seed", text))


def main() -> None:
    target = Path(__file__).resolve().parents[2] / "resources" / "nlp" / SEED_PARSES
    records = seed_parse_records()
    target.write_text(
        json.dumps({"model": MODEL_VERSION, "parses": records}, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"Wrote {len(records)} parses to {target}")


__all__ = ["parse_key", "seed_parse_records", "shipped_parses"]

if __name__ == "__main__":
    main()
