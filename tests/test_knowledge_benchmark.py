"""benchmarks/knowledge_quality.py on a tiny corpus made here (the suite never reads
PolNeAR): a planted error is found, an unplanted sentence raises nothing, the test split
is never read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_loader import load_script

from factcheck.kb import load_kb

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    return load_script("benchmarks/knowledge_quality.py")


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "polnear"
    (root / "dev" / "text").mkdir(parents=True)
    text = "Budget talks\nThe senator said on Tuesday that the talks had stalled.\n"
    (root / "dev" / "text" / "paper_2016-09-08_budget.txt").write_text(text, encoding="utf-8")
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ndev\tpaper_2016-09-08_budget\t2016-09-08\n",
        encoding="utf-8",
    )
    return tmp_path, text


def _plant(tmp_path, text, words, replacement, kind):
    start = text.index(words)
    planted = {
        "split": "dev",
        "planted": [
            {
                "id": 1,
                "file": "paper_2016-09-08_budget",
                "start": start,
                "end": start + len(words),
                "original": words,
                "replacement": replacement,
                "kind": kind,
            }
        ],
    }
    path = tmp_path / "planted.json"
    path.write_text(json.dumps(planted), encoding="utf-8")
    return path


def test_a_planted_wrong_office_holder_is_found(bench, corpus):
    corpora, text = corpus
    path = _plant(
        corpora, text, "The senator", "Mexican President Vicente Fox", "temporal.anachronism"
    )
    scores = bench.planted_scores(corpora, load_kb(), path)
    assert scores["recall"]["temporal.anachronism"][1:] == (1, 1)
    assert scores["precision"] == 1.0


def test_a_planted_correct_holder_is_a_miss_not_a_find(bench, corpus):
    corpora, text = corpus
    # Barack Obama was president on 2016-09-08: nothing to find, so the "plant" is missed.
    path = _plant(corpora, text, "The senator", "President Barack Obama", "temporal.anachronism")
    scores = bench.planted_scores(corpora, load_kb(), path)
    assert scores["recall"]["temporal.anachronism"][1:] == (0, 1)


def test_real_flags_counts_sentences_per_split(bench, corpus):
    corpora, _ = corpus
    counts, flags = bench.real_flags(corpora, ("dev",), load_kb())
    assert counts == {"dev": 2} and flags == []


def test_the_test_split_is_never_read(bench, corpus):
    corpora, _ = corpus
    with pytest.raises(SystemExit):
        list(bench.articles(corpora, ("test",)))
