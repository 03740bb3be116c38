"""The detail panel: verdicts written to SQLite, the note saved once per pause, citing a
source from the keyboard, links on both sentences, the offer of a conflict link."""

from __future__ import annotations

import pytest
from db_helpers import raw
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.detail_panel import DetailPanel
from factcheck_review.ui.widgets.links_view import LinkChoice
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from factcheck.model import LinkKind, SourceKind
from factcheck.store import Store


def review_row(store, sentence_id, columns="sourced, anonymous, contested, inconsistent"):
    rows = raw(store, f"SELECT {columns} FROM reviews WHERE sentence_id = ?", (sentence_id,))
    return rows[0] if rows else None


@pytest.fixture
def seeded(tmp_path):
    store = Store(tmp_path / "review.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    yield store, article_id, store.sentences(article_id)
    store.close()


@pytest.fixture
def panel(seeded, qtbot):
    store, article_id, sentences = seeded
    session = QtSession(store)
    chosen: list[tuple[int, LinkKind]] = []
    answers: list[LinkChoice | None] = []

    def choose(parent, session, sentence_id, kind, title):
        chosen.append((sentence_id, kind))
        return answers.pop(0) if answers else None

    widget = DetailPanel(session, choose_link=choose)
    widget.chosen, widget.answers = chosen, answers  # for the tests to drive the "dialog"
    widget.links_asked = []  # "links left behind" questions, answered "keep them"
    widget.verdicts.ask_about_links = lambda text: widget.links_asked.append(text) or False
    qtbot.addWidget(widget)
    widget.resize(440, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_sentence(article_id, sentences[6].id)
    return widget, store, article_id, sentences


def test_shows_the_paragraph_with_the_sentence_highlighted(panel):
    widget, _, _, sentences = panel
    assert widget.heading.text() == "Sentence 7 of 16"
    view = widget.paragraph
    assert view.toPlainText().startswith("The Biden administration has been actively pressuring")
    assert "A White House official stated" in view.toPlainText()  # the whole paragraph
    # Pending suggestion spans of this sentence are marked, with their message as tooltip.
    kinds = {s.kind for _, _, s in view.spans}
    assert "temporal.anachronism" in kinds


def test_a_click_in_one_paragraph_leaves_the_next_paragraph_s_spaces_plain(panel):
    # Qt gives new plain text the format at the view's cursor; after a click in another
    # sentence that was its link, so the spaces between the next paragraph's sentences
    # linked back to a sentence of the paragraph before.
    widget, store, article_id, sentences = panel
    view = widget.paragraph
    here = view.paragraph
    other = next(s for s in here.sentences if s.id != view.sentence_id)
    cursor = view.textCursor()
    cursor.setPosition(other.start - here.start + 3)  # where a click in that sentence puts it
    view.setTextCursor(cursor)
    assert view.textCursor().charFormat().isAnchor()
    following = next(s for s in sentences if s.paragraph != sentences[6].paragraph
                     and len(store.paragraph_of(s.id).sentences) > 1)
    widget.set_sentence(article_id, following.id)
    shown = view.paragraph
    inside = {i for s in shown.sentences for i in range(s.start - shown.start, s.end - shown.start)}
    gaps = [i for i in range(len(shown.text)) if i not in inside]
    assert gaps
    for i in gaps:
        cursor = QTextCursor(view.document())
        cursor.setPosition(i)
        cursor.setPosition(i + 1, QTextCursor.MoveMode.KeepAnchor)
        assert not cursor.charFormat().isAnchor(), (i, cursor.charFormat().anchorHref())
        assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush


def test_verdict_edits_write_to_sqlite_and_undo(panel, qtbot):
    widget, store, _, sentences = panel
    sid = sentences[6].id
    form = widget.verdicts
    qtbot.mouseClick(form.verdicts["sourced"].buttons[True], Qt.MouseButton.LeftButton)
    assert review_row(store, sid) == (1, None, None, None)
    qtbot.mouseClick(form.verdicts["contested"].buttons[False], Qt.MouseButton.LeftButton)
    assert review_row(store, sid) == (1, None, 0, None)  # "no" is stored apart from "not judged"
    qtbot.mouseClick(form.verdicts["sourced"].buttons[None], Qt.MouseButton.LeftButton)
    assert review_row(store, sid) == (None, None, 0, None)
    assert widget.session.undo_stack.undoText() == "Clear sourced"
    widget.session.undo_stack.undo()
    assert review_row(store, sid) == (1, None, 0, None)
    assert form.verdicts["sourced"].value() is True  # the panel follows the undo

    form.rating.setFocus()
    qtbot.keyClick(form.rating, Qt.Key.Key_Down)  # "Not rated" -> first rating
    assert review_row(store, sid, "rating") == ("accurate",)
    qtbot.keyClick(form.credibility, Qt.Key.Key_Down)
    qtbot.keyClick(form.credibility, Qt.Key.Key_Down)
    assert review_row(store, sid, "credibility") == (2,)
    assert widget.session.undo_stack.undoText() == "Set credibility 2"
    # The history lists every change, newest first, old -> new.
    first = widget.history.topLevelItem(0)
    assert first.text(1) == "ana" and first.text(2) == "credibility: 1 → 2"


def test_typing_a_note_is_one_undo_step_per_pause(panel, qtbot):
    widget, store, _, sentences = panel
    sid = sentences[6].id
    stack = widget.session.undo_stack
    editor = widget.note.editor
    editor.setFocus()
    start = stack.count()
    qtbot.keyClicks(editor, "Biden left office")
    assert review_row(store, sid, "note") is None  # not yet: the reviewer is still typing
    qtbot.waitUntil(lambda: not widget.note.pending, timeout=3000)
    assert stack.count() == start + 1
    assert review_row(store, sid, "note") == ("Biden left office",)
    qtbot.keyClicks(editor, " in January 2025.")
    qtbot.waitUntil(lambda: not widget.note.pending, timeout=3000)
    assert stack.count() == start + 2
    assert review_row(store, sid, "note") == ("Biden left office in January 2025.",)
    stack.undo()
    assert review_row(store, sid, "note") == ("Biden left office",)
    assert editor.toPlainText() == "Biden left office"
    stack.undo()
    assert review_row(store, sid, "note") == ("",)
    assert editor.toPlainText() == ""


def test_a_note_is_saved_on_focus_out_and_when_another_sentence_is_shown(panel, qtbot):
    widget, store, article_id, sentences = panel
    editor = widget.note.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "check the date")
    widget.evidence.url.setFocus()  # leaves the note: saved at once, no pause needed
    QApplication.processEvents()
    assert review_row(store, sentences[6].id, "note") == ("check the date",)
    editor.setFocus()
    qtbot.keyClicks(editor, "!")
    widget.set_sentence(article_id, sentences[7].id)
    assert review_row(store, sentences[6].id, "note") == ("check the date!",)
    assert editor.toPlainText() == ""


def test_citing_a_source_from_the_keyboard(panel, qtbot):
    widget, store, article_id, sentences = panel
    picker = widget.sources.picker
    widget.focus_source_picker()  # what the window's shortcut calls
    qtbot.waitUntil(picker.edit.hasFocus, timeout=2000)
    qtbot.keyClicks(picker.edit, "Frank Mora")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # a new name: created and cited
    created = store.find_source("Frank Mora")
    assert created is not None and created.kind is SourceKind.PERSON
    assert [s.name for s in store.cited_sources(sentences[6].id)] == ["Frank Mora"]
    assert widget.sources.cited.count() == 1
    assert widget.sources.cited.item(0).text().startswith("F6  Frank Mora")
    assert picker.edit.text() == ""

    # On another sentence: type part of the name, Down to the match, Enter to pick it.
    widget.set_sentence(article_id, sentences[13].id)
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "mora")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [s.name for s in store.cited_sources(sentences[13].id)] == ["Frank Mora"]
    assert len(store.sources()) == 1  # picked, not created again
    assert raw(store, "SELECT COUNT(*) FROM citations") == [(2,)]

    # Choosing the kind for a new source, then Delete removes a citation (undoable).
    picker.kind.setCurrentIndex(picker.kind.findData(SourceKind.ANONYMOUS.value))
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Analysts")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert store.find_source("Analysts").kind is SourceKind.ANONYMOUS
    cited = widget.sources.cited
    cited.setFocus()
    cited.setCurrentRow(0)
    qtbot.keyClick(cited, Qt.Key.Key_Delete)
    assert [s.name for s in store.cited_sources(sentences[13].id)] == ["Frank Mora"]
    widget.session.undo_stack.undo()
    assert [s.name for s in store.cited_sources(sentences[13].id)] == ["Analysts", "Frank Mora"]


def test_credibility_and_source_grade_make_admiralty_codes(panel, qtbot):
    widget, store, _, sentences = panel
    sid = sentences[6].id
    mora = store.create_source("Frank Mora", reliability="B")
    anon = store.create_source("A White House official", "anonymous", reliability="F")
    store.cite(sid, mora.id)
    store.cite(sid, anon.id)
    store.set_review(sid, {"credibility": 2})
    widget.refresh()
    texts = [widget.sources.cited.item(i).text() for i in range(widget.sources.cited.count())]
    assert texts == ["F2  A White House official", "B2  Frank Mora"]


def test_a_link_appears_on_both_sentences_jumps_and_survives_reopening(panel, qtbot, tmp_path):
    widget, store, article_id, sentences = panel
    widget.answers.append(LinkChoice(sentences[2].id, LinkKind.CONTRADICTS, "capture on January 3"))
    assert widget.links.add()
    assert [lbl.text() for lbl in widget.links.labels] == [
        f'<a href="{article_id}:{sentences[2].id}">contradicts #3</a> — capture on January 3']
    jumps = []
    widget.jump_requested.connect(lambda a, s: jumps.append((a, s)))
    widget.links.labels[0].linkActivated.emit(f"{article_id}:{sentences[2].id}")
    assert jumps == [(article_id, sentences[2].id)]
    widget.set_sentence(article_id, sentences[2].id)
    assert "contradicts #7" in widget.links.labels[0].text()

    store.close()
    reopened = Store(tmp_path / "review.sqlite3", reviewer="ana")
    try:
        other = DetailPanel(QtSession(reopened))
        qtbot.addWidget(other)
        other.set_sentence(article_id, sentences[6].id)
        assert "contradicts #3" in other.links.labels[0].text()
        other.set_sentence(article_id, sentences[2].id)
        assert "contradicts #7" in other.links.labels[0].text()
    finally:
        reopened.close()
        widget.session.store = Store(tmp_path / "review.sqlite3", reviewer="ana")  # closed by fixture


def test_marking_inconsistent_offers_to_pick_the_conflicting_sentence(panel, qtbot):
    widget, store, _, sentences = panel
    sid = sentences[6].id
    widget.answers.append(LinkChoice(sentences[2].id, LinkKind.CONTRADICTS, ""))
    qtbot.mouseClick(widget.verdicts.verdicts["inconsistent"].buttons[True], Qt.MouseButton.LeftButton)
    assert widget.chosen == [(sid, LinkKind.CONTRADICTS)]
    assert review_row(store, sid, "inconsistent") == (1,)
    assert [(lk.to_sentence, lk.kind) for lk in store.links_for(sid)] == [(sentences[2].id, LinkKind.CONTRADICTS)]
    # Already linked: marking it again asks nothing.
    qtbot.mouseClick(widget.verdicts.verdicts["inconsistent"].buttons[None], Qt.MouseButton.LeftButton)
    assert len(widget.links_asked) == 1  # clearing it while the link stays is said (the link is kept)
    qtbot.mouseClick(widget.verdicts.verdicts["inconsistent"].buttons[True], Qt.MouseButton.LeftButton)
    assert len(widget.chosen) == 1
    # Declining the offer keeps the verdict and adds no link.
    other = sentences[4].id
    widget.set_sentence(None, other)
    qtbot.mouseClick(widget.verdicts.verdicts["inconsistent"].buttons[True], Qt.MouseButton.LeftButton)
    assert widget.chosen[-1] == (other, LinkKind.CONTRADICTS)
    assert review_row(store, other, "inconsistent") == (1,) and store.links_for(other) == []


def test_several_evidence_items_are_added_edited_removed_and_undone(panel, qtbot):
    widget, store, _, sentences = panel
    evidence, sid = widget.evidence, sentences[6].id
    evidence.url.setFocus()
    qtbot.keyClicks(evidence.url, "https://www.reuters.com/world/americas/")
    evidence.title.setText("Reuters")
    assert evidence.url_link.isVisibleTo(widget) and "href" in evidence.url_link.text()
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    assert review_row(store, sid, "evidence_url") == ("https://www.reuters.com/world/americas/",)
    evidence.url.setText("https://www.whitehouse.gov/administration/")
    evidence.note.setText("term dates")
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    assert evidence.list.count() == 2 and "term dates" in evidence.list.item(1).text()
    evidence.list.setCurrentRow(0)
    assert evidence.title.text() == "Reuters"
    evidence.title.setFocus()
    evidence.title.selectAll()
    qtbot.keyClicks(evidence.title, "Reuters: Americas")
    qtbot.keyClick(evidence.title, Qt.Key.Key_Tab)
    assert [i.title for i in store.evidence_items(sid)] == ["Reuters: Americas", ""]
    evidence.list.setCurrentRow(0)
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert [i.note for i in store.evidence_items(sid)] == ["term dates"]
    stack = widget.session.undo_stack
    stack.undo()
    assert [i.title for i in store.evidence_items(sid)] == ["Reuters: Americas", ""]
    stack.undo()
    stack.undo()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add evidence", "Add evidence", "Edit evidence", "Remove evidence"]
    assert [i.title for i in store.evidence_items(sid)] == ["Reuters"]
    evidence.url.setText("javascript:alert(1)")
    assert not evidence.url_link.isVisibleTo(widget) and evidence.url_link.text() == ""
    evidence.list.setCurrentRow(-1)
    qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)  # refused: one sentence, nothing saved
    assert len(store.evidence_items(sid)) == 1


def test_the_claim_text_is_saved_and_undone(panel, qtbot):
    widget, store, _, sentences = panel
    claim = widget.evidence.claim
    assert claim.placeholderText().startswith("The Biden administration has been actively")
    claim.setFocus()
    qtbot.keyClicks(claim, "Biden is president in January 2026")
    qtbot.keyClick(claim, Qt.Key.Key_Tab)
    assert store.claim_text(sentences[6].id) == "Biden is president in January 2026"
    widget.session.undo_stack.undo()
    assert store.claim_text(sentences[6].id) is None and claim.text() == ""


def test_the_panel_follows_changes_made_elsewhere(panel):
    widget, store, _, sentences = panel
    from factcheck_review.ui.commands import SetReview

    widget.session.push(SetReview(sentences[6].id, {"anonymous": True}, "Mark anonymous"))
    assert widget.verdicts.verdicts["anonymous"].value() is True
    latest = {widget.history.topLevelItem(i).text(2) for i in range(2)}
    assert latest == {"anonymous: not judged → yes", "status: unreviewed → in progress"}


def test_the_panel_looks_right(panel, tmp_path):
    widget, store, _, sentences = panel
    from factcheck_review.ui.commands import CreateSource, SetReview

    sid = sentences[6].id
    widget.session.push(SetReview(sid, {"sourced": False, "rating": "misleading", "credibility": 4}, "Edit"))
    widget.session.push(CreateSource("Frank Mora", "person", "former U.S. ambassador", "B", cite_from=sid))
    widget.refresh()
    image = widget.scroll.widget().grab()
    assert image.width() > 300 and image.height() > 600
    assert image.save(str(tmp_path / "panel.png"))
    # Nothing in the panel is wider than the panel itself, even at its narrowest.
    for width in (widget.minimumWidth(), 440):
        widget.resize(width, 900)
        QApplication.processEvents()
        assert widget.scroll.widget().width() <= widget.scroll.viewport().width()
        for buttons in widget.verdicts.verdicts.values():  # no control squeezed or cut off
            assert buttons.width() >= buttons.minimumSizeHint().width()
            assert buttons.geometry().right() < widget.verdicts.width()
    assert all(not isinstance(w, QLineEdit) or w.width() > 60 for w in widget.findChildren(QLineEdit)
               if w.isVisible())


def test_the_add_link_dialog_picks_a_sentence_of_this_or_another_article(panel, qtbot):
    from factcheck_review.ui.widgets.links_view import AddLinkDialog

    widget, store, article_id, sentences = panel
    other = store.import_text("Trump ordered the January 3 raid. Biden had left office in 2025.",
                              title="Another report", analyse=False).article_id
    dialog = AddLinkDialog(widget.session, sentences[6].id)
    qtbot.addWidget(dialog)
    assert dialog.article.currentText() == "This article"
    assert dialog.choices.rowCount() == 15  # every other sentence of the article
    qtbot.keyClicks(dialog.filter, "January 3rd")
    assert [dialog.choices.sentence(r).number for r in range(dialog.choices.rowCount())] == [3]
    assert dialog.choice().to_sentence == sentences[2].id
    assert dialog.choice().kind is LinkKind.CONTRADICTS
    dialog.filter.setText("12")  # a sentence number
    assert dialog.choice().to_sentence == sentences[11].id
    dialog.filter.clear()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)  # the list follows the keyboard in the filter box
    assert dialog.choice().to_sentence == sentences[1].id
    dialog.article.setCurrentIndex(dialog.article.findData(other))
    assert dialog.choices.rowCount() == 2
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LinkKind.CORROBORATES.value))
    dialog.note.setText("same timeline")
    choice = dialog.choice()
    assert choice.kind is LinkKind.CORROBORATES and choice.note == "same timeline"
    assert choice.to_sentence == store.sentences(other)[1].id
    assert dialog.preview.text().startswith("2. Biden had left office")


def test_suggestion_cards_name_the_words_they_are_about(panel):
    widget, store, article_id, sentences = panel
    widget.set_sentence(article_id, sentences[8].id)  # 9: two direct quotations
    cards = widget.suggestions.cards
    quotes = [card.span_title.text() for card in cards if card.kind_title.text() == "Direct quotation"]
    assert len(quotes) == 2 and quotes[0] != quotes[1]
    assert "a very good relationship" in quotes[0]
    assert all(card.kind_title.font().bold() for card in cards)
    assert all(card.span_title.font().italic() for card in cards if card.span_title is not None)


def test_history_lists_citations_with_review_changes(panel, qtbot):
    widget, store, _, sentences = panel
    from factcheck_review.ui.commands import Cite

    mora = store.create_source("Frank Mora")
    widget.session.push(Cite(sentences[6].id, mora.id, mora.name))
    assert widget.history.topLevelItem(0).text(2) == "source: — → Frank Mora"
    widget.session.undo_stack.undo()
    assert widget.history.topLevelItem(0).text(2) == "source: Frank Mora → —"


def test_an_office_the_knowledge_base_does_not_cover_is_said_quietly(panel):
    widget, store, article_id, sentences = panel
    assert widget.kb_note.isHidden()  # sentence 7 names no uncovered office
    result = store.import_text(
        "NATO Secretary-General Jens Stoltenberg met the envoys on Monday. They talked.",
        title="NATO", analyse=False,
    )
    first = store.sentences(result.article_id)[0]
    widget.set_sentence(result.article_id, first.id)
    assert not widget.kb_note.isHidden() and not widget.kb_note.isEnabled()  # greyed
    note = widget.kb_note.text()
    assert "“NATO Secretary-General”" in note and "Jens Stoltenberg" in note and "not checked" in note


def test_the_uncovered_office_note_speaks_the_window_language_and_gives_the_data_date(panel):
    from factcheck_review.ui import i18n

    from factcheck.kb import load_kb

    widget, store, _, _ = panel
    result = store.import_text(
        "IMF Managing Director Kristalina Georgieva spoke on Monday. They listened.",
        title="IMF", analyse=False,
    )
    first = store.sentences(result.article_id)[0]
    assert load_kb().as_of.isoformat() in widget.kb_note.toolTip()
    assert i18n.install_translators("es")
    try:
        widget.set_sentence(result.article_id, first.id)
        note = widget.kb_note.text()
    finally:
        i18n.install_translators("en")
    assert note.startswith("No está en la base de conocimiento: «IMF Managing Director»")
    assert "Kristalina Georgieva" in note
