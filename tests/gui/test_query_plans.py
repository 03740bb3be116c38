"""A window session on analysed data never makes SQLite read a whole table.

The session opens the window, pages to the end of a long article, edits, moves, filters,
searches and switches article, with every store connection traced; each statement it ran is
then explained (EXPLAIN QUERY PLAN), and none may scan ``sentences``, ``reviews`` or
``suggestions`` whole.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from benchmarks.corpus import article_text, transcript_text
from factcheck.store import Store
from tests.query_plans import full_scans, trace, traced_statements, trigger_statements


@pytest.fixture(scope="module")
def analysed_db(tmp_path_factory):
    """Forty analysed articles of 5-40 sentences and an analysed 3,000-sentence transcript."""
    path = tmp_path_factory.mktemp("plans") / "analysed.sqlite3"
    store = Store(path, "tester")
    rng = random.Random(13)
    short = [store.import_text(article_text(rng, rng.randint(5, 40)), title=f"Report {i}").article_id
             for i in range(40)]
    long = store.import_text(transcript_text(3000), title="Hearing transcript").article_id
    store.close()
    return path, long, short


def test_the_checker_finds_a_full_scan(analysed_db):
    path, _, _ = analysed_db
    scans = full_scans(path, ["SELECT COUNT(*) FROM suggestions g WHERE g.message = 'x'",
                              "SELECT id FROM sentences WHERE article_id = 'a' AND idx = 1"])
    assert [plan for _, plan in scans] == ["SCAN g"]


def test_a_window_session_on_analysed_data_scans_no_large_table(qtbot, analysed_db, open_window):
    path, long, short = analysed_db
    with traced_statements() as seen:
        store = Store(path, "tester")
        trace(store.conn, seen)
        try:
            window = open_window(store, long)
            assert store.counts(long)["pending_suggestions"] > 3000, "the transcript is analysed"
            qtbot.waitUntil(window.profile_bar.is_current, timeout=10_000)
            # page, edit, move
            qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(window.table, Qt.Key.Key_1)
            qtbot.keyClick(window.table, Qt.Key.Key_Up)
            qtbot.keyClick(window.table, Qt.Key.Key_2)
            qtbot.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            for _ in range(3):
                qtbot.keyClick(window.table, Qt.Key.Key_Down)
            qtbot.keyClick(window.table, Qt.Key.Key_N)
            # filter
            for name in ("unreviewed", "flagged", "suggestions", "all"):
                window.set_filter(name)
            # search, then jump to a hit in another article
            dialog = window.open_search()
            assert dialog.search("Mora")
            dialog.search('"the water deal"')
            window.jump_to(short[3], store.sentences(short[3])[2].id)
            qtbot.keyClick(window.table, Qt.Key.Key_3)
            # switch article back and forth
            window.select_article(short[10])
            window.select_article(long)
            qtbot.waitUntil(window.profile_bar.is_current, timeout=10_000)
            window.close()
        finally:
            store.close()
    assert len(seen) > 50
    assert full_scans(path, seen) == []


def test_the_triggers_that_keep_counts_scan_no_large_table(analysed_db):
    path, _, _ = analysed_db
    statements = trigger_statements(path)
    assert len(statements) >= 10
    assert full_scans(path, statements) == []


# -- reads on analysed data: pages and the sourcing profile -------------------------------------


def test_the_analysed_transcript_opens_filters_and_edits_reading_few_pages(qtbot, analysed_db, open_window):
    path, long, _ = analysed_db
    store = Store(path, "tester")
    try:
        window = open_window(store, long)
        assert window.sentences.rowCount() == 3000
        assert store.page_reads <= 2, "opening reads the first page only"
        qtbot.waitUntil(window.profile_bar.is_current, timeout=10_000)
        assert window.profile_bar.full_reads == 1

        reads = store.page_reads
        window.select_row(2500)
        qtbot.keyClick(window.table, Qt.Key.Key_1)  # sourced: counted as named
        qtbot.keyClick(window.table, Qt.Key.Key_3)  # contested
        assert store.page_reads - reads <= 3, "the page shown, and the edited row reread"
        qtbot.waitUntil(window.profile_bar.is_current, timeout=10_000)
        assert window.profile_bar.full_reads == 1, "an edit rereads its sentence, not the article"
        assert window.profile_bar.profile.contested >= 1

        for name in ("suggestions", "unreviewed", "flagged"):
            reads = store.page_reads
            window.set_filter(name)
            assert window.sentences.rowCount() == store.sentence_count(long, name)
            assert store.page_reads - reads <= 2, name
        # In the flagged table, clearing the flag removes the row: the table reloads.
        assert window.sentences.rowCount() >= 1
        flagged = window.sentences.rowCount()
        window.select_row(0)
        qtbot.keyClick(window.table, Qt.Key.Key_3)  # contested yes -> no: still flagged? not any more
        qtbot.keyClick(window.table, Qt.Key.Key_3)  # no -> not judged
        assert window.sentences.rowCount() == store.sentence_count(long, "flagged") <= flagged
        qtbot.wait(20)  # the reselection after the reload runs before the store is closed
        window.close()
    finally:
        store.close()


def test_a_filtered_page_is_read_by_its_range_of_sentences(analysed_db):
    path, long, _ = analysed_db
    store = Store(path, "tester")
    try:
        positions = store.filter_positions(long, "suggestions")
        assert len(positions) == store.sentence_count(long, "suggestions") > 1000
        offset = len(positions) - 300
        by_offset = store.sentence_page(long, offset, 200, filter="suggestions")
        by_range = store.sentence_page(long, 0, 200, filter="suggestions",
                                       indexes=(positions[offset], positions[offset + 199]))
        assert [r.sentence.id for r in by_range] == [r.sentence.id for r in by_offset]
        assert [r.sentence.index for r in store.sentence_page(long, 2990, 200)] == list(range(2990, 3000))
    finally:
        store.close()
