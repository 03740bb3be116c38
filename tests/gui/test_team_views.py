"""Compare, Agreement, Adjudication, Merge and Versions in the window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from factcheck_review.ui.widgets import team_hooks  # noqa: E402
from team_fixtures import copy_of, two_files  # noqa: E402
from test_team_reanchor import OLD_7, edited_seed  # noqa: E402

from factcheck.model import Rating  # noqa: E402
from factcheck.store import Store  # noqa: E402
from factcheck.team.layers import FINAL  # noqa: E402


@pytest.fixture
def team_window(tmp_path, open_window):
    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "team.sqlite3")
    store = Store(target, "ana")
    store.merge_file(ben)
    window = open_window(store, article_id)
    yield window, article_id
    store.close()


def number_of(window, sentence_id):
    return window.session.store.sentence(sentence_id).number


def test_compare_shows_other_layers_read_only_with_disagreements_marked(team_window, qtbot):
    window, article_id = team_window
    view = team_hooks.open_compare(window)
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers == ["#", "Sentence", "ana (you)", "ben"]
    assert view.disagreeing_numbers() == [1, 3, 7]
    ben_on_7 = view.table.item(6, 3)
    assert "≠ Rating: Misleading" in ben_on_7.text() and "Contested: yes" in ben_on_7.text()
    assert ben_on_7.background().color().name() == "#f8d7da"
    assert not (ben_on_7.flags() & Qt.ItemFlag.ItemIsEditable) or view.table.editTriggers() == view.table.EditTrigger.NoEditTriggers
    assert view.table.item(8, 2).text() == "not reviewed" and "Rating: Mixed" in view.table.item(8, 3).text()
    view.table.cellDoubleClicked.emit(6, 1)
    assert number_of(window, window.current_sentence_id()) == 7
    view.close()


def test_agreement_panel_shows_the_figures_and_jumps_to_a_disagreement(team_window, qtbot):
    window, article_id = team_window
    panel = team_hooks.open_agreement(window)
    rows = {panel.table.item(r, 0).text(): [panel.table.item(r, c).text() for c in range(1, 5)]
            for r in range(panel.table.rowCount())}
    assert rows["Sourced (nominal)"][:2] == ["3", "0.667"]
    assert rows["Credibility (ordinal)"][0] == "3"
    assert panel.list.count() == 3 and panel.list.item(1).text().startswith("Sentence 3 · Sourced — ana: no, ben: yes")
    panel.list.itemActivated.emit(panel.list.item(2))
    assert number_of(window, window.current_sentence_id()) == 7
    panel.close()


def test_adjudication_keys_record_the_final_layer_and_undo(team_window, qtbot):
    window, article_id = team_window
    store = window.session.store
    dialog = team_hooks.open_adjudication(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert "3 disagreements left · sentence 1 · Credibility" in dialog.position.text()
    dialog.raise_()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.keyClick(dialog, "2")  # ben's value
    one = store.sentence_by_number(article_id, 1).id
    assert store.review(one, FINAL).credibility == 4
    assert "sentence 3 · Sourced" in dialog.position.text()
    qtbot.keyClick(dialog, Qt.Key.Key_1)  # ana's value
    assert store.review(store.sentence_by_number(article_id, 3).id, FINAL).sourced is False
    dialog.own.setCurrentIndex(dialog.own.findData(Rating.MIXED))
    qtbot.keyClick(dialog, Qt.Key.Key_0)  # the editor's own value
    assert store.review(store.sentence_by_number(article_id, 7).id, FINAL).rating is Rating.MIXED
    assert dialog.current is None and "Every disagreement is settled" in dialog.position.text()
    window.session.undo_stack.undo()
    assert store.review(store.sentence_by_number(article_id, 7).id, FINAL).rating is None
    assert [(d.number, d.field) for d in store.unsettled(article_id)] == [(7, "rating")]
    dialog.close()


def test_merge_from_the_file_menu_runs_off_the_gui_thread_and_summarises(tmp_path, open_window, qtbot):
    ana, ben, article_id = two_files(tmp_path)
    store = Store(ana, "ana")
    window = open_window(store, article_id)
    runner = team_hooks.merge_review_file(window, str(ben))
    qtbot.waitUntil(lambda: bool(window.dialogs.infos), timeout=15000)
    qtbot.waitUntil(runner.job.isFinished, timeout=5000)
    title, text = window.dialogs.infos[-1]
    assert title == "Merge" and "4 new reviews" in text
    nine = store.sentence_by_number(article_id, 9).id
    assert "ben" in store.reviews_for(nine)
    assert window.session.undo_stack.undoText() == "Merge review file"
    window.session.undo_stack.undo()
    assert "ben" not in store.reviews_for(nine)
    window.session.undo_stack.redo()
    assert "ben" in store.reviews_for(nine)
    team_hooks.merge_review_file(window, str(tmp_path / "missing.sqlite3"))
    qtbot.waitUntil(lambda: bool(window.dialogs.errors), timeout=15000)
    assert "no review file" in window.dialogs.errors[-1][1]
    store.close()


def test_an_import_with_the_same_title_is_offered_as_a_new_version(tmp_path, seed_store, open_window, qtbot, seed_text):
    article_id = seed_store.list_articles()[0].id
    seed_store.set_review(seed_store.sentence_by_number(article_id, 7).id, {"rating": "false"})
    seed_store.set_review(seed_store.sentence_by_number(article_id, 3).id, {"rating": "accurate"})
    window = open_window(seed_store, article_id)
    corrected = tmp_path / "Venezuela reduces its security dependence on Cuba under U.S. pressure.md"
    corrected.write_text("# Venezuela reduces its security dependence on Cuba under U.S. pressure\n\n"
                         + edited_seed(seed_text), encoding="utf-8")
    window.import_files([str(corrected)])
    qtbot.waitUntil(lambda: any(t == "New version" for t, _ in window.dialogs.infos), timeout=20000)
    new_id = next(a.id for a in seed_store.list_articles() if a.id != article_id)
    assert seed_store.previous_version(new_id) == article_id
    window.session.undo_stack.undo()  # the new version, not the import
    assert seed_store.previous_version(new_id) is None and seed_store.orphans(new_id) == []
    window.session.undo_stack.redo()
    assert seed_store.previous_version(new_id) == article_id
    assert [o.old_text for o in seed_store.orphans(new_id)] == [OLD_7]
    window.select_article(new_id)
    dialog = team_hooks.open_versions(window)
    texts = [dialog.diff.item(i).text() for i in range(dialog.diff.count())]
    assert any(t.startswith("− (was 7)") for t in texts) and any(t.startswith("~ ") for t in texts)
    assert dialog.orphans.count() == 1
    dialog.orphans.setCurrentRow(0)
    window.select_sentence(seed_store.sentence_by_number(new_id, 9).id)
    assert dialog.reattach_selected()
    assert seed_store.review(seed_store.sentence_by_number(new_id, 9).id).rating is Rating.FALSE
    assert dialog.orphans.count() == 0
    window.session.undo_stack.undo()
    assert dialog.orphans.count() == 1
    dialog.close()


def test_the_export_dialog_limits_a_report_to_one_layer(team_window, qtbot, tmp_path):
    from factcheck_review.ui.widgets.export_dialog import ExportDialog

    window, article_id = team_window
    store = window.session.store
    store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
    dialog = ExportDialog(window.session, article_id, ask_to_open=lambda path: False)
    qtbot.addWidget(dialog)
    assert [dialog.layer.itemData(i) for i in range(dialog.layer.count())] == [None, "ana", "ben", FINAL]
    target = tmp_path / "ben.md"
    dialog.choose("md", target)
    dialog.layer.setCurrentIndex(dialog.layer.findData("ben"))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    text = target.read_text(encoding="utf-8")
    assert "- **ben**" in text and "- **ana**" not in text and "- **final**" not in text


def test_article_text_and_notes_are_shown_as_plain_text(tmp_path, open_window, qtbot):
    store = Store(tmp_path / "markup.sqlite3", "ana")
    article_id = store.import_text("The <b>minister</b> said it. Nothing else <i>happened</i> here.").article_id
    sid = store.sentence_by_number(article_id, 1).id
    store.set_review(sid, {"rating": "false", "note": "<a href='x'>see</a>"})
    store.set_review(sid, {"rating": "accurate"}, reviewer="ben")
    window = open_window(store, article_id)
    dialog = team_hooks.open_adjudication(window)
    assert dialog.sentence.textFormat() == Qt.TextFormat.PlainText and "<b>minister</b>" in dialog.sentence.text()
    notes = [w for w in dialog._buttons if hasattr(w, "textFormat")]
    assert notes and all(w.textFormat() == Qt.TextFormat.PlainText for w in notes)
    dialog.close()
    store.close()
