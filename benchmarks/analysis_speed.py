"""How long the suggestion engine takes on a long article (target: 1,000 sentences < 200 ms).

Run by hand: ``python benchmarks/analysis_speed.py``. Builds a 1,000-sentence article
from the seed and the test articles, loads the knowledge base once (as the program
does), then times ``analyse`` on a warm cache and on the first call.
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

from factcheck.analysis import analyse  # noqa: E402
from factcheck.kb import load_kb  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.resources import seed  # noqa: E402
from factcheck.text import split_article  # noqa: E402

TARGET_SENTENCES = 1000
BUDGET_MS = 200.0


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
        chosen.append(paragraph)
        count += len(split_article("probe", paragraph))
        i += 1
    return Article(id="long", text="\n".join(chosen) + "\n", published=date(2026, 1, 12))


def main() -> None:
    kb_start = time.perf_counter()
    kb = load_kb()
    kb_ms = (time.perf_counter() - kb_start) * 1000
    article = long_article()
    sentences = split_article(article.id, article.text)
    first_start = time.perf_counter()
    analyse(article, sentences, kb)
    first_ms = (time.perf_counter() - first_start) * 1000
    runs = []
    cpu_runs = []
    for _ in range(7):
        start, cpu_start = time.perf_counter(), time.process_time()
        suggestions = analyse(article, sentences, kb)
        runs.append((time.perf_counter() - start) * 1000)
        cpu_runs.append((time.process_time() - cpu_start) * 1000)
    median = statistics.median(runs)
    cpu = statistics.median(cpu_runs)
    print(f"sentences            {len(sentences)}")
    print(f"suggestions          {len(suggestions)}")
    print(f"load_kb              {kb_ms:8.1f} ms")
    print(f"first analyse        {first_ms:8.1f} ms  (builds the KB name index)")
    print(
        f"analyse, median of 7 {median:8.1f} ms wall, {cpu:.1f} ms CPU (differ on a busy machine)"
    )
    print(
        f"budget ratio         {median / BUDGET_MS:8.2f}  (<= 1.00 meets the {BUDGET_MS:.0f} ms target)"
    )


if __name__ == "__main__":
    main()
