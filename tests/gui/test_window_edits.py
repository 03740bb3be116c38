"""Importing (paste, files, bad files, cancel), fixing bad splits, deleting articles, databases."""

from __future__ import annotations

from datetime import date

from factcheck_review.ui.models.sentence_table import COL_SOURCED, VERDICT_ROLE
from factcheck_review.ui.widgets.import_dialogs import PastedArticle, PasteDialog
from PySide6.QtCore import Qt

from factcheck.store import Store

PASTED = ("The council approved the budget on Monday, officials said. "
          "Critics called the vote rushed.\n\nThe mayor did not comment.")


def run_import(qtbot, start):
    runner = start()
    with qtbot.waitSignal(runner.finished, timeout=20000) as done:
        pass
    return done.args[0]


def test_paste_import_asks_title_outlet_and_date(window, qtbot, db_path, sql):
    window.dialogs.pasted = PastedArticle(PASTED, "Budget vote", "City Herald", date(2025, 3, 4))
    outcome = run_import(qtbot, lambda: (window.paste_article(), window._import_runner)[1])
    assert [r.title for r in outcome.created] == ["Budget vote"]
    rows = sql(db_path, "SELECT title, outlet, published, published_assumed FROM articles WHERE title = 'Budget vote'")
    assert rows == [("Budget vote", "City Herald", "2025-03-04", 0)]
    assert window.articles.rowCount() == 2
    assert window.article_id == outcome.created[0].article_id
    assert window.sentences.rowCount() == 3
    assert window.dialogs.errors == []


def test_paste_dialog_collects_the_fields(qtbot):
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.text.setPlainText(PASTED)
    dialog.title.setText("Budget vote")
    dialog.outlet.setText("City Herald")
    assert dialog.article().published is None  # not known: the store assumes today
    dialog.has_date.setChecked(True)
    dialog.date.setDate(date(2025, 3, 4))
    assert dialog.article() == PastedArticle(PASTED, "Budget vote", "City Herald", date(2025, 3, 4))


def test_importing_files_off_the_gui_thread(window, qtbot, tmp_path, db_path, sql):
    paths = []
    for i in range(3):
        path = tmp_path / f"story{i}.txt"
        path.write_text(f"Story {i}. The minister said {i} schools will open. Unions disagree.", encoding="utf-8")
        paths.append(str(path))
    window.dialogs.files = paths
    outcome = run_import(qtbot, lambda: (window.import_files_dialog(), window._import_runner)[1])
    assert len(outcome.created) == 3 and not outcome.failures
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(4,)]
    assert window.articles.rowCount() == 4
    assert window.article_id == outcome.created[-1].article_id


def test_a_bad_file_gives_a_dialog_and_no_new_article(window, qtbot, tmp_path, db_path, sql):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    window.dialogs.files = [str(bad)]
    outcome = run_import(qtbot, lambda: window.import_files([str(bad)]))
    assert outcome.imported == []
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(1,)]
    assert len(window.dialogs.errors) == 1
    title, message = window.dialogs.errors[0]
    assert "scan.txt" in message and "\n" not in message and "Traceback" not in message


def test_an_unsupported_file_among_good_ones(window, qtbot, tmp_path, db_path, sql):
    good = tmp_path / "good.md"
    good.write_text("# Heading\n\nThe agency said prices rose 3 percent.", encoding="utf-8")
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    outcome = run_import(qtbot, lambda: window.import_files([str(pdf), str(good)]))
    assert len(outcome.created) == 1
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(2,)]
    assert "paper.pdf" in window.dialogs.errors[0][1]


def test_cancel_stops_between_files_and_leaves_nothing_half_imported(window, qtbot, tmp_path, db_path, sql):
    paths = []
    for i in range(30):
        path = tmp_path / f"s{i}.txt"
        path.write_text(f"Report {i}. " + " ".join(f"Sentence {j} of report {i}." for j in range(200)),
                        encoding="utf-8")
        paths.append(str(path))
    runner = window.import_files(paths)
    runner.progress.canceled.emit()  # what the Cancel button does
    with qtbot.waitSignal(runner.finished, timeout=30000) as done:
        pass
    outcome = done.args[0]
    assert outcome.cancelled
    assert len(outcome.imported) < 30
    articles = sql(db_path, "SELECT COUNT(*) FROM articles")[0][0]
    assert articles == 1 + len(outcome.imported)
    # Every imported article is complete.
    for result in outcome.imported:
        assert sql(db_path, "SELECT COUNT(*) FROM sentences WHERE article_id = ?", (result.article_id,)) == [
            (result.sentences,)]


def test_merge_keeps_the_review_and_undo_restores_the_split(window, qtbot, db_path, sql):
    qtbot.keyClick(window.table, Qt.Key.Key_1)  # sentence 1 sourced
    first = window.current_sentence_id()
    second_text = window.sentences.row(1).sentence.text
    qtbot.keyClick(window.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.sentences.rowCount() == 15
    merged = window.sentences.row(0)
    assert merged.sentence.id == first and merged.sentence.text.endswith(second_text)
    assert merged.review.sourced is True
    assert window.undo_action.text() == "Undo Merge sentences"
    assert sql(db_path, "SELECT COUNT(*) FROM sentences") == [(15,)]
    window.undo_action.trigger()
    assert window.sentences.rowCount() == 16
    assert sql(db_path, "SELECT sourced FROM reviews WHERE sentence_id = ?", (first,)) == [(1,)]


def test_split_keeps_the_review_on_both_parts(window, qtbot, db_path, sql):
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    text = window.sentences.row(0).sentence.text
    window.dialogs.split_at = text.index(", according to") + 2
    window.split_sentence()
    assert window.sentences.rowCount() == 17
    left, right = window.sentences.row(0), window.sentences.row(1)
    assert right.sentence.text == "according to eleven sources familiar with the matter."
    assert left.sentence.text.endswith("United States,")
    assert left.review.sourced is True and right.review.sourced is True
    assert window.sentences.index(1, COL_SOURCED).data(VERDICT_ROLE) is True
    assert sql(db_path, "SELECT COUNT(*) FROM reviews WHERE sourced = 1") == [(2,)]
    window.undo_action.trigger()
    assert window.sentences.rowCount() == 16


def test_split_dialog_turns_the_cursor_into_an_offset(qtbot):
    from factcheck_review.ui.widgets.sentence_delegate import SplitDialog

    text = "Officials 😀 said it rained. Others disagreed."
    dialog = SplitDialog(text)
    qtbot.addWidget(dialog)
    assert text[dialog.offset():] == "Others disagreed."  # suggested after the full stop


def test_delete_article_with_confirmation_and_undo(window, qtbot, db_path, sql):
    assert window._empty_page is None  # a database with articles: the empty page is never built
    window.dialogs.confirm_answer = False
    window.delete_article()
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(1,)]

    qtbot.keyClick(window.table, Qt.Key.Key_1)
    window.dialogs.confirm_answer = True
    window.delete_article()
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(0,)]
    assert window.articles.rowCount() == 0
    assert window.stack.currentWidget() is window.empty_page
    assert window.empty_import.isVisible() and window.empty_sample.isVisible()  # built when needed
    assert window.undo_action.text().startswith("Undo Delete article")

    window.undo_action.trigger()
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(1,)]
    assert sql(db_path, "SELECT COUNT(*) FROM reviews WHERE sourced = 1") == [(1,)]
    assert window.stack.currentWidget() is window.splitter
    assert window.sentences.rowCount() == 16
    assert window.sentences.index(0, COL_SOURCED).data(VERDICT_ROLE) is True


def test_empty_database_offers_import_and_the_sample(qtbot, tmp_path, open_window):
    store = Store(tmp_path / "empty.sqlite3", "tester")
    try:
        window = open_window(store)
        assert window.stack.currentWidget() is window.empty_page
        assert window.empty_import.isVisible() and window.empty_sample.isVisible()
        qtbot.mouseClick(window.empty_sample, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.splitter
        assert window.sentences.rowCount() == 16
        window.close()
    finally:
        store.close()


def test_new_and_open_database_switch_stores(window, qtbot, tmp_path):
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    old_path = window.session.store.path
    window.dialogs.database_path = str(tmp_path / "other.sqlite3")
    window.new_database()
    assert window.session.store.path == tmp_path / "other.sqlite3"
    assert window.stack.currentWidget() is window.empty_page
    assert not window.undo_action.isEnabled()
    window.dialogs.database_path = str(old_path)
    window.open_database_dialog()
    assert window.sentences.rowCount() == 16
    assert window.sentences.index(0, COL_SOURCED).data(VERDICT_ROLE) is True
    qtbot.keyClick(window.table, Qt.Key.Key_2)
    assert window.undo_action.text() == "Undo Mark anonymous"


def test_open_database_refuses_a_file_that_is_not_one(window, tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    window.dialogs.database_path = str(junk)
    window.open_database_dialog()
    assert window.session.store.path != junk
    assert len(window.dialogs.errors) == 1 and "\n" not in window.dialogs.errors[0][1]
