"""Migration 0005: evidence items, claim texts, the search index Datasette and sqlite-utils read."""

from __future__ import annotations

import sqlite3

import pytest
from db_helpers import raw
from sqlite_utils import Database

from factcheck.errors import InvalidValue
from factcheck.model import Evidence, EvidenceItem
from factcheck.store import Store, schema


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "review.sqlite3", reviewer="ana")
    yield s
    s.close()


@pytest.fixture
def seeded(store):
    return store, store.import_seed().article_id


def _index_is_sound(store: Store) -> None:
    # FTS5 compares the index with the content table and raises when they differ.
    store.conn.execute("INSERT INTO sentence_search (sentence_search) VALUES ('integrity-check')")


def test_several_evidence_items_per_sentence_first_one_mirrored_on_the_review(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 11)
    store.add_evidence(s.id, EvidenceItem(url="https://www.minrex.gob.cu/en", title="MINREX",
                                          accessed="2026-01-14", note="minister's page"))
    change = store.add_evidence(s.id, EvidenceItem(url="https://example.org/bio", title="Biography",
                                                   archive_url="https://web.archive.org/x"))
    items = store.evidence_items(s.id)
    assert [i.title for i in items] == ["MINREX", "Biography"]
    assert items[0].note == "minister's page"
    assert store.review(s.id).evidence == Evidence("https://www.minrex.gob.cu/en", "MINREX", "2026-01-14", "")
    store.remove_evidence(items[0].id)
    assert store.review(s.id).evidence.title == "Biography"
    # undo of a removal puts the item back where it was
    store.add_evidence(s.id, items[0], position=0)
    assert [i.title for i in store.evidence_items(s.id)] == ["MINREX", "Biography"]
    store.update_evidence(change.evidence_id, EvidenceItem(url="https://example.org/bio2", title="Bio"))
    assert store.evidence_items(s.id)[1].url == "https://example.org/bio2"
    assert [h.action for h in store.history(entity="evidence")][:2] == ["Edit evidence", "Add evidence"]
    bundle = store.article_review(article_id)
    assert [i.title for i in bundle.evidence_of(s.id, "ana")] == ["MINREX", "Bio"]


def test_evidence_rejects_non_web_urls_bad_dates_and_empty_items(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 1)
    for bad in (EvidenceItem(url="javascript:alert(1)"), EvidenceItem(title="x", accessed="14/01/2026"),
                EvidenceItem(), EvidenceItem(title="x", archive_url="file:///etc/passwd")):
        with pytest.raises(InvalidValue):
            store.add_evidence(s.id, bad)
    assert store.evidence_items(s.id) == []


def test_the_single_evidence_field_edits_the_first_item(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 3)
    store.set_review(s.id, {"evidence": Evidence("https://a.example/", "A", "", "")})
    store.add_evidence(s.id, EvidenceItem(url="https://b.example/", title="B"))
    store.set_review(s.id, {"evidence": Evidence("https://a2.example/", "A2", "", "")})
    assert [i.title for i in store.evidence_items(s.id)] == ["A2", "B"]
    store.set_review(s.id, {"evidence": Evidence()})
    assert [i.title for i in store.evidence_items(s.id)] == ["B"]


def test_claim_text_is_set_trimmed_and_cleared(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 7)
    assert store.claim_text(s.id) is None
    store.set_claim_text(s.id, "  The Biden administration   pressured Venezuela ")
    assert store.claim_text(s.id) == "The Biden administration pressured Venezuela"
    assert store.article_review(article_id).claims[s.id]["ana"].startswith("The Biden")
    store.set_claim_text(s.id, "")
    assert store.claim_text(s.id) is None
    with pytest.raises(InvalidValue):
        store.set_claim_text(s.id, "x" * 501)


def test_search_index_is_external_content_over_sentences_and_stays_sound(seeded):
    store, article_id = seeded
    db = Database(store.path)
    assert db["sentences"].detect_fts() == "sentence_search"
    hits = list(db["sentences"].search("Biden"))
    assert [h["idx"] + 1 for h in hits] == [7]
    s4 = store.sentence_by_number(article_id, 4)
    store.set_review(s4.id, {"note": "check the founding date"})
    assert [h["idx"] + 1 for h in db["sentences"].search("founding")] == [4]
    store.merge_with_next(s4.id, analyse=False)
    _index_is_sound(store)
    merged = store.sentence(s4.id)
    store.split_sentence(s4.id, merged.start + merged.text.index(" ", 40), analyse=False)
    _index_is_sound(store)
    snapshot = store.delete_article(article_id)
    _index_is_sound(store)
    store.restore_article_review(snapshot)
    _index_is_sound(store)
    assert [h.index + 1 for h in store.search("founding")] == [4, 5]  # both parts keep the note


def test_migration_keeps_old_evidence_notes_and_search(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    db = Database(conn)
    schema.migrations.apply(db, stop_before="0005_publishing")
    conn.execute("INSERT INTO articles (id, sha256, imported_at, text) VALUES ('a1', 'x', 'now', 'One. Two.')")
    conn.execute("INSERT INTO sentences (id, article_id, idx, paragraph, start, \"end\", text)"
                 " VALUES (5, 'a1', 0, 0, 0, 4, 'One.')")
    conn.execute("INSERT INTO sentence_search (rowid, text, notes) VALUES (5, 'One.', 'zebra')")
    conn.execute("INSERT INTO reviews (sentence_id, reviewer, note, evidence_url, evidence_title, updated_at)"
                 " VALUES (5, 'ana', 'zebra', 'https://old.example/', 'Old', '2026-01-01T00:00:00Z')")
    conn.commit()
    conn.close()
    with Store(path, reviewer="ana") as store:
        assert "0005_publishing" in store.migration_names
        assert [i.title for i in store.evidence_items(5)] == ["Old"]
        assert [h.sentence_id for h in store.search("zebra")] == [5]
        _index_is_sound(store)
    assert raw(path, "SELECT notes FROM sentences WHERE id = 5") == [("zebra",)]


def test_views_list_flagged_sentences_and_summarise_reviews(seeded):
    store, article_id = seeded
    s7 = store.sentence_by_number(article_id, 7)
    s1 = store.sentence_by_number(article_id, 1)
    store.set_review(s7.id, {"inconsistent": True, "rating": "false"})
    store.set_review(s1.id, {"sourced": True, "anonymous": True, "contested": False, "inconsistent": False})
    flagged = raw(store.path, "SELECT number, inconsistent, anonymous, rating FROM flagged_sentences")
    assert flagged == [(1, "no", "yes", None), (7, "yes", "not judged", "false")]
    summary = raw(store.path, "SELECT reviewer, sentences, done, flagged, rated_false FROM review_summary")
    assert summary == [("ana", 16, 1, 2, 1)]
    labels = raw(store.path, "SELECT number, sourced, inconsistent, rating, credibility_grade FROM review_labels")
    assert labels == [(1, "yes", "no", "not rated", "not graded"), (7, "not judged", "yes", "false", "not graded")]
    store.set_review(s7.id, {"credibility": 5})
    assert raw(store.path, "SELECT credibility_grade FROM review_labels WHERE number = 7") == [("5 Improbable",)]


def test_a_review_written_only_through_its_evidence_columns_still_shows_its_evidence(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 2)
    store.set_review(s.id, {"note": "x"})
    # as a file merged by code that knows only the review's own evidence columns
    store.conn.execute("UPDATE reviews SET evidence_url = 'https://a.example/', evidence_title = 'A'"
                       " WHERE sentence_id = ?", (s.id,))
    assert [i.title for i in store.article_review(article_id).evidence_of(s.id, "ana")] == ["A"]
