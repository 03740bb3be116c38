"""The judged ambiguous-reference flags of PolNeAR (benchmarks/data): well formed, and holding
no article text beyond the surname (the corpus's texts stay outside the repository)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@pytest.mark.parametrize("split", ["train", "dev"])
def test_every_judgment_names_its_flag_and_says_why(split):
    judgments = json.loads((DATA / f"ambiguous_judgments_{split}.json").read_text(encoding="utf-8"))
    assert judgments
    keys = set()
    for item in judgments:
        assert item["verdict"] in ("right", "wrong"), item
        assert item["why"].strip(), item
        assert isinstance(item["start"], int) and item["start"] >= 0, item
        assert item["span"].isalpha() and " " not in item["span"], item  # the surname only
        if "end" in item:
            assert item["end"] - item["start"] == len(item["span"]), item
        keys.add((item["article"], item["start"], item["span"]))
    assert len(keys) == len(judgments)  # one verdict per flag
