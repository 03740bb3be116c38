"""The keys for the commonest actions: a / x accept / dismiss the first pending suggestion,
d marks done and moves on, Home / End go to the first / last sentence; all listed in F1."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from factcheck.model import Status, SuggestionState


def press(window, key):
    QTest.keyClick(window.table, key)


def number_shown(window) -> int:
    return window.sentences.row(window.current_row()).sentence.number


def pending(store, window):
    return store.suggestions(window.article_id, window.current_sentence_id(), SuggestionState.PENDING)


def test_a_accepts_the_first_suggestion_the_panel_lists(window, seed_store):
    listed = [card.suggestion.id for card in window.detail.suggestions.cards]
    assert len(listed) == 2
    press(window, Qt.Key.Key_A)
    assert seed_store.suggestion(listed[0])[0].state is SuggestionState.ACCEPTED
    assert [s.id for s in pending(seed_store, window)] == listed[1:]
    assert seed_store.review(window.current_sentence_id()).anonymous is True  # what it proposed
    assert window.table.hasFocus()


def test_x_dismisses_the_first_and_then_the_next(window, seed_store):
    listed = [card.suggestion.id for card in window.detail.suggestions.cards]
    press(window, Qt.Key.Key_X)
    press(window, Qt.Key.Key_X)
    assert [seed_store.suggestion(i)[0].state for i in listed] == [SuggestionState.DISMISSED] * 2
    press(window, Qt.Key.Key_X)  # none left: said in the status bar, nothing else happens
    assert "No pending suggestion" in window.statusBar().currentMessage()
    assert window.undo_action.text() == "Undo Dismiss suggestion"


def test_d_marks_done_and_goes_to_the_next_unreviewed(window, seed_store):
    third = seed_store.sentence_by_number(window.article_id, 2).id
    seed_store.set_review(third, {"status": Status.DONE})
    window.sentences.reload()
    window.select_row(0)
    press(window, Qt.Key.Key_D)
    assert seed_store.review(seed_store.sentence_by_number(window.article_id, 1).id).status is Status.DONE
    assert number_shown(window) == 3  # 2 was already done
    assert window.table.hasFocus()


def test_d_in_the_to_review_filter(window, seed_store):
    window.set_filter("unreviewed")
    window.select_row(3)  # sentence 4
    press(window, Qt.Key.Key_D)
    press(window, Qt.Key.Key_D)
    done = [s.number for s in seed_store.sentences(window.article_id)
            if seed_store.review(s.id).status is Status.DONE]
    assert done == [4, 5]
    assert number_shown(window) == 6


def test_home_and_end(window):
    window.select_row(5)
    press(window, Qt.Key.Key_End)
    assert number_shown(window) == 16
    press(window, Qt.Key.Key_Home)
    assert number_shown(window) == 1


def test_the_keys_are_listed_in_f1(window):
    window.show_shortcuts()
    rows = dict(window.dialogs.shortcut_rows)
    assert rows["A"] == "Accept the first suggestion"
    assert rows["X"] == "Dismiss the first suggestion"
    assert rows["D"] == "Mark done and go to the next"
    assert rows["Home"] == "First sentence" and rows["End"] == "Last sentence"
    assert rows["Esc  or  Ctrl+T"] == "Back to the sentence table"
