"""Evidence items and claim texts travel with their reviews: merge (both ways, twice), re-anchoring
to a new version, orphans and re-attaching."""

from __future__ import annotations

import json

from team_fixtures import copy_of, reviewer_file, two_files
from test_team_reanchor import OLD_7, edited_seed

from factcheck.cli import main
from factcheck.model import EvidenceItem
from factcheck.store import Store

HOUSE = EvidenceItem("https://www.whitehouse.gov/administration/", "The Administration", "2026-01-13")
ARCHIVE = EvidenceItem("https://archive.example/capture", "Capture report", "2026-01-13",
                       "https://web.archive.example/capture", "confirms January 3")


def with_evidence_and_claims(tmp_path):
    """ana's and ben's files: the shared fixture gives each evidence lists and claim texts."""
    return two_files(tmp_path)


def merged(target, other):
    with Store(target, reviewer="editor") as store:
        summary = store.merge_file(other)
        return summary, store.table_contents()


def test_evidence_and_claims_merge_the_same_both_ways_and_once(tmp_path):
    ana, ben, article_id = with_evidence_and_claims(tmp_path)
    target = copy_of(ana, tmp_path / "ab.sqlite3")
    summary, ab = merged(target, ben)
    _, ba = merged(copy_of(ben, tmp_path / "ba.sqlite3"), ana)
    for table in ab:
        assert ab[table] == ba[table], table
    assert sorted((e[1], e[3]) for e in ab["evidence"]) == sorted([
        ("ana", HOUSE.url), ("ana", ARCHIVE.url), ("ben", ARCHIVE.url)])
    assert sorted((c[1], c[2]) for c in ab["claims"]) == [
        ("ana", "The Biden administration is pressuring Venezuela"), ("ben", "32 Cuban personnel were killed")]
    assert (summary.evidence_added, summary.claims) == (1, 1)
    assert "1 evidence items, 1 claim texts" in summary.text()
    again, after = merged(target, ben)
    assert not again.changed and after == ab
    with Store(target) as store:
        bundle = store.article_review(article_id)
        seven = store.sentence_by_number(article_id, 7).id
        assert [e.title for e in bundle.evidence_of(seven, "ben")] == ["Capture report"]
        assert bundle.evidence_of(seven, "ana")[1].note == "confirms January 3"
        assert [e.url for e in bundle.evidence_of(seven, "ana")] == [HOUSE.url, ARCHIVE.url]
        # The history of ben's claim came in naming this file's sentence.
        three = store.sentence_by_number(article_id, 3).id
        assert [(h.entity_id, h.new) for h in bundle.history if h.entity == "claim" and h.reviewer == "ben"] == [
            (f"{three}:ben", "32 Cuban personnel were killed")]


def test_one_reviewers_evidence_from_two_files_is_the_union(tmp_path):
    ana_path = tmp_path / "ana.sqlite3"
    store, article_id = reviewer_file(ana_path, "ana", {})
    store.close()
    laptop = copy_of(ana_path, tmp_path / "laptop.sqlite3")
    with Store(ana_path, reviewer="ana") as store:
        store.add_evidence(store.sentence_by_number(article_id, 7).id, HOUSE)
    with Store(laptop, reviewer="ana") as store:
        sid = store.sentence_by_number(article_id, 7).id
        store.add_evidence(sid, ARCHIVE)
        store.conn.execute("UPDATE evidence SET created_at = '2099-01-01T00:00:00Z' WHERE sentence_id = ?", (sid,))
    one, two = copy_of(ana_path, tmp_path / "one.sqlite3"), copy_of(laptop, tmp_path / "two.sqlite3")
    _, contents = merged(one, laptop)
    _, contents_back = merged(two, ana_path)
    assert contents == contents_back
    with Store(one) as store:
        sid = store.sentence_by_number(article_id, 7).id
        assert [e.url for e in store.evidence_items(sid, "ana")] == [HOUSE.url, ARCHIVE.url]
        assert store.review(sid, "ana").evidence.url == HOUSE.url  # the first item, mirrored


def test_a_claim_conflict_keeps_the_newer_text_and_records_the_other(tmp_path):
    ana_path = tmp_path / "ana.sqlite3"
    store, article_id = reviewer_file(ana_path, "ana", {})
    store.close()
    laptop = copy_of(ana_path, tmp_path / "laptop.sqlite3")
    with Store(ana_path, reviewer="ana") as store:
        store.set_claim_text(store.sentence_by_number(article_id, 5).id, "Cuban advisors are leaving")
    with Store(laptop, reviewer="ana") as store:
        sid = store.sentence_by_number(article_id, 5).id
        store.set_claim_text(sid, "Cuban advisors left Venezuela by air")
        store.conn.execute("UPDATE history SET at = '2099-01-01T00:00:00Z' WHERE entity = 'claim'")
    one = copy_of(ana_path, tmp_path / "one.sqlite3")
    summary, contents = merged(one, laptop)
    _, contents_back = merged(copy_of(laptop, tmp_path / "two.sqlite3"), ana_path)
    assert contents == contents_back
    assert [(c.number, c.reviewer, c.field, c.kept, c.other) for c in summary.conflicts] == [
        (5, "ana", "claim", "Cuban advisors left Venezuela by air", "Cuban advisors are leaving")]
    with Store(one) as store:
        sid = store.sentence_by_number(article_id, 5).id
        assert store.claim_text(sid, "ana") == "Cuban advisors left Venezuela by air"
        recorded = [h for h in store.history(entity="claim", limit=100) if h.action == "merge conflict"]
        assert [(h.old, h.new) for h in recorded] == [("Cuban advisors are leaving",
                                                        "Cuban advisors left Venezuela by air")]
    again, _ = merged(one, laptop)
    assert not again.changed


def test_a_new_version_moves_evidence_and_claims_and_orphans_keep_them(tmp_path, seed_text, capsys):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    old_id = store.import_seed().article_id
    five, seven = (store.sentence_by_number(old_id, n).id for n in (5, 7))
    store.set_review(five, {"rating": "mixed"})
    store.add_evidence(five, HOUSE)
    store.add_evidence(five, ARCHIVE)
    store.set_claim_text(five, "Cuban advisors are leaving")
    store.set_review(seven, {"rating": "false"})
    store.add_evidence(seven, ARCHIVE)
    store.set_claim_text(seven, "Biden is pressuring Venezuela")
    result = store.import_new_version(edited_seed(seed_text), old_id)
    new_id, offset = result.article_id, 2
    assert [(o, n) for o, n, _ in result.moved] == [(5, 5 + offset)] and result.orphans == [(7, OLD_7)]
    new_five = store.sentence_by_number(new_id, 5 + offset).id
    assert [e.title for e in store.evidence_items(new_five)] == ["The Administration", "Capture report"]
    assert store.evidence_items(new_five)[1].note == "confirms January 3"
    assert store.claim_text(new_five) == "Cuban advisors are leaving"
    assert [e.title for e in store.evidence_items(five)] == ["The Administration", "Capture report"]  # old stays
    [orphan] = store.orphans(new_id)
    assert [e["url"] for e in orphan.evidence["ana"]] == [ARCHIVE.url]
    assert orphan.claims == {"ana": "Biden is pressuring Venezuela"}
    target = store.sentence_by_number(new_id, 9).id
    before = store.sentence_judgments(target)
    change = store.reattach_orphan(orphan.id, target)
    assert [e.url for e in store.evidence_items(target)] == [ARCHIVE.url]
    assert store.claim_text(target) == "Biden is pressuring Venezuela"
    change.inverse(store)
    assert store.sentence_judgments(target) == before and store.evidence_items(target) == []
    assert store.claim_text(target) is None
    db = str(store.path)
    store.close()
    assert main(["orphans", new_id, "--db", db, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)[0]
    assert listed["claims"] == {"ana": "Biden is pressuring Venezuela"} and listed["evidence"]["ana"][0]["note"]


def test_merge_keeps_evidence_and_claims_of_sentences_it_cannot_match_as_orphans(tmp_path):
    ana, ben, article_id = with_evidence_and_claims(tmp_path)
    with Store(ben, reviewer="ben") as store:
        six = store.sentence_by_number(article_id, 6)
        store.split_sentence(six.id, six.start + six.text.index(", though") + 1, analyse=False)
        first_half = store.sentence_by_number(article_id, 6).id
        store.add_evidence(first_half, HOUSE)
        store.set_claim_text(first_half, "Some Cuban officers stay")
    with Store(copy_of(ana, tmp_path / "ab.sqlite3"), reviewer="editor") as store:
        summary = store.merge_file(ben)
        [orphan] = [o for o in store.orphans(article_id) if o.claims]
    assert summary.orphans >= 1 and orphan.claims == {"ben": "Some Cuban officers stay"}
    assert [e["url"] for e in orphan.evidence["ben"]] == [HOUSE.url]


def test_cli_merge_json_counts_evidence_and_claims(tmp_path, capsys):
    ana, ben, _ = with_evidence_and_claims(tmp_path)
    target = copy_of(ana, tmp_path / "ab.sqlite3")
    assert main(["merge", str(ben), "--db", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["evidence_added"], data["claims"]) == (1, 1)


def test_an_orphaned_final_layer_keeps_who_decided_and_gets_it_back_on_reattach(tmp_path, seed_text, capsys):
    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "team.sqlite3")
    store = Store(target, reviewer="eve")
    store.merge_file(ben)
    store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
    new_id = store.import_new_version(edited_seed(seed_text), article_id).article_id
    [orphan] = [o for o in store.orphans(new_id) if o.old_number == 7]
    assert orphan.decisions["rating"][:2] == ['"false"', "eve"]
    target_sid = store.sentence_by_number(new_id, 9).id
    before = store.sentence_judgments(target_sid)
    change = store.reattach_orphan(orphan.id, target_sid)
    assert store.decisions(new_id)[(target_sid, "rating")][:2] == ("false", "eve")
    assert store.review(target_sid, "final").status.value == "done"
    change.inverse(store)
    assert store.sentence_judgments(target_sid) == before and store.decisions(new_id) == {}
    store.close()
    assert main(["orphans", new_id, "--db", str(target), "--json"]) == 0
    listed = [o for o in json.loads(capsys.readouterr().out) if o["old_number"] == 7][0]
    assert listed["decisions"]["rating"]["value"] == "false" and listed["decisions"]["rating"]["decided_by"] == "eve"
