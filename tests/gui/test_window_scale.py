"""Scale: a 100,000-sentence transcript and a database of 5,000 articles open, and the
table reads only the pages it shows.

Nothing here is timed (timings are in benchmarks/run.py): the work is counted instead, as the
statements a step runs, the SQLite instructions they cost and their query plans, against the
same step on a small article or database.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest
from factcheck_review.ui.commands import SetReview
from factcheck_review.ui.models.article_list import PAGE_ROWS, ArticleFilterModel
from factcheck_review.ui.models.sentence_table import CACHED_PAGES, PAGE_SIZE
from PySide6.QtCore import Qt

from factcheck.store import Store
from tests.query_plans import full_scans, trace, traced_statements

STEP = 100  # SQLite instructions per progress call (counted within each statement)


@contextlib.contextmanager
def counted(conn: sqlite3.Connection) -> Iterator[list[int]]:
    """[statements, hundreds of SQLite instructions] run on ``conn`` inside the block."""
    work = [0, 0]

    def step() -> int:
        work[1] += 1
        return 0

    conn.set_trace_callback(lambda sql: work.__setitem__(0, work[0] + 1))
    conn.set_progress_handler(step, STEP)
    try:
        yield work
    finally:
        conn.set_progress_handler(None, 0)
        conn.set_trace_callback(None)


def opening_work(open_window, store: Store, article_id: str | None = None) -> tuple[list[int], object]:
    with counted(store.conn) as work:
        window = open_window(store, article_id)
    return work, window


def long_transcript(sentences: int) -> str:
    """A transcript of ``sentences`` short sentences, five to a paragraph."""
    words = "budget housing schools roads water energy police parks transit health".split()
    parts = []
    for i in range(sentences):
        parts.append(f"Speaker {i % 7 + 1} said the {words[i % 10]} figure was {i + 1} this year.")
        parts.append("\n\n" if i % 5 == 4 else " ")
    return "".join(parts).strip()


def fill_articles(store: Store, count: int) -> None:
    """Many small articles quickly: one transaction, no analysis."""
    store.conn.execute("BEGIN IMMEDIATE")
    try:
        for i in range(count):
            store.import_text(f"Article {i} reports that {i} people attended. Officials said it went well.",
                              title=f"Council meeting {i:05d}", outlet="Daily Test", analyse=False)
    except BaseException:
        store.conn.execute("ROLLBACK")
        raise
    store.conn.execute("COMMIT")


@pytest.fixture(scope="module")
def transcript_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("transcript") / "long.sqlite3"
    store = Store(path, "tester")
    result = store.import_text(long_transcript(100_000), title="Council transcript", analyse=False)
    store.close()
    return path, result.article_id


def test_a_100000_sentence_transcript_opens_and_scrolls_reading_only_shown_pages(qtbot, transcript_db, open_window):
    path, article_id = transcript_db
    store = Store(path, "tester")
    try:
        short_store = Store(path.with_name("short.sqlite3"), "tester")
        short_id = short_store.import_text(long_transcript(20), title="Short", analyse=False).article_id
        short_work, short_window = opening_work(open_window, short_store, short_id)
        short_window.close()
        short_store.close()
        with traced_statements() as seen:
            trace(store.conn, seen)
            work, window = opening_work(open_window, store, article_id)
        assert window.sentences.rowCount() == 100_000
        assert store.page_reads <= 2, "opening reads the first page only"
        # As much SQL as opening a 20-sentence article: nothing read or counted per sentence.
        assert work[0] <= short_work[0] + 5, (work, short_work)
        assert work[1] <= short_work[1] + 2000, (work, short_work)  # one pass over 100,000 rows: 5,000+
        assert full_scans(path, seen) == []

        before = store.page_reads
        window.table.scrollToBottom()
        qtbot.wait(50)  # let the view paint the last rows
        window.table.viewport().repaint()
        assert window.table.indexAt(window.table.viewport().rect().center()).row() > 99_000
        qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        assert window.current_row() == 99_999
        assert window.sentences.row(99_999).sentence.number == 100_000
        assert store.page_reads - before <= 3, "only the pages on screen are read"
        assert len(window.sentences._pages) <= CACHED_PAGES

        # Editing the last sentence refreshes that row only; no page is reread.
        reads = store.page_reads
        qtbot.keyClick(window.table, Qt.Key.Key_1)
        assert window.sentences.row(99_999).review.sourced is True
        assert store.page_reads - reads <= 1
        window.close()
    finally:
        store.close()


def test_paging_keeps_a_bounded_cache(qtbot, transcript_db, open_window):
    path, article_id = transcript_db
    store = Store(path, "tester")
    try:
        window = open_window(store, article_id)
        for row in range(0, 100_000, 10_000):
            window.select_row(row)
        assert len(window.sentences._pages) <= CACHED_PAGES
        assert store.page_reads <= 1 + 100_000 // 10_000 + 2
        window.select_row(50_000 + PAGE_SIZE // 2)
        assert window.sentences.row(50_000 + PAGE_SIZE // 2).sentence.number == 50_001 + PAGE_SIZE // 2
        window.close()
    finally:
        store.close()


def test_a_database_of_5000_articles_opens(qtbot, tmp_path, open_window):
    store = Store(tmp_path / "many.sqlite3", "tester")
    try:
        small = Store(tmp_path / "few.sqlite3", "tester")
        fill_articles(small, 50)
        small_work, small_window = opening_work(open_window, small)
        small_window.close()
        # The same texts, so the same ids: restoring the small file's last article would read
        # the large file's whole list to find it (tests/gui/test_article_list_pages.py).
        small_window.settings.remove("last_article")
        small_window.settings.sync()
        small.close()
        fill_articles(store, 5000)
        compared: list[int] = []
        real_less_than = ArticleFilterModel.lessThan
        ArticleFilterModel.lessThan = lambda self, *args: compared.append(1) or real_less_than(self, *args)
        try:
            work, window = opening_work(open_window, store)
        finally:
            ArticleFilterModel.lessThan = real_less_than
        assert window.articles.total == 5000 and window.article_panel.count_label.text() == "5000"
        assert window.articles.rowCount() == PAGE_ROWS  # the first page; the rest as it is scrolled
        assert window.sentences.rowCount() == 2
        # The same statements as for 50 articles (none per article), and the list, in the
        # store's order, is not sorted again in Python.
        assert work[0] <= small_work[0] + 5, (work, small_work)
        assert compared == []
        first_row = window.article_panel.proxy.index(0, 0).data()
        assert first_row == store.list_articles(store.reviewer)[0].title

        window.article_panel.sort_combo.setCurrentIndex(window.article_panel.sort_combo.findData("title"))
        first = window.article_panel.proxy.index(0, 0).data()
        assert first == "Council meeting 00000"
        window.article_panel.filter_edit.setText("04999")
        assert window.article_panel.proxy.rowCount() == 1
        window.article_panel.select_first()
        assert window.verdict_bar.title.full_text() == "Council meeting 04999"
        qtbot.keyClick(window.table, Qt.Key.Key_1)
        summary = window.articles.summary(window.article_id)
        assert summary is not None and summary.title == "Council meeting 04999"
        window.close()
    finally:
        store.close()


def test_a_verdict_edit_on_the_long_transcript_leaves_the_sourcing_profile_to_a_worker(
        qtbot, transcript_db, open_window):
    path, article_id = transcript_db
    store = Store(path, "tester")
    try:
        window = open_window(store, article_id)
        qtbot.waitUntil(window.profile_bar.is_current, timeout=30_000)
        before = window.profile_bar.profile
        assert before is not None and before.sentences == 100_000
        window.select_row(500)
        with traced_statements() as seen:
            trace(store.conn, seen)
            with counted(store.conn) as work:
                qtbot.keyClick(window.table, Qt.Key.Key_3)  # contested: yes
        assert not window.profile_bar.is_current(), "the profile is not computed inside the edit"
        # The edit itself: a few statements on indexes, nothing over the 100,000 sentences
        # (reading them all takes millions of SQLite instructions).
        assert work[0] <= 60 and work[1] <= 2000, work
        assert full_scans(path, seen) == []
        qtbot.waitUntil(window.profile_bar.is_current, timeout=30_000)
        assert window.profile_bar.profile.contested == before.contested + 1
        window.close()
    finally:
        store.close()


@pytest.mark.parametrize("filter_name", ["unreviewed", "flagged"])
def test_a_row_leaving_or_joining_a_filter_on_the_long_transcript_reads_no_filter_again(
        qtbot, transcript_db, open_window, filter_name):
    """Under "To review", marking a sentence done takes its row out (and undo brings it back);
    under "Flagged", marking one contested brings its row in. Neither reads again which of the
    100,000 sentences the filter shows (a pass over all of them: 5,000+ steps)."""
    path, article_id = transcript_db
    store = Store(path, "tester")
    try:
        window = open_window(store, article_id)
        window.select_row(700)
        moved = window.sentences.sentence_id(700)
        window.set_filter(filter_name)
        rows = window.sentences.rowCount()
        with counted(store.conn) as work:
            if filter_name == "unreviewed":
                assert window.select_sentence(moved)
                window.mark_done_and_next()  # key D
            else:  # as the detail panel's Contested: Yes does
                window.session.push(SetReview(moved, {"contested": True}, "Mark contested"))
        leaves = filter_name == "unreviewed"
        assert window.sentences.rowCount() == rows + (-1 if leaves else 1)
        assert (window.sentences.position_of(moved) is None) == leaves
        assert work[1] <= 2000, work
        with counted(store.conn) as undo_work:
            window.session.undo_stack.undo()
        assert window.sentences.rowCount() == rows
        assert (window.sentences.position_of(moved) is None) == (not leaves)
        assert undo_work[1] <= 2000, undo_work
        qtbot.wait(20)  # the table keeps its current sentence after a reset, on a zero timer
        window.close()
    finally:
        store.close()


def test_the_link_dialog_on_the_long_transcript_lays_out_only_the_rows_it_shows(qtbot, transcript_db, open_window):
    """Marking a sentence inconsistent offers a list of the article's other sentences to pick
    from: on a transcript, 99,999 of them. A list view laid every one out when shown and asked
    the model its row count for each (200,000 calls)."""
    from factcheck_review.ui.widgets.links_view import AddLinkDialog

    path, article_id = transcript_db
    store = Store(path, "tester")
    try:
        window = open_window(store, article_id)
        dialog = AddLinkDialog(window.session, window.sentences.sentence_id(500), parent=window)
        qtbot.addWidget(dialog)
        calls = [0]
        count = dialog.choices.rowCount

        def counting(*args):
            calls[0] += 1
            return count(*args)

        dialog.choices.rowCount = counting
        dialog.show()
        qtbot.waitExposed(dialog)
        assert count() == 99_999
        assert calls[0] < 1_000, calls
        dialog.filter.setText("#50000")
        assert dialog.choice() is not None and store.sentence(dialog.choice().to_sentence).number == 50_000
        dialog.close()
        window.close()
    finally:
        store.close()


def test_the_export_dialog_on_the_long_transcript_opens_without_reading_the_whole_review(
        qtbot, transcript_db, open_window):
    """The dialog lists the reviewer layers one may export; it read the whole review (every
    sentence, review and suggestion) to find them, 4-5 s on an analysed transcript."""
    from factcheck_review.ui.widgets.export_dialog import ExportDialog

    path, article_id = transcript_db
    store = Store(path, "tester")
    try:
        window = open_window(store, article_id)
        with counted(store.conn) as work:
            dialog = ExportDialog(window.session, article_id, window)
        qtbot.addWidget(dialog)
        # Its layers: one pass over the article's index of reviews (~4,000 steps); the whole
        # review took 42,000.
        assert work[1] <= 10_000, work
        dialog.close()
        window.close()
    finally:
        store.close()
