"""Start-up to the first painted window: factcheck-review on the seed vs a bare PySide6 window.

Run: python benchmarks/startup.py [--repeats 7] [--platform offscreen]

Each measurement is a fresh process, timed from just before it is launched until it reports
its first paint (interpreter start and imports included, as a user waits for them). Both kinds
run in the same session, interleaved, and the median of the repeats is printed with the ratio.
Each child also reports the CPU time it used until then (``time.process_time``, interpreter
start included): on a machine other programs keep busy, waiting for a core inflates the wall
times, and their ratio, far more than the CPU times.
The review window is timed on an existing seeded database (the usual start) and once on the
very first start, when the default database is created and the seed article analysed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Children print "painted" and their CPU time on the first paint of their window, then quit.
BARE = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.process_time(), flush=True)
            app.quit()
        return False
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1440, 860)
watcher = FirstPaint()
window.centralWidget().installEventFilter(watcher)
window.show()
app.exec()
"""

# The program first, as its entry point (factcheck_review.ui.app:main) is imported; the
# watcher's Qt classes after it.
REVIEW = """
import os
import time
from factcheck_review.ui.app import create_application
app = create_application()
from PySide6.QtCore import QEvent, QObject
from factcheck_review.ui.i18n import install_translators
install_translators(os.environ.get("BENCHMARK_LANGUAGE", "en"))  # as the program's start-up does
from factcheck.store import open_store
from factcheck_review.ui.main_window import MainWindow
from factcheck_review.ui.session import QtSession
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.process_time(), flush=True)
            app.quit()
        return False
window = MainWindow(QtSession(open_store(verify=False)))  # as the program: checked in the background
window.persist_settings = False
window.resize(1440, 860)
window.start()
watcher = FirstPaint()
window.table.viewport().installEventFilter(watcher)  # the sentence table: the window is usable
from factcheck_review.ui.app import show_window
show_window(window)  # as the program: the integrity check starts once the window has painted
app.exec()
"""


def run(code: str, env: dict[str, str]) -> float:
    """Wall time from launch to the child's first paint (benchmarks/run.py uses it too)."""
    return run_timed(code, env)[0]


def run_timed(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall time from launch to the child's first paint, and the CPU time the child used."""
    # Compiled modules are kept, as an installed program has them (pip compiles at install);
    # without, every start would compile the whole program from source.
    env = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    for line in process.stdout:
        words = line.split()
        if words and words[0] == "painted":
            elapsed = time.perf_counter() - started
            cpu = float(words[1])
            break
    else:
        raise SystemExit(f"the child exited without painting (code {process.wait()})")
    process.wait(timeout=30)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        help="Qt platform plugin (default offscreen; use xcb/wayland/cocoa on a desktop)")
    parser.add_argument("--language", choices=("en", "es"), default="en", help="interface language")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, PYTHONPATH=str(ROOT),
                   FACTCHECK_DB=str(Path(tmp) / "review.sqlite3"), FACTCHECK_REVIEWER="benchmark",
                   FACTCHECK_CONFIG_DIR=str(Path(tmp) / "config"), BENCHMARK_LANGUAGE=args.language)
        first = run(REVIEW, env)  # creates the default database and imports the seed
        bare, review, bare_cpu, review_cpu = [], [], [], []
        for _ in range(args.repeats):
            for times, cpus, code in ((bare, bare_cpu, BARE), (review, review_cpu, REVIEW)):
                elapsed, cpu = run_timed(code, env)
                times.append(elapsed)
                cpus.append(cpu)
    bare_median, review_median = statistics.median(bare), statistics.median(review)
    print(f"platform {args.platform}, language {args.language}, {args.repeats} runs each, median (min-max):")
    print(f"  bare PySide6 window:          {bare_median * 1000:7.0f} ms"
          f"  ({min(bare) * 1000:.0f}-{max(bare) * 1000:.0f})")
    print(f"  factcheck-review on the seed: {review_median * 1000:7.0f} ms"
          f"  ({min(review) * 1000:.0f}-{max(review) * 1000:.0f})")
    print(f"  ratio: {review_median / bare_median:.2f}x; extra {1000 * (review_median - bare_median):.0f} ms")
    bare_cpu_median, review_cpu_median = statistics.median(bare_cpu), statistics.median(review_cpu)
    print(f"  CPU time to first paint: {review_cpu_median * 1000:.0f} ms vs {bare_cpu_median * 1000:.0f} ms,"
          f" ratio {review_cpu_median / bare_cpu_median:.2f}x")
    print(f"  very first start (creates the database, analyses the seed): {first * 1000:.0f} ms")


if __name__ == "__main__":
    main()
