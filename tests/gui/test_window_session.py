"""One session owns the open store: opening another database re-points every view through it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from factcheck.store import Store


def test_another_database_reaches_every_view_through_the_one_session(window, qtbot, tmp_path, sql):
    other_path = tmp_path / "other.sqlite3"
    other = Store(other_path, "tester")
    other.import_seed()
    other.close()
    session, detail = window.session, window.detail
    search = window.open_search()
    search.hide()
    replaced = []
    session.store_replaced.connect(replaced.append)

    assert window.open_database(other_path)
    store = window.session.store
    assert window.session is session and window.detail is detail  # nothing re-wired by hand
    assert replaced == [store] and store.path == other_path
    assert window.articles.store is store and window.sentences.store is store and search.store is store
    window.start()
    QTest.keyClick(window.table, Qt.Key.Key_1)
    assert sql(other_path, "SELECT COUNT(*) FROM reviews WHERE sourced = 1") == [(1,)]
    assert window.undo_action.text() == "Undo Mark sourced"
    qtbot.waitUntil(window.profile_bar.is_current, timeout=5000)
    assert window.profile_bar.profile is not None and window.profile_bar.profile.unsourced == 15  # the new file
