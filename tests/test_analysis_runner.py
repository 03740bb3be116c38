"""Analysis after import: worker processes at lower priority, short write transactions."""

from __future__ import annotations

import multiprocessing
import os
import random
from concurrent.futures import ProcessPoolExecutor

import factcheck.store.analysis_state as analysis_state
from benchmarks.corpus import article_text
from factcheck.analysis_runner import NICENESS, _lower_priority, analyse_articles
from factcheck.store import Store


def fill(store: Store, count: int, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    return [store.import_text(article_text(rng, rng.randint(5, 30)), title=f"Report {i}", analyse=False).article_id
            for i in range(count)]


def suggestions_of(store: Store, ids: list[str]) -> list[tuple]:
    return [(g.sentence, g.kind, g.start, g.end, g.message, g.state) for i in ids for g in store.suggestions(i)]


def test_worker_processes_find_what_the_engine_finds_in_process(tmp_path):
    pooled, inline = Store(tmp_path / "a.sqlite3", "t"), Store(tmp_path / "b.sqlite3", "t")
    try:
        ids = fill(pooled, 12)
        assert fill(inline, 12) == ids
        assert set(pooled.pending_articles()) == set(ids)
        seen = []
        run = analyse_articles(pooled, ids, processes=2, progress=lambda done, total, left: seen.append(done))
        analyse_articles(inline, ids, processes=0)
        assert run.articles == 12 and not run.cancelled
        assert seen == list(range(1, 13))
        assert pooled.pending_articles() == [] == inline.pending_articles()
        found = suggestions_of(pooled, ids)
        assert found and found == suggestions_of(inline, ids)
    finally:
        pooled.close()
        inline.close()


def test_workers_run_at_lower_priority():
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_lower_priority) as pool:
        worker = pool.submit(os.nice, 0).result()
    assert worker == min(19, os.nice(0) + NICENESS)


def test_cancelling_stops_between_articles(tmp_path):
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        ids = fill(store, 5)
        run = analyse_articles(store, ids, processes=0, cancelled=lambda: len(store.pending_articles()) <= 3)
        assert run.cancelled and run.articles == 2
        assert len(store.pending_articles()) == 3
        # With worker processes, a cancel stops them at once; what is not stored stays pending.
        run = analyse_articles(store, store.pending_articles(), processes=2, cancelled=lambda: True)
        assert run.cancelled and run.articles == 0
        assert len(store.pending_articles()) == 3
    finally:
        store.close()


def test_a_first_analysis_is_stored_in_short_transactions(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_state, "BATCH_ROWS", 10)
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        (article_id,) = fill(store, 1)
        sentences = store.sentences(article_id)
        found = store.analysis_for(store.article(article_id), sentences)
        assert len(found) > 30
        batches = []

        def on_batch(change):
            batches.append(change.suggestion_count)
            # Between batches the write lock is free: another connection writes at once.
            other = Store(store.path, "colleague")
            try:
                other.set_review(sentences[0].id, {"sourced": True})
            finally:
                other.close()
            assert store.analysis_pending(article_id) == (change.suggestion_count < len(found))

        assert store.store_found_analysis(article_id, found, sentences, on_batch) == len(found)
        assert batches == [min(n, len(found)) for n in range(10, len(found) + 10, 10)]
        assert store.counts(article_id)["pending_suggestions"] == len(found)
    finally:
        store.close()


def test_a_first_analysis_stops_when_the_article_is_deleted_meanwhile(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_state, "BATCH_ROWS", 10)
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        (article_id,) = fill(store, 1)
        sentences = store.sentences(article_id)
        found = store.analysis_for(store.article(article_id), sentences)
        stored = store.store_found_analysis(article_id, found, sentences,
                                            lambda change: store.delete_article(article_id))
        assert stored == 10
        assert store.article_count() == 0
    finally:
        store.close()
