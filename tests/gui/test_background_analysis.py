"""Re-analysis of a long article runs off the GUI thread and still lands in the file."""

from __future__ import annotations

from datetime import date

import factcheck_review.ui.session
import pytest
from factcheck_review.ui.commands import EditArticle, MergeSentences
from factcheck_review.ui.session import QtSession

from factcheck.store import Store


@pytest.fixture
def long_session(tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(factcheck_review.ui.session, "LONG_ARTICLE", 5)  # the 16-sentence seed counts as long
    store = Store(tmp_path / "long.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    session = QtSession(store)
    yield session, article_id
    for job in session.findChildren(factcheck_review.ui.session.QObject):
        if hasattr(job, "wait"):
            job.wait()
    store.close()


def date_values(store, article_id):
    return {g.value for g in store.suggestions(article_id) if g.kind == "claim.date"}


def test_a_new_date_on_a_long_article_is_analysed_in_the_background(long_session, qtbot):
    session, article_id = long_session
    assert "2026-01-03" in date_values(session.store, article_id)
    with qtbot.waitSignal(session.changed, timeout=10000,
                          check_params_cb=lambda change: change.action == "Analyse"):
        assert session.push(EditArticle(article_id, {"published": date(2027, 2, 1)}, "Change date"))
        # The date itself is saved at once; the suggestions follow from the worker.
        assert session.store.article(article_id).published == date(2027, 2, 1)
    assert "2027-01-03" in date_values(session.store, article_id)


def merge_first_two(session, article_id, qtbot):
    """Merge sentences 1 and 2 and wait for the background analysis; sentence 1 as it was."""
    first = session.store.sentence_by_number(article_id, 1)
    with qtbot.waitSignal(session.changed, timeout=20000,
                          check_params_cb=lambda change: change.action == "Analyse"):
        assert session.push(MergeSentences(article_id, first.id))
    return first


def test_merging_in_a_long_article_reanalyses_in_the_background(long_session, qtbot):
    session, article_id = long_session
    merge_first_two(session, article_id, qtbot)
    indexes = {g.sentence for g in session.store.suggestions(article_id)}
    assert max(indexes) == 14  # 15 sentences now, suggestions renumbered by the new analysis


def test_the_parse_a_background_analysis_makes_is_kept_in_the_file(long_session, qtbot):
    # A merged sentence is new text: the worker parses it, and the file keeps the parse, so
    # the next analysis (a new date, undo) parses nothing again, in a worker or here.
    from factcheck.nlp import parse_key

    session, article_id = long_session
    first = merge_first_two(session, article_id, qtbot)
    merged = session.store.sentence_by_number(article_id, 1)
    assert merged.text.startswith(first.text) and len(merged.text) > len(first.text)
    keys = [parse_key(s.text) for s in session.store.sentences(article_id)]
    assert session.store.kept_keys(keys) == set(keys)


@pytest.fixture
def short_session(tmp_path, qtbot):
    store = Store(tmp_path / "short.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    session = QtSession(store)
    yield session, article_id
    if session.analysis.job is not None:
        session.analysis.job.wait()
    store.close()


def test_a_merge_needing_the_model_goes_to_the_workers_when_it_is_not_loaded_here(
        short_session, qtbot, monkeypatch):
    # Loading the English model on the GUI thread froze the window for over a second at the
    # first merge of a session (1,371 ms measured on 176 sentences); the workers load it.
    import factcheck.nlp

    monkeypatch.setattr(factcheck.nlp, "model_loaded", lambda: False)
    session, article_id = short_session
    first = merge_first_two(session, article_id, qtbot)
    assert not session.undo_stack.command(0).inline
    assert not session.store.analysis_pending(article_id)
    assert max(g.sentence for g in session.store.suggestions(article_id)) == 14
    assert session.store.sentence(first.id).text.startswith(first.text)


def test_a_merge_runs_its_analysis_here_when_the_model_is_loaded(short_session, monkeypatch):
    import factcheck.nlp

    monkeypatch.setattr(factcheck.nlp, "model_loaded", lambda: True)
    session, article_id = short_session
    first = session.store.sentence_by_number(article_id, 1)
    assert session.push(MergeSentences(article_id, first.id))
    assert session.undo_stack.command(0).inline and session.analysis.job is None
    assert not session.store.analysis_pending(article_id)
    assert max(g.sentence for g in session.store.suggestions(article_id)) == 14


def test_a_new_date_goes_to_the_workers_when_the_file_lacks_the_parses_and_the_model(
        short_session, qtbot, monkeypatch):
    # A file whose parses are gone (one from a version that kept none): analysing it here
    # would load the model and parse on the GUI thread.
    import factcheck.nlp

    monkeypatch.setattr(factcheck.nlp, "model_loaded", lambda: False)
    session, article_id = short_session
    assert session.analyses_inline(article_id)  # the file keeps every parse: read here
    with session.store._write() as conn:
        conn.execute("DELETE FROM parses")
    assert not session.analyses_inline(article_id)
    with qtbot.waitSignal(session.changed, timeout=20000,
                          check_params_cb=lambda change: change.action == "Analyse"):
        assert session.push(EditArticle(article_id, {"published": date(2027, 2, 1)}, "Change date"))
        assert not session.undo_stack.command(0).inline
    assert "2027-01-03" in date_values(session.store, article_id)
    assert not session.store.analysis_pending(article_id)
