"""Time loading the knowledge base: a cold load in a fresh process, then cached calls.

Run: python benchmarks/kb_load.py   (the budget is well under 100 ms for a cold load)
"""

from __future__ import annotations

import subprocess
import sys
import time

COLD = (
    "import time; t = time.perf_counter(); from factcheck.kb import load_kb; "
    "kb = load_kb(); kb.surname_index(); kb.title_index(); kb.all_names(); "
    "print(time.perf_counter() - t, len(kb.people), len(kb.offices), len(kb.terms))"
)


def main() -> None:
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", COLD], capture_output=True, text=True, check=True
        )
        seconds, people, offices, terms = out.stdout.split()
        runs.append(float(seconds))
    print(f"knowledge base: {people} people, {offices} offices, {terms} terms")
    print(f"cold load (import + parse + indexes), best of 5: {min(runs) * 1000:.1f} ms")

    from factcheck.kb import load_kb

    load_kb()
    n = 10_000
    start = time.perf_counter()
    for _ in range(n):
        load_kb()
    print(f"cached load_kb(): {(time.perf_counter() - start) / n * 1e6:.2f} µs per call")


if __name__ == "__main__":
    main()
