"""What the window shows reads right: Cred. agrees with the form, secondary text meets WCAG AA
contrast in light and dark palettes, and the ◆ column is explained."""

from __future__ import annotations

import pytest
from factcheck_review.ui.models.sentence_table import COL_CREDIBILITY, COL_SUGGESTIONS, HEADERS
from factcheck_review.ui.widgets.muted import AA_CONTRAST, contrast, muted_colour
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.PlaceholderText, "#5f6368"), (QPalette.ColorRole.Button, "#303134"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed")):
        palette.setColor(role, QColor(colour))
    return palette


def test_cred_column_is_empty_until_graded(window, seed_store):
    article = window.article_id
    first = seed_store.sentence_by_number(article, 1).id
    source = seed_store.create_source("Eleven sources", "anonymous")
    seed_store.cite(first, source.id)
    window.sentences.reload()
    index = window.sentences.index(0, COL_CREDIBILITY)
    assert index.data() == ""  # no "F6" while the form says "Not graded"
    assert window.detail.verdicts.credibility.currentText() == "Not graded"
    seed_store.set_review(first, {"credibility": 3})
    window.sentences.reload()
    assert window.sentences.index(0, COL_CREDIBILITY).data() == "F3"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_secondary_text_meets_aa_contrast(window, qtbot, theme):
    app = QApplication.instance()
    original = app.palette()
    if theme == "dark":
        app.setPalette(dark_palette())
    try:
        qtbot.wait(20)
        labels = [window.detail.subheading, window.legend, window.verdict_bar.meta]
        labels += [label for card in window.detail.suggestions.cards for label in card.findChildren(QLabel)
                   if label.text().startswith(("Sets ", "Accepting"))]
        assert len(labels) >= 4
        for label in labels:
            assert label.isEnabled()
            palette = label.palette()
            ratio = contrast(palette.color(label.foregroundRole()), palette.color(QPalette.ColorRole.Window))
            assert ratio >= AA_CONTRAST, (label.text(), ratio)
    finally:
        app.setPalette(original)


def test_the_muted_colour_is_quieter_than_the_text():
    palette = QApplication.instance().palette()
    muted = muted_colour(palette)
    back = palette.color(QPalette.ColorRole.Window)
    assert AA_CONTRAST <= contrast(muted, back) <= contrast(palette.color(QPalette.ColorRole.WindowText), back)


def test_the_suggestions_column_is_explained(window):
    tip = window.sentences.headerData(COL_SUGGESTIONS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert HEADERS[COL_SUGGESTIONS] == "◆" and "suggestions" in tip
    assert "◆ pending suggestions" in window.legend.full_text() and window.legend.isVisible()


def test_a_pasted_headline_is_the_title_not_sentence_1(window, qtbot, seed_store):
    from factcheck_review.ui.widgets.import_dialogs import PastedArticle

    window.dialogs.pasted = PastedArticle("Council approves budget\n\nThe council approved the budget on Monday, "
                                          "officials said. Critics called the vote rushed.", "", "", None)
    window.paste_article()
    with qtbot.waitSignal(window._import_runner.finished, timeout=20000):
        pass
    assert window.verdict_bar.title.full_text() == "Council approves budget"
    assert window.sentences.rowCount() == 2
    assert window.sentences.row(0).sentence.text.startswith("The council approved")


def test_starting_an_import_starts_the_analysis_workers_meanwhile(window, qtbot):
    # Even when the reviewer cancels the dialog: the workers only wait a while, then stop.
    import factcheck.analysis_runner as analysis_runner

    analysis_runner.stop_workers()
    window.dialogs.pasted = None
    window.paste_article()
    qtbot.waitUntil(lambda: analysis_runner._kept is not None, timeout=10000)
    assert window._import_runner is None
    analysis_runner.stop_workers()


def test_painting_the_table_asks_the_model_little_per_cell(window, monkeypatch):
    # The delegate paints from the roles the table gives; Qt's initStyleOption would ask about
    # ten roles a cell (font, colours, icon, check state…) that it never gives. Every question
    # to the model's data() reads its row.
    from factcheck_review.ui.models.sentence_table import SentenceTableModel

    asked: list[int] = []
    original = SentenceTableModel.row

    def counting(self, row):
        asked.append(row)
        return original(self, row)

    monkeypatch.setattr(SentenceTableModel, "row", counting)
    table = window.table
    viewport = table.viewport()
    first = table.rowAt(0)
    last = table.rowAt(viewport.height() - 1)
    last = window.sentences.rowCount() - 1 if last < 0 else last
    cells = (last - first + 1) * len(HEADERS)
    viewport.grab()  # paints every visible cell once
    assert cells > 0 and asked
    assert len(asked) <= 2 * cells
