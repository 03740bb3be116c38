"""The article list of a 5,000-article database reads a page of rows at a time: the first at
start-up, the next as it is scrolled, all of them when another order or a filter needs them;
an edit rereads its article's row from the kept counts and never the list.

Nothing is timed: the reads are counted (pages read, statements run)."""

from __future__ import annotations

import shutil

import pytest
from factcheck_review.ui.models.article_list import PAGE_ROWS
from PySide6.QtCore import QModelIndex, Qt

from factcheck.store import Change, Store
from tests.gui.test_window_scale import fill_articles
from tests.query_plans import trace, traced_statements

ARTICLES = 5000


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("archive") / "archive.sqlite3"
    store = Store(path, "tester")
    fill_articles(store, ARTICLES)
    store.close()
    return path


@pytest.fixture
def window(archive, open_window, tmp_path):
    copy = tmp_path / "archive.sqlite3"
    shutil.copyfile(archive, copy)  # each test edits its own copy
    store = Store(copy, "tester")
    window = open_window(store)
    yield window
    window.close()
    store.close()


def list_pages(statements: list[str]) -> list[str]:
    return [sql for sql in statements if "LIMIT" in sql and "FROM articles a" in sql]


def test_the_window_opens_on_one_page_of_the_list_and_counts_every_article(window):
    articles = window.articles
    assert articles.pages_read == 1
    assert articles.rowCount() == PAGE_ROWS and articles.total == ARTICLES
    assert window.article_panel.count_label.text() == str(ARTICLES)
    # The newest first, as the whole list is ordered.
    first = window.session.store.list_articles(window.session.store.reviewer, limit=1)[0]
    assert window.article_id == first.id


def test_scrolling_to_the_end_of_the_list_reads_the_next_page(window, qtbot):
    view = window.article_panel.list
    view.scrollToBottom()
    qtbot.waitUntil(lambda: window.articles.rowCount() > PAGE_ROWS, timeout=5000)
    assert window.articles.rowCount() == 2 * PAGE_ROWS
    assert window.articles.pages_read == 2
    ids = [window.articles.articles[row].id for row in range(window.articles.rowCount())]
    assert len(set(ids)) == len(ids)  # pages do not overlap
    assert ids == [a.id for a in window.session.store.list_articles(window.session.store.reviewer,
                                                                      limit=2 * PAGE_ROWS)]


def test_the_next_article_key_at_the_end_of_a_page_reads_the_next_one(window):
    proxy = window.article_panel.proxy
    window.article_panel.list.setCurrentIndex(proxy.index(PAGE_ROWS - 1, 0))
    window._step_article(+1)
    assert window.article_panel.list.currentIndex().row() == PAGE_ROWS
    assert window.article_id == window.articles.articles[PAGE_ROWS].id


def test_an_article_not_read_yet_is_found_by_its_id(window):
    store = window.session.store
    oldest = store.list_articles(store.reviewer, limit=1, offset=ARTICLES - 1)[0]
    pages = window.articles.pages_read
    assert window.articles.row_of("0123456789abcdef") is None  # not in this file: nothing more read
    assert window.articles.pages_read == pages
    assert window.select_article(oldest.id)
    assert window.article_id == oldest.id
    assert window.articles.rowCount() == ARTICLES


@pytest.mark.parametrize("how", ["sort", "filter", "unfinished"])
def test_another_order_or_a_filter_reads_every_article_also_after_a_reload(window, how):
    panel = window.article_panel
    if how == "sort":
        panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("title"))
        assert panel.proxy.index(0, 0).data() == "Council meeting 00000"  # the oldest import
    elif how == "filter":
        panel.filter_edit.setText("00007")
        assert panel.proxy.rowCount() == 1 and panel.count_label.text() == f"1 of {ARTICLES}"
    else:
        panel.unfinished.setChecked(True)
        assert panel.proxy.rowCount() == ARTICLES
    assert window.articles.rowCount() == ARTICLES
    window.articles.reload()
    assert window.articles.rowCount() == ARTICLES
    # Back to the store's order with nothing hidden: a reload reads one page again.
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("imported"))
    panel.filter_edit.clear()
    panel.unfinished.setChecked(False)
    window.articles.reload()
    assert window.articles.rowCount() == PAGE_ROWS


def test_an_edit_rereads_its_row_from_the_kept_counts_not_the_list(window, qtbot):
    store = window.session.store
    before = window.articles.summary(window.article_id)
    pages = window.articles.pages_read
    with traced_statements() as seen:
        trace(store.conn, seen)
        qtbot.keyClick(window.table, Qt.Key.Key_D)  # mark done: the article's reviewed count goes up
        store.conn.set_trace_callback(None)
    after = window.articles.summary(window.article_id)
    assert after.reviewed == before.reviewed + 1
    assert window.articles.pages_read == pages and list_pages(seen) == []
    # The row comes from the kept counts, one article's row: nothing is counted again.
    reads = [sql for sql in seen if sql.lstrip().upper().startswith("SELECT") and "reviewer_counts" in sql]
    assert reads and all("WHERE a.id = " in sql or "WHERE article_id = " in sql for sql in reads), reads
    row = window.articles.row_of(window.article_id)
    assert window.articles.index(row).data(Qt.ItemDataRole.UserRole + 1).reviewed == after.reviewed


def test_a_change_to_an_article_not_read_yet_reads_nothing_and_keeps_the_list(window, qtbot):
    store = window.session.store
    unread = store.list_articles(store.reviewer, limit=1, offset=ARTICLES - 1)[0].id
    pages = window.articles.pages_read
    with qtbot.assertNotEmitted(window.articles.modelReset):
        window.articles.apply_change(Change("analyse", article_ids=(unread,), suggestions=True))
    assert window.articles.pages_read == pages and window.articles.rowCount() == PAGE_ROWS
    # A new article (an import) is a new first row: the list is read again from its first page.
    store.import_text("A new report says 3 people came.", title="Newest report", analyse=False)
    created = store.list_articles(store.reviewer, limit=1)[0]
    window.articles.apply_change(Change("import", article_ids=(created.id,)))
    assert window.articles.articles[0].id == created.id and window.articles.total == ARTICLES + 1
    assert window.articles.canFetchMore(QModelIndex())
