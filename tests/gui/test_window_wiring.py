"""The window around the detail panel: the sourcing profile above the table, the Sources
window, the conflict-link offer after a verdict set in the table, focus shortcuts, column widths."""

from __future__ import annotations

import sqlite3
from datetime import date

from factcheck_review.ui.commands import AcceptSuggestion, Cite, CreateSource, SetReview
from factcheck_review.ui.models.sentence_table import (
    COL_INCONSISTENT,
    COL_NUMBER,
    COL_RATING,
    COL_SENTENCE,
    HEADERS,
)
from factcheck_review.ui.widgets.links_view import LinkChoice
from factcheck_review.ui.widgets.profile_bar import DELAY_MS
from factcheck_review.ui.widgets.row_heights import height_for_lines
from factcheck_review.ui.widgets.sentence_delegate import row_height
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from factcheck.model import LinkKind, SourceKind
from factcheck.store import Change
from factcheck.verdict_rules import touches_profile

SEED_PROFILE_AT_START = ("Sourcing: 0 named · 0 anonymous only · 16 unsourced · 0 sources · 3 quotes in 2 sentences"
                         " · 0 inconsistent · 0 contested")


def profile_settled(window, qtbot) -> str:
    qtbot.waitUntil(window.profile_bar.is_current, timeout=5000)
    return window.profile_bar.full_text()


def sentence_id(window, number: int) -> int:
    return window.session.store.sentence_by_number(window.article_id, number).id


# -- the sourcing profile ----------------------------------------------------------------


def test_the_sourcing_profile_shows_above_the_table(window, qtbot):
    assert window.profile_bar.isVisible()
    assert window.profile_bar.geometry().bottom() < window.table.geometry().top() + window.table.parentWidget().y()
    assert profile_settled(window, qtbot) == SEED_PROFILE_AT_START
    assert window.profile_bar.text() == SEED_PROFILE_AT_START
    window.profile_bar.resize(260, window.profile_bar.height())  # a narrow table: elided, whole in the tooltip
    assert window.profile_bar.text().startswith("Sourcing: 0 named") and window.profile_bar.text().endswith("…")
    assert SEED_PROFILE_AT_START in window.profile_bar.toolTip()


def test_accepting_the_seed_suggestions_gives_the_issue_numbers(window, qtbot):
    profile_settled(window, qtbot)
    store = window.session.store
    wanted = ("attribution.named", "attribution.anonymous", "quote.direct", "temporal.anachronism")
    for suggestion in store.suggestions(window.article_id):
        if str(suggestion.kind) in wanted:
            assert window.session.push(AcceptSuggestion(suggestion.id))
    assert profile_settled(window, qtbot) == (
        "Sourcing: 1 named · 4 anonymous only · 11 unsourced · 5 sources · 3 quotes in 2 sentences"
        " · 1 inconsistent · 0 contested")
    # Undo of every acceptance brings the start back.
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    assert profile_settled(window, qtbot) == SEED_PROFILE_AT_START


def test_a_verdict_key_updates_the_profile_and_a_note_does_not_recompute_it(window, qtbot):
    profile_settled(window, qtbot)
    done = window.profile_bar.computations
    window.session.push(SetReview(window.current_sentence_id(), {"note": "checked the wires"}, "Edit note"))
    window.session.push(SetReview(window.current_sentence_id(), {"rating": "mixed"}, "Rate mixed"))
    qtbot.wait(DELAY_MS + 200)
    assert window.profile_bar.computations == done
    assert window.profile_bar.is_current()

    qtbot.keyClick(window.table, Qt.Key.Key_1)  # sourced yes, no citation: counted as named
    qtbot.keyClick(window.table, Qt.Key.Key_3)  # contested yes
    assert not window.profile_bar.is_current()  # waiting for the pause, not computed in the edit
    text = profile_settled(window, qtbot)
    assert text.startswith("Sourcing: 1 named · 0 anonymous only · 15 unsourced")
    assert text.endswith("· 1 contested")
    assert window.profile_bar.computations == done + 1  # two edits in a row, one computation


def test_citing_an_anonymous_source_counts_the_sentence_anonymous_only(window, qtbot):
    profile_settled(window, qtbot)
    push = window.session.push
    assert push(CreateSource("eleven sources familiar with the matter", SourceKind.ANONYMOUS,
                             cite_from=window.current_sentence_id()))
    assert profile_settled(window, qtbot).startswith("Sourcing: 0 named · 1 anonymous only · 15 unsourced · 1 source ·")


def test_which_changes_touch_the_profile():
    article = "a1"
    assert touches_profile(Change("Mark sourced", (article,), (5,), fields=("sourced", "status")), article)
    assert not touches_profile(Change("Edit note", (article,), (5,), fields=("note",)), article)
    assert not touches_profile(Change("Nothing changed", (article,), (5,)), "other")
    assert touches_profile(Change("Cite source", (article,), (5,), sources=True), article)
    assert touches_profile(Change("Edit source", sentence_ids=(9,), sources=True), article)
    assert touches_profile(Change("Merge sentences", (article,), (5,), structure=True), article)
    assert not touches_profile(Change("Edit article", (article,)), article)
    assert not touches_profile(Change("Mark sourced", (article,), (5,), fields=("sourced",)), None)


def test_the_profile_follows_the_article_shown(window, qtbot):
    profile_settled(window, qtbot)
    window.select_article(None)
    assert not window.profile_bar.isVisible()
    window.select_article(window.articles.articles[0].id)
    assert profile_settled(window, qtbot) == SEED_PROFILE_AT_START


# -- the Sources window ---------------------------------------------------------------------


def test_the_sources_shortcut_opens_the_ledger_and_its_citations_jump(window, qtbot):
    store = window.session.store
    mora = store.create_source("Frank Mora", "person", "former U.S. ambassador to the OAS", "B")
    store.cite(sentence_id(window, 14), mora.id)
    qtbot.keyClick(window.table, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    sources = window.sources_window
    assert sources is not None and sources.isVisible()
    assert [s.name for s in sources.model.sources] == ["Frank Mora"]

    sources.select_ids([mora.id])
    item = sources.usage.item(1)  # under the article's heading
    assert item is not None and item.text().startswith("#14")
    sources.usage.itemActivated.emit(item)
    assert window.current_sentence_id() == sentence_id(window, 14)
    assert window.open_sources() is sources  # one Sources window, raised again


def test_a_cited_source_in_the_detail_panel_shows_in_the_sources_window(window, qtbot):
    store = window.session.store
    store.create_source("Frank Mora", "person")
    other = store.create_source("Multiple sources", "anonymous")
    window.session.push(Cite(window.current_sentence_id(), other.id, other.name))
    cited = window.detail.sources.cited
    assert cited.count() == 1
    cited.setFocus()
    cited.setCurrentRow(0)
    qtbot.keyClick(cited, Qt.Key.Key_Return)  # Enter (or a double-click) on the cited source
    assert window.sources_window is not None and window.sources_window.isVisible()
    assert window.sources_window.selected_ids() == [other.id]


def test_opening_another_database_closes_the_sources_window_of_the_previous_one(window, qtbot, tmp_path):
    window.open_sources()
    assert window.open_database(tmp_path / "other.sqlite3")
    assert window.sources_window is None
    assert window.open_sources().session is window.session


# -- the conflict-link offer ---------------------------------------------------------------------


def test_key_4_in_the_table_offers_the_conflicting_sentence(window, qtbot):
    answers = window.dialogs
    window.select_row(6)  # sentence 7, "The Biden administration…"
    seven, three = sentence_id(window, 7), sentence_id(window, 3)
    answers.conflict_choice = LinkChoice(three, LinkKind.CONTRADICTS, "Trump was president on January 3")
    qtbot.keyClick(window.table, Qt.Key.Key_4)
    assert answers.conflict_asked == [seven]
    links = window.session.store.links_for(seven)
    assert [(link.kind, link.to_sentence) for link in links] == [(LinkKind.CONTRADICTS, three)]
    assert window.detail.links.labels[0].text().count("contradicts #3") == 1

    qtbot.keyClick(window.table, Qt.Key.Key_4)  # yes -> no: nothing asked
    qtbot.keyClick(window.table, Qt.Key.Key_4)  # no -> not judged
    qtbot.keyClick(window.table, Qt.Key.Key_4)  # yes again: it already has its contradicts link
    assert answers.conflict_asked == [seven]


def test_space_and_click_on_inconsistent_offer_too_and_cancel_adds_nothing(window, qtbot):
    answers = window.dialogs
    window.select_row(1, COL_INCONSISTENT)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    rect = window.table.visualRect(window.sentences.index(4, COL_INCONSISTENT))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert answers.conflict_asked == [sentence_id(window, 2), sentence_id(window, 5)]
    assert window.session.store.links_for(sentence_id(window, 2)) == []
    assert window.session.store.review(sentence_id(window, 5)).inconsistent is True


def test_the_detail_panel_asks_through_the_window_dialogs(window, qtbot):
    answers = window.dialogs
    buttons = window.detail.verdicts.verdicts["inconsistent"].buttons
    qtbot.mouseClick(buttons[True], Qt.MouseButton.LeftButton)
    assert answers.conflict_asked == [window.current_sentence_id()]


# -- keyboard ------------------------------------------------------------------------------------


def test_shortcuts_focus_the_note_and_the_source_picker_and_are_listed(window, qtbot):
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.note.editor, timeout=2000)
    qtbot.keyClicks(window.detail.note.editor, "n")  # typing, not "next unreviewed"
    assert window.detail.note.editor.toPlainText() == "n"

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.sources.picker.edit, timeout=2000)

    window.session.push(SetReview(window.current_sentence_id(), {"sourced": True}, "Mark sourced"))
    window.show_shortcuts()
    rows = dict((meaning, keys) for keys, meaning in window.dialogs.shortcut_rows)
    assert rows["Edit the note"] == "Ctrl+N"
    assert rows["Cite a source"] == "Ctrl+Shift+C"
    assert rows["Sources"] == "Ctrl+Shift+S"
    assert rows["Undo"].startswith("Ctrl+Z")  # not "Undo Mark sourced": the key, not the next step


# -- the table's columns --------------------------------------------------------------------------


def test_the_sentence_column_takes_the_width_left_and_rows_keep_their_height(window, qtbot):
    header = window.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(len(HEADERS))]
    assert sum(widths) == window.table.viewport().width()
    assert widths[COL_SENTENCE] == max(widths)
    metrics = QFontMetrics(window.table.font())
    # Each other column fits its header; "Mostly accurate" wraps instead of widening Rating.
    for column in range(len(HEADERS)):
        if column != COL_SENTENCE:
            assert widths[column] >= header.sectionSizeHint(column)
    assert widths[COL_RATING] < metrics.horizontalAdvance("Mostly accurate")
    assert widths[COL_NUMBER] < metrics.horizontalAdvance("00000")

    # Rows are as tall as their text, one to three lines (the rows in view; the rest one line).
    font = window.table.font()
    heights = {height_for_lines(font, lines) for lines in (1, 2, 3)}
    assert {window.table.rowHeight(row) for row in range(window.sentences.rowCount())} <= heights
    assert max(window.table.rowHeight(row) for row in range(window.sentences.rowCount())) == row_height(font)
    window.resize(window.width() + 200, window.height())
    qtbot.waitUntil(lambda: header.sectionSize(COL_SENTENCE) > widths[COL_SENTENCE], timeout=2000)
    assert header.sectionSize(COL_RATING) == widths[COL_RATING]


def test_the_window_closes_cleanly_while_the_profile_is_computed(qtbot, seed_store, open_window, db_path):
    window = open_window(seed_store)
    window.session.push(SetReview(window.current_sentence_id(), {"sourced": True}, "Mark sourced"))
    window.profile_bar._start()  # a computation on its way
    window.close()
    assert not window.profile_bar.busy()
    conn = sqlite3.connect(str(db_path))
    try:
        assert conn.execute("SELECT COUNT(*) FROM reviews WHERE sourced = 1").fetchone() == (1,)
    finally:
        conn.close()


def test_the_detail_heading_counts_the_sentences_after_a_merge_and_its_undo(window, qtbot):
    assert window.detail.heading.text() == "Sentence 1 of 16"
    qtbot.keyClick(window.table, Qt.Key.Key_1)  # a review edit keeps the count it knows
    assert window.detail.heading.text() == "Sentence 1 of 16"
    window.merge_with_next()
    qtbot.waitUntil(lambda: window.detail.heading.text() == "Sentence 1 of 15", timeout=2000)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: window.detail.heading.text() == "Sentence 1 of 16", timeout=2000)


def test_closing_waits_for_a_background_analysis(qtbot, seed_store, open_window, monkeypatch):
    import factcheck_review.ui.session
    from factcheck_review.ui.background import live_threads
    from factcheck_review.ui.commands import EditArticle

    monkeypatch.setattr(factcheck_review.ui.session, "LONG_ARTICLE", 5)  # the seed counts as long: analysed off the GUI thread
    window = open_window(seed_store)
    assert window.session.push(EditArticle(window.article_id, {"published": date(2026, 2, 1)}, "Change date"))
    job = window.session.analysis.job
    assert job is not None
    window.close()
    assert not job.isRunning()
    assert live_threads(window, window.session) == []
