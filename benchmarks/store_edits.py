"""Time one verdict edit (one transaction, with its history row) and one page read.

Run: python benchmarks/store_edits.py [sentences]
Prints the median and 99th percentile of set_review and sentence_page on an article of that size.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from factcheck.store import Store


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite3", reviewer="bench")
        text = " ".join(f"Speaker {i % 7} said the figure was {i} percent on Monday." for i in range(size))
        started = time.perf_counter()
        article_id = store.import_text(text, title="Bench", analyse=False).article_id
        print(f"import of {size:,} sentences (no analysis): {time.perf_counter() - started:.2f} s")
        ids = [s.id for s in store.sentences(article_id)]
        edits = []
        for n, sentence_id in enumerate(ids[:2000]):
            started = time.perf_counter()
            store.set_review(sentence_id, {"sourced": n % 2 == 0})
            edits.append((time.perf_counter() - started) * 1000)
        notes = []
        for n, sentence_id in enumerate(ids[:500]):
            started = time.perf_counter()
            store.set_review(sentence_id, {"note": f"note {n}"})
            notes.append((time.perf_counter() - started) * 1000)
        pages = []
        for offset in range(0, size, max(1, size // 200)):
            started = time.perf_counter()
            store.sentence_page(article_id, offset, 200)
            pages.append((time.perf_counter() - started) * 1000)
        for name, values in (("verdict edit", edits), ("note edit (updates FTS)", notes),
                             ("page of 200 rows", pages)):
            print(f"{name:>24}: median {statistics.median(values):.3f} ms, "
                  f"p99 {percentile(values, 0.99):.3f} ms over {len(values)} runs")
        store.close()


if __name__ == "__main__":
    main()
