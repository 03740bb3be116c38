"""The window imports text and sentences first; the suggestions arrive afterwards from the
background analysis, and the reviewer can work while they come."""

from __future__ import annotations

import random

from factcheck_review.ui.models.sentence_table import COL_SUGGESTIONS
from PySide6.QtCore import Qt

import factcheck.store.analysis_state as analysis_state
from benchmarks.corpus import article_text, transcript_text
from factcheck.store import Store


def test_imported_files_are_reviewable_at_once_and_their_suggestions_arrive(window, qtbot, tmp_path):
    rng = random.Random(8)
    paths = []
    for i in range(4):
        path = tmp_path / f"story{i}.txt"
        path.write_text(f"Story {i}\n\n" + article_text(rng, 12), encoding="utf-8")
        paths.append(str(path))
    runner = window.import_files(paths)
    with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
        pass
    created = [result.article_id for result in done.args[0].created]
    assert len(created) == 4
    store = window.session.store
    # Analysed in the background: every article gets its suggestions, and none waits any more.
    qtbot.waitUntil(lambda: not store.pending_articles() and not window.session.analysis.running(),
                    timeout=30_000)
    assert all(store.counts(article_id)["pending_suggestions"] > 0 for article_id in created)
    shown = window.articles.summary(created[-1])
    assert shown is not None and shown.pending_suggestions == store.counts(created[-1])["pending_suggestions"]


def test_the_status_bar_counts_down_a_long_article_s_analysis(window, qtbot, tmp_path, monkeypatch):
    import factcheck.analysis_runner as analysis_runner

    # A long article, made small: its parsing goes to the workers in parts, each one reported.
    monkeypatch.setattr(analysis_runner, "SPLIT_FROM", 12)
    monkeypatch.setattr(analysis_runner, "PART_MIN", 4)
    path = tmp_path / "long.txt"
    path.write_text("Long report\n\n" + article_text(random.Random(31), 40), encoding="utf-8")
    messages: list[str] = []
    reports: list[tuple[int, int, float]] = []
    shown: list[str] = []  # the analysis label after each report (the window's slot runs first)
    window.statusBar().messageChanged.connect(messages.append)
    window.session.analysis.progressed.connect(lambda *report: reports.append(report))
    window.session.analysis.progressed.connect(lambda *_: shown.append(window.analysis_label.text()))
    runner = window.import_files([str(path)])
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        pass
    store = window.session.store
    qtbot.waitUntil(lambda: not store.pending_articles() and "Analysis done" in messages, timeout=30_000)
    # A report for each part, then the article's; the time left once the pace is known.
    assert len(reports) >= 4 and [done for done, _, _ in reports] == [0] * (len(reports) - 1) + [1]
    assert any(m.startswith("Analysing the article… about") for m in shown), shown
    assert window.analysis_label.isHidden()  # the run ended


def test_the_table_shows_suggestions_as_batches_arrive_while_the_reviewer_edits(
        qtbot, tmp_path, open_window, monkeypatch):
    monkeypatch.setattr(analysis_state, "BATCH_ROWS", 200)
    store = Store(tmp_path / "wait.sqlite3", "tester")
    article_id = store.import_text(transcript_text(600), title="Hearing", analyse=False).article_id
    try:
        window = open_window(store, article_id)
        assert window.sentences.data(window.sentences.index(0, COL_SUGGESTIONS)) == ""
        stored = []
        window.session.changed.connect(lambda change: stored.append(change.suggestion_count))
        window.session.analysis.start()
        qtbot.keyClick(window.table, Qt.Key.Key_1)  # the reviewer works while it runs
        qtbot.waitUntil(lambda: not window.session.analysis.running() and not store.pending_articles(),
                        timeout=60_000)
        qtbot.wait(50)  # the last Change is delivered
        batches = [n for n in stored if n]
        assert len(batches) > 3 and batches == sorted(batches), "suggestions arrived in batches"
        assert "◆" in window.sentences.data(window.sentences.index(0, COL_SUGGESTIONS))  # after the attribution state
        assert window.sentences.row(0).review.sourced is True
        assert store.counts(article_id)["pending_suggestions"] == batches[-1]
        window.close()
    finally:
        store.close()


def test_the_analysis_progress_is_said_in_the_interface_language(window):
    analysis = window.session.analysis
    analysis.progressed.emit(1, 5, 130.0)
    assert window.analysis_label.text() == "Analysing 2 of 5 articles… about 2 min left"
    analysis.progressed.emit(0, 1, -1.0)
    assert window.analysis_label.text() == "Analysing the article…"


def test_a_save_while_the_analysis_runs_does_not_hide_it(window):
    """Each edit, and each batch of suggestions the analysis stores, says "Saved": the
    analysis keeps its own place in the status bar until it ends."""
    analysis = window.session.analysis
    analysis.started.emit()
    assert window.analysis_label.isVisibleTo(window) and window.analysis_label.text() == "Analysing…"
    analysis.progressed.emit(0, 1, 4.0)
    window.session.saved.emit("Saved")
    assert window.statusBar().currentMessage() == "Saved"
    assert window.analysis_label.isVisibleTo(window)
    assert window.analysis_label.text() == "Analysing the article… about 4 s left"
    analysis.ended.emit()
    assert window.analysis_label.isHidden()
