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


def test_before_the_analysis_the_panel_says_not_analysed_yet_as_the_table_does(open_window, tmp_path, seed_text,
                                                                               qtbot, monkeypatch):
    from factcheck_review.ui.analysis_jobs import BackgroundAnalysis

    from factcheck.store import Store

    store = Store(tmp_path / "later.sqlite3", "tester")
    article_id = store.import_text(seed_text, title="Later", analyse=False).article_id
    start = BackgroundAnalysis.start
    monkeypatch.setattr(BackgroundAnalysis, "start", lambda self, ids=None: None)  # held back here
    window = open_window(store, article_id)
    window.select_row(1)
    assert window.sentences.data(window.sentences.index(1, COL_SUGGESTIONS)) == ""
    assert window.detail.subheading.text().endswith("Not analysed yet")
    start(window.session.analysis, [article_id])
    qtbot.waitUntil(lambda: not store.analysis_pending(article_id), timeout=30_000)
    qtbot.waitUntil(lambda: window.detail.subheading.text().endswith("No source given"), timeout=5_000)
    assert window.sentences.data(window.sentences.index(1, COL_SUGGESTIONS)) == "none"


def test_the_panel_names_every_source_of_the_sentence(qapp):
    from datetime import date

    from factcheck_review.ui.vocabulary import attribution_text

    from factcheck.analysis import analyse
    from factcheck.model import Article
    from factcheck.text import split_article

    def panel(text: str) -> list[str]:
        article = Article(id="a", text=text, published=date(2026, 1, 5))
        sentences = split_article("a", text)
        found = analyse(article, sentences)
        return [attribution_text([s for s in found if s.sentence == k]) for k in range(len(sentences))]

    assert panel("Maria Olsen and Tom Becker said the bridge would close in May.\n\n"
                 "Senior officials and Mr. Haley said the talks had failed.\n") == [
        "Named sources: Maria Olsen and Tom Becker", "Unnamed source: Senior officials, with Haley"]
    assert panel("He said the vote was rushed.\n") == ["Named source: not named in the sentence"]
