"""The review window on the seed article: keyboard verdicts saved to the file, undo, reopen,
search, filters, article verdict, settings."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from factcheck_review.ui.commands import DismissSuggestion
from factcheck_review.ui.models.sentence_table import (
    COL_ANONYMOUS,
    COL_CONTESTED,
    COL_INCONSISTENT,
    COL_SENTENCE,
    COL_SOURCED,
    VERDICT_ROLE,
)
from PySide6.QtCore import Qt

from factcheck.config import configured_reviewer
from factcheck.model import Rating, SuggestionState
from factcheck.store import Store


def sourced_on_disk(sql, path: Path, sentence_id: int) -> list[tuple]:
    return sql(path, "SELECT sourced FROM reviews WHERE sentence_id = ? AND reviewer = 'tester'",
               (sentence_id,))


def current_number(window) -> int:
    return window.sentences.row(window.current_row()).sentence.number


def test_opens_on_the_seed_with_sixteen_rows(window):
    assert window.sentences.rowCount() == 16
    assert window.article_panel.list.model().rowCount() == 1
    assert window.current_row() == 0
    assert window.verdict_bar.title.full_text().startswith("Venezuela reduces")
    assert "0/16 reviewed" in window.verdict_bar.meta.text()
    first = window.sentences.index(0, COL_SENTENCE).data()
    assert first.startswith("Venezuela’s interim leadership")


def test_key_1_marks_sourced_in_sqlite_and_undo_reverts_it(window, qtbot, db_path, sql):
    sentence_id = window.current_sentence_id()
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    assert sourced_on_disk(sql, db_path, sentence_id) == [(1,)]
    assert window.sentences.index(0, COL_SOURCED).data(VERDICT_ROLE) is True
    assert window.undo_action.text() == "Undo Mark sourced"
    assert window.saved_label.text().startswith("✓ Saved")

    qtbot.keyClick(window.table, Qt.Key.Key_1)  # yes -> no
    assert sourced_on_disk(sql, db_path, sentence_id) == [(0,)]
    assert window.undo_action.text() == "Undo Mark not sourced"

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sourced_on_disk(sql, db_path, sentence_id) == [(1,)]
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sourced_on_disk(sql, db_path, sentence_id) == [(None,)]
    assert window.sentences.index(0, COL_SOURCED).data(VERDICT_ROLE) is None
    assert window.redo_action.text() == "Redo Mark sourced"


def test_space_and_click_cycle_the_current_verdict_column(window, qtbot, db_path, sql):
    window.select_row(2, COL_CONTESTED)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.sentences.index(2, COL_CONTESTED).data(VERDICT_ROLE) is True
    assert window.undo_action.text() == "Undo Mark contested"
    rect = window.table.visualRect(window.sentences.index(3, COL_ANONYMOUS))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.sentences.index(3, COL_ANONYMOUS).data(VERDICT_ROLE) is True
    assert window.current_row() == 3
    sentence_id = window.current_sentence_id()
    assert sql(db_path, "SELECT anonymous FROM reviews WHERE sentence_id = ?", (sentence_id,)) == [(1,)]


def test_j_k_move_and_all_four_keys_mark_a_sentence_reviewed(window, qtbot):
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert current_number(window) == 2
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(window.table, key)
    row = window.sentences.row(1)
    assert (row.review.sourced, row.review.anonymous, row.review.contested, row.review.inconsistent) == (
        True, True, True, True)
    assert row.review.reviewed
    assert "1/16 reviewed" in window.verdict_bar.meta.text()
    summary = window.articles.articles[0]
    assert (summary.reviewed, summary.flagged) == (1, 1)


def test_n_goes_to_the_next_sentence_not_yet_reviewed(window, qtbot):
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(window.table, key)  # sentence 1 done
    window.select_row(5)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(window.table, key)  # sentence 6 done
    window.select_row(4)
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    assert current_number(window) == 7
    window.select_row(15)
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    assert current_number(window) == 2  # wraps past the reviewed first sentence


def test_reopening_shows_the_saved_state(qtbot, seed_store, db_path, open_window):
    window = open_window(seed_store)
    window.select_row(4)
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    qtbot.keyClick(window.table, Qt.Key.Key_3)
    qtbot.keyClick(window.table, Qt.Key.Key_3)
    window.close()
    seed_store.close()

    store = Store(db_path, "tester")
    try:
        again = open_window(store)
        assert again.article_id == window.article_id
        assert again.sentences.index(4, COL_SOURCED).data(VERDICT_ROLE) is True
        assert again.sentences.index(4, COL_CONTESTED).data(VERDICT_ROLE) is False
        assert again.sentences.index(4, COL_ANONYMOUS).data(VERDICT_ROLE) is None
        again.close()
    finally:
        store.close()


def test_search_padilla_selects_sentence_11(window):
    dialog = window.open_search()
    hits = dialog.search("Padilla")
    assert len(hits) == 1
    window.select_row(0)
    dialog.activate_row(0)
    assert current_number(window) == 11
    assert "Padilla" in window.sentences.row(window.current_row()).sentence.text


def test_search_for_u_s_works_and_jumps_across_filters(window):
    window.set_filter("flagged")  # sentence 3 is not flagged: the jump shows all sentences again
    dialog = window.open_search()
    hits = dialog.search("U.S.")
    assert len(hits) >= 3
    assert all("U.S." in hit.text for hit in hits)
    target = hits[0]
    dialog.activate_row(0)
    assert window.sentences.filter == "all"
    assert window.current_sentence_id() == target.sentence_id


def test_search_jumps_to_another_article(window, seed_store):
    other = seed_store.import_text("The mayor said the bridge opened in 1999. Critics disagree.",
                                   title="Bridge", analyse=False)
    window.articles.reload()
    dialog = window.open_search()
    hits = dialog.search("Critics")
    assert [h.article_id for h in hits] == [other.article_id]
    dialog.activate_row(0)
    assert window.article_id == other.article_id
    assert current_number(window) == 2


def test_each_filter(window, qtbot):
    store = window.session.store
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(window.table, key)  # sentence 1: reviewed and flagged (anonymous yes)
    window.select_row(2)
    qtbot.keyClick(window.table, Qt.Key.Key_1)  # sentence 3: in progress, not flagged

    window.set_filter("unreviewed")
    assert window.sentences.rowCount() == 15
    assert 1 not in [window.sentences.row(r).sentence.number for r in range(15)]

    window.set_filter("flagged")
    assert window.sentences.rowCount() == 1
    assert window.sentences.row(0).sentence.number == 1

    window.set_filter("suggestions")
    # "Suggestions" means something to decide: sentences 2 and 10 make no checkable claim
    # and name no source, so they have none (their attribution state is "none").
    assert window.sentences.rowCount() == store.sentence_count(window.article_id, "suggestions") == 14
    assert all(window.sentences.row(r).pending_suggestions > 0 for r in range(14))
    second = window.sentences.row(1)
    assert second.sentence.number == 3
    for suggestion in store.suggestions(window.article_id, second.sentence.id, SuggestionState.PENDING):
        window.session.push(DismissSuggestion(suggestion.id))
    assert window.sentences.rowCount() == 13
    assert 3 not in [window.sentences.row(r).sentence.number for r in range(13)]

    window.set_filter("all")
    assert window.sentences.rowCount() == 16
    labels = [b.text() for b in window.filter_buttons.buttons()]
    assert labels == ["All (16)", "To review (15)", "Flagged (1)", "Suggestions (13)"]


def test_a_sentence_leaves_the_unreviewed_filter_when_done(window, qtbot):
    window.set_filter("unreviewed")
    window.select_row(0)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window.table, key)
    assert window.sentences.rowCount() == 16
    qtbot.keyClick(window.table, Qt.Key.Key_4)
    assert window.sentences.rowCount() == 15
    qtbot.waitUntil(lambda: window.current_row() == 0)
    assert current_number(window) == 2  # the next sentence to review is current


def test_article_verdict_and_sign_off(window, qtbot, db_path, sql):
    bar = window.verdict_bar
    assert not bar.sign_off.isEnabled()
    bar.rating.setCurrentIndex(bar.rating.findData(Rating.MISLEADING.value))
    assert sql(db_path, "SELECT rating FROM articles") == [("misleading",)]
    assert window.undo_action.text() == "Undo Rate article misleading"
    bar.summary.setText("Anonymous sourcing throughout; one anachronism.")
    bar.summary.editingFinished.emit()
    assert sql(db_path, "SELECT summary FROM articles") == [("Anonymous sourcing throughout; one anachronism.",)]
    store = window.session.store
    for row in range(16):
        window.select_row(row)
        for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
            qtbot.keyClick(window.table, key)
    assert store.progress(window.article_id, "tester") == (16, 16)
    assert bar.sign_off.isEnabled()
    qtbot.mouseClick(bar.sign_off, Qt.MouseButton.LeftButton)
    assert sql(db_path, "SELECT signed_off_by FROM articles") == [("tester",)]
    assert "Signed off by tester" in bar.signed.text()
    window.undo_action.trigger()
    assert sql(db_path, "SELECT signed_off_by FROM articles") == [("",)]


def test_properties_dialog_changes_go_through_undo(window, db_path, sql):
    window.dialogs.properties = {"title": "Venezuela and Cuba", "outlet": "Reuters"}
    window.edit_properties()
    assert sql(db_path, "SELECT title, outlet FROM articles") == [("Venezuela and Cuba", "Reuters")]
    assert window.articles.articles[0].title == "Venezuela and Cuba"
    assert window.verdict_bar.title.full_text() == "Venezuela and Cuba"
    window.undo_action.trigger()
    assert sql(db_path, "SELECT outlet FROM articles") == [("",)]


def test_a_date_set_in_the_properties_dialog_was_read_ahead_on_another_thread(window, monkeypatch):
    import factcheck_review.ui.session as session_module

    from factcheck.analysis import DATED, DETECTORS, forget_reading
    from factcheck.nlp import forget_parses

    monkeypatch.setattr(session_module, "PREPARE_WAIT", 60.0)
    forget_parses()  # as in the window's own process: only the file keeps the parses
    forget_reading()
    runs: list[tuple[str, bool]] = []
    main = threading.main_thread()
    for name, detector in DETECTORS.items():
        def counted(ctx, index, people, name=name, detector=detector):
            runs.append((name, threading.current_thread() is main))
            return detector(ctx, index, people)
        monkeypatch.setitem(DETECTORS, name, counted)
    window.dialogs.properties = {"published": date(2027, 2, 1)}
    window.edit_properties()
    # Every detector ran ahead on another thread; on the GUI thread, only those reading the date.
    assert sorted(n for n, on_main in runs if not on_main) == sorted(DETECTORS)
    assert sorted(n for n, on_main in runs if on_main) == sorted(DATED)
    store = window.session.store
    dates = {g.value for g in store.suggestions(window.article_id) if g.kind == "claim.date"}
    assert "2027-01-03" in dates and "2026-01-03" not in dates


def test_shortcuts_dialog_lists_every_key(window):
    window.show_shortcuts()
    rows = dict((meaning, keys) for keys, meaning in window.dialogs.shortcut_rows)
    assert rows["Cycle sourced"] == "1"
    assert rows["Cycle inconsistent"] == "4"
    assert rows["Next not yet reviewed"] == "N"
    assert rows["Search all articles"] == "Ctrl+F"
    assert rows["Import files"] == "Ctrl+I"
    assert rows["Export review"] == "Ctrl+E"
    assert "Ctrl+Z" in rows["Undo"]
    assert "Space" in [keys for keys, _ in window.dialogs.shortcut_rows]


def test_export_opens_the_export_dialog(window, qtbot):
    with qtbot.waitSignal(window.export_requested) as signal:
        qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [window.article_id]
    assert window.dialogs.exported == [window.article_id]


def test_settings_change_the_reviewer(window, qtbot, monkeypatch):
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    window.dialogs.reviewer = "Ana"
    window.open_settings()
    assert configured_reviewer() == "Ana"
    assert window.session.store.reviewer == "Ana"
    assert window.reviewer_label.text() == "Reviewer: Ana"
    # Ana has her own reviews: tester's judgment is not hers.
    assert window.sentences.index(0, COL_SOURCED).data(VERDICT_ROLE) is None


def test_window_remembers_its_splitter(qtbot, seed_store, tmp_path, open_window):
    window = open_window(seed_store)
    window.splitter.setSizes([300, 700, 420])
    sizes = window.splitter.sizes()
    window.close()
    assert (tmp_path / "home" / "config" / "window.ini").exists()
    again = open_window(seed_store)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes
    again.close()


def test_inconsistent_column_is_the_fourth_key(window, qtbot):
    window.detail.conflict_picker = lambda *args: False
    qtbot.keyClick(window.table, Qt.Key.Key_4)
    assert window.sentences.index(0, COL_INCONSISTENT).data(VERDICT_ROLE) is True


def test_article_list_sorts_and_hides_finished_articles(window, qtbot, seed_store):
    aardvark = seed_store.import_text("Short one. It has two sentences.", title="Aardvark report",
                                      analyse=False).article_id
    window.articles.reload()
    panel = window.article_panel
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("title"))
    assert [panel.proxy.index(r, 0).data() for r in range(2)][0] == "Aardvark report"
    window.select_article(aardvark)
    for row in range(2):
        window.select_row(row)
        for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
            qtbot.keyClick(window.table, key)
    assert window.articles.summary(window.article_id).reviewed == 2
    panel.unfinished.setChecked(True)
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data().startswith("Venezuela")
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("progress"))
    panel.unfinished.setChecked(False)
    assert panel.proxy.index(1, 0).data() == "Aardvark report"  # least reviewed first
    assert panel.count_label.text() == "2"


def test_closing_during_an_import_waits_for_the_current_file(window, qtbot, tmp_path, db_path, sql):
    paths = []
    for i in range(20):
        path = tmp_path / f"c{i}.txt"
        path.write_text(" ".join(f"Sentence {j} of file {i}." for j in range(300)), encoding="utf-8")
        paths.append(str(path))
    runner = window.import_files(paths)
    window.close()
    assert runner.job.isFinished()
    imported = sql(db_path, "SELECT id FROM articles")
    for (article_id,) in imported:
        assert sql(db_path, "SELECT COUNT(*) > 0 FROM sentences WHERE article_id = ?", (article_id,)) == [(1,)]


def test_status_bar_shows_the_knowledge_base_date(window):
    from factcheck.kb import load_kb

    assert window.kb_label.text() == f"Knowledge base as of {load_kb().as_of.isoformat()}"
