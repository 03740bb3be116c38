"""The detail panel never scrolls sideways, and shows each new sentence from the top."""

from __future__ import annotations

import pytest
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.detail_panel import DetailPanel
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from factcheck.store.suggestions import NameAction

TWO_PEOPLE = [NameAction("add", "Marisol Quintanilla-Oyarzún"), NameAction("add", "Rodrigo Benavides-Urrutia")]


@pytest.fixture
def narrow_panel(seed_store, qtbot, monkeypatch):
    monkeypatch.setattr(seed_store, "name_actions", lambda suggestion_id: list(TWO_PEOPLE))
    panel = DetailPanel(QtSession(seed_store))
    qtbot.addWidget(panel)
    panel.resize(panel.minimumWidth(), 700)
    panel.show()
    qtbot.waitExposed(panel)
    article = seed_store.list_articles()[0].id
    return panel, seed_store, article


def fits(panel) -> bool:
    viewport = panel.scroll.viewport()
    content = panel.scroll.widget()
    return content.width() <= viewport.width() and panel.scroll.horizontalScrollBar().maximum() == 0


def test_four_suggestion_buttons_fit_without_scrolling_sideways(narrow_panel, qtbot):
    panel, store, article = narrow_panel
    panel.set_sentence(article, store.sentence_by_number(article, 14).id)  # Frank Mora: a named source
    qtbot.wait(20)
    card = next(c for c in panel.suggestions.cards if c.suggestion.kind == "attribution.named")
    assert card.more is not None and len(card.more_actions) == 2
    assert fits(panel)
    viewport = panel.scroll.viewport()
    for button in card.findChildren(QAbstractButton):
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width(), button.text()


def test_typing_a_long_note_never_scrolls_sideways(narrow_panel, qtbot):
    panel, store, article = narrow_panel
    panel.set_sentence(article, store.sentence_by_number(article, 14).id)
    panel.focus_note()
    QTest.keyClicks(panel.note.editor, "Mora " * 60)
    assert fits(panel) and panel.scroll.horizontalScrollBar().value() == 0


def test_a_new_sentence_is_shown_from_the_top(narrow_panel, qtbot):
    panel, store, article = narrow_panel
    panel.set_sentence(article, store.sentence_by_number(article, 3).id)
    qtbot.wait(20)
    bar = panel.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    panel.set_sentence(article, store.sentence_by_number(article, 4).id)
    assert bar.value() == 0


def test_the_text_keeps_its_width_when_the_panel_starts_to_scroll(seed_store, qtbot):
    # The scroll bar's room is kept from the start: a panel that grows past its bottom (a
    # longer note, the lower sections built after the first paint, a shorter window) never
    # re-wraps its text, and the first frame is laid out once, not again without the bar.
    panel = DetailPanel(QtSession(seed_store))
    qtbot.addWidget(panel)
    panel.resize(480, 4000)  # everything fits: nothing to scroll
    panel.show()
    qtbot.waitExposed(panel)
    article = seed_store.list_articles()[0].id
    panel.set_sentence(article, seed_store.sentence_by_number(article, 1).id)
    qtbot.wait(20)
    assert panel.scroll.verticalScrollBar().maximum() == 0
    unscrolled = panel.paragraph.width()
    panel.resize(480, 400)
    qtbot.wait(20)
    assert panel.scroll.verticalScrollBar().maximum() > 0
    assert panel.paragraph.width() == unscrolled


class _Resizes(QObject):
    """Counts a widget's resize events."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_the_paragraph_is_fitted_once_to_its_new_text(narrow_panel, qtbot):
    # Fitted as its text was replaced, the view shrank to the emptied document and grew back:
    # its scroll bar flashed and the whole panel was laid out twice more.
    panel, store, article = narrow_panel
    panel.set_sentence(article, store.sentence_by_number(article, 3).id)
    qtbot.wait(20)
    height = panel.paragraph.height()
    watch = _Resizes(panel.paragraph)
    other = next(s for s in store.sentences(article) if s.paragraph != store.sentence_by_number(article, 3).paragraph)
    panel.set_sentence(article, other.id)
    qtbot.wait(20)
    assert panel.paragraph.paragraph is not None and panel.paragraph.paragraph.start == store.paragraph_of(other.id).start
    assert watch.count == (0 if panel.paragraph.height() == height else 1)
    assert panel.paragraph.toPlainText() == store.paragraph_of(other.id).text
