"""Each sentence's attribution state (named / anonymous / none) shows in the table and panel."""

from __future__ import annotations

from factcheck_review.ui.models.sentence_table import COL_SUGGESTIONS


def test_table_and_panel_show_the_attribution_state(window):
    model = window.sentences
    shown = {
        model.row(r).sentence.number: model.data(model.index(r, COL_SUGGESTIONS))
        for r in range(model.rowCount())
    }
    assert shown[1].startswith("anon.")
    assert shown[14].startswith("named")
    assert shown[2] == "none"  # no source, no checkable claim: nothing pending
    assert shown[3] == "none\n◆ 3"  # unattributed figure and date: a suggestion
    window.select_row(13)
    assert "Named source: Frank Mora" in window.detail.subheading.text()
    window.select_row(1)
    assert "No source given" in window.detail.subheading.text()
