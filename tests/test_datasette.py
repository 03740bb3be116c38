"""The review file in Datasette (its own test client) and sqlite-utils: search, labels, views."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from datasette.app import Datasette
from sqlite_utils import Database

from factcheck.datasette_metadata import datasette_metadata
from factcheck.store import Store


@pytest.fixture
def review_file(tmp_path):
    path = tmp_path / "review.sqlite3"
    with Store(path, reviewer="ana") as store:
        article_id = store.import_seed().article_id
        seven = store.sentence_by_number(article_id, 7)
        store.set_review(seven.id, {"inconsistent": True, "rating": "false",
                                    "note": "Trump, not Biden, was president in January 2026"})
    return path


def get(ds: Datasette, path: str):
    async def fetch():
        return await ds.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.text[:300])
    return response


def test_search_on_sentences_uses_the_one_index(review_file):
    ds = Datasette([str(review_file)])
    rows = get(ds, "/review/sentences.json?_search=Biden&_shape=array").json()
    assert [r["idx"] + 1 for r in rows] == [7]
    rows = get(ds, "/review/sentences.json?_search=Trump&_shape=array").json()  # found in the note
    assert [r["idx"] + 1 for r in rows] == [7]
    rows = get(ds, "/review/sentences.json?_search=Padilla&_shape=array").json()
    assert [r["idx"] + 1 for r in rows] == [11]
    all_rows = get(ds, "/review/sentences.json?_shape=array&_size=100").json()
    assert len(all_rows) == 16
    tables = {t["name"]: t for t in get(ds, "/review.json").json()["tables"]}
    assert tables["sentences"]["fts_table"] == "sentence_search"
    assert sum(1 for t in tables.values() if t["name"].startswith("sentence_search")) >= 1
    assert len([name for name in tables if name.endswith("_fts")]) == 0  # no second index


def test_sqlite_utils_search_works_on_the_file(review_file):
    db = Database(review_file)
    assert [r["idx"] + 1 for r in db["sentences"].search("Díaz-Canel", quote=True)] == [12]
    result = subprocess.run([sys.executable, "-m", "sqlite_utils", "search", str(review_file), "sentences",
                             "Biden", "-c", "idx"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"idx": 6}]


def test_labels_views_and_descriptions(review_file):
    ds = Datasette([str(review_file)], metadata=datasette_metadata("review"))
    rows = get(ds, "/review/reviews.json?_shape=array&_labels=on").json()
    assert rows[0]["sentence_id"]["label"].startswith("The Biden administration")
    flagged = get(ds, "/review/flagged_sentences.json?_shape=array").json()
    assert [(r["number"], r["inconsistent"], r["rating"]) for r in flagged] == [(7, "yes", "false")]
    summary = get(ds, "/review/review_summary.json?_shape=array").json()
    assert summary[0]["reviewer"] == "ana" and summary[0]["flagged"] == 1
    page = get(ds, "/review/reviews").text
    assert "not judged" in page and "Admiralty information grade" in page
    assert "1 = yes, 0 = no" in get(ds, "/review/reviews").text


def test_datasette_metadata_command_writes_a_file_datasette_reads(review_file, tmp_path):
    from factcheck.cli import main

    target = tmp_path / "metadata.json"
    assert main(["datasette-metadata", "--db", str(review_file), "-o", str(target)]) == 0
    metadata = json.loads(target.read_text(encoding="utf-8"))
    assert set(metadata["databases"]) == {"review"}
    assert metadata["databases"]["review"]["tables"]["sentences"]["label_column"] == "text"
    ds = Datasette([str(review_file)], metadata=metadata)
    assert "own evidence, several items per sentence" in get(ds, "/review/evidence").text
