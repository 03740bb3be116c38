"""How long the reports take for a 1,000-sentence reviewed article.

Run by hand: ``python benchmarks/reports_speed.py [SENTENCES]``. Targets (issue 7):
Markdown or HTML under 100 ms, PDF under 1 s (HTML embeds the ClaimReview JSON-LD). Prints the best of a few runs per
format, and the ratio to the 16-sentence seed per sentence, which shows whether
time grows linearly.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from report_fixtures import PUBLISHER, large_review, seed_review  # noqa: E402

from factcheck.reports import FORMATS, render  # noqa: E402

TARGETS_MS = {"md": 100, "html": 100, "pdf": 1000}


def best_of(review, fmt: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        render(review, fmt, publisher=PUBLISHER)
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    big, small = large_review(count), seed_review()
    render(small, "pdf")  # start Qt and load fonts outside the timings
    print(f"{'format':<12}{'16 sentences':>14}{f'{count} sentences':>18}{'per-sentence ratio':>20}  target")
    for fmt in FORMATS:
        runs = 3 if fmt == "pdf" else 7
        t_small, t_big = best_of(small, fmt, runs), best_of(big, fmt, runs)
        ratio = (t_big / count) / (t_small / len(small.sentences))
        target = TARGETS_MS.get(fmt)
        verdict = "" if target is None else f"< {target} ms: {'yes' if t_big < target else 'NO'}"
        print(f"{fmt:<12}{t_small:>11.1f} ms{t_big:>15.1f} ms{ratio:>20.2f}  {verdict}")


if __name__ == "__main__":
    main()
