"""The benchmark databases, generated once and kept in a cache folder.

    folder = cache_dir()            # FACTCHECK_BENCH_DIR, else <temp>/factcheck-bench/<schema>
    seed_db(folder)                 # the default database with the seed article
    archive_db(folder)              # 5,000 analysed articles of 5-40 sentences
    transcript_db(folder)           # one analysed 100,000-sentence transcript
    search_db(folder)               # 1,000,000 sentences (20,000 articles), for full-text search

Each file is built under a temporary name and renamed when complete, so an interrupted run
never leaves a half-built database to be measured later. The folder name carries the
schema's migrations: a program with another schema gets its own files.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import article_text, transcript_text  # noqa: E402
from factcheck.store import Store  # noqa: E402
from factcheck.store.schema import KNOWN_MIGRATIONS  # noqa: E402

DATA_VERSION = 1
ARCHIVE_ARTICLES = 5000
TRANSCRIPT_SENTENCES = 100_000
SEARCH_ARTICLES, SEARCH_PER_ARTICLE = 20_000, 50
RARE_NAME = "Wiremu Tāwhiao"  # appears in a handful of the million sentences
REVIEWER = "benchmark"


def cache_dir() -> Path:
    base = os.environ.get("FACTCHECK_BENCH_DIR")
    schema = hashlib.sha1(",".join(KNOWN_MIGRATIONS).encode()).hexdigest()[:8]
    folder = Path(base) if base else Path(tempfile.gettempdir()) / "factcheck-bench"
    folder = folder / f"v{DATA_VERSION}-{schema}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _built(path: Path, build: Callable[[Path], None], what: str) -> Path:
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    print(f"  generating {what} …", file=sys.stderr, flush=True)
    build(partial)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    print(f"  generated {what} in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def _analyse_pending(store: Store) -> None:
    """Analyse every stored article: with the worker processes where this version has them."""
    try:
        from factcheck.analysis_runner import analyse_articles
    except ImportError:  # an older version: the engine in this process
        for article_id in [a.id for a in store.list_articles(REVIEWER)]:
            store.run_analysis(article_id)
        return
    analyse_articles(store, store.pending_articles())


def _bulk(store: Store, texts: list[tuple[str, str]], analyse: bool) -> None:
    """Import (title, text) pairs in transactions of a thousand articles."""
    for start in range(0, len(texts), 1000):
        with store._write():
            for title, text in texts[start:start + 1000]:
                store.import_text(text, title=title, outlet="Benchmark Gazette", analyse=False)
    if analyse:
        _analyse_pending(store)


def archive_texts(count: int = ARCHIVE_ARTICLES, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(f"Report {i:05d}", article_text(rng, rng.randint(5, 40))) for i in range(count)]


def seed_db(folder: Path) -> Path:
    def build(path: Path) -> None:
        from factcheck.store import open_store

        old = os.environ.get("FACTCHECK_DB")
        os.environ["FACTCHECK_DB"] = str(path)
        try:
            open_store(path, REVIEWER).close()  # the default database: seeded and analysed
        finally:
            if old is None:
                os.environ.pop("FACTCHECK_DB", None)
            else:
                os.environ["FACTCHECK_DB"] = old

    return _built(folder / "seed.sqlite3", build, "the seed database")


def archive_db(folder: Path) -> Path:
    def build(path: Path) -> None:
        store = Store(path, REVIEWER)
        try:
            store.import_seed()
            _bulk(store, archive_texts(), analyse=True)
        finally:
            store.close()

    return _built(folder / "archive.sqlite3", build, f"{ARCHIVE_ARTICLES:,} analysed articles")


def transcript_db(folder: Path) -> Path:
    def build(path: Path) -> None:
        store = Store(path, REVIEWER)
        try:
            store.import_seed()
            _bulk(store, [("Hearing transcript", transcript_text(TRANSCRIPT_SENTENCES))], analyse=True)
        finally:
            store.close()

    return _built(folder / "transcript.sqlite3", build, f"an analysed {TRANSCRIPT_SENTENCES:,}-sentence transcript")


def search_texts() -> list[tuple[str, str]]:
    rng = random.Random(5)
    texts = []
    rare = set(rng.sample(range(SEARCH_ARTICLES), 7))
    for i in range(SEARCH_ARTICLES):
        text = article_text(rng, SEARCH_PER_ARTICLE, per_paragraph=5)
        if i in rare:
            text += f"\n\nThe hearing was chaired by {RARE_NAME} of the fisheries board.\n"
        texts.append((f"Archive {i:05d}", text))
    return texts


def search_db(folder: Path) -> Path:
    def build(path: Path) -> None:
        store = Store(path, REVIEWER)
        try:
            _bulk(store, search_texts(), analyse=False)
        finally:
            store.close()

    total = SEARCH_ARTICLES * SEARCH_PER_ARTICLE
    return _built(folder / "search.sqlite3", build, f"{total:,} sentences for search")


def first_article(path: Path, title: str) -> str:
    store = Store(path, REVIEWER)
    try:
        return store.resolve_article(title)
    finally:
        store.close()
