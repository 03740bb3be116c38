"""Esc in any text field of the detail panel and the article's verdict bar saves what was typed
and puts the keyboard back on the sentence table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

EVIDENCE_FIELDS = {
    "url": "https://example.org/record",
    "title": "Court record",
    "accessed": "2026-01-13",
    "archive_url": "https://archive.example.org/record",
    "note": "Shows the date of the capture",
}


def esc(window) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClicks(edit, text)


def test_esc_in_the_note(window, qtbot, seed_store):
    type_into(qtbot, window.detail.note.editor, "Checked the court record")
    esc(window)
    assert window.table.hasFocus()
    assert seed_store.review(window.current_sentence_id()).note == "Checked the court record"


@pytest.mark.parametrize("field", sorted(EVIDENCE_FIELDS))
def test_esc_in_an_evidence_field_of_a_new_item_adds_it(window, qtbot, seed_store, field):
    sentence_id = window.current_sentence_id()
    assert seed_store.evidence_items(sentence_id) == []
    type_into(qtbot, getattr(window.detail.evidence, field), EVIDENCE_FIELDS[field])
    esc(window)
    assert window.table.hasFocus()
    items = seed_store.evidence_items(sentence_id)
    assert [getattr(item, field) for item in items] == [EVIDENCE_FIELDS[field]]


@pytest.mark.parametrize("field", sorted(EVIDENCE_FIELDS))
def test_esc_in_an_evidence_field_of_the_selected_item_saves_the_edit(window, qtbot, seed_store, field):
    evidence = window.detail.evidence
    sentence_id = window.current_sentence_id()
    type_into(qtbot, evidence.url, "https://example.org/first")
    QTest.keyClick(evidence.url, Qt.Key.Key_Return)
    evidence.add()
    evidence.list.setCurrentRow(0)
    edit = getattr(evidence, field)
    type_into(qtbot, edit, "")
    edit.selectAll()
    QTest.keyClicks(edit, EVIDENCE_FIELDS[field])
    esc(window)
    assert window.table.hasFocus()
    items = seed_store.evidence_items(sentence_id)
    assert len(items) == 1
    assert getattr(items[0], field) == EVIDENCE_FIELDS[field]


def test_esc_in_the_claim(window, qtbot, seed_store):
    type_into(qtbot, window.detail.evidence.claim, "Cuba had 32 personnel in Venezuela")
    esc(window)
    assert window.table.hasFocus()
    assert seed_store.claim_text(window.current_sentence_id()) == "Cuba had 32 personnel in Venezuela"


def test_esc_in_the_summary(window, qtbot, seed_store):
    type_into(qtbot, window.verdict_bar.summary, "Relies on anonymous sources")
    esc(window)
    assert window.table.hasFocus()
    assert seed_store.article(window.article_id).summary == "Relies on anonymous sources"


def test_esc_in_the_source_picker_cites_a_known_source(window, qtbot, seed_store):
    sentence_id = window.current_sentence_id()
    source = seed_store.create_source("Frank Mora")
    type_into(qtbot, window.detail.sources.picker.edit, "Frank Mora")
    esc(window)
    assert window.table.hasFocus()
    assert [s.id for s in seed_store.cited_sources(sentence_id)] == [source.id]


def test_esc_in_the_source_picker_keeps_an_unknown_name_uncited(window, qtbot, seed_store):
    sentence_id = window.current_sentence_id()
    before = len(seed_store.sources())
    type_into(qtbot, window.detail.sources.picker.edit, "Fra")
    esc(window)
    assert window.table.hasFocus()
    assert len(seed_store.sources()) == before  # a half-typed name is not added to the ledger
    assert seed_store.cited_sources(sentence_id) == []
    assert window.detail.sources.picker.edit.text() == "Fra"  # nor lost
