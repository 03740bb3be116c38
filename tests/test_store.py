"""The store: one transaction per action, history, tri-state verdicts, safety of the file."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date

import pytest
from db_helpers import raw

from factcheck.errors import DatabaseTooNew, InvalidValue, NotFound, StoreError
from factcheck.model import Evidence, Rating, Status
from factcheck.store import Store, open_store, schema
from factcheck.store import base as store_base


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "review.sqlite3", reviewer="ana")
    yield s
    s.close()


@pytest.fixture
def seeded(store):
    result = store.import_seed()
    return store, result.article_id



def test_seed_import_gives_16_sentences_and_same_text_is_not_duplicated(seeded, seed_text):
    store, article_id = seeded
    article = store.article(article_id)
    assert article.text == seed_text
    assert article.published == date(2026, 1, 12) and article.published_assumed
    sentences = store.sentences(article_id)
    assert len(sentences) == 16
    assert all(seed_text[s.start:s.end] == s.text for s in sentences)
    again = store.import_text(seed_text, title="Another title")
    assert again.created is False and again.article_id == article_id
    assert store.article_count() == 1


def test_file_settings_wal_and_foreign_keys(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.migration_names == list(schema.KNOWN_MIGRATIONS)


def test_verdicts_are_tri_state_and_saved_at_once(seeded):
    store, article_id = seeded
    first = store.sentence_by_number(article_id, 1)
    store.set_review(first.id, {"sourced": False})
    assert raw(store.path, "SELECT sourced, anonymous FROM reviews WHERE sentence_id = ?", (first.id,)) == [(0, None)]
    review = store.review(first.id)
    assert review.sourced is False and review.anonymous is None
    assert review.status is Status.IN_PROGRESS


def test_judging_all_four_verdicts_marks_done_and_history_records_each_field(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 7)
    store.set_review(s.id, {"sourced": False, "anonymous": False, "contested": False})
    assert store.review(s.id).status is Status.IN_PROGRESS
    store.set_review(s.id, {"inconsistent": True, "rating": "false", "note": "Biden left office 2025-01-20"})
    review = store.review(s.id)
    assert review.status is Status.DONE and review.rating is Rating.FALSE and review.flagged
    fields = {h.field for h in store.sentence_history(s.id)}
    assert {"sourced", "anonymous", "contested", "inconsistent", "rating", "note", "status"} <= fields
    entry = next(h for h in store.sentence_history(s.id) if h.field == "inconsistent")
    assert (entry.old, entry.new, entry.reviewer) == (None, True, "ana")
    assert store.progress(article_id, "ana") == (16, 1)


def test_bad_review_values_are_refused_with_one_sentence(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 1)
    for changes in ({"credibility": 9}, {"rating": "sort of"}, {"status": "finished"}, {"colour": 1}):
        with pytest.raises(InvalidValue) as info:
            store.set_review(s.id, changes)
        assert "\n" not in str(info.value) and str(info.value).endswith(".")
    assert store.review(s.id).status is Status.UNREVIEWED
    with pytest.raises(NotFound):
        store.sentence_by_number(article_id, 17)


def test_search_quotes_user_text(seeded):
    store, _ = seeded
    assert [h.index + 1 for h in store.search("Padilla")] == [11]
    assert {h.index + 1 for h in store.search("U.S.")} >= {3, 9, 11, 14}
    assert [h.index + 1 for h in store.search("Díaz-Canel")] == [12]
    assert [h.index + 1 for h in store.search("diaz-canel")] == [12]  # accents and case folded
    for odd in ('"', "AND", "*", "NEAR(", "a OR", "'", "-"):
        store.search(odd)  # never an FTS5 syntax error


def test_search_finds_notes_but_verdict_edits_leave_the_index_alone(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 4)
    store.set_review(s.id, {"note": "check the DGCIM founding date"})
    assert [h.sentence_id for h in store.search("founding")] == [s.id]
    index_sql = "SELECT group_concat(hex(block)) FROM sentence_search_data"
    before = raw(store.path, index_sql)
    changes_before = store.conn.total_changes
    store.set_review(s.id, {"contested": True})
    # one upsert, its history rows and the two writes of the kept counts; the FTS tables are not written
    assert raw(store.path, index_sql) == before
    assert store.conn.total_changes - changes_before <= 5


def test_merge_and_split_keep_reviews_citations_and_numbering(seeded, seed_text):
    store, article_id = seeded
    s1 = store.sentence_by_number(article_id, 1)
    s2 = store.sentence_by_number(article_id, 2)
    store.set_review(s1.id, {"sourced": True})
    store.set_review(s2.id, {"contested": True, "note": "second"})
    source = store.create_source("Frank Mora")
    store.cite(s2.id, source.id)
    store.merge_with_next(s1.id)
    merged = store.sentence(s1.id)
    assert merged.text == seed_text[s1.start:s2.end]
    review = store.review(s1.id)
    assert review.sourced is True and review.contested is True and "second" in review.note
    assert [c.name for c in store.cited_sources(s1.id)] == ["Frank Mora"]
    assert [s.index for s in store.sentences(article_id)] == list(range(15))
    at = merged.start + merged.text.index("This strategic")
    change = store.split_sentence(s1.id, at)
    left, right = (store.sentence(i) for i in change.sentence_ids)
    assert (left.text, right.text) == (s1.text, s2.text)
    assert store.review(right.id).contested is True and store.review(left.id).sourced is True
    assert [s.index for s in store.sentences(article_id)] == list(range(16))
    assert all(seed_text[s.start:s.end] == s.text for s in store.sentences(article_id))
    with pytest.raises(InvalidValue):
        store.split_sentence(left.id, left.start)
    with pytest.raises(InvalidValue):
        store.merge_with_next(store.sentence_by_number(article_id, 16).id)


def test_a_change_left_to_a_worker_leaves_the_article_waiting_for_its_analysis(seeded):
    # A merge, a split or a new date stored without their analysis (a worker runs it) mark
    # the article pending in the same transaction: a program closed before the worker is done
    # analyses it at the next start, instead of keeping the suggestions of the text as it was.
    from factcheck.analysis_runner import analyse_articles

    store, article_id = seeded
    first = store.sentence_by_number(article_id, 1)
    assert not store.analysis_pending(article_id)
    store.merge_with_next(first.id, analyse=False)
    assert store.pending_articles() == [article_id]
    analyse_articles(store, store.pending_articles(), processes=0)
    assert store.pending_articles() == []
    assert max(g.sentence for g in store.suggestions(article_id)) == 14  # 15 sentences now

    merged = store.sentence(first.id)
    store.split_sentence(first.id, merged.start + merged.text.index("This strategic"), analyse=False)
    assert store.analysis_pending(article_id)
    analyse_articles(store, [article_id], processes=0)
    store.update_article(article_id, {"published": date(2027, 2, 1)}, analyse=False)
    assert store.analysis_pending(article_id)
    analyse_articles(store, [article_id], processes=0)
    assert not store.analysis_pending(article_id)
    store.update_article(article_id, {"title": "Renamed"}, analyse=False)  # nothing to re-read
    assert not store.analysis_pending(article_id)


def test_undoing_a_merge_made_while_waiting_for_the_analysis_still_waits(seeded):
    from factcheck.analysis_runner import analyse_articles

    store, article_id = seeded
    store.merge_with_next(store.sentence_by_number(article_id, 1).id, analyse=False)
    # A second merge before the worker has analysed the first one, then its undo: the article
    # is back as the first merge left it, whose analysis never ran.
    second = store.merge_with_next(store.sentence_by_number(article_id, 2).id, analyse=False)
    assert second.inverse is not None
    second.inverse(store)
    assert len(store.sentences(article_id)) == 15
    assert store.analysis_pending(article_id)
    # Undoing a merge of an analysed article leaves nothing waiting: its suggestions come back.
    analyse_articles(store, [article_id], processes=0)
    third = store.merge_with_next(store.sentence_by_number(article_id, 3).id, analyse=False)
    assert third.inverse is not None
    third.inverse(store)
    assert not store.analysis_pending(article_id)


def test_delete_article_and_restore_give_back_everything(seeded):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 7)
    t = store.sentence_by_number(article_id, 3)
    store.set_review(s.id, {"inconsistent": True, "evidence": Evidence("https://example.org", "x")})
    store.add_link(s.id, t.id, "contradicts", "dated events")
    before = store.article_review(article_id)
    snapshot = store.delete_article(article_id)
    assert store.list_articles() == []
    assert raw(store.path, "SELECT COUNT(*) FROM reviews") == [(0,)]
    assert store.history(article_id=article_id)  # history survives the delete
    store.restore_article_review(snapshot)
    after = store.article_review(article_id)
    assert after.sentences == before.sentences
    assert after.reviews == before.reviews
    assert after.links == before.links
    assert after.suggestions == before.suggestions
    assert [h.action for h in store.history(article_id=article_id)][:2] == ["restore article", "delete article"]


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(str(path))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('factcheck', '0999_future', 'x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        Store(path)
    assert "newer version" in str(info.value)
    assert path.read_bytes() == before


def test_a_corrupt_or_foreign_file_is_refused_and_left_untouched(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        Store(junk)
    assert "not a factcheck-review database" in str(info.value)
    assert junk.read_bytes() == b"this is not a database" * 100
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a factcheck-review one"):
        Store(other)
    assert raw(other, "SELECT name FROM sqlite_master") == [("birds",)]


def test_backup_is_taken_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    with Store(path) as s:
        s.import_text("An old article. It has two sentences.", title="Old", analyse=False)

    def add_column(db):
        db.execute("ALTER TABLE articles ADD COLUMN extra TEXT")

    monkeypatch.setattr(schema.migrations, "_migrations", list(schema.migrations._migrations))
    schema.migrations(name="0002_test_extra")(add_column)
    monkeypatch.setattr(store_base, "KNOWN_MIGRATIONS", (*schema.KNOWN_MIGRATIONS, "0002_test_extra"))
    with Store(path) as s:
        assert "0002_test_extra" in s.migration_names
    backups = list(tmp_path.glob("old.sqlite3.*.bak"))
    assert len(backups) == 1
    assert raw(backups[0], "SELECT title FROM articles") == [("Old",)]
    assert "extra" not in {r[1] for r in raw(backups[0], "PRAGMA table_info(articles)")}


def test_a_locked_database_gives_one_clear_error_and_loses_nothing(seeded, monkeypatch):
    store, article_id = seeded
    s = store.sentence_by_number(article_id, 1)
    monkeypatch.setattr(store_base, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(str(store.path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreError, match="locked by another program"):
            store.set_review(s.id, {"sourced": True})
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.set_review(s.id, {"sourced": True})
    assert store.review(s.id).sourced is True


def test_two_writers_wait_for_each_other(seeded):
    store, article_id = seeded
    second = Store(store.path, reviewer="ben")
    s = store.sentence_by_number(article_id, 2)
    errors = []

    def slow_writer():
        try:
            with store._write():
                store.conn.execute("UPDATE articles SET summary = 'held' WHERE id = ?", (article_id,))
                time.sleep(0.3)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=slow_writer)
    thread.start()
    time.sleep(0.05)
    second.set_review(s.id, {"contested": True})  # waits for the first writer, then succeeds
    thread.join()
    second.close()
    assert not errors
    assert store.review(s.id, "ben").contested is True
    assert store.review(s.id, "ana").contested is None


def test_only_the_default_database_gets_the_seed_once(tmp_path, monkeypatch):
    default = tmp_path / "default.sqlite3"
    monkeypatch.setenv("FACTCHECK_DB", str(default))
    with open_store() as s:
        [article] = s.list_articles()
        assert article.title.startswith("Venezuela reduces")
        s.delete_article(article.id)
    with open_store() as s:
        assert s.list_articles() == []  # deleted by the reviewer: not seeded again
    with open_store(tmp_path / "named.sqlite3") as s:
        assert s.list_articles() == []


def test_odd_unicode_text_round_trips(store):
    text = "Zero\u200bwidth and e\u0301 accents. RTL \u05e9\u05dc\u05d5\u05dd said \u201cok\u201d. Emoji \U0001f600 here.\u2028Next line."
    result = store.import_text(text, analyse=False)
    sentences = store.sentences(result.article_id)
    assert store.article(result.article_id).text == text
    assert all(text[s.start:s.end] == s.text for s in sentences)
    with pytest.raises(Exception, match="no text"):
        store.import_text(" \n\t ")


def test_article_lookup_by_prefix_and_title(seeded):
    store, article_id = seeded
    assert store.resolve_article(article_id[:6]) == article_id
    assert store.resolve_article("Venezuela reduces its security dependence on Cuba under U.S. pressure") == article_id
    with pytest.raises(NotFound):
        store.resolve_article("zzz")
    store.import_text(f"{article_id[:1]} other text. Different.", analyse=False)
    with pytest.raises(NotFound):
        store.resolve_article("")


def test_changing_the_publication_date_reruns_the_analysis_and_clears_assumed(seeded):
    store, article_id = seeded
    before = {(g.kind, g.value) for g in store.suggestions(article_id) if g.kind == "claim.date"}
    store.update_article(article_id, {"published": date(2027, 2, 1)})
    article = store.article(article_id)
    assert article.published == date(2027, 2, 1) and not article.published_assumed
    after = {(g.kind, g.value) for g in store.suggestions(article_id) if g.kind == "claim.date"}
    assert ("claim.date", "2026-01-03") in before and ("claim.date", "2027-01-03") in after
    with pytest.raises(InvalidValue):
        store.update_article(article_id, {"published": "next tuesday"})


def test_a_new_date_rewrites_only_the_suggestions_it_changes(seeded):
    store, article_id = seeded
    dated = next(g for g in store.suggestions(article_id) if g.value == "2026-01-03")
    other = next(g for g in store.suggestions(article_id) if g.kind == "quote.direct")
    store.dismiss_suggestion(other.id)
    rows = "SELECT id, state, value, message FROM suggestions WHERE article_id = ? ORDER BY id"
    before = store.conn.execute(rows, (article_id,)).fetchall()
    changes = store.conn.total_changes
    store.update_article(article_id, {"published": date(2027, 2, 1)})
    written = store.conn.total_changes - changes
    after = store.conn.execute(rows, (article_id,)).fetchall()
    changed = set(after) - set(before)
    # The same rows, under the same ids; the dismissal stands; the date moved a year.
    assert [r[0] for r in after] == [r[0] for r in before]
    assert (other.id, "dismissed") in {r[:2] for r in after}
    assert (dated.id, "pending", "2027-01-03") in {r[:3] for r in changed}
    # Written: the article, its history, the rows the date changed; not every suggestion
    # deleted and inserted again.
    assert 0 < len(changed) < len(after) / 4
    assert written < len(after)
    # Found again as it was (the same date): nothing of the suggestions is written.
    changes = store.conn.total_changes
    store.run_analysis(article_id)
    assert store.conn.execute(rows, (article_id,)).fetchall() == after
    assert store.conn.total_changes - changes <= 1


def test_sign_off_needs_every_sentence_reviewed(seeded):
    store, article_id = seeded
    with pytest.raises(InvalidValue, match="16 of 16"):
        store.sign_off(article_id)
    for s in store.sentences(article_id):
        store.set_review(s.id, {"status": "done"})
    store.sign_off(article_id)
    assert store.article(article_id).signed_off_by == "ana"


def test_quoted_words_are_a_phrase_and_other_words_all_must_match(seeded):
    from factcheck.store.search import fts_query

    store, _ = seeded
    assert fts_query('"security dependence" U.S.') == '"security dependence" "U.S."'
    assert fts_query('"left open') == '"left open"'
    assert fts_query('" "') == ""
    phrase = store.search('"longstanding security dependence"')
    words = store.search("dependence longstanding security")
    assert [h.index + 1 for h in phrase] == [1]
    assert len(words) >= len(phrase)
    assert store.search('"security longstanding dependence"') == []  # the words, not in that order


def test_search_pages_continue_after_the_last_hit_without_repeats(seeded):
    store, _ = seeded
    everything = store.search("the", limit=1000)
    pages = list(store.search_pages("the", page=3, limit=1000))
    assert len(pages) > 2 and all(len(page) <= 3 for page in pages)
    assert sorted(h.sentence_id for page in pages for h in page) == sorted(h.sentence_id for h in everything)
    assert sum(len(page) for page in store.search_pages("the", page=3, limit=5)) == 5
