"""scripts/build_kb.py against recorded Wikidata query results, and provenance in the KB."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from script_loader import load_script

from factcheck.kb import load_kb

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "kb"


@pytest.fixture(scope="module")
def build_kb():
    return load_script("scripts/build_kb.py")


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


LEADERS = {
    "repo": "every-politician-scrapers/world-leaders-2021",
    "commit": "be7039cf5952d8121c4f1e24eea64cc5dd465633",
    "path": "data/wikidata.csv",
    "extracted": "2022-10-10",
    "country": "",
    "format": "years",
    "offices": {
        "Q853475": {
            "id": "test-colombia-president",
            "wikidata": "Q853475",
            "title": "President of Colombia",
            "country": "Colombia",
            "roles": ["head_of_state", "head_of_government"],
            "titles": ["President"],
        },
        "Q102181806": {
            "id": "test-libya-council-chairman",
            "wikidata": "Q102181806",
            "title": "Chairman of the Presidential Council (Libya)",
            "country": "Libya",
            "roles": ["head_of_state"],
            "titles": ["Chairman of the Presidential Council"],
        },
        "Q12376089": {
            "id": "test-thailand-prime-minister",
            "wikidata": "Q12376089",
            "title": "Prime Minister of Thailand",
            "country": "Thailand",
            "roles": ["head_of_government"],
            "titles": ["Prime Minister"],
        },
    },
}


def test_a_years_only_extract_is_read_by_position_id(build_kb):
    rows = build_kb.read_rows(LEADERS, (DATA / "world-leaders-wikidata.csv").read_text())
    assert rows[0] == build_kb.Row(
        "Q853475", "Iván Duque", "Q17478000", "2018", "2022-12-31", approximate=True
    )
    assert all(r.approximate for r in rows)
    # Labels of other offices never decide which rows an office reads: the position id does.
    assert {r.position for r in rows} >= {"Q853475", "Q102181806", "Q15305714", "Q12376089"}


def test_years_only_terms_are_never_cut_short_and_say_so(build_kb, hand_kb):
    rows = build_kb.read_rows(LEADERS, (DATA / "world-leaders-wikidata.csv").read_text())
    document = build_kb.build([(LEADERS, rows)], hand_kb)
    offices = {o["id"]: o for o in document["offices"]}
    assert offices["test-libya-council-chairman"]["country"] == "Libya"  # the office's own
    assert offices["test-colombia-president"]["known_until"] == "2022-10-10"
    terms = {(t["office"], t["person"]): t for t in document["terms"]}
    duque = terms[("test-colombia-president", "ivan-duque")]
    petro = terms[("test-colombia-president", "gustavo-petro")]
    # The handover year 2022: both are holders through it, the rounding noted.
    assert (duque["start"], duque["end"], petro["start"]) == (
        "2018-01-01",
        "2022-12-31",
        "2022-01-01",
    )
    assert "only years" in duque["note"] and "approximate" in petro["note"]
    assert "end" not in petro
    # An open row followed by a successor: the handover year is the successor's.
    sarraj = terms[("test-libya-council-chairman", "fayez-al-sarraj")]
    assert sarraj["end"] == "2021-12-31"
    # Prayut's two rows are one term; Prawit's acting weeks inside it are dropped.
    prayut = [t for t in document["terms"] if t["person"] == "prayut-chan-o-cha"]
    assert [(t["start"], t.get("end")) for t in prayut] == [("2014-01-01", None)]
    assert any("prawit-wongsuwan" in line for line in document["dropped"])
    people = {p["id"]: p for p in document["people"]}
    assert people["gustavo-petro"]["wikidata"] == "Q704022"
    source = f"{LEADERS['repo']}@{LEADERS['commit']}:{LEADERS['path']}"
    assert offices["test-thailand-prime-minister"]["source"] == source


def test_a_kb_with_year_rounded_overlaps_passes_the_consistency_check():
    from factcheck.kb.base import YEAR_OVERLAP_NOTE, check_consistency

    kb = load_kb()
    rounded = [t for t in kb.terms if YEAR_OVERLAP_NOTE in t.note]
    assert rounded  # the shipped file has some (Colombia 2022)
    assert check_consistency(kb) == []
    assert [t.person_id for t in kb.holders("colombia-president", date(2022, 6, 1))] == [
        "ivan-duque",
        "gustavo-petro",
    ]


def test_an_earlier_snapshot_adds_the_holders_its_successor_no_longer_lists(build_kb, hand_kb):
    newest = build_kb.read_rows(LEADERS, (DATA / "world-leaders-wikidata.csv").read_text())
    older_source = f"{LEADERS['repo']}@bee1ce6caf74702e25e3ae5212dec3872d2712f5:data/wikidata.csv"
    older = [
        # Left office in 2021: the newest snapshot (holders of 2022) no longer lists him.
        build_kb.Row("Q853475", "Juan Manuel Santos", "Q57311", "2010", "2018-12-31", True),
        # Listed by both, still open in the older one: the newest (with an end) is kept.
        build_kb.Row("Q853475", "Iván Duque", "Q17478000", "2018", "", True),
    ]
    rows = build_kb.with_earlier(newest, [(older_source, older)])
    assert [r for r in rows if r.wikidata == "Q17478000"] == [newest[0]]
    document = build_kb.build([(LEADERS, rows)], hand_kb)
    terms = {t["person"]: t for t in document["terms"] if t["office"] == "test-colombia-president"}
    assert terms["juan-manuel-santos"]["source"] == older_source
    assert "source" not in terms["ivan-duque"]  # the office's own (the newest snapshot)
    assert terms["ivan-duque"]["end"] == "2022-12-31"
