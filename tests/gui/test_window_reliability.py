"""The window and the file: other programs' edits, read-only and damaged files, recovery."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from factcheck_review.ui.models.sentence_table import VERDICT_COLUMNS
from factcheck_review.ui.widgets.recovery_dialog import recover

from factcheck.store import Store, open_store


def _other_program_sets(path: Path, sentence_id: int, note: str) -> None:
    with Store(path, "tester") as other:  # its own connection, as the CLI would have
        other.set_review(sentence_id, {"note": note, "contested": True})


def test_an_edit_by_another_program_shows_within_a_second_with_a_banner(window, seed_store, qtbot):
    article_id = window.article_id
    first = seed_store.sentence_by_number(article_id, 1)
    window.jump_to(article_id, first.id)
    qtbot.waitUntil(lambda: window.detail.sentence_id == first.id, timeout=5000)
    qtbot.wait(700)  # the poller has seen the sentence as shown
    _other_program_sets(seed_store.path, first.id, "written by the command line")
    qtbot.waitUntil(lambda: window.change_banner.isVisible(), timeout=5000)
    text = window.change_banner.label.text()
    assert "note is now “written by the command line”" in text and "Contested is now yes" in text
    assert window.detail.note.editor.toPlainText() == "written by the command line"
    assert window.sentences.row(0).review.contested is True


def test_the_windows_own_edits_raise_no_banner(window, seed_store, qtbot):
    article_id = window.article_id
    first = seed_store.sentence_by_number(article_id, 1)
    window.jump_to(article_id, first.id)
    qtbot.wait(700)
    seed_store.set_review(first.id, {"note": "my own"})
    window.session.notify(seed_store.set_review(first.id, {"sourced": True}))
    qtbot.wait(1200)
    assert not window.change_banner.isVisible()


def test_the_open_article_stays_current_in_the_list_when_another_program_writes(window, seed_store, qtbot):
    article_id = window.article_id
    assert window.article_panel.current_article_id() == article_id
    first = seed_store.sentence_by_number(article_id, 1)
    refreshed = []
    original = window.refresh_from_file
    window.refresh_from_file = lambda: (original(), refreshed.append(True))
    _other_program_sets(seed_store.path, first.id, "from elsewhere")
    qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)
    assert window.article_panel.current_article_id() == article_id
    assert window.article_panel.list.selectionModel().isSelected(window.article_panel.list.currentIndex())


def test_while_the_window_analyses_only_a_reviewer_s_action_elsewhere_reads_the_file_at_once(
        window, seed_store, qtbot, monkeypatch):
    # The window's own analysis writes through a connection of its own (parses, suggestions it
    # reports itself): the file moves, but reading it all again each time would only cost.
    article_id = window.article_id
    first = seed_store.sentence_by_number(article_id, 1)
    watcher = window.external_changes
    watcher.timer.stop()
    refreshed = []
    original = window.refresh_from_file
    window.refresh_from_file = lambda: (original(), refreshed.append(True))
    monkeypatch.setattr(window.session.analysis, "running", lambda: True)
    with Store(seed_store.path, "tester") as worker:
        worker.keep_parse_json({"k" * 64: "{}"})  # what the analysis keeps: no reviewer's action
    watcher.poll()
    assert refreshed == []
    _other_program_sets(seed_store.path, first.id, "written meanwhile")  # a reviewer elsewhere
    watcher.poll()
    assert refreshed == [True] and window.sentences.row(0).review.note == "written meanwhile"
    with Store(seed_store.path, "tester") as worker:
        worker.keep_parse_json({"j" * 64: "{}"})
    watcher.poll()
    assert refreshed == [True]
    # When the analysis ends, the file is read once more for what came meanwhile.
    monkeypatch.setattr(window.session.analysis, "running", lambda: False)
    window.session.analysis.ended.emit()
    assert refreshed == [True, True]
    watcher.poll()
    assert refreshed == [True, True]


def test_a_read_only_database_says_so_and_refuses_edits(open_window, seed_store, qtbot):
    path = seed_store.path
    store = Store(path, "tester", read_only=True)
    window = open_window(store)
    window.store_health.check()
    assert window.windowTitle().endswith("(read-only)")
    assert "Read-only" in window.saved_label.text()
    assert not window.detail.isEnabled()
    before = path.read_bytes()
    window.cycle_verdict_at(0, next(iter(VERDICT_COLUMNS)))
    assert any("read-only" in text for _, text in window.dialogs.errors)
    assert path.read_bytes() == before
    store.close()


def test_a_damaged_file_is_found_in_the_background_and_never_written(open_window, seed_store, qtbot, tmp_path):
    seed_store.close()
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(seed_store.path, damaged)
    data = damaged.read_bytes()
    middle = (len(data) // 4096 // 2) * 4096
    damaged.write_bytes(data[:middle] + b"\0" * 4096 + data[middle + 4096:])
    before = damaged.read_bytes()
    store = Store(damaged, "tester", verify=False)
    window = open_window(store)
    window.store_health.check()
    qtbot.waitUntil(lambda: window.store_health.state() == "damaged", timeout=10000)
    assert not window.detail.isEnabled()
    assert any("damaged" in text for _, text in window.dialogs.errors)
    assert damaged.read_bytes() == before
    store.close()


def test_recovery_offers_restore_and_read_only(tmp_path, seed_text):
    path = tmp_path / "review.sqlite3"
    with open_store(path) as store:
        store.import_text(seed_text, title="Seed", analyse=False)
        store.backup(tmp_path / "backup.sqlite3")
    path.write_bytes(b"not a database at all" * 500)
    asked: list[str] = []
    answers = iter(["read_only", "restore"])

    def ask(message: str) -> str:
        asked.append(message)
        return next(answers)

    # Read-only on a file that is not SQLite at all fails: the dialog asks again, then restores.
    restored = recover("cannot open", path, ask=ask, pick=lambda kind: str(tmp_path / "backup.sqlite3"))
    assert restored is not None and len(asked) == 2 and "not a factcheck-review database" in asked[1]
    assert [a.title for a in restored.list_articles()] == ["Seed"]
    restored.close()
    assert [p.name for p in tmp_path.iterdir() if ".replaced-" in p.name]
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


BAD_FILES = ["not_sqlite", "empty", "folder", "other_program", "truncated", "zeroed_first_page",
             "newer_schema"]


@pytest.mark.parametrize("kind", BAD_FILES)
def test_the_window_offers_new_open_or_restore_for_a_bad_file(kind, qapp, monkeypatch, tmp_path, seed_text):
    from factcheck_review.ui import app as app_module
    from PySide6.QtWidgets import QApplication

    from tests.faults.test_bad_files import _make, _sha

    good = tmp_path / "good.sqlite3"
    with open_store(good) as store:
        result = store.import_text(seed_text, title="Seed", analyse=False)
    path = _make(kind, (good, result.article_id, []), tmp_path)
    before = _sha(path)
    offered: list[str] = []
    monkeypatch.setattr("factcheck_review.ui.widgets.recovery_dialog.ask_choice",
                        lambda message, parent=None: offered.append(message) or "quit")
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.main(["--db", str(path)]) == 1
    assert len(offered) == 1 and "\n" not in offered[0] and "Traceback" not in offered[0]
    assert _sha(path) == before
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_a_zeroed_middle_page_opens_then_the_background_check_disables_editing(qapp, monkeypatch, tmp_path,
                                                                               seed_text, qtbot):
    from factcheck_review.ui import app as app_module
    from factcheck_review.ui.main_window import MainWindow
    from PySide6.QtWidgets import QApplication

    from tests.faults.test_bad_files import _make, _sha

    good = tmp_path / "good.sqlite3"
    with open_store(good) as store:
        result = store.import_text(seed_text, title="Seed", analyse=False)
    path = _make("zeroed_middle_page", (good, result.article_id, []), tmp_path)
    before = _sha(path)
    shown: list[MainWindow] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.extend(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and Path(w.session.store.path) == path) or 0)
    monkeypatch.setattr("factcheck_review.ui.window_dialogs.Dialogs.error", lambda self, title, text: None)
    code = app_module.main(["--db", str(path)])
    # Either the file is refused at once (its schema page is the zeroed one) or the window opens
    # and the background check finds the damage; never a write, never "All changes saved".
    if code == 0 and shown:
        window = shown[0]
        qtbot.waitUntil(lambda: window.store_health.state() != "checking", timeout=10000)
        assert window.store_health.state() == "damaged" and not window.detail.isEnabled()
        assert "saved" not in window.saved_label.text().lower()
    assert _sha(path) == before
    for widget in QApplication.topLevelWidgets():
        widget.close()
