"""Cycling a verdict away from "yes" while its links remain is said, and removing them is offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from factcheck.model import LinkKind


@pytest.fixture
def flagged(window, seed_store):
    """Sentence 7 marked inconsistent, with "contradicts" links to 3 and 12, and current."""
    article = window.article_id
    seven, three, twelve = (seed_store.sentence_by_number(article, n).id for n in (7, 3, 12))
    seed_store.set_review(seven, {"inconsistent": True})
    seed_store.add_link(seven, three, LinkKind.CONTRADICTS, "dates")
    seed_store.add_link(twelve, seven, LinkKind.CONTRADICTS)
    seed_store.add_link(seven, twelve, LinkKind.CORROBORATES)
    window.sentences.reload()
    assert window.select_sentence(seven)
    window.table.setFocus()
    return seven


def contradicts(store, sentence_id):
    return sorted(link.id for link in store.links_for(sentence_id) if link.kind is LinkKind.CONTRADICTS)


def press_4(window):
    QTest.keyClick(window.table, Qt.Key.Key_4)


def test_keeping_the_links(window, seed_store, flagged):
    before = contradicts(seed_store, flagged)
    window.dialogs.links_answer = False
    press_4(window)
    assert window.dialogs.links_asked == [
        "Sentence 7 is no longer marked inconsistent (now: no), but it keeps 2 “contradicts” links, to #3, #12."]
    assert seed_store.review(flagged).inconsistent is False
    assert contradicts(seed_store, flagged) == before


def test_removing_the_links_is_one_undo_step(window, seed_store, flagged):
    before = contradicts(seed_store, flagged)
    window.dialogs.links_answer = True
    press_4(window)
    assert seed_store.review(flagged).inconsistent is False
    assert contradicts(seed_store, flagged) == []
    assert len(seed_store.links_for(flagged)) == 1  # the "corroborates" link is not the flag's
    assert window.undo_action.text() == "Undo Mark not inconsistent and remove its links"
    window.undo_action.trigger()
    assert seed_store.review(flagged).inconsistent is True
    assert contradicts(seed_store, flagged) == before


def test_cancel_changes_nothing(window, seed_store, flagged):
    window.dialogs.links_answer = None
    press_4(window)
    assert seed_store.review(flagged).inconsistent is True
    assert len(contradicts(seed_store, flagged)) == 2
    assert window.table.hasFocus()


def test_the_form_asks_too_and_shows_the_saved_value_on_cancel(window, qtbot, seed_store, flagged):
    buttons = window.detail.verdicts.verdicts["inconsistent"]
    window.dialogs.links_answer = None
    qtbot.mouseClick(buttons.buttons[None], Qt.MouseButton.LeftButton)
    assert len(window.dialogs.links_asked) == 1 and "(now: not judged)" in window.dialogs.links_asked[0]
    assert buttons.value() is True and buttons.buttons[True].isChecked()
    window.dialogs.links_answer = True
    qtbot.mouseClick(buttons.buttons[False], Qt.MouseButton.LeftButton)
    assert seed_store.review(flagged).inconsistent is False
    assert contradicts(seed_store, flagged) == []


def test_nothing_is_asked_without_links(window, seed_store):
    press_4(window)  # not judged -> yes: the conflict link is offered (cancelled), no warning
    press_4(window)  # yes -> no, no links
    assert window.dialogs.links_asked == []
    assert seed_store.review(window.current_sentence_id()).inconsistent is False
