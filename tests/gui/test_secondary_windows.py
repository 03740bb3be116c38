"""Secondary windows: Sources opens over the main window, Esc closes it and the window's
shortcuts work there; search jumps and closes; export offers the last folder again."""

from __future__ import annotations

from factcheck_review.ui.widgets.export_dialog import ExportDialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_sources_window_opens_over_the_main_window_and_esc_closes_it(window, qtbot):
    sources = window.open_sources()
    qtbot.waitExposed(sources)
    assert window.frameGeometry().contains(sources.frameGeometry().center())
    sources.activateWindow()
    qtbot.waitActive(sources)
    qtbot.waitUntil(sources.search.hasFocus)
    QTest.keyClick(sources.search, Qt.Key.Key_Escape)
    assert not sources.isVisible()


def test_window_shortcuts_work_in_the_sources_window(window, qtbot):
    sources = window.open_sources()
    sources.activateWindow()
    qtbot.waitActive(sources)
    keys = {action.shortcut().toString() for action in sources.actions()}
    assert {"Ctrl+Shift+V", "Ctrl+F", "Ctrl+E"} <= keys
    assert "J" not in keys and "1" not in keys  # single keys act on the sentence table only
    QTest.keyClick(sources.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.dialogs.exported == [window.article_id]


def test_search_jumps_and_closes(window, qtbot):
    dialog = window.open_search()
    dialog.search("Frank Mora")
    QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.sentences.row(window.current_row()).sentence.number == 14
    qtbot.waitUntil(window.table.hasFocus, timeout=2000)


def test_export_offers_the_last_folder(window, qtbot, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    dialog = ExportDialog(window.session, window.article_id, window, ask_to_open=lambda path: False,
                          settings=window.settings)
    qtbot.addWidget(dialog)
    dialog.choose("md", folder / "review.md")
    with qtbot.waitSignal(dialog.finished, timeout=20000):
        dialog.start_export()
    assert (folder / "review.md").exists()
    again = ExportDialog(window.session, window.article_id, window, settings=window.settings)
    qtbot.addWidget(again)
    assert again.path_edit.text().startswith(str(folder))
