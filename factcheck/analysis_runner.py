"""Running the suggestion engine over stored articles: both cores, lower priority, with progress.

    run = analyse_articles(store, store.pending_articles(), progress=print_progress)

The engine (``factcheck.analysis.analyse``) runs in worker processes (a process pool of one
per core, each lowered with ``os.nice`` so the window keeps the machine's attention); this
process reads each article, hands it to a worker and writes what comes back with
``Store.store_found_analysis`` in short write transactions. ``progress(done, total, eta)`` is
called after each article (articles done, articles in all, seconds left or None), and the
work stops between articles when ``cancelled()`` returns True.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Article, Sentence, Suggestion

if TYPE_CHECKING:
    from factcheck.store import Change, Store

NICENESS = 10  # below the window, which runs at the user's normal priority
POLL_SECONDS = 0.2  # how soon a cancel is seen while a long article is analysed

Progress = Callable[[int, int, float | None], None]


@dataclass(frozen=True)
class AnalysisRun:
    """What a run did: articles analysed, suggestions stored, seconds taken, stopped early."""

    articles: int
    suggestions: int
    seconds: float
    cancelled: bool = False


def worker_count() -> int:
    """One worker per core (at least one)."""
    return max(1, os.cpu_count() or 1)


def _lower_priority() -> None:
    try:
        os.nice(NICENESS)
    except OSError:  # not permitted here: run at normal priority
        pass


def _analyse(article: Article, sentences: Sequence[Sentence], kb_file: str) -> list[Suggestion]:
    """In a worker process: the engine with the knowledge base of the database's folder."""
    from factcheck.analysis import analyse
    from factcheck.kb import load_kb

    return analyse(article, sentences, load_kb(Path(kb_file)))


def analyse_articles(store: Store, article_ids: Iterable[str], *, processes: int | None = None,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                     on_stored: Callable[[Change], None] | None = None) -> AnalysisRun:
    """Analyse ``article_ids`` and store their suggestions (see the module docstring).

    ``on_stored`` receives a Change after each write transaction, so a window can show the
    suggestions as they arrive. ``processes=0`` runs the engine in this process.
    """
    ids = list(dict.fromkeys(article_ids))
    started = time.perf_counter()
    processes = worker_count() if processes is None else processes
    sizes = {article_id: store.counts(article_id)["sentences"] for article_id in ids}
    total_sentences = sum(sizes.values()) or 1
    done_sentences = done = stored = 0
    stopped = False

    def finish(article_id: str, found: list[Suggestion], sentences: Sequence[Sentence]) -> None:
        nonlocal done, done_sentences, stored
        stored += store.store_found_analysis(article_id, found, sentences, on_stored)
        done += 1
        done_sentences += sizes[article_id]
        if progress:
            elapsed = time.perf_counter() - started
            left = elapsed / done_sentences * (total_sentences - done_sentences) if done_sentences else None
            progress(done, len(ids), left)

    def job(article_id: str) -> tuple[Article, list[Sentence]] | None:
        try:
            return store.article(article_id), store.sentences(article_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile: nothing to analyse
            return None

    kb_file = str(store.kb_user_file)
    if processes == 0 or not ids:
        for article_id in ids:
            if cancelled and cancelled():
                stopped = True
                break
            loaded = job(article_id)
            if loaded is not None:
                finish(article_id, _analyse(*loaded, kb_file), loaded[1])
        return AnalysisRun(done, stored, time.perf_counter() - started, stopped)

    # spawn, not fork: the caller may be a Qt program with threads running.
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(min(processes, len(ids)), initializer=_lower_priority)
    try:
        queue = iter(ids)
        running: list[tuple[AsyncResult[list[Suggestion]], str, list[Sentence]]] = []

        def submit_next() -> bool:
            for article_id in queue:
                loaded = job(article_id)
                if loaded is None:
                    continue
                running.append((pool.apply_async(_analyse, (loaded[0], loaded[1], kb_file)),
                                article_id, loaded[1]))
                return True
            return False

        # Two articles per worker in flight: workers never wait, memory stays bounded.
        for _ in range(2 * processes):
            if not submit_next():
                break
        while running:
            if cancelled and cancelled():
                stopped = True  # what is not stored stays pending, for the next run
                break
            ready = [entry for entry in running if entry[0].ready()]
            if not ready:
                running[0][0].wait(POLL_SECONDS)
                continue
            for entry in ready:
                running.remove(entry)
                result, article_id, sentences = entry
                try:
                    found = result.get()
                except Exception:  # noqa: BLE001 - a worker failed: analyse this one here
                    loaded = job(article_id)
                    if loaded is None:
                        continue
                    found, sentences = _analyse(*loaded, kb_file), loaded[1]
                finish(article_id, found, sentences)
                submit_next()
    finally:
        pool.terminate()  # stops a long article's analysis at once when cancelled
        pool.join()
    return AnalysisRun(done, stored, time.perf_counter() - started, stopped)


def eta_text(seconds: float | None) -> str:
    """ "about 2 min left", "about 12 s left", or "" while unknown."""
    if seconds is None:
        return ""
    if seconds >= 90:
        return f"about {round(seconds / 60)} min left"
    return f"about {max(1, round(seconds))} s left"
