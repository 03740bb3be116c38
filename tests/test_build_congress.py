"""scripts/build_congress.py against recorded congress-legislators records, and what the
knowledge base then knows of members of Congress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from script_loader import load_script

from factcheck.kb import load_kb

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "kb"


@pytest.fixture(scope="module")
def build():
    return load_script("scripts/build_congress.py")


@pytest.fixture(scope="module")
def document(build):
    members = yaml.safe_load((DATA / "congress-members.yaml").read_text(encoding="utf-8"))
    executive = yaml.safe_load((DATA / "congress-executive.yaml").read_text(encoding="utf-8"))
    return build.build(members, executive, build.rest_of_kb())


def test_members_the_knowledge_base_lacks_become_people_with_their_record(document, build):
    people = {p["id"]: p for p in document["people"]}
    assert set(people) == {"mitch-mcconnell", "nancy-mace", "henry-c-hank-johnson-jr"}
    mcconnell = people["mitch-mcconnell"]
    assert mcconnell["name"] == "Mitch McConnell" and mcconnell["wikidata"] == "Q355522"
    assert mcconnell["gender"] == "male"
    assert mcconnell["description"] == "U.S. Senator from Kentucky, in Congress since 1985"
    assert "senator" in mcconnell["titles"] and "rep" not in mcconnell["titles"]
    assert mcconnell["source"] == (
        "unitedstates/congress-legislators@dfa9622263dd4c8d08636926e498f1845704d7eb"
        ":legislators-current.yaml")
    johnson = people["henry-c-hank-johnson-jr"]
    assert {"Hank Johnson", "Henry Johnson"} <= set(johnson["aliases"])
    assert johnson["surnames"] == ["Johnson"]  # "Jr." is no surname
    assert people["nancy-mace"]["gender"] == "female"


def test_people_it_already_holds_gain_only_their_gender(document):
    # Ryan Zinke (a member, and Secretary of the Interior in the knowledge base) and Barack
    # Obama (a president) are already there; George Washington is not, and is not added.
    assert {g["person"]: g["gender"] for g in document["genders"]} == {
        "ryan-zinke": "male", "barack-obama": "male"}
    assert not any("washington" in p["id"] for p in document["people"])


def test_the_shipped_file_is_loaded_with_genders_titles_and_sources():
    kb = load_kb()
    shipped = json.loads((ROOT / "resources" / "kb" / "us-congress.json").read_text(encoding="utf-8"))
    assert len(shipped["people"]) > 500
    for entry in shipped["people"]:
        person = kb.people[entry["id"]]
        assert person.source.startswith("unitedstates/congress-legislators@dfa96222")
        assert person.titles and person.gender in ("male", "female")
        assert not kb.terms_of(person.id)  # a seat in Congress is no office of the knowledge base
    assert kb.people["barack-obama"].gender == "male"
    assert kb.people["kamala-harris"].gender == "female"
