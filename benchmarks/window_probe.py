"""Timings inside one review-window process, printed as one JSON object (run by benchmarks/run.py).

    python benchmarks/window_probe.py session DB      # keys, moves, pages, switching
    python benchmarks/window_probe.py session-analysing DB   # the same while an analysis runs
    python benchmarks/window_probe.py memory DB       # RSS after 500 edits
    python benchmarks/window_probe.py search DB       # the search dialog's GUI-thread share
    python benchmarks/window_probe.py keys DB         # accept, dismiss, mark done under each filter

DB is a copy the probe may change (edits are saved as made).
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factcheck_review.ui.app import create_application  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from factcheck.store import Store  # noqa: E402

# Sourced, anonymous, contested ("inconsistent" asks which sentence it conflicts with, in a dialog).
KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)


def settle(seconds: float = 0.0) -> None:
    """Run the event loop for a while, as app.exec() would (deleteLater included, which
    processEvents alone never runs)."""
    deadline = time.perf_counter() + seconds
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.perf_counter() >= deadline:
            return
        time.sleep(0.005)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def open_window(store: Store, article_id: str | None) -> Any:
    from factcheck_review.ui.main_window import MainWindow
    from factcheck_review.ui.session import QtSession

    window = MainWindow(QtSession(store))
    window.persist_settings = False
    window.resize(1440, 860)
    window.show()
    window.start(article_id, restore_last=False)
    window.activateWindow()
    window.table.setFocus()
    settle(0.2)
    return window


def wait_for_profile(window: Any, seconds: float = 60) -> None:
    """Let the sourcing profile the window computes on opening finish (at most ``seconds``),
    so its worker thread does not share the timings."""
    deadline = time.perf_counter() + seconds
    while not window.profile_bar.is_current() and time.perf_counter() < deadline:
        settle(0.05)


def largest_article(store: Store) -> str:
    return max(store.list_articles(store.reviewer), key=lambda a: a.sentences).id


def session(path: Path, while_analysing: bool = False) -> dict[str, Any]:
    store = Store(path, "benchmark")
    article_id = largest_article(store)
    if while_analysing:  # a long article waits for its analysis, which starts with the window
        from benchmarks.corpus import transcript_text

        store.import_text(transcript_text(30_000, seed=99), title="Second hearing", analyse=False)
    started = time.perf_counter()
    window = open_window(store, article_id)
    opened = time.perf_counter() - started
    wait_for_profile(window)
    rows = window.sentences.rowCount()
    rng = random.Random(3)
    if while_analysing:
        window.session.analysis.start()
        settle(1.0)  # the worker processes have started

    # Key press -> COMMIT returned: a key every 400 ms, as a person presses them.
    commits = time_commits(store)  # (transaction seconds, when COMMIT returned)
    keys: list[float] = []
    to_commit: list[float] = []  # key press -> COMMIT returned
    for n in range(40):
        window.select_row(rng.randrange(rows))
        settle(0.05)
        key_start = time.perf_counter()
        done_before = len(commits)
        QTest.keyClick(window.table, KEYS[n % 3])
        keys.append(time.perf_counter() - key_start)
        if len(commits) > done_before:
            to_commit.append(commits[-1][1] - key_start)
        settle(0.35)
    stop_timing_commits(store)
    analysing_throughout = while_analysing and window.session.analysis.running()

    # Moving to the next row: the table's share and the detail panel's.
    detail_times: list[float] = []
    fill = window.detail.set_sentence

    def timed_fill(*args: Any) -> None:
        begin = time.perf_counter()
        fill(*args)
        detail_times.append(time.perf_counter() - begin)

    window.detail.set_sentence = timed_fill  # type: ignore[method-assign]
    window.sentences.reload()
    steps = min(200, rows - 1)
    window.select_row(rng.randrange(max(1, rows - steps)))
    moves: list[float] = []
    for _ in range(steps):
        move_start = time.perf_counter()
        QTest.keyClick(window.table, Qt.Key.Key_Down)
        moves.append(time.perf_counter() - move_start)
        settle(0.01)
    window.detail.set_sentence = fill  # type: ignore[method-assign]
    table_times = [m - d for m, d in zip(moves, detail_times[-len(moves):], strict=False)]

    # Any 200-row page, every filter.
    pages: list[float] = []
    for name in ("all", "unreviewed", "flagged", "suggestions"):
        count = store.sentence_count(article_id, name)
        for _ in range(12):
            offset = rng.randrange(max(1, count - 200))
            page_start = time.perf_counter()
            store.sentence_page(article_id, offset, 200, filter=name)
            pages.append(time.perf_counter() - page_start)

    # Switching article (most useful on the archive: thousands of short articles).
    ids = [a.id for a in store.list_articles(store.reviewer)]
    switches: list[float] = []
    for _ in range(30):
        target = rng.choice(ids)
        switch_start = time.perf_counter()
        window.select_article(target)
        QCoreApplication.processEvents()
        switches.append(time.perf_counter() - switch_start)
    window.close()
    store.close()
    ms = 1000.0
    return {
        "open_ms": opened * ms, "rows": rows,
        "key_p50_ms": percentile(keys, 0.5) * ms, "key_p99_ms": percentile(keys, 0.99) * ms,
        "key_to_commit_p50_ms": percentile(to_commit, 0.5) * ms,
        "key_to_commit_p99_ms": percentile(to_commit, 0.99) * ms,
        "transaction_p50_ms": percentile([c[0] for c in commits], 0.5) * ms,
        "move_table_p99_ms": percentile(table_times, 0.99) * ms,
        "move_detail_max_ms": max(detail_times[-len(moves):]) * ms,
        "page_max_ms": max(pages) * ms,
        "switch_median_ms": percentile(switches, 0.5) * ms, "switch_max_ms": max(switches) * ms,
        "articles": len(ids), "analysing_throughout": analysing_throughout,
    }


def time_commits(store: Store) -> list[tuple[float, float]]:
    """From now on, every write transaction of ``store`` adds (its seconds, when its COMMIT
    returned) to the list returned; ``stop_timing_commits`` ends it."""
    commits: list[tuple[float, float]] = []
    original = store._write
    store._write = lambda: _Timed(original(), commits)  # type: ignore[method-assign]
    return commits


def stop_timing_commits(store: Store) -> None:
    del store._write  # the instance's timed write goes: the class's own is found again


class _Timed:
    """Times a write transaction from BEGIN to the return of COMMIT."""

    def __init__(self, inner: Any, into: list[tuple[float, float]]) -> None:
        self.inner, self.into = inner, into

    def __enter__(self) -> Any:
        self.begin = time.perf_counter()
        return self.inner.__enter__()

    def __exit__(self, *exc: Any) -> Any:
        result = self.inner.__exit__(*exc)
        end = time.perf_counter()
        self.into.append((end - self.begin, end))
        return result


# Accept the first suggestion, dismiss the first suggestion, mark done and go to the next.
REVIEW_KEYS = (Qt.Key.Key_A, Qt.Key.Key_X, Qt.Key.Key_D)


def filtered_keys(path: Path) -> dict[str, Any]:
    """The review keys besides the verdicts, under each of the table's filters, a key per
    400 ms on random rows: key press -> COMMIT returned, and the whole key (mark done also
    moves to the next sentence not yet reviewed)."""
    store = Store(path, "benchmark")
    window = open_window(store, largest_article(store))
    window.dialogs.confirm = lambda *args, **kwargs: False  # an accept that would overwrite a judgment
    wait_for_profile(window)
    commits = time_commits(store)
    rng = random.Random(11)
    to_commit: dict[str, list[float]] = {}
    whole: dict[str, list[float]] = {}
    for name in ("all", "unreviewed", "suggestions"):
        window.set_filter(name)
        settle(0.3)
        for n in range(30):
            window.select_row(rng.randrange(max(1, window.sentences.rowCount())))
            settle(0.05)
            done_before = len(commits)
            key_start = time.perf_counter()
            QTest.keyClick(window.table, REVIEW_KEYS[n % 3])
            whole.setdefault(name, []).append(time.perf_counter() - key_start)
            if len(commits) > done_before:
                to_commit.setdefault(name, []).append(commits[-1][1] - key_start)
            settle(0.35)
    stop_timing_commits(store)
    window.close()
    store.close()
    ms = 1000.0
    return {
        "filters": {name: {"key_to_commit_p99_ms": percentile(to_commit.get(name, []), 0.99) * ms,
                           "key_p99_ms": percentile(whole[name], 0.99) * ms,
                           "commits": len(to_commit.get(name, []))} for name in whole},
        "key_to_commit_p99_ms": percentile([t for v in to_commit.values() for t in v], 0.99) * ms,
        "key_p99_ms": percentile([t for v in whole.values() for t in v], 0.99) * ms,
    }


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def memory(path: Path) -> dict[str, Any]:
    store = Store(path, "benchmark")
    window = open_window(store, largest_article(store))
    wait_for_profile(window)
    opened = rss_mb()
    rows = window.sentences.rowCount()
    rng = random.Random(9)
    for n in range(500):
        window.select_row(rng.randrange(rows))
        QTest.keyClick(window.table, KEYS[n % 3])
        settle()
    settle(0.5)
    result = {"rss_mb": rss_mb(), "rss_open_mb": opened, "edits": 500}
    window.close()
    store.close()
    return result


def search(path: Path) -> dict[str, Any]:
    from benchmarks.datasets import RARE_NAME

    store = Store(path, "benchmark")
    window = open_window(store, None)
    dialog = window.open_search()
    blocked: list[float] = []
    for query in (RARE_NAME, "the", '"whether the water deal will"', "Díaz-Canel"):
        dialog.query.setText(query)
        begin = time.perf_counter()
        dialog.run()  # what the GUI thread does; the hits come from the worker
        blocked.append(time.perf_counter() - begin)
        if hasattr(dialog, "wait_until_done"):  # an older version searched on the GUI thread
            dialog.wait_until_done(30)
    window.close()
    store.close()
    return {"gui_thread_max_ms": max(blocked) * 1000.0}


if __name__ == "__main__":
    app = create_application()
    mode, db = sys.argv[1], Path(sys.argv[2])
    modes = {"session": session, "memory": memory, "search": search, "keys": filtered_keys,
             "session-analysing": lambda path: session(path, while_analysing=True)}
    print(json.dumps(modes[mode](db)))
