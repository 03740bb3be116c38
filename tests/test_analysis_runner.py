"""Analysis after import: worker processes at lower priority, short write transactions."""

from __future__ import annotations

import multiprocessing
import os
import random
from concurrent.futures import ProcessPoolExecutor
from datetime import date

import pytest

import factcheck.analysis_runner as analysis_runner
import factcheck.nlp.parser as parser
import factcheck.store.analysis_state as analysis_state
from benchmarks.corpus import article_text
from factcheck.analysis_runner import NICENESS, _lower_priority, analyse_articles, stop_workers
from factcheck.importers.document import ImportedDocument
from factcheck.nlp import forget_parses, parse_key
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


def test_worker_parses_are_kept_in_the_file_so_a_new_date_parses_nothing(tmp_path, monkeypatch):
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        ids = fill(store, 3)
        analyse_articles(store, ids, processes=2)
        keys = [parse_key(s.text) for i in ids for s in store.sentences(i)]
        assert store.kept_keys(keys) == set(keys)
        # The window re-analyses a short article on its own thread: with the workers' parses
        # in the file, spaCy is not asked for one.
        monkeypatch.setattr(parser, "parse_texts", lambda texts: pytest.fail("parsed again"))
        forget_parses()
        before = suggestions_of(store, ids[:1])
        store.update_article(ids[0], {"published": store.article(ids[0]).published}, analyse=True)
        assert suggestions_of(store, ids[:1]) == before
    finally:
        store.close()
        stop_workers()


def _parses_in_memory(_: int) -> set[str]:
    return set(parser._memory)


def test_an_article_analysed_again_goes_to_the_worker_that_keeps_its_parses(tmp_path):
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        ids = fill(store, 2)
        analyse_articles(store, ids, processes=2)  # one article each
        kept = analysis_runner._kept
        assert kept is not None and sorted(kept.kept) == sorted(ids)
        keys = {i: {parse_key(s.text) for s in store.sentences(i)} for i in ids}

        def in_memory() -> list[set[str]]:
            return [pool.apply(_parses_in_memory, (0,)) for pool in kept.pools]

        assert in_memory() == [keys[i] for i in kept.kept]  # each its last article's, only
        holders = list(kept.kept)
        before = suggestions_of(store, ids)
        for article_id in reversed(ids):  # a new date, the other way round
            store.update_article(article_id, {"published": date(2016, 5, 2)}, analyse=False)
            analyse_articles(store, [article_id], processes=2)
            assert kept.kept == holders and in_memory() == [keys[i] for i in holders]
        assert [g[1:] for g in suggestions_of(store, ids) if g[1] != "claim.date"] == [
            g[1:] for g in before if g[1] != "claim.date"]
        assert analysis_runner._kept is kept
    finally:
        store.close()
        stop_workers()


def test_a_new_article_goes_to_the_worker_whose_article_was_analysed_longest_ago(tmp_path):
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        first, second, third = fill(store, 3)
        analyse_articles(store, [first, second], processes=2)
        analyse_articles(store, [first], processes=2)  # again: its worker is the last told
        analyse_articles(store, [third], processes=2)
        kept = analysis_runner._kept
        assert kept is not None and sorted(kept.kept) == sorted([first, third])
    finally:
        store.close()
        stop_workers()


def test_preparing_a_reanalysis_reads_the_kept_parses_and_never_parses(tmp_path, monkeypatch):
    from factcheck.analysis import DATED, DETECTORS, forget_reading

    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        first, second = fill(store, 2)
        analyse_articles(store, [first], processes=0)
        forget_parses()  # as in another process: only the file keeps the parses
        forget_reading()
        monkeypatch.setattr(parser, "parse_texts", lambda texts: pytest.fail("parsed"))
        args = (store.kb_user_file, store.path)
        assert not analysis_runner.prepare_reanalysis(store.article(second), store.sentences(second), *args)
        assert analysis_runner.prepare_reanalysis(store.article(first), store.sentences(first), *args)
        runs: list[str] = []
        for name, detector in DETECTORS.items():
            monkeypatch.setitem(DETECTORS, name, lambda ctx, index, people, name=name, detector=detector:
                                runs.append(name) or detector(ctx, index, people))
        store.update_article(first, {"published": date(2016, 5, 2)})
        assert sorted(runs) == sorted(DATED)
    finally:
        store.close()


def test_workers_keep_to_the_language_free_kinds_of_a_non_english_article(tmp_path, seed_text):
    pooled, inline = Store(tmp_path / "a.sqlite3", "t"), Store(tmp_path / "b.sqlite3", "t")
    try:
        ids = []
        for store in (pooled, inline):
            result = store.import_document(ImportedDocument(text=seed_text, language="de"), analyse=False)
            ids.append(result.article_id)
        analyse_articles(pooled, ids[:1], processes=2)
        analyse_articles(inline, ids[1:], processes=0)
        kinds = {g.kind for g in pooled.suggestions(ids[0])}
        assert kinds == {"claim.number", "claim.date", "quote.direct", "quote.scare"}
        assert suggestions_of(pooled, ids[:1]) == suggestions_of(inline, ids[1:])
    finally:
        pooled.close()
        inline.close()
        stop_workers()


def test_a_long_article_is_parsed_in_parts_by_every_worker_with_progress(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis_runner, "SPLIT_FROM", 12)
    monkeypatch.setattr(analysis_runner, "PART_MIN", 4)
    pooled, inline = Store(tmp_path / "a.sqlite3", "t"), Store(tmp_path / "b.sqlite3", "t")
    try:
        (article_id,) = fill(pooled, 1, seed=9)
        assert fill(inline, 1, seed=9) == [article_id]
        sentences = pooled.sentences(article_id)
        distinct = len({s.text for s in sentences})
        assert distinct >= 12
        kept_sizes, seen = [], []
        keep = pooled.keep_parse_json
        monkeypatch.setattr(pooled, "keep_parse_json", lambda rows: (kept_sizes.append(len(rows)), keep(rows)))
        run = analyse_articles(pooled, [article_id], processes=2,
                               progress=lambda done, total, left: seen.append((done, total, left)))
        analyse_articles(inline, [article_id], processes=0)
        assert run.articles == 1
        parts = len(analysis_runner.part_sizes(distinct, 2))
        assert parts >= 3
        assert len(kept_sizes) == parts and sum(kept_sizes) == distinct
        # Each part reports before the article is done, with the time left from the third on
        # (the first comes after the workers started, and two workers finish parts in pairs).
        assert [done for done, _, _ in seen] == [0] * parts + [1]
        assert [left for _, _, left in seen[:2]] == [None, None] and seen[-1][2] == 0
        assert all(left is not None and left >= 0 for _, _, left in seen[2:])
        assert suggestions_of(pooled, [article_id]) == suggestions_of(inline, [article_id])
    finally:
        pooled.close()
        inline.close()
        stop_workers()


@pytest.mark.parametrize("count", [300, 301, 999, 1000, 4321, 20000])
def test_a_long_articles_parts_shrink_so_the_workers_finish_together(count):
    sizes = analysis_runner.part_sizes(count, 2)
    assert sum(sizes) == count
    assert all(analysis_runner.PART_MIN <= n <= analysis_runner.PART_MAX for n in sizes[:-1])
    assert sizes[1:] == sorted(sizes[1:], reverse=True)
    # the last parts are small: a worker waits at most for one of them
    assert sizes[-1] <= analysis_runner.PART_MIN and sizes[0] > 3 * sizes[-1]


def test_the_workers_of_a_run_wait_for_the_next_and_a_cancel_stops_them(tmp_path):
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        ids = fill(store, 4)
        analyse_articles(store, ids[:2], processes=2)
        kept = analysis_runner._kept
        assert kept is not None
        pids = sorted(kept.pids())
        analyse_articles(store, ids[2:3], processes=2)
        assert analysis_runner._kept is kept and sorted(kept.pids()) == pids
        run = analyse_articles(store, ids[3:], processes=2, cancelled=lambda: True)
        assert run.cancelled and analysis_runner._kept is None
        assert all(not p.is_alive() for pool in kept.pools for p in pool._pool)
        analyse_articles(store, ids[3:], processes=2)
        assert analysis_runner._kept is not None
        stop_workers()
        assert analysis_runner._kept is None
    finally:
        store.close()
        stop_workers()


def _worker_state() -> tuple[bool, bool, int]:
    import sys

    from factcheck.kb.loader import shipped_loaded

    return shipped_loaded(), "spacy" in sys.modules, os.nice(0)


def test_a_new_worker_reads_the_knowledge_base_before_its_first_article_but_not_the_model():
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=analysis_runner._start_worker) as pool:
        kb_loaded, spacy_loaded, niceness = pool.submit(_worker_state).result()
    assert kb_loaded and not spacy_loaded
    assert niceness == min(19, os.nice(0) + NICENESS)


def _model_loaded(_: int) -> bool:
    from factcheck.nlp.parser import pipeline

    return pipeline.cache_info().currsize == 1


def test_warm_workers_load_the_model_ahead_and_the_next_run_takes_them(tmp_path):
    stop_workers()
    analysis_runner.warm_workers(2)
    kept = analysis_runner._kept
    assert kept is not None and kept.size == 2
    analysis_runner.warm_workers(2)  # enough wait already: nothing new
    assert analysis_runner._kept is kept
    assert [pool.apply(_model_loaded, (n,)) for n, pool in enumerate(kept.pools)] == [True] * 2
    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        ids = fill(store, 2)
        analyse_articles(store, ids, processes=2)
        assert analysis_runner._kept is kept and store.pending_articles() == []
    finally:
        store.close()
        stop_workers()


@pytest.mark.parametrize(("seconds", "left", "text"), [
    (None, None, ""), (0.2, (1, "s"), "about 1 s left"), (12.4, (12, "s"), "about 12 s left"),
    (89, (89, "s"), "about 89 s left"), (90, (2, "min"), "about 2 min left"),
    (610, (10, "min"), "about 10 min left"),
])
def test_time_left_is_said_in_seconds_then_minutes(seconds, left, text):
    assert analysis_runner.time_left(seconds) == left
    assert analysis_runner.eta_text(seconds) == text


def test_a_file_that_refuses_the_parses_still_gets_its_suggestions(tmp_path, monkeypatch):
    from factcheck.errors import StoreError

    store = Store(tmp_path / "a.sqlite3", "t")
    try:
        ids = fill(store, 2)

        def refuse(records):
            raise StoreError("The database is locked.")

        monkeypatch.setattr(store, "keep_parse_json", refuse)
        run = analyse_articles(store, ids, processes=2)
        assert run.articles == 2 and store.pending_articles() == []
        assert all(store.counts(i)["pending_suggestions"] > 0 for i in ids)
    finally:
        store.close()
        stop_workers()
