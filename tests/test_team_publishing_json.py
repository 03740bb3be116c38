"""The JSON export of a team review: decisions, reviewer ids, evidence and claim texts survive
export -> import into a fresh file -> export, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from team_fixtures import copy_of, two_files

from factcheck.cli import main
from factcheck.reports.json_data import to_json
from factcheck.reports.json_read import from_json
from factcheck.store import Store
from factcheck.team.layers import FINAL

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "review-export.schema.json").read_text("utf-8"))


@pytest.fixture
def team_file(tmp_path):
    ana, ben, article_id = two_files(tmp_path)  # with evidence lists and claim texts
    target = copy_of(ana, tmp_path / "team.sqlite3")
    with Store(target, reviewer="eve") as store:
        store.merge_file(ben)
        store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
        store.decide(store.sentence_by_number(article_id, 3).id, "sourced", True)
    return target, article_id


def test_team_review_round_trips_byte_for_byte_through_the_cli(team_file, tmp_path, capsys):
    target, article_id = team_file
    exported = tmp_path / "review.json"
    assert main(["export", article_id, "--format", "json", "-o", str(exported), "--db", str(target)]) == 0
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["import", str(exported), "--db", str(fresh)]) == 0
    capsys.readouterr()
    assert main(["export", article_id, "--format", "json", "--db", str(fresh)]) == 0
    again = capsys.readouterr().out
    assert again == exported.read_text(encoding="utf-8")

    data = json.loads(again)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    with Store(target) as store:
        ids = store.reviewer_ids()
    assert data["reviewers"] == [{"name": n, "id": ids[n]} for n in ("ana", "ben", "eve")]
    three, seven = data["sentences"][2], data["sentences"][6]
    assert seven["decisions"]["rating"]["value"] == "false" and seven["decisions"]["rating"]["decided_by"] == "eve"
    assert three["decisions"]["sourced"]["value"] == "yes"  # a verdict reads yes/no, as in reviews
    assert seven["reviews"][FINAL]["rating"] == "false" and seven["reviews"][FINAL]["status"] == "done"
    assert [e["title"] for e in seven["reviews"]["ana"]["evidence"]] == ["The Administration", "Capture report"]
    assert three["claims"] == {"ben": "32 Cuban personnel were killed"}
    with Store(fresh) as store:
        assert {k: v for k, v in store.reviewer_ids().items() if k in ids} == ids
        assert {(store.sentence(sid).number, f): (v, by) for (sid, f), (v, by, _) in store.decisions(article_id).items()
                } == {(7, "rating"): ("false", "eve"), (3, "sourced"): (True, "eve")}
        assert store.unsettled(article_id)[0].number == 1  # the open disagreement is still open


def test_the_same_review_from_json_equals_the_store_s(team_file):
    target, article_id = team_file
    with Store(target) as store:
        bundle = store.article_review(article_id)
    assert bundle.decisions and bundle.reviewer_ids and bundle.claims and bundle.evidence
    again = from_json(to_json(bundle))
    assert (again.decisions, again.reviewer_ids, again.claims) == (bundle.decisions, bundle.reviewer_ids,
                                                                   bundle.claims)


def test_undoing_a_delete_brings_the_decisions_back(team_file):
    target, article_id = team_file
    with Store(target, reviewer="eve") as store:
        before = store.decisions(article_id)
        snapshot = store.delete_article(article_id)
        store.restore_article_review(snapshot)
        assert store.decisions(article_id) == before


def test_a_file_without_reviewers_or_decisions_still_imports(team_file, tmp_path):
    target, article_id = team_file
    with Store(target) as store:
        data = json.loads(to_json(store.article_review(article_id)))
    data["schema_version"] = 1
    del data["reviewers"]
    for s in data["sentences"]:
        del s["decisions"]
    review = from_json(json.dumps(data))
    assert review.decisions == {} and review.reviewer_ids == {}
    with Store(tmp_path / "fresh.sqlite3", reviewer="zoe") as store:
        new_id = store.restore_article_review(review, imported=True)
        assert FINAL in store.reviews_for(store.sentence_by_number(new_id, 7).id)
        assert {"ana", "ben", "eve"} <= set(store.reviewer_ids())  # new ids for the names it has


@pytest.mark.parametrize(("damage", "message"), [
    (lambda d: d["sentences"][6]["decisions"].update(note={"value": "x", "decided_by": "eve", "decided_at": ""}),
     "decision on 'note', which cannot be adjudicated"),
    (lambda d: d["sentences"][2]["decisions"]["sourced"].update(value="maybe"), "verdict that is not yes, no or null"),
    (lambda d: d["reviewers"].append({"name": "zoe"}), "a reviewer has no 'id'"),
])
def test_damaged_team_fields_are_one_sentence_and_fail_the_schema(team_file, damage, message):
    from factcheck.errors import ImportFailed

    target, article_id = team_file
    with Store(target) as store:
        data = json.loads(to_json(store.article_review(article_id)))
    damage(data)
    with pytest.raises(ImportFailed, match=message):
        from_json(json.dumps(data))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)


def test_the_schema_refuses_a_reviewer_called_final(team_file):
    target, article_id = team_file
    with Store(target) as store:
        data = json.loads(to_json(store.article_review(article_id)))
    data["reviewers"].append({"name": FINAL, "id": "0123"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)
