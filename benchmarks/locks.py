"""How long CLI commands wait when another program has the database open.

Run: python benchmarks/locks.py [CHECKOUT]
Prints the time of `factcheck list` while another connection reads (with pages in the WAL),
and of `factcheck review` while another connection holds the write lock (that one is
reported after the 5 s busy timeout).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    root = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[1])
    db = str(Path(tempfile.mkdtemp()) / "locks.sqlite3")
    env = dict(os.environ, FACTCHECK_REVIEWER="bench", PYTHONPATH=root)

    def cli(*args: str) -> tuple[float, subprocess.CompletedProcess]:
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "factcheck.cli", *args, "--db", db], env=env,
                                cwd=root, capture_output=True, text=True)
        return time.monotonic() - started, result

    cli("import", f"{root}/seeds/venezuela-cuba-security.txt")
    article_id = json.loads(cli("list", "--json")[1].stdout)[0]["id"]
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT COUNT(*) FROM sentences").fetchall()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("INSERT INTO meta VALUES ('bench', 'x')")  # pages in the WAL the reader pins
    writer.close()
    seconds, result = cli("list")
    print(f"list while another program reads: {seconds:.2f} s (exit {result.returncode})")
    other.execute("COMMIT")
    other.execute("BEGIN IMMEDIATE")
    seconds, result = cli("review", article_id, "1", "--sourced", "yes")
    print(f"review while another program holds the write lock: {seconds:.2f} s "
          f"(exit {result.returncode}): {result.stderr.strip()}")
    other.execute("ROLLBACK")
    seconds, result = cli("list")
    print(f"list alone: {seconds:.2f} s")
    other.close()


if __name__ == "__main__":
    main()
