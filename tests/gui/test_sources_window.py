"""The Sources window: search, where each source is cited (jump), edit, delete, merge."""

from __future__ import annotations

import pytest
from db_helpers import raw
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.sources_window import SourcesWindow
from PySide6.QtCore import Qt

from factcheck.store import Store


@pytest.fixture
def window(tmp_path, qtbot):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    sentences = store.sentences(article_id)
    full = store.create_source("Frank Mora", "person", "former U.S. ambassador to the OAS", "B")
    short = store.create_source("Mora", "person")
    anon = store.create_source("Multiple sources", "anonymous", reliability="F")
    store.cite(sentences[13].id, full.id)
    store.cite(sentences[12].id, short.id)
    store.cite(sentences[4].id, anon.id)
    session = QtSession(store)
    answers: list = []
    widget = SourcesWindow(session, confirm=lambda *a: answers.pop(0),
                           choose_keep=lambda parent, a, b: answers.pop(0))
    widget.answers = answers
    qtbot.addWidget(widget)
    widget.show()
    yield widget, store, article_id, sentences, (full, short, anon)
    store.close()


def names(widget):
    return [s.name for s in widget.model.sources]


def test_lists_searches_and_counts(window, qtbot):
    widget, *_ = window
    assert names(widget) == ["Frank Mora", "Mora", "Multiple sources"]
    model = widget.model
    assert [model.index(0, c).data() for c in range(5)] == [
        "Frank Mora", "Person", "B", 1, "former U.S. ambassador to the OAS"]
    qtbot.keyClicks(widget.search, "ambassador")
    assert names(widget) == ["Frank Mora"]
    widget.search.clear()
    assert len(names(widget)) == 3


def test_where_a_source_is_cited_and_jumping_there(window):
    widget, _, article_id, sentences, (full, *_rest) = window
    widget.show_source(full.id)
    assert widget.usage_box.title() == "Cited in 1 sentence"
    assert widget.usage.item(0).text() == "Venezuela reduces its security dependence on Cuba under U.S. pressure"
    item = widget.usage.item(1)
    assert item.text().startswith("#14  ‘She wants to keep the Cubans")
    jumps = []
    widget.jump_requested.connect(lambda a, s: jumps.append((a, s)))
    widget.usage.itemActivated.emit(item)
    assert jumps == [(article_id, sentences[13].id)]


def test_editing_a_source_is_saved_and_undoable(window, qtbot):
    widget, store, _, _, (full, *_rest) = window
    widget.show_source(full.id)
    editor = widget.editor
    editor.reliability.setFocus()
    qtbot.keyClick(editor.reliability, Qt.Key.Key_Up)  # B -> A
    assert raw(store, "SELECT reliability FROM sources WHERE id = ?", (full.id,)) == [("A",)]
    assert widget.model.index(0, 2).data() == "A"
    editor.description.selectAll()
    qtbot.keyClicks(editor.description, "FIU political scientist")
    qtbot.keyClick(editor.description, Qt.Key.Key_Return)
    assert store.source(full.id).description == "FIU political scientist"
    widget.session.undo_stack.undo()
    widget.session.undo_stack.undo()
    assert raw(store, "SELECT reliability, description FROM sources WHERE id = ?", (full.id,)) == [
        ("B", "former U.S. ambassador to the OAS")]
    assert editor.description.text() == "former U.S. ambassador to the OAS"


def test_merging_duplicates_keeps_every_citation_and_undo(window):
    widget, store, _, sentences, (full, short, _anon) = window
    widget.select_ids([full.id, short.id])
    assert widget.merge_button.isEnabled()
    widget.answers.append(full)
    assert widget.merge_selected()
    assert names(widget) == ["Frank Mora", "Multiple sources"]
    assert widget.selected_ids() == [full.id]
    assert widget.usage.count() == 3  # the article's heading and its two sentences
    assert sorted(u[3] for u in store.source_usage(full.id)) == [12, 13]
    assert widget.session.undo_stack.undoText() == "Merge “Mora” into “Frank Mora”"
    widget.session.undo_stack.undo()
    assert names(widget) == ["Frank Mora", "Mora", "Multiple sources"]
    assert [s.name for s in store.cited_sources(sentences[12].id)] == ["Mora"]


def test_deleting_asks_and_can_be_undone(window):
    widget, store, _, sentences, (_full, _short, anon) = window
    widget.select_ids([anon.id])
    widget.answers.append(False)
    assert not widget.delete_selected()
    assert store.find_source("Multiple sources") is not None
    widget.answers.append(True)
    assert widget.delete_selected()
    assert "Multiple sources" not in names(widget)
    assert store.cited_sources(sentences[4].id) == []
    widget.session.undo_stack.undo()
    assert "Multiple sources" in names(widget)
    assert [s.name for s in store.cited_sources(sentences[4].id)] == ["Multiple sources"]


def test_new_source(window, qtbot):
    widget, store, *_ = window
    assert widget.new_source()
    assert widget.editor.source is not None and widget.editor.source.name == "New source"
    widget.editor.name.setFocus()
    qtbot.keyClicks(widget.editor.name, "Reuters")
    qtbot.keyClick(widget.editor.name, Qt.Key.Key_Return)
    assert store.find_source("Reuters") is not None and store.find_source("New source") is None
