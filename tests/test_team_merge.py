"""Merging review files: order-independent, idempotent, lossless, conflicts kept in history."""

from __future__ import annotations

import json

import pytest
from team_fixtures import copy_of, reviewer_file, two_files

from factcheck.cli import main
from factcheck.errors import InvalidValue, StoreError
from factcheck.model import Rating
from factcheck.store import Store
from factcheck.team.layers import FINAL


def merged(target, other):
    with Store(target, reviewer="editor") as store:
        summary = store.merge_file(other)
        return summary, store.table_contents()


def test_a_plus_b_equals_b_plus_a_table_by_table(tmp_path):
    ana, ben, _ = two_files(tmp_path)
    _, ab = merged(copy_of(ana, tmp_path / "ab.sqlite3"), ben)
    _, ba = merged(copy_of(ben, tmp_path / "ba.sqlite3"), ana)
    assert ab.keys() == ba.keys()
    for table in ab:
        assert ab[table] == ba[table], table
    assert len(ab["reviews"]) == len(set(map(repr, ab["reviews"]))) == 7
    assert len(ab["evidence"]) == 3 and len(ab["claims"]) == 2  # the publishing tables are compared too


def test_merging_the_same_file_twice_changes_nothing(tmp_path):
    ana, ben, _ = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "ab.sqlite3")
    first, after_first = merged(target, ben)
    second, after_second = merged(target, ben)
    assert first.changed and first.reviews_added == 4
    assert not second.changed
    assert after_first == after_second


def test_nothing_of_either_side_is_lost(tmp_path):
    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "ab.sqlite3")
    summary, _ = merged(target, ben)
    with Store(target) as store:
        bundle = store.article_review(article_id)
        by_number = {s.number: bundle.reviews.get(s.id, {}) for s in bundle.sentences}
        assert set(by_number[7]) == {"ana", "ben"}
        assert by_number[7]["ana"].rating is Rating.FALSE and by_number[7]["ben"].rating is Rating.MISLEADING
        assert by_number[3]["ben"].note == "the capture is on record"
        assert set(by_number[9]) == {"ben"}
        names = sorted((s.name, s.kind.value) for s in store.sources())
        assert names == [("Frank Mora", "person"), ("White House", "organisation")]  # matched by name and kind
        assert [s.description for s in store.sources() if s.name == "Frank Mora"] == ["former US official"]
        assert len(bundle.links) == 1 and bundle.links[0].note == "Biden vs January 3"
        assert sum(1 for g in bundle.suggestions if g.state.value == "dismissed") == 1
        assert {h.reviewer for h in bundle.history} >= {"ana", "ben"}
    assert summary.sources_added == 1 and summary.links_added == 1 and summary.suggestion_states == 1
    assert summary.conflicts == [] and summary.renamed == []


def test_a_conflict_keeps_the_newer_value_and_records_the_other(tmp_path):
    ana_path = tmp_path / "ana.sqlite3"
    ana, article_id = reviewer_file(ana_path, "ana", {})
    ana.close()
    laptop = copy_of(ana_path, tmp_path / "laptop.sqlite3")  # the same reviewer (same id) in two files
    with Store(ana_path, reviewer="ana") as store:
        store.set_review(store.sentence_by_number(article_id, 5).id, {"rating": "mixed"})
    with Store(laptop, reviewer="ana") as store:
        sid = store.sentence_by_number(article_id, 5).id
        store.set_review(sid, {"rating": "false"})
        store.conn.execute("UPDATE reviews SET updated_at = '2099-01-01T00:00:00Z' WHERE sentence_id = ?", (sid,))
    one = copy_of(ana_path, tmp_path / "one.sqlite3")
    summary, contents = merged(one, laptop)
    other_way, contents_back = merged(copy_of(laptop, tmp_path / "two.sqlite3"), ana_path)
    assert contents == contents_back
    assert [(c.number, c.reviewer, c.field, c.kept, c.other) for c in summary.conflicts] == [
        (5, "ana", "rating", "false", "mixed")]
    assert "Conflict" in summary.text() and "'mixed' is in the history" in summary.text()
    with Store(one) as store:
        sid = store.sentence_by_number(article_id, 5).id
        assert store.review(sid, "ana").rating is Rating.FALSE
        recorded = [h for h in store.sentence_history(sid) if h.action == "merge conflict"]
        assert [(h.field, h.old, h.new) for h in recorded] == [("rating", "mixed", "false")]
    again, _ = merged(one, laptop)
    assert not again.changed


def test_two_people_called_user_stay_two_layers(tmp_path):
    first, article_id = reviewer_file(tmp_path / "1.sqlite3", "user", {2: {"rating": "accurate"}})
    second, _ = reviewer_file(tmp_path / "2.sqlite3", "user", {2: {"rating": "false"}})
    ids = (first.reviewer_ids()["user"], second.reviewer_ids()["user"])
    first.close()
    second.close()
    assert ids[0] != ids[1]
    summary, ab = merged(copy_of(tmp_path / "1.sqlite3", tmp_path / "ab.sqlite3"), tmp_path / "2.sqlite3")
    _, ba = merged(copy_of(tmp_path / "2.sqlite3", tmp_path / "ba.sqlite3"), tmp_path / "1.sqlite3")
    assert ab == ba
    renamed = f"user ({max(ids)[:6]})"
    assert [(r.name, r.shown_as) for r in summary.renamed] == [("user", renamed)]
    assert "Rename one of them" in summary.text()
    with Store(tmp_path / "ab.sqlite3") as store:
        reviews = store.reviews_for(store.sentence_by_number(article_id, 2).id)
        assert {name: r.rating.value for name, r in reviews.items()} == {
            "user": "accurate" if ids[0] < ids[1] else "false", renamed: "false" if ids[0] < ids[1] else "accurate"}
        assert summary.conflicts == []


def test_bad_merges_are_one_clear_sentence(tmp_path):
    ana, _, _ = two_files(tmp_path)
    with Store(ana) as store:
        with pytest.raises(InvalidValue, match="into itself"):
            store.merge_file(ana)
        with pytest.raises(StoreError, match="no review file"):
            store.merge_file(tmp_path / "missing.sqlite3")
        (tmp_path / "junk.sqlite3").write_text("not a database")
        with pytest.raises(StoreError):
            store.merge_file(tmp_path / "junk.sqlite3")


def test_cli_merge_prints_a_summary_and_json(tmp_path, capsys):
    ana, ben, _ = two_files(tmp_path)
    assert main(["merge", str(ben), "--db", str(ana)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Merged {ben}: 0 new articles, 4 new reviews")
    assert main(["merge", str(ben), "--db", str(ana), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changed"] is False and data["reviews_added"] == 0


def test_sentences_split_on_one_side_are_matched_by_text_or_kept_as_orphans(tmp_path):
    ana, article_id = reviewer_file(tmp_path / "ana.sqlite3", "ana", {})
    ana.close()
    ben, _ = reviewer_file(tmp_path / "ben.sqlite3", "ben", {4: {"rating": "mixed"}, 6: {"rating": "accurate"}})
    six = ben.sentence_by_number(article_id, 6)
    ben.split_sentence(six.id, six.start + six.text.index(", though") + 1, analyse=False)
    ben.set_review(ben.sentence_by_number(article_id, 7).id, {"rating": "unverifiable"})  # the second half
    ben.close()
    summary, _ = merged(tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3")
    with Store(tmp_path / "ana.sqlite3") as store:
        assert store.review(store.sentence_by_number(article_id, 4).id, "ben").rating is Rating.MIXED
        assert "ben" not in store.reviews_for(store.sentence_by_number(article_id, 6).id)
        orphans = store.orphans(article_id)
        assert sorted(o.reviews["ben"]["rating"] for o in orphans) == ["accurate", "unverifiable"]
        assert orphans[0].old_text.startswith("Some Cuban intelligence officers")
    assert summary.orphans == 2 and "kept as orphans" in summary.text()


def test_history_of_a_sentence_in_json(tmp_path, capsys):
    ana, ben, article_id = two_files(tmp_path)
    main(["merge", str(ben), "--db", str(ana)])
    capsys.readouterr()
    assert main(["history", article_id, "3", "--db", str(ana), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["number"] == 3
    changes = {(h["reviewer"], h["field"], h["new"]) for h in data["history"]}
    assert ("ana", "sourced", False) in changes and ("ben", "sourced", True) in changes
    assert [h["id"] for h in data["history"]] == sorted(h["id"] for h in data["history"])


def test_a_merge_returns_its_undo(tmp_path):
    ana, ben, _ = two_files(tmp_path)
    with Store(ana, reviewer="ana") as store:
        before = store.table_contents()
        summary = store.merge_file(ben)
        assert store.table_contents() != before
        undo = summary.change.inverse(store)
        after = store.table_contents()
        assert [row for row in after.pop("history") if row[2] != "undo merge review file"] == before.pop("history")
        assert after == before
        assert undo.restored and undo.structure
        assert [h.action for h in store.history(limit=1)] == ["undo merge review file"]


def test_renaming_one_of_two_reviewers_called_user(tmp_path, capsys):
    first, article_id = reviewer_file(tmp_path / "1.sqlite3", "user", {2: {"rating": "accurate"}})
    second, _ = reviewer_file(tmp_path / "2.sqlite3", "user", {2: {"rating": "false"}})
    first.close()
    second.close()
    summary, _ = merged(tmp_path / "1.sqlite3", tmp_path / "2.sqlite3")
    shown = summary.renamed[0].shown_as
    assert main(["rename-reviewer", shown, "maria", "--db", str(tmp_path / "1.sqlite3")]) == 0
    assert main(["rename-reviewer", "maria", "user", "--db", str(tmp_path / "1.sqlite3")]) == 1
    assert "choose a name no other reviewer has" in capsys.readouterr().err
    with Store(tmp_path / "1.sqlite3") as store:
        assert set(store.reviewer_ids()) == {"user", "maria", "tester"}  # tester renamed: a use of the file
        sid = store.sentence_by_number(article_id, 2).id
        assert set(store.reviews_for(sid)) == {"user", "maria"}
        assert {h.entity_id.split(":")[1] for h in store.sentence_history(sid)} == {"user", "maria"}


def test_an_older_file_gets_reviewer_ids_for_the_names_it_already_has(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite3"
    store, article_id = reviewer_file(path, "ana", {1: {"rating": "false"}})
    store.close()
    conn = sqlite3.connect(path)  # make it look like a file from before the team migration
    for statement in ("DROP TRIGGER reviews_reviewer_id", "DROP TRIGGER history_reviewer_id", "DROP TABLE reviewers",
                      "DROP TABLE decisions", "DROP TABLE article_versions", "DROP TABLE orphans",
                      "DELETE FROM _sqlite_migrations WHERE name = '0006_team'"):
        conn.execute(statement)
    conn.commit()
    conn.close()
    with Store(path, reviewer="ben") as store:
        assert list(store.reviewer_ids()) == ["ana"]
        store.set_review(store.sentence_by_number(article_id, 2).id, {"rating": "mixed"})
        assert sorted(store.reviewer_ids()) == ["ana", "ben"]
    assert list(tmp_path.glob("old.sqlite3.*.bak"))  # backed up before the upgrade


def test_final_layers_of_two_files_merge_the_same_both_ways(tmp_path):
    ana, ben, article_id = two_files(tmp_path)
    base = copy_of(ana, tmp_path / "base.sqlite3")
    with Store(base, reviewer="eve") as store:
        store.merge_file(ben)
    desk_a, desk_b = copy_of(base, tmp_path / "a.sqlite3"), copy_of(base, tmp_path / "b.sqlite3")
    with Store(desk_a, reviewer="eve") as store:
        store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
        store.decide(store.sentence_by_number(article_id, 3).id, "sourced", True)
    with Store(desk_b, reviewer="eve") as store:
        seven = store.sentence_by_number(article_id, 7).id
        store.decide(seven, "rating", "misleading")
        store.conn.execute("UPDATE decisions SET decided_at = '2099-01-01T00:00:00Z' WHERE sentence_id = ?", (seven,))
        store.conn.execute("UPDATE reviews SET updated_at = '2099-01-01T00:00:00Z' WHERE sentence_id = ?"
                           " AND reviewer = 'final'", (seven,))
    summary, ab = merged(copy_of(desk_a, tmp_path / "ab.sqlite3"), desk_b)
    _, ba = merged(copy_of(desk_b, tmp_path / "ba.sqlite3"), desk_a)
    assert ab == ba
    with Store(tmp_path / "ab.sqlite3") as store:
        decisions = {(store.sentence(sid).number, f): v for (sid, f), (v, _, _) in store.decisions(article_id).items()}
        assert decisions == {(7, "rating"): "misleading", (3, "sourced"): True}
        assert store.review(store.sentence_by_number(article_id, 7).id, FINAL).rating is Rating.MISLEADING
    assert any(c.field == "rating" and c.kept == "misleading" and c.other == "false" for c in summary.conflicts)
