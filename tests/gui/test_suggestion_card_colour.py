"""Each suggestion card shows its kind's colour as a bar down its left edge (a filled child; no style
sheet, which the first frame's polish pays for), and the change banner gets its style sheet
only when it first shows."""

from __future__ import annotations

from factcheck_review.ui.external_changes import ChangeBanner
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.detail_panel import DetailPanel
from factcheck_review.ui.widgets.suggestion_list import COLOUR_BAR_WIDTH, kind_colour


def test_a_card_paints_its_kind_s_colour_down_its_left_edge(qtbot, seed_store):
    article_id = seed_store.list_articles()[0].id
    panel = DetailPanel(QtSession(seed_store), confirm=lambda *a: True, choose_link=lambda *a: None)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    panel.set_sentence(article_id, seed_store.sentence_by_number(article_id, 1).id)
    qtbot.waitUntil(lambda: bool(panel.suggestions.cards), timeout=5000)
    kinds = set()
    for card in panel.suggestions.cards:
        assert card.styleSheet() == ""
        image = card.grab().toImage()
        ratio = image.devicePixelRatio()
        middle = int(image.height() / 2)
        colour = kind_colour(card.suggestion.kind)
        assert image.pixelColor(int((COLOUR_BAR_WIDTH - 1) * ratio), middle).name() == colour.name()
        assert image.pixelColor(int((COLOUR_BAR_WIDTH + 8) * ratio), middle).name() != colour.name()
        kinds.add(card.suggestion.kind)
    assert len(kinds) >= 2  # the seed's first sentence: two kinds, two colours


def test_the_change_banner_is_styled_when_it_first_shows(qtbot):
    banner = ChangeBanner()
    qtbot.addWidget(banner)
    assert banner.styleSheet() == "" and banner.isHidden()
    banner.show_message("Another program changed this sentence.")
    assert "#fff3c4" in banner.styleSheet() and not banner.isHidden()
