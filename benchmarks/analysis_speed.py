"""How long the suggestion engine takes on a long article.

Run by hand: ``python benchmarks/analysis_speed.py [CORPORA]``. Builds a 1,000-sentence
article of distinct sentences (from PolNeAR dev when CORPORA, default ``../shared/corpora``,
holds it; else from the seed and the test articles, each paragraph made distinct), loads the
knowledge base and the English model once (as the program does), then times:

- the first analysis: parsing every sentence (none cached) and running the detectors
  (target 3 s on 2 cores);
- re-analysis after a change of the article's date, parses from this process's memory
  (target 300 ms), and from the store's parse cache only (a new process);
- the detectors alone on parsed sentences;
- the same as the window runs it, through the analysis workers (``through_workers``): a first
  analysis with the workers cold and warm, and after a new date.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factcheck.analysis import analyse, forget_reading  # noqa: E402
from factcheck.kb import load_kb  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.resources import seed  # noqa: E402
from factcheck.text import split_article  # noqa: E402

TARGET_SENTENCES = 1000
FIRST_BUDGET_MS = 3000.0
AGAIN_BUDGET_MS = 300.0


def polnear_article(corpora: Path, skip: int = 0) -> Article | None:
    """1,000 sentences of real news (PolNeAR dev), when the corpus is there; ``skip``: the
    paragraphs of the first ``skip`` sentences are left out (another 1,000)."""
    folder = corpora / "polnear" / "dev" / "text"
    if not folder.is_dir():
        return None
    chosen: list[str] = []
    count = 0
    for path in sorted(folder.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if not paragraph.strip() or count >= skip + TARGET_SENTENCES:
                continue
            if count >= skip:
                chosen.append(paragraph)
            count += len(split_article("probe", paragraph))
    return Article(id="long", text="\n".join(chosen) + "\n", published=date(2016, 10, 1))


def long_article() -> Article:
    texts = [seed("venezuela-cuba-security.txt").read_text(encoding="utf-8")]
    texts += [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
    ]
    paragraphs = [p for text in texts for p in text.split("\n") if p.strip()]
    chosen: list[str] = []
    count = 0
    i = 0
    while count < TARGET_SENTENCES:
        paragraph = paragraphs[i % len(paragraphs)]
        if i >= len(paragraphs):  # a repeat: made distinct, so it is parsed again
            paragraph = f"In round {i // len(paragraphs)}, {paragraph[0].lower()}{paragraph[1:]}"
        chosen.append(paragraph)
        count += len(split_article("probe", paragraph))
        i += 1
    return Article(id="long", text="\n".join(chosen) + "\n", published=date(2026, 1, 12))


def _cpu_seconds() -> float:
    """CPU time of this process and of the parsing processes it started and waited for."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    import argparse
    import dataclasses
    import tempfile

    from factcheck.analysis.attribution import forget_attributions
    from factcheck.nlp import forget_parses, parse_sentences
    from factcheck.nlp.parser import pipeline
    from factcheck.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=Path("../shared/corpora"))
    args = parser.parse_args()
    kb_start = time.perf_counter()
    kb = load_kb()
    kb_ms = (time.perf_counter() - kb_start) * 1000
    model_start = time.perf_counter()
    pipeline()
    model_ms = (time.perf_counter() - model_start) * 1000
    article = polnear_article(args.corpora) or long_article()
    sentences = split_article(article.id, article.text)
    distinct = len({s.text for s in sentences})
    warm = "Officials said it rained.\n"
    analyse(Article(id="warm", text=warm), split_article("w", warm), kb)

    forget_parses()
    first_start, first_cpu = time.perf_counter(), _cpu_seconds()
    parsed = parse_sentences(sentences)
    parse_ms = (time.perf_counter() - first_start) * 1000
    analyse(article, sentences, kb, parsed=parsed)
    first_ms = (time.perf_counter() - first_start) * 1000
    first_cpu_ms = (_cpu_seconds() - first_cpu) * 1000

    runs, cpu_runs = [], []
    for k in range(5):
        moved = dataclasses.replace(article, published=date(2016, 1, 1 + k))
        start, cpu = time.perf_counter(), time.process_time()
        suggestions = analyse(moved, sentences, kb)
        runs.append((time.perf_counter() - start) * 1000)
        cpu_runs.append((time.process_time() - cpu) * 1000)
    again = statistics.median(runs)

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "speed.sqlite3")
        imported = store.import_text(article.text, title="Long", published=article.published)
        forget_parses()  # as in a new process: only the file keeps the parses
        start = time.perf_counter()
        store.set_published(imported.article_id, date(2016, 2, 1))
        from_store = (time.perf_counter() - start) * 1000
        store.close()

    detector_runs = []
    for _ in range(5):
        forget_attributions()  # every detector at work, attribution included
        forget_reading()
        start = time.perf_counter()
        analyse(article, sentences, kb, parsed=parsed)
        detector_runs.append((time.perf_counter() - start) * 1000)
    print(f"sentences            {len(sentences)} ({distinct} distinct texts)")
    print(f"suggestions          {len(suggestions)}")
    print(f"load_kb              {kb_ms:8.1f} ms")
    print(f"load English model   {model_ms:8.1f} ms  (once per process, on the first analysis)")
    print(f"first analysis       {first_ms:8.1f} ms  (parsing {parse_ms:.1f} ms)"
          f"  ratio {first_ms / FIRST_BUDGET_MS:.2f} of {FIRST_BUDGET_MS:.0f} ms;"
          f" {first_cpu_ms:.0f} ms CPU, parsing processes included")
    print(f"again, new date      {again:8.1f} ms  median of 5, parses in memory"
          f"  ratio {again / AGAIN_BUDGET_MS:.2f} of {AGAIN_BUDGET_MS:.0f} ms;"
          f" {statistics.median(cpu_runs):.0f} ms CPU")
    print(f"again, from the file {from_store:8.1f} ms  (store: parse cache read, analysis, write)")
    print(f"detectors alone      {statistics.median(detector_runs):8.1f} ms  median of 5")
    second = second_article(args.corpora)
    for label, (total, shown, reports) in through_workers(article, second).items():
        print(f"workers, {label:11} {total:8.1f} ms  (first progress at {shown:.0f} ms, {reports} reports)")


def through_workers(first: Article, second: Article) -> dict[str, tuple[float, float, int]]:
    """Two articles analysed as the window analyses them: ``analyse_articles`` hands each to
    the analysis workers (spawned processes; a long article's parsing shared by both), which
    read and send back parses through the file. "cold": ``first``, the workers start and load
    the model; "warm": ``second``, on the workers the first run kept; "new date": ``first``
    again after a change of date. Each: (ms, ms to the first progress report, reports)."""
    import tempfile

    from factcheck.analysis_runner import analyse_articles, stop_workers
    from factcheck.store import open_store

    stop_workers()
    timings: dict[str, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "workers.sqlite3")
        ids = [store.import_text(a.text, title=f"Long {n}", published=a.published, analyse=False).article_id
               for n, a in enumerate((first, second))]
        for label, article_id in (("cold", ids[0]), ("warm", ids[1]), ("new date", ids[0])):
            if label == "new date":
                store.update_article(article_id, {"published": date(2016, 2, 1)}, analyse=False)
            seen: list[float] = []
            start = time.perf_counter()
            analyse_articles(store, [article_id], progress=lambda *_, seen=seen: seen.append(time.perf_counter()))
            timings[label] = ((time.perf_counter() - start) * 1000, (seen[0] - start) * 1000, len(seen))
        stop_workers()
        store.close()
    return timings


def second_article(corpora: Path) -> Article:
    """Another 1,000 sentences, none of them the first article's."""
    found = polnear_article(corpora, skip=TARGET_SENTENCES)
    if found is not None:
        return found
    base = long_article()
    return Article(id="second", text="".join(f"Later, {line}\n" for line in base.text.splitlines()),
                   published=base.published)


if __name__ == "__main__":
    main()
