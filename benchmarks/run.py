"""Every target of the scale issue in one run: figure, baseline measured in the same run, ratio,
target and PASS/FAIL.

    python benchmarks/run.py                 # everything (generates the data on first use)
    python benchmarks/run.py --quick         # fewer repeats; analysis cost at 20,000 sentences

The databases are generated once (benchmarks/datasets.py) and cached under
FACTCHECK_BENCH_DIR or <temp>/factcheck-bench. Window timings run in their own processes on
copies of the cached files (edits are saved as made). Timings on a shared machine are noisy:
compare ratios, not milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import datasets  # noqa: E402

Row = tuple[str, float | None, float | None, str, float, str]  # what, figure, baseline, unit, target, rule
ROWS: list[Row] = []


def row(what: str, figure: float | None, baseline: float | None, unit: str, target: float,
        rule: str = "max") -> None:
    """``rule``: "max" (figure <= target), "ratio" (figure / baseline <= target),
    "min-ratio" (figure / baseline >= target)."""
    ROWS.append((what, figure, baseline, unit, target, rule))
    print(f"  measured: {what}: {figure if figure is None else round(figure, 2)} {unit}", file=sys.stderr, flush=True)


def verdict(figure: float | None, baseline: float | None, target: float, rule: str) -> tuple[str, str]:
    if figure is None:
        return "", "NOT RUN"
    if rule == "info":
        return "", "(info)"
    ratio = figure / baseline if baseline else float("inf")
    if rule == "max":
        return (f"{ratio:.1f}×" if baseline else ""), "PASS" if figure <= target else "FAIL"
    ok = ratio >= target if rule == "min-ratio" else ratio <= target
    return f"{ratio:.2f}×", "PASS" if ok else "FAIL"


def print_table() -> None:
    print("| what | figure | baseline | ratio | target | result |")
    print("|---|---|---|---|---|---|")
    for what, figure, baseline, unit, target, rule in ROWS:
        ratio, result = verdict(figure, baseline, target, rule)
        shown = "—" if figure is None else f"{figure:,.1f} {unit}"
        base = "—" if baseline is None else f"{baseline:,.1f} {unit}"
        goal = ("—" if rule == "info" else f"≤ {target:g} {unit}" if rule == "max" else
                f"≥ {target:g}× baseline" if rule == "min-ratio" else f"≤ {target:g}× baseline")
        print(f"| {what} | {shown} | {base} | {ratio or '—'} | {goal} | {result} |")


def child(args: list[str], env: dict[str, str] | None = None, timeout: float = 900) -> dict[str, Any]:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env or dict(os.environ), timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"{args[0]} failed: {done.stderr.strip()[-800:]}")
    return dict(json.loads(lines[-1]))


def copy(path: Path, into: Path) -> Path:
    target = into / path.name
    shutil.copyfile(path, target)
    return target


# -- the rows ----------------------------------------------------------------------------------


def startup(folder: Path, repeats: int, with_transcript: bool = True) -> None:
    from benchmarks.startup import BARE, REVIEW, run

    with tempfile.TemporaryDirectory() as tmp:
        def env(db: Path) -> dict[str, str]:
            return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), FACTCHECK_DB=str(db),
                        FACTCHECK_REVIEWER=datasets.REVIEWER, FACTCHECK_CONFIG_DIR=str(Path(tmp) / "config"))

        sources = [("seed", datasets.seed_db(folder)), ("archive", datasets.archive_db(folder))]
        if with_transcript:
            sources.append(("transcript", datasets.transcript_db(folder)))
        dbs = {name: copy(path, Path(tmp)) for name, path in sources}
        times: dict[str, list[float]] = {"bare": [], **{name: [] for name in dbs}}
        for name in dbs:
            run(REVIEW, env(dbs[name]))  # warm the file cache
        for _ in range(repeats):
            times["bare"].append(run(BARE, env(dbs["seed"])))
            for name in dbs:
                times[name].append(run(REVIEW, env(dbs[name])))
    med = {name: statistics.median(values) * 1000 for name, values in times.items()}
    row("start-up to first paint, seed, vs bare PySide6 window", med["seed"], med["bare"], "ms", 2.0, "ratio")
    row("start-up, 5,000-article database, vs seed", med["archive"], med["seed"], "ms", 1.2, "ratio")
    if with_transcript:
        row("start-up, 100,000-sentence article, vs seed", med["transcript"], med["seed"], "ms", 1.2, "ratio")


def switching(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = child(["benchmarks/window_probe.py", "session", str(copy(datasets.archive_db(folder), Path(tmp)))])
    row("switching article, 5,000-article database (median)", archive["switch_median_ms"], None, "ms", 50)


def transcript_window(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        long = child(["benchmarks/window_probe.py", "session", str(copy(datasets.transcript_db(folder), Path(tmp)))])
    row("window open, analysed 100,000-sentence article", long["open_ms"], None, "ms", 1000)
    row("key → COMMIT returned, 100k article, a key per 400 ms (p99; baseline: the transaction, p50)",
        long["key_to_commit_p99_ms"], long["transaction_p50_ms"], "ms", 16)
    row("moving to the next row, 100k article: table (p99)", long["move_table_p99_ms"], None, "ms", 16)
    row("moving to the next row, 100k article: detail panel filled (max)", long["move_detail_max_ms"],
        None, "ms", 50)
    with tempfile.TemporaryDirectory() as tmp:
        keys = child(["benchmarks/window_probe.py", "keys", str(copy(datasets.transcript_db(folder), Path(tmp)))])
    row("accept / dismiss / mark done, 100k article, every filter: key → COMMIT returned (p99)",
        keys["key_to_commit_p99_ms"], None, "ms", 16)
    row("the same keys, the whole key press (mark done also moves on; p99, no target in the issue)",
        keys["key_p99_ms"], None, "ms", 0, "info")
    with tempfile.TemporaryDirectory() as tmp:
        busy = child(["benchmarks/window_probe.py", "session-analysing",
                      str(copy(datasets.transcript_db(folder), Path(tmp)))])
    note = "" if busy["analysing_throughout"] else " (analysis ended early)"
    row(f"key → COMMIT returned (p99) while a 30,000-sentence analysis runs{note}", busy["key_to_commit_p99_ms"],
        long["key_to_commit_p99_ms"], "ms", 16)
    row(f"moving to the next row: table (p99) while the analysis runs{note}", busy["move_table_p99_ms"],
        long["move_table_p99_ms"], "ms", 16)


def pages(folder: Path) -> None:
    import random

    from factcheck.store import Store

    store = Store(datasets.transcript_db(folder), datasets.REVIEWER)
    try:
        article_id = datasets.first_article(store.path, "Hearing transcript")
        rng = random.Random(1)
        times, switches = [], []
        for name in ("all", "unreviewed", "flagged", "suggestions"):
            # As the table reads them: a filtered table knows its rows' sentences first.
            started = time.perf_counter()
            positions = (store.filter_positions(article_id, name)
                         if name != "all" and hasattr(store, "filter_positions") else None)
            switches.append((time.perf_counter() - started) * 1000)
            count = len(positions) if positions is not None else store.sentence_count(article_id, name)
            for offset in [0, max(0, count - 200)] + [rng.randrange(max(1, count)) for _ in range(8)]:
                started = time.perf_counter()
                if positions is None:
                    store.sentence_page(article_id, offset, 200, filter=name)
                elif positions:
                    last = positions[min(len(positions), offset + 200) - 1]
                    store.sentence_page(article_id, 0, 200, filter=name, indexes=(positions[offset], last))
                times.append((time.perf_counter() - started) * 1000)
    finally:
        store.close()
    row("any 200-row page read, 100k article, every filter (max)", max(times), None, "ms", 10)
    row("choosing a filter, 100k article: which rows it shows (max; no target in the issue)",
        max(switches), None, "ms", 0, "info")


def search(folder: Path) -> None:
    import sqlite3

    from factcheck.store import Store
    from factcheck.store.search import fts_query

    path = datasets.search_db(folder)
    store = Store(path, datasets.REVIEWER)
    bare = sqlite3.connect(str(path))
    queries = {"a rare name": datasets.RARE_NAME, '"the"': "the",
               "a 5-word phrase": '"whether the water deal will"', "a name with diacritics": "Díaz-Canel"}
    try:
        for label, query in queries.items():
            ours, base = [], []
            for _ in range(5):
                started = time.perf_counter()
                hits = store.search(query, 200)
                ours.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                bare.execute("SELECT rowid FROM sentence_search WHERE sentence_search MATCH ? LIMIT 200",
                             (fts_query(query),)).fetchall()
                base.append((time.perf_counter() - started) * 1000)
            assert hits, f"no hits for {query}"
            row(f"search 1M sentences, first page: {label}", statistics.median(ours),
                statistics.median(base), "ms", 50)
    finally:
        bare.close()
        store.close()
    gui = child(["benchmarks/window_probe.py", "search", str(path)])
    row("search: GUI thread busy per search (results on a worker)", gui["gui_thread_max_ms"], None, "ms", 16)


def memory(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rss = child(["benchmarks/window_probe.py", "memory", str(copy(datasets.transcript_db(folder), Path(tmp)))])
    row("RSS, 100k article after 500 edits", rss["rss_mb"], None, "MB", 250)


def analysis_cost(sentences: int) -> None:
    """Per sentence, the long transcript against a 1,000-sentence one: the detectors on parsed
    sentences, and the parse itself per distinct text (parse memory emptied first). Each is
    timed alone: timing a second 1,000-sentence run against a first 100,000-sentence one would
    compare parses remembered with parses made."""
    from datetime import date

    from benchmarks.corpus import transcript_text
    from factcheck.analysis import analyse
    from factcheck.kb import load_kb
    from factcheck.model import Article
    from factcheck.nlp import forget_parses, parse_sentences
    from factcheck.nlp.parser import pipeline
    from factcheck.text import split_article

    kb = load_kb()
    pipeline()  # the model loads once, outside the timings

    def per_sentence(count: int) -> tuple[float, float]:
        text = transcript_text(count, seed=3)
        article = Article(id="bench", text=text, published=date(2026, 1, 12))
        split = split_article("bench", text)
        forget_parses()
        started = time.perf_counter()
        parsed = parse_sentences(split)
        parse_us = (time.perf_counter() - started) / len({s.text for s in split}) * 1e6
        started = time.perf_counter()
        analyse(article, split, kb, parsed=parsed)
        return parse_us, (time.perf_counter() - started) / len(split) * 1e6

    # The long run is timed once; the short one three times, two before it and one after, and
    # its median taken: the fastest of three short runs against one long run would set the
    # short side's quietest moment against the long side's average load.
    smalls = [per_sentence(1000) for _ in range(2)]
    large_parse, large = per_sentence(sentences)
    smalls.append(per_sentence(1000))
    small_parse = statistics.median(p for p, _ in smalls)
    small = statistics.median(d for _, d in smalls)
    row(f"analysis cost per sentence, {sentences:,} vs 1,000 sentences (detectors, parsed sentences)",
        large, small, "µs", 1.2, "ratio")
    row(f"parsing cost per distinct sentence, {sentences:,} vs 1,000 sentences (nlp.pipe, none remembered)",
        large_parse, small_parse, "µs", 1.2, "ratio")


def linguistic_layer() -> None:
    """A first analysis of 1,000 distinct sentences with the model loaded (parse + detectors,
    as the analysis worker runs it), against bare ``nlp.pipe`` over the same texts with the
    same processes and batch size: the throughput the linguistic layer keeps."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        row("analysis throughput with the linguistic layer vs bare nlp.pipe (no spaCy here)", None,
            None, "sent/s", 0.8, "min-ratio")
        return
    from datetime import date

    from benchmarks.corpus import transcript_text
    from factcheck.analysis import analyse
    from factcheck.kb import load_kb
    from factcheck.model import Article
    from factcheck.nlp import forget_parses, parse_sentences
    from factcheck.nlp.parser import _processes, pipeline
    from factcheck.text import split_article

    kb = load_kb()
    nlp = pipeline()
    text = transcript_text(1000, seed=11)
    article = Article(id="layer", text=text, published=date(2026, 1, 12))
    split = split_article("layer", text)
    distinct = list(dict.fromkeys(s.text for s in split))
    processes = _processes(len(distinct))
    batch = 256 if processes == 1 else max(16, -(-len(distinct) // (processes * 4)))
    ours, bare = [], []
    for _ in range(3):
        forget_parses()
        started = time.perf_counter()
        analyse(article, split, kb, parsed=parse_sentences(split))
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        for _doc in nlp.pipe(distinct, batch_size=batch, n_process=processes):
            pass
        bare.append(time.perf_counter() - started)
    row(f"first analysis of {len(split):,} sentences, model loaded ({processes} parsing processes)",
        min(ours) * 1000, None, "ms", 3000)
    row("analysis throughput with the linguistic layer vs bare nlp.pipe, same texts and processes",
        len(split) / min(ours), len(split) / min(bare), "sent/s", 0.8, "min-ratio")
    # The same as the window runs it: through the analysis workers, with progress.
    from benchmarks.analysis_speed import through_workers

    second = Article(id="layer2", text=transcript_text(1000, seed=12), published=article.published)
    workers = through_workers(article, second)
    row("first analysis of 1,000 sentences through the analysis workers, as the window runs it: "
        "workers starting (model loaded there)", workers["cold"][0], None, "ms", 0, "info")
    row("the same, on the workers the previous analysis kept (model already loaded)",
        workers["warm"][0], None, "ms", 3000)
    row("the same: time to the first progress report, workers kept", workers["warm"][1], None, "ms", 0, "info")
    row("re-analysis of that article after a date change, through the workers (the worker that "
        "analysed it keeps its parses)", workers["new date"][0], None, "ms", 300)


def bulk_import(folder: Path) -> None:
    files = folder / "files"
    if not (files / "done").exists():
        files.mkdir(exist_ok=True)
        for i, (title, text) in enumerate(datasets.archive_texts(seed=23)):
            (files / f"report-{i:05d}.txt").write_text(f"{title}\n\n{text}", encoding="utf-8")
        (files / "done").write_text("ok")
    paths = sorted(str(p) for p in files.glob("report-*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FACTCHECK_REVIEWER=datasets.REVIEWER, FACTCHECK_CONFIG_DIR=str(Path(tmp) / "c"))
        started = time.perf_counter()
        command = Path(sys.executable).with_name("factcheck")
        store_only = ["--no-analyse"] if _has_pending_analysis() else []  # an older version analyses too
        done = subprocess.run([str(command), "import", *paths, *store_only,
                               "--db", str(Path(tmp) / "bulk.sqlite3")],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
        seconds = time.perf_counter() - started
    counted = f"of {len(paths)} files" in done.stderr and "left" in done.stderr
    if done.returncode:
        raise SystemExit(f"bulk import failed: {done.stderr.strip()[-500:]}")
    # Without "n of N" and an ETA on stderr the row fails whatever the time.
    row(f"bulk import of {len(paths):,} files, stored{'' if counted else ' (no n of N / ETA!)'}",
        seconds, None, "s", 30 if counted else 0)


def _has_pending_analysis() -> bool:
    from factcheck.store import Store

    return hasattr(Store, "pending_articles")


def reports() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from report_fixtures import large_review

    from factcheck.reports import render

    review = large_review(1000)
    render(review, "pdf")  # Qt and fonts loaded outside the timings
    for fmt, target in (("md", 100), ("html", 100), ("pdf", 1000)):
        best = []
        for _ in range(3):
            started = time.perf_counter()
            render(review, fmt)
            best.append((time.perf_counter() - started) * 1000)
        row(f"report of 1,000 sentences: {fmt}", min(best), None, "ms", target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats; analysis cost at 20,000 sentences")
    parser.add_argument("--skip", default="", help="comma-separated sections to leave out: "
                        f"{', '.join(SECTIONS)} (transcript: every window measure on the 100k article)")
    args = parser.parse_args()
    skip = {name.strip() for name in args.skip.split(",") if name.strip()}
    folder = datasets.cache_dir()
    print(f"data in {folder}", file=sys.stderr)
    for build in (datasets.seed_db, datasets.archive_db, datasets.transcript_db, datasets.search_db):
        build(folder)
    runs = {
        # Eleven interleaved rounds: on a shared machine a start-up can take half as long again
        # for no reason of its own, and a median of five moved by 0.3x from run to run.
        "startup": lambda: startup(folder, 5 if args.quick else 11, "transcript" not in skip),
        "switching": lambda: switching(folder),
        "transcript": lambda: transcript_window(folder),
        "pages": lambda: pages(folder),
        "search": lambda: search(folder),
        "memory": lambda: memory(folder),
        "import": lambda: bulk_import(folder),
        "reports": reports,
        "linguistic": linguistic_layer,
        "analysis": lambda: analysis_cost(20_000 if args.quick else 100_000),
    }
    assert tuple(runs) == SECTIONS
    for name, measure in runs.items():
        if name not in skip:
            measure()
    print_table()


SECTIONS = ("startup", "switching", "transcript", "pages", "search", "memory", "import", "reports",
            "linguistic", "analysis")


if __name__ == "__main__":
    main()
