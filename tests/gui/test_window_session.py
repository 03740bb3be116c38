"""One session owns the open store: opening another database re-points every view through it,
in one place, and edits in the new file reach every view."""

from __future__ import annotations

import sqlite3

import pytest
from factcheck_review.ui.session import QtSession, Stage
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from factcheck.store import Store

OTHER_TEXT = ("The harbour authority said the new quay opened on Monday. "
              "Officials familiar with the plan said it cost 40 million dollars. "
              "Shipping lines welcomed the change.")


def test_another_database_reaches_every_view_through_the_one_session(window, qtbot, tmp_path, sql):
    other_path = tmp_path / "other.sqlite3"
    other = Store(other_path, "tester")
    other_id = other.import_text(OTHER_TEXT, title="Harbour quay opens").article_id
    other.close()
    session, detail, previous = window.session, window.detail, window.session.store
    search = window.open_search()
    assert search.search("Padilla")  # a hit in the first file
    search.hide()
    replaced = []
    session.store_replaced.connect(replaced.append)

    assert window.open_database(other_path)
    store = window.session.store
    assert window.session is session and window.detail is detail  # nothing re-wired by hand
    assert replaced == [store] and store.path == other_path
    assert window.articles.store is store and window.sentences.store is store
    assert search.hits == [] and search.results.count() == 0  # the previous file's results went
    assert search.search("Padilla") == [] and [h.article_id for h in search.search("quay")] == [other_id]
    with pytest.raises(sqlite3.ProgrammingError):  # the previous file was closed
        previous.conn.execute("SELECT 1")

    # The window shows the new file's article, and an edit there reaches every view.
    assert window.article_id == other_id and window.sentences.rowCount() == 3
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_1)
    assert sql(other_path, "SELECT COUNT(*) FROM reviews WHERE sourced = 1") == [(1,)]
    assert window.undo_action.text() == "Undo Mark sourced"
    assert window.sentences.row(0).review.sourced is True  # the table
    assert detail.verdicts.verdicts["sourced"].value() is True  # the detail panel
    qtbot.waitUntil(window.profile_bar.is_current, timeout=5000)
    assert window.profile_bar.profile is not None and window.profile_bar.profile.unsourced == 2  # the bar
    window.mark_done_and_next()  # done: the article list and the filter counts follow
    assert window.articles.summary(other_id).reviewed == 1
    assert window.filter_buttons.buttons()[1].text().endswith("(2)")


def test_a_change_reaches_the_models_then_the_views_then_the_window(qtbot, seed_store):
    session = QtSession(seed_store)
    heard = []
    session.subscribe(lambda change: heard.append("window"), lambda store: heard.append("window store"), Stage.WINDOW)
    session.changed.connect(lambda change: heard.append("view"))
    session.subscribe(lambda change: heard.append("model"), lambda store: heard.append("model store"), Stage.MODELS)
    sentence = seed_store.sentences(seed_store.list_articles()[0].id)[0]
    session.announce(seed_store.set_review(sentence.id, {"sourced": True}))
    assert heard == ["model", "view", "window"]


def test_after_another_database_opens_edits_by_another_program_to_it_still_show(window, qtbot, tmp_path):
    other_path = tmp_path / "other.sqlite3"
    with Store(other_path, "tester") as other:
        other_id = other.import_text(OTHER_TEXT, title="Harbour quay opens").article_id
        first = other.sentence_by_number(other_id, 1)
    assert window.open_database(other_path)
    qtbot.waitUntil(lambda: window.detail.sentence_id == first.id, timeout=5000)
    qtbot.wait(700)  # the poller has seen the sentence as shown
    with Store(other_path, "tester") as other:  # the command line, say
        other.set_review(first.id, {"contested": True})
    qtbot.waitUntil(lambda: window.change_banner.isVisible(), timeout=5000)
    assert "Contested is now yes" in window.change_banner.label.text()
    assert window.sentences.row(0).review.contested is True


def test_a_closed_and_deleted_dialog_hears_no_more_changes(window, qtbot, seed_store):
    import shiboken6
    from factcheck_review.ui.widgets.agreement_panel import AgreementPanel
    from factcheck_review.ui.widgets.compare_view import CompareView
    from factcheck_review.ui.widgets.versions_dialog import VersionsDialog

    dialogs = [VersionsDialog(window, window.article_id, window), CompareView(window.session, window.article_id, window),
               AgreementPanel(window.session, window.article_id, window)]
    for dialog in dialogs:
        dialog.close()
        shiboken6.delete(dialog)
    # A slot of a deleted dialog would raise "Internal C++ object already deleted" here.
    QTest.keyClick(window.table, Qt.Key.Key_1)
    window.session.undo_stack.undo()
    assert seed_store.review(window.current_sentence_id()).sourced is None


def test_closing_the_window_frees_its_undo_history_in_order(qtbot, seed_store, open_window):
    import gc

    window = open_window(seed_store)
    QTest.keyClick(window.table, Qt.Key.Key_1)
    window.mark_done_and_next()
    session = window.session
    assert session.undo_stack.count() == 2
    window.close()
    # Freed with the window, not left to a later garbage collection of the session (which
    # crashed in QUndoStack::clear); the file keeps every judgment.
    assert session.undo_stack.count() == 0
    del window, session
    gc.collect()
    assert seed_store.review(seed_store.sentence_by_number(seed_store.list_articles()[0].id, 1).id).sourced is True


def test_a_table_reload_just_before_the_window_goes_calls_nothing_on_it(qtbot, seed_store):
    import shiboken6
    from factcheck_review.ui.main_window import MainWindow

    window = MainWindow(QtSession(seed_store))  # not handed to qtbot: this test deletes it
    window.start()
    window.show()
    qtbot.waitExposed(window)
    window.sentences.reload()  # the window re-selects its sentence once events run
    window.close()
    shiboken6.delete(window)
    qtbot.wait(20)  # the re-selection would raise "Internal C++ object already deleted" here
