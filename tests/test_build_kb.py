"""scripts/build_kb.py against recorded Wikidata query results, and provenance in the KB."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from factcheck.kb import load_kb

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "kb"


@pytest.fixture(scope="module")
def build_kb():
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_kb"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def hand_kb(build_kb):
    """The knowledge base without what a previous build added."""
    return build_kb.hand_made_kb()


FED = {
    "repo": "every-politician-scrapers/us-cabinet",
    "commit": "0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600",
    "path": "sources/wpoffice/fed-chair/wikidata.csv",
    "extracted": "2022-08-03",
    "country": "United States",
    "offices": {
        "Fed": {
            "id": "test-fed-chair",
            "wikidata": "Q2666591",
            "title": "Chair of the Federal Reserve",
            "roles": ["central_bank_governor"],
            "titles": ["Fed Chair"],
        }
    },
}
INTERIOR = {
    "repo": "every-politician-scrapers/france-cabinet",
    "commit": "7ff37baf3297a83711c90ac84b1d3b2ecb50a541",
    "path": "html/holders21.csv",
    "extracted": "2022-07-23",
    "country": "France",
    "offices": {
        "Minister of the Interior": {
            "id": "test-interior",
            "title": "Minister of the Interior of France",
            "roles": ["interior_minister"],
            "titles": ["Interior Minister"],
        }
    },
}


def test_query_result_csv_and_sparql_json_give_the_same_rows(build_kb):
    from_csv = build_kb.read_csv_rows((DATA / "fed-chair-wikidata.csv").read_text(), "Fed")
    from_json = build_kb.read_sparql_json((DATA / "fed-chair-sparql.json").read_text(), "Fed")
    assert from_csv == from_json
    assert [r.label for r in from_csv] == [
        "Alan Greenspan",
        "Ben Bernanke",
        "Janet Yellen",
        "Jerome Powell",
    ]
    assert from_csv[3].end == "" and from_csv[0].wikidata == "Q193635"


def test_build_gives_people_terms_and_sources(build_kb, hand_kb):
    rows = build_kb.read_csv_rows((DATA / "fed-chair-wikidata.csv").read_text(), "Fed")
    document = build_kb.build([(FED, rows)], hand_kb)
    terms = document["terms"]
    assert [(t["person"], t["start"], t.get("end")) for t in terms][:2] == [
        ("alan-greenspan", "1987-08-11", "2006-01-31"),
        ("ben-bernanke", "2006-02-01", "2014-02-03"),
    ]
    assert "end" not in terms[-1]  # Powell: in office when the extract was made
    assert document["offices"][0]["source"] == f"{FED['repo']}@{FED['commit']}:{FED['path']}"
    people = {p["id"]: p for p in document["people"]}
    assert people["jerome-powell"]["wikidata"] == "Q6182718"
    assert document["offices"][0]["known_until"] == "2022-08-03"


def test_build_cleans_the_extracts_errors(build_kb, hand_kb):
    rows = build_kb.read_csv_rows((DATA / "france-holders21.csv").read_text())
    document = build_kb.build([(INTERIOR, rows)], hand_kb)
    spans = [(t["person"], t["start"], t.get("end")) for t in document["terms"]]
    assert spans == [
        ("jean-pierre-chevenement", "1998-12-30", "2000-08-29"),
        ("daniel-vaillant", "2000-08-29", "2002-05-07"),
        ("nicolas-sarkozy", "2002-05-07", "2004-03-30"),  # split term joined
        ("nicolas-sarkozy", "2005-06-02", "2007-03-26"),
    ]
    assert any("natan-sharansky" in line for line in document["dropped"])


def test_known_people_keep_their_id_and_gain_a_wikidata_id(build_kb, hand_kb):
    rows = [build_kb.Row("Fed", "Barack Obama", "Q76", "2009-01-20", "2017-01-20")]
    document = build_kb.build([(FED, rows)], hand_kb)
    assert document["people"] == []
    assert document["identifiers"] == [{"person": "barack-obama", "wikidata": "Q76"}]
    assert document["terms"][0]["person"] == "barack-obama"


def test_month_precision_is_noted_approximate(build_kb, hand_kb):
    rows = [build_kb.Row("Fed", "Someone New", "Q1", "1991-02", "")]
    document = build_kb.build([(FED, rows)], hand_kb)
    assert document["terms"][0]["start"] == "1991-02-01"
    assert "approximate" in document["terms"][0]["note"]


def test_the_shipped_extract_file_is_loaded_with_its_sources():
    kb = load_kb()
    shipped = json.loads((ROOT / "resources" / "kb" / "wikidata-extracts.json").read_text())
    extracted = {entry["id"] for entry in shipped["offices"]}
    for term in kb.terms:
        if term.office_id in extracted:
            assert term.source.startswith("every-politician-scrapers/"), term
    assert kb.offices["us-chair-of-the-federal-reserve"].known_until is not None
    assert kb.people["jerome-powell"].wikidata == "Q6182718"
    assert kb.people["condoleezza-rice"].wikidata == "Q47216"  # also National Security Advisor
    # Terms and people of the hand-made files carry the files' own source line.
    assert all(term.source for term in kb.terms)
    assert all(person.source for person in kb.people.values())
    assert kb.people["bruno-rodriguez-parrilla"].source == kb.source
    assert [t.person_id for t in kb.holders("un-secretary-general", date(2010, 6, 1))] == [
        "ban-ki-moon"
    ]


def test_saved_query_answers_replace_an_extract(build_kb, hand_kb, tmp_path):
    # A saved answer of the query service, named by office id, as --fetch writes it.
    (tmp_path / "test-fed-chair.json").write_text((DATA / "fed-chair-sparql.json").read_text())
    rows = build_kb.rows_from_results(FED, tmp_path)
    assert [r.label for r in rows][-1] == "Jerome Powell"
    document = build_kb.build([(FED, rows)], hand_kb)
    assert len(document["terms"]) == 4
    assert build_kb.rows_from_results(INTERIOR, tmp_path) == []  # no answer saved for it
    assert "wd:Q2666591" in build_kb.SPARQL.format(position="Q2666591")
