"""Every suggestion carries a confidence, stored, exported, and read back from older files."""

from __future__ import annotations

import json

from factcheck.reports.json_data import to_json
from factcheck.reports.json_read import from_json
from factcheck.resources import seed
from factcheck.store import open_store

SEED = seed("venezuela-cuba-security.txt").read_text(encoding="utf-8")


def _store_with_seed(tmp_path):
    store = open_store(tmp_path / "r.sqlite3")
    article_id = store.import_text(SEED, title="Seed").article_id
    return store, article_id


def test_confidence_is_stored_and_exported(tmp_path):
    store, article_id = _store_with_seed(tmp_path)
    suggestions = store.suggestions(article_id)
    confidences = {s.kind: s.confidence for s in suggestions}
    assert set(confidences.values()) <= {"high", "low"}
    # "Analysts suggest" is a weak cue: attributed, with low confidence.
    analysts = [s for s in suggestions if s.kind == "attribution.anonymous" and s.sentence == 12]
    assert analysts and analysts[0].confidence == "low"
    data = json.loads(to_json(store.article_review(article_id)))
    assert {g["confidence"] for g in data["suggestions"]} <= {"high", "low"}
    assert any(g["confidence"] == "low" for g in data["suggestions"])
    store.close()


def test_a_review_file_without_confidences_still_imports(tmp_path):
    store, article_id = _store_with_seed(tmp_path)
    data = json.loads(to_json(store.article_review(article_id)))
    store.close()
    for g in data["suggestions"]:
        del g["confidence"]
    bundle = from_json(json.dumps(data))
    assert bundle.suggestions and all(g.confidence == "high" for g in bundle.suggestions)
