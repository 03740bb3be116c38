"""Suggestions in the detail panel, against the real analysis of the seed: spans in the
paragraph, Accept (asking before changing a judgment) and Dismiss, each undoable, and a
dismissed suggestion stays dismissed when the analysis runs again."""

from __future__ import annotations

import pytest
from db_helpers import raw
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.detail_panel import DetailPanel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from factcheck.model import LinkKind, SuggestionState
from factcheck.store import Store


@pytest.fixture
def panel(tmp_path, qtbot):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    session = QtSession(store)
    questions: list[str] = []
    answers: list[bool] = []

    def confirm(parent, title, text):
        questions.append(text)
        return answers.pop(0)

    widget = DetailPanel(session, confirm=confirm, choose_link=lambda *args: None)
    widget.questions, widget.answers = questions, answers
    qtbot.addWidget(widget)
    widget.resize(440, 900)
    widget.show()
    yield widget, store, article_id, store.sentences(article_id)
    store.close()


def card(widget, kind):
    QApplication.processEvents()  # new cards are shown by a queued call, as in the window
    return next(c for c in widget.suggestions.cards if c.suggestion.kind == kind)


def kinds(widget):
    return [c.suggestion.kind for c in widget.suggestions.cards]


def test_pending_suggestions_show_as_cards_and_spans(panel):
    widget, store, article_id, sentences = panel
    widget.set_sentence(article_id, sentences[10].id)  # 11: the misspelt foreign minister
    variant = card(widget, "name.variant")
    assert "Parrilla" in variant.suggestion.message
    spans = {s.kind: widget.paragraph.toPlainText()[a:b] for a, b, s in widget.paragraph.spans}
    assert spans["name.variant"] == "Bruno Rodríguez Padilla"
    assert widget.suggestions_box.title() == f"Suggestions ({len(widget.suggestions.cards)})"


def test_accepting_an_attribution_fills_the_review_and_cites_the_source_and_undo(panel, qtbot):
    widget, store, article_id, sentences = panel
    sid = sentences[4].id  # 5: "Multiple sources confirm"
    widget.set_sentence(article_id, sid)
    qtbot.mouseClick(card(widget, "attribution.anonymous").accept, Qt.MouseButton.LeftButton)
    assert raw(store, "SELECT sourced, anonymous FROM reviews WHERE sentence_id = ?", (sid,)) == [(1, 1)]
    assert [s.name for s in store.cited_sources(sid)] == ["Multiple sources"]
    assert "attribution.anonymous" not in kinds(widget)
    assert widget.verdicts.verdicts["anonymous"].value() is True
    assert widget.sources.cited.count() == 1
    assert widget.session.undo_stack.undoText() == "Accept anonymous source"
    widget.session.undo_stack.undo()
    assert raw(store, "SELECT sourced, anonymous FROM reviews WHERE sentence_id = ?", (sid,)) == [(None, None)]
    assert store.cited_sources(sid) == [] and store.find_source("Multiple sources") is None
    assert "attribution.anonymous" in kinds(widget)
    widget.session.undo_stack.redo()
    assert raw(store, "SELECT sourced, anonymous FROM reviews WHERE sentence_id = ?", (sid,)) == [(1, 1)]


def test_accepting_over_a_judgment_asks_first(panel, qtbot):
    widget, store, article_id, sentences = panel
    sid = sentences[8].id  # 9: "A White House official stated"
    widget.set_sentence(article_id, sid)
    qtbot.mouseClick(widget.verdicts.verdicts["anonymous"].buttons[False], Qt.MouseButton.LeftButton)
    widget.answers.append(False)
    qtbot.mouseClick(card(widget, "attribution.anonymous").accept, Qt.MouseButton.LeftButton)
    assert "anonymous: no → yes" in widget.questions[-1]
    assert raw(store, "SELECT anonymous FROM reviews WHERE sentence_id = ?", (sid,)) == [(0,)]
    assert "attribution.anonymous" in kinds(widget)  # declined: nothing changed
    widget.answers.append(True)
    qtbot.mouseClick(card(widget, "attribution.anonymous").accept, Qt.MouseButton.LeftButton)
    assert raw(store, "SELECT anonymous FROM reviews WHERE sentence_id = ?", (sid,)) == [(1,)]
    widget.session.undo_stack.undo()
    assert raw(store, "SELECT anonymous FROM reviews WHERE sentence_id = ?", (sid,)) == [(0,)]


def test_accepting_the_anachronism_links_it_to_the_sentence_that_dates_the_events(panel, qtbot):
    widget, store, article_id, sentences = panel
    sid = sentences[6].id  # 7: "The Biden administration"
    widget.set_sentence(article_id, sid)
    anachronism = card(widget, "temporal.anachronism")
    assert 2 in anachronism.suggestion.related
    qtbot.mouseClick(anachronism.accept, Qt.MouseButton.LeftButton)
    assert raw(store, "SELECT inconsistent FROM reviews WHERE sentence_id = ?", (sid,)) == [(1,)]
    links = {(lk.to_sentence, lk.kind) for lk in store.links_for(sid)}
    assert (sentences[2].id, LinkKind.CONTRADICTS) in links
    assert any("contradicts #3" in label.text() for label in widget.links.labels)
    widget.set_sentence(article_id, sentences[2].id)
    assert any("contradicts #7" in label.text() for label in widget.links.labels)
    widget.session.undo_stack.undo()
    assert store.links_for(sid) == [] and widget.links.labels == []


def test_dismissed_stays_dismissed_after_the_analysis_runs_again_and_undo(panel, qtbot):
    widget, store, article_id, sentences = panel
    sid = sentences[14].id  # 15: "likely remain"
    widget.set_sentence(article_id, sid)
    hedge = card(widget, "hedge").suggestion
    qtbot.mouseClick(card(widget, "hedge").dismiss, Qt.MouseButton.LeftButton)
    assert "hedge" not in kinds(widget)
    assert widget.suggestions.summary.text() == "1 dismissed"
    assert raw(store, "SELECT state FROM suggestions WHERE id = ?", (hedge.id,)) == [("dismissed",)]
    widget.session.announce(store.run_analysis(article_id))
    again = [g for g in store.suggestions(article_id, sid) if g.kind == "hedge"]
    assert [g.state for g in again] == [SuggestionState.DISMISSED]
    assert "hedge" not in kinds(widget)
    # Undo still finds the suggestion after the re-analysis.
    widget.session.undo_stack.undo()
    assert "hedge" in kinds(widget)
    assert raw(store, "SELECT state FROM suggestions WHERE id = ?", (hedge.id,)) == [("pending",)]


def test_this_is_a_different_person(panel, qtbot):
    widget, store, article_id, sentences = panel
    widget.set_sentence(article_id, sentences[10].id)
    variant = card(widget, "name.variant")
    (button, action) = variant.name_buttons[0]
    assert button.text() == "This is a different person" and action.person_id
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "name.variant" not in kinds(widget)
    assert store.kb_user_file.exists()
    assert "Padilla" in store.kb_user_file.read_text(encoding="utf-8")


def test_add_an_unknown_name_to_the_knowledge_base(tmp_path, qtbot):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    try:
        text = ("The budget will be cut by a third, said Marisol Quintanilla-Oyarzún, "
                "a finance researcher at the University of Lima.")
        article_id = store.import_text(text, title="Budget").article_id
        sentence = store.sentences(article_id)[0]
        named = [g for g in store.suggestions(article_id) if g.kind == "attribution.named"]
        assert named and store.name_actions(named[0].id), "the analysis should name this person"
        widget = DetailPanel(QtSession(store))
        qtbot.addWidget(widget)
        widget.set_sentence(article_id, sentence.id)
        (button, action) = card(widget, "attribution.named").name_buttons[0]
        assert button.text() == "Add to knowledge base"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert store.knowledge_base().find_person(action.name) is not None
        assert card(widget, "attribution.named").name_buttons == []
    finally:
        store.close()


def test_a_card_s_message_can_be_selected_with_the_mouse(window):
    # Made selectable once the window has painted (its first frame lays the cards out as plain
    # labels), and at once for every card after that.
    from PySide6.QtWidgets import QLabel

    for shown in (window.detail.suggestions.cards, None):
        if shown is None:
            window.select_row(4)
            QApplication.processEvents()
            shown = window.detail.suggestions.cards
        assert shown
        for one in shown:
            message = next(label for label in one.findChildren(QLabel) if label.text() == one.suggestion.message)
            assert message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
