"""Running the suggestion engine over stored articles: both cores, lower priority, with progress.

    run = analyse_articles(store, store.pending_articles(), progress=print_progress)

The engine (``factcheck.analysis.analyse``) runs in worker processes (a process pool of one
per core, each lowered with ``os.nice`` so the window keeps the machine's attention); this
process reads each article, hands it to a worker and writes what comes back with
``Store.store_found_analysis`` in short write transactions. Workers read the parses the
database keeps (``ParseFile``, read-only) and send back the ones they made, which this process
keeps, so analysing the article again (a new date, in the window or here) parses nothing.
A long article's parsing is shared by every worker, in parts. A worker keeps the parses of
the last article it analysed in memory, and that article, analysed again, goes back to it.

``progress(done, total, eta)`` is called after each article and each parsed part (articles
done, articles in all, seconds left or None), and the work stops between articles when
``cancelled()`` returns True (at once, with worker processes).
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.model import Article, Sentence, Suggestion

if TYPE_CHECKING:
    from factcheck.nlp import ParseCache
    from factcheck.store import Change, Store

NICENESS = 10  # below the window, which runs at the user's normal priority
POLL_SECONDS = 0.2  # how soon a cancel is seen while a long article is analysed
# An article with this many sentences to parse has them parsed by every worker, in parts of
# PART_MIN to PART_MAX sentences, each part kept as it comes back (see part_sizes).
SPLIT_FROM = 300
PART_MIN = 32
PART_MAX = 1000
PARTS_AHEAD = 2  # parts of a long article in a worker's hands at once (one parsed, one waiting)
KEEP_ROWS = 100  # parses kept per write transaction (about a millisecond)
KEEP_PAUSE = 0.006  # seconds between two of them
WARM_SECONDS = 300.0  # how long the workers of the last run wait for the next (see _kept)
PARSE_SHARE = 0.6  # of an article's analysis time, about this much is parsing (for the ETA)
# A worker keeps in memory the parses of the last article it analysed, up to this many
# sentences (about 12 MB a thousand): analysed again, it reads nothing from the file.
KEEP_SENTENCES = 5000

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


def _start_worker(with_model: bool = False) -> None:
    """A new worker: lower its priority, then read what every analysis needs (the knowledge
    base and what the detectors load on first use) by analysing the sample article on its
    shipped parses, so whichever worker is handed the next article starts on it at once.
    The English model is loaded only ``with_model`` (``warm_workers``): many analyses need
    no parsing (the file keeps the parses)."""
    _lower_priority()
    if with_model:
        try:
            from factcheck.nlp.parser import pipeline

            pipeline()
        except Exception:  # noqa: BLE001 - no model here: the first parse says so
            pass
    from datetime import date

    from factcheck.analysis import analyse
    from factcheck.nlp import ParsedSentence, parse_key
    from factcheck.nlp.shipped import shipped_parses
    from factcheck.resources import SEED_ARTICLE, seed
    from factcheck.text import split_article

    try:
        text = seed(SEED_ARTICLE).read_text(encoding="utf-8")
        sentences = split_article("sample", text)
        shipped = shipped_parses()
        parsed = [ParsedSentence.from_record(shipped[parse_key(s.text)], s.index, s.start, s.text)
                  for s in sentences]
        analyse(Article(id="sample", text=text, published=date(2026, 1, 12)), sentences, parsed=parsed)
    except Exception:  # noqa: BLE001 - only a head start (no shipped parses for this model)
        pass


def _analyse(article: Article, sentences: Sequence[Sentence], kb_file: str,
             db_file: str) -> tuple[list[Suggestion], dict[str, str]]:
    """In a worker process: the engine with the knowledge base of the database's folder and
    the parses the database keeps; returns what it found and the parses it had to make."""
    from factcheck.analysis import forget_reading
    from factcheck.analysis.attribution import forget_attributions
    from factcheck.kb import load_kb
    from factcheck.nlp import forget_parses
    from factcheck.store.parses import ParseFile
    from factcheck.store.suggestions import analysis_of

    cache = ParseFile(db_file)
    try:
        return analysis_of(article, sentences, load_kb(Path(kb_file)), cache), cache.fresh
    finally:
        cache.close()
        # The file keeps the parses: a worker kept for the next run holds its model and the
        # parses of this article alone, and of a very long one none at all.
        if len(sentences) <= KEEP_SENTENCES:
            forget_parses(keep=sentences)
        else:
            forget_parses()
            forget_reading()
            forget_attributions()


def prepare_reanalysis(article: Article, sentences: Sequence[Sentence], kb_file: str | Path,
                       db_file: str | Path) -> bool:
    """Ahead of analysing ``article`` again in this process (the window does it for a short
    article whose date the reviewer is about to change; call this on another thread): load
    what the engine needs and read the article once from the parses the file keeps, so that
    analysis runs only the detectors that read the date. Nothing is parsed: when the file does
    not keep every parse (or cannot be read), nothing is read and this returns False."""
    from factcheck.kb import load_kb
    from factcheck.store.parses import ParseFile
    from factcheck.store.suggestions import analysis_of

    cache = ParseFile(db_file)
    try:
        if not sentences or missing_texts(cache, sentences):
            return False
        analysis_of(article, sentences, load_kb(Path(kb_file)), cache)
        return True
    finally:
        cache.close()


def _parse(texts: Sequence[str]) -> dict[str, str]:
    """In a worker process: the parses of ``texts`` (part of one long article), written out."""
    from factcheck.nlp.parser import parse_texts
    from factcheck.store.parses import parse_json

    return {key: parse_json(record) for key, record in parse_texts(texts).items()}


def part_sizes(count: int, workers: int) -> list[int]:
    """How many of ``count`` sentences each part of a long article holds, in the order they
    are handed out: a share of what is left (a half per worker), so the parts shrink and the
    workers, each given the next part as it finishes one, run out of work together instead of
    one waiting for the other's last big part. From PART_MIN to PART_MAX sentences; a rest
    shorter than PART_MIN joins the first part."""
    sizes: list[int] = []
    left = count
    while left >= PART_MIN or (left and not sizes):
        size = min(PART_MAX, max(PART_MIN, -(-left // (2 * workers))), left)
        sizes.append(size)
        left -= size
    if left:
        if sizes[0] + left <= PART_MAX:
            sizes[0] += left
        else:
            sizes.append(left)
    return sizes


def missing_texts(cache: ParseCache, sentences: Sequence[Sentence]) -> list[str]:
    """The distinct sentence texts whose parse the file (``cache``) does not keep."""
    from factcheck.nlp import parse_key

    keys = {parse_key(text): text for text in dict.fromkeys(s.text for s in sentences)}
    kept = cache.kept_keys(list(keys))
    return [text for key, text in keys.items() if key not in kept]


def _keep(store: Store, records: dict[str, str]) -> None:
    """Keep a worker's parses in short write transactions (the window's edits come between).
    They are a cache: when the file refuses them (read-only, locked too long), the analysis
    goes on and a later one parses again."""
    from factcheck.errors import StoreError

    items = list(records.items())
    try:
        for i in range(0, len(items), KEEP_ROWS):
            if i:
                # A pause between transactions: a window edit waiting for the file (SQLite's
                # busy wait sleeps 1, 2, then 5 ms) gets in here, instead of after all of them.
                time.sleep(KEEP_PAUSE)
            store.keep_parse_json(dict(items[i:i + KEEP_ROWS]))
    except StoreError:
        pass


@dataclass(frozen=True)
class _Task:
    """A task handed to a worker: for ``article_id``, a part of ``parsed`` sentences to parse,
    or (0) its analysis."""

    result: AsyncResult[Any]
    article_id: str
    parsed: int
    worker: int


class _Workers:
    """The analysis workers, each a pool of one process, so that an article analysed again
    goes to the worker that keeps its parses in memory (a pool of several hands a task to
    whichever of them is free). Started at lower priority by ``_start_worker``; spawned, not
    forked: the caller may be a Qt program with threads running."""

    def __init__(self, size: int, with_model: bool = False) -> None:
        context = multiprocessing.get_context("spawn")
        self.pools = [context.Pool(1, initializer=_start_worker, initargs=(with_model,))
                      for _ in range(size)]
        self.kept: list[str | None] = [None] * size  # the article whose parses each one keeps
        self._since = [0] * size  # when each was last told what it keeps (a count of tellings)

    @property
    def size(self) -> int:
        return len(self.pools)

    def pids(self) -> list[int]:
        return [process.pid for pool in self.pools for process in pool._pool]  # type: ignore[attr-defined]

    def pick(self, load: Sequence[int], article_id: str | None = None) -> int:
        """The worker for the next task, ``load`` the tasks each one has in hand: the one that
        keeps ``article_id``'s parses if none has less in hand, else the least busy, and of
        those the one whose article was analysed longest ago (so the last few articles
        analysed one at a time stay in memory, one per worker)."""
        least = min(load)
        if article_id is not None and article_id in self.kept:
            worker = self.kept.index(article_id)
            if load[worker] == least:
                return worker
        return min((w for w in range(self.size) if load[w] == least), key=lambda w: self._since[w])

    def keeps(self, worker: int, article_id: str | None) -> None:
        """``worker`` now keeps the parses of ``article_id`` (None: of no article it is told of)."""
        self.kept = [None if other == article_id else other for other in self.kept]
        self.kept[worker] = article_id
        self._since[worker] = max(self._since) + 1

    def close(self) -> None:
        for pool in self.pools:
            pool.terminate()
        for pool in self.pools:
            pool.join()


@dataclass
class _Job:
    """An article handed to the workers: how many of its parts are not parsed yet
    (``parts``: being parsed, or ``waiting`` to be handed out), progress credited."""

    article: Article
    sentences: list[Sentence]
    parts: int = 0
    credited: float = 0.0
    waiting: list[list[str]] = field(default_factory=list)


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
    done = stored = 0
    done_sentences = 0.0
    stopped = False

    reports: list[tuple[float, float]] = []  # (when, sentences done) of the first reports

    def report() -> None:
        # The time left is read from the pace since the first report: until then the workers
        # were starting (loading the model takes seconds), which says nothing of the pace. Two
        # workers finish their parts in pairs, so the pace is told from the third report on.
        if not progress:
            return
        now = time.perf_counter()
        if len(reports) < 3:
            reports.append((now, done_sentences))
        left = None
        if len(reports) == 3 and done_sentences > reports[0][1]:
            since, at = reports[0]
            left = (now - since) / (done_sentences - at) * (total_sentences - done_sentences)
        if done == len(ids):
            left = 0.0
        progress(done, len(ids), left)

    def finish(article_id: str, found: list[Suggestion], sentences: Sequence[Sentence],
               credited: float = 0.0) -> None:
        nonlocal done, done_sentences, stored
        stored += store.store_found_analysis(article_id, found, sentences, on_stored)
        done += 1
        done_sentences += sizes[article_id] - credited
        report()

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
                finish(article_id, store.analysis_for(*loaded), loaded[1])
        return AnalysisRun(done, stored, time.perf_counter() - started, stopped)

    # One worker per article, except that a long article's parsing is shared by all of them.
    workers = min(processes, max(len(ids), 2 if max(sizes.values()) >= SPLIT_FROM else 1))
    pool = _take_pool(workers)
    try:
        queue = iter(ids)
        jobs: dict[str, _Job] = {}
        running: list[_Task] = []
        # Set when any task ends (from the pool's result thread), so the next part or the
        # article's analysis is handed out at once, whichever worker finished first.
        finished = threading.Event()

        def wake(_: object) -> None:
            finished.set()

        def start(task: Callable[..., Any], args: tuple[Any, ...], article_id: str,
                  parsed: int = 0) -> None:
            worker = pool.pick([sum(t.worker == i for t in running) for i in range(pool.size)],
                               None if parsed else article_id)
            result = pool.pools[worker].apply_async(task, args, callback=wake, error_callback=wake)
            running.append(_Task(result, article_id, parsed, worker))

        def analyse_next(article_id: str) -> None:
            entry = jobs[article_id]
            start(_analyse, (entry.article, entry.sentences, kb_file, str(store.path)), article_id)

        def parse_next(article_id: str) -> None:
            entry = jobs[article_id]
            if entry.waiting:
                part = entry.waiting.pop(0)
                start(_parse, (part,), article_id, len(part))

        def submit_next() -> bool:
            for article_id in queue:
                loaded = job(article_id)
                if loaded is None:
                    continue
                entry = jobs[article_id] = _Job(*loaded)
                texts = missing_texts(store, entry.sentences) if workers > 1 else []
                if len(texts) < SPLIT_FROM:
                    analyse_next(article_id)
                    return True
                at = 0
                for size in part_sizes(len(texts), workers):
                    entry.waiting.append(texts[at:at + size])
                    at += size
                entry.parts = len(entry.waiting)
                for _ in range(PARTS_AHEAD * workers):
                    parse_next(article_id)
                return True
            return False

        # Two articles per worker in flight: workers never wait, memory stays bounded.
        for _ in range(2 * workers):
            if not submit_next():
                break
        while running:
            if cancelled and cancelled():
                stopped = True  # what is not stored stays pending, for the next run
                break
            finished.clear()
            ready = [task for task in running if task.result.ready()]
            if not ready:
                finished.wait(POLL_SECONDS)
                continue
            for task in ready:
                running.remove(task)
                result, article_id, parsed = task.result, task.article_id, task.parsed
                entry = jobs[article_id]
                if parsed:  # a part of a long article parsed
                    try:
                        records = result.get()
                    except Exception:  # noqa: BLE001 - the analysis parses what is missing
                        records = {}
                    _keep(store, records)
                    credit = parsed * PARSE_SHARE * sizes[article_id] / len(entry.sentences)
                    entry.credited += credit
                    done_sentences += credit
                    report()
                    entry.parts -= 1
                    if entry.parts == 0:
                        analyse_next(article_id)
                    else:
                        parse_next(article_id)
                    continue
                del jobs[article_id]
                try:
                    found, fresh = result.get()
                    pool.keeps(task.worker, article_id if len(entry.sentences) <= KEEP_SENTENCES else None)
                except Exception:  # noqa: BLE001 - a worker failed: analyse this one here
                    pool.keeps(task.worker, None)
                    loaded = job(article_id)
                    if loaded is None:
                        continue
                    entry.article, entry.sentences = loaded
                    found = store.analysis_for(*loaded)
                else:
                    _keep(store, fresh)
                finish(article_id, found, entry.sentences, entry.credited)
                submit_next()
    except BaseException:
        stopped = True
        raise
    finally:
        _give_back(pool, running=stopped)
    return AnalysisRun(done, stored, time.perf_counter() - started, stopped)


# The workers of the last run stay a while, their English model loaded: the next article's
# analysis (an import, a new date) starts at once instead of loading it again (~1.5-2 s).
_kept: _Workers | None = None
_kept_timer: threading.Timer | None = None
_kept_lock = threading.Lock()
_warming = False  # a warm_workers call is starting workers


def _take_pool(workers: int) -> _Workers:
    """The kept workers when there are enough of them, else new ones."""
    global _kept
    with _kept_lock:
        kept, _kept = _kept, None
        _stop_timer()
    if kept is not None:
        if kept.size >= workers:
            return kept
        kept.close()
    return _Workers(workers)


def _give_back(pool: _Workers, *, running: bool) -> None:
    """Keep the workers for the next run for WARM_SECONDS; a run stopped half-way (cancelled,
    or failed) leaves its workers busy, so they are stopped at once instead."""
    global _kept, _kept_timer
    if running:
        pool.close()
        return
    with _kept_lock:
        if _kept is not None:
            pool.close()  # another run kept its workers meanwhile
            return
        _kept = pool
        _kept_timer = threading.Timer(WARM_SECONDS, stop_workers)
        _kept_timer.daemon = True
        _kept_timer.start()


def _stop_timer() -> None:
    global _kept_timer
    if _kept_timer is not None:
        _kept_timer.cancel()
        _kept_timer = None


def warm_workers(processes: int | None = None) -> None:
    """Start the workers, the English model loaded, ahead of an analysis that is coming (the
    window calls this when the reviewer starts an import); they wait WARM_SECONDS like the
    workers of a run. Nothing happens when enough workers wait already."""
    global _warming
    workers = worker_count() if processes is None else processes
    with _kept_lock:
        if _warming or (_kept is not None and _kept.size >= workers):
            return
        _warming = True
    try:
        _give_back(_Workers(workers, with_model=True), running=False)
    finally:
        with _kept_lock:
            _warming = False


def stop_workers() -> None:
    """Stop the workers kept from the last run (the window calls this when it closes; so does
    the end of the program, before its modules are torn down)."""
    global _kept
    with _kept_lock:
        kept, _kept = _kept, None
        _stop_timer()
    if kept is not None:
        kept.close()


atexit.register(stop_workers)


def time_left(seconds: float | None) -> tuple[int, str] | None:
    """Seconds left as said to a person: (2, "min"), (12, "s"), or None while unknown."""
    if seconds is None:
        return None
    if seconds >= 90:
        return round(seconds / 60), "min"
    return max(1, round(seconds)), "s"


def eta_text(seconds: float | None) -> str:
    """ "about 2 min left", "about 12 s left", or "" while unknown."""
    left = time_left(seconds)
    return "" if left is None else f"about {left[0]} {left[1]} left"
