"""Two programs editing one sentence at once: how many acknowledged edits were silently lost.

Run: python benchmarks/two_writers.py [SECONDS] [CHECKOUT]
One process rewrites the note, the other the credibility grade, of the same sentence. Prints
the edits each acknowledged, how many history rows record a wrong old value (an edit
overwritten without trace), and whether each process's last acknowledged value is in the file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    seconds = sys.argv[1] if len(sys.argv) > 1 else "10"
    root = sys.argv[2] if len(sys.argv) > 2 else str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=root, FACTCHECK_REVIEWER="bench")
    db = Path(tempfile.mkdtemp()) / "two.sqlite3"
    setup = ("from factcheck.store import Store; s = Store({!r}, 'bench'); "
             "a = s.import_text(open({!r}).read(), title='x', analyse=False).article_id; "
             "print(s.sentences(a)[0].id); s.close()").format(str(db), f"{root}/seeds/venezuela-cuba-security.txt")
    sentence = subprocess.run([sys.executable, "-c", setup], env=env, cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip()
    procs = [subprocess.Popen([sys.executable, "-m", "tests.faults.editor", str(db), sentence, field, label,
                               seconds, "bench"], env=env, cwd=root, stdout=subprocess.PIPE, text=True)
             for field, label in (("note", "A"), ("credibility", "B"))]
    acknowledged = [p.communicate()[0].split() for p in procs]
    conn = sqlite3.connect(str(db))
    broken = 0
    for field in ("note", "credibility"):
        rows = conn.execute("SELECT old, new FROM history WHERE entity = 'review' AND field = ? ORDER BY id",
                            (field,)).fetchall()
        chain = [(None if o is None else json.loads(o), json.loads(n)) for o, n in rows]
        broken += sum(1 for (_, new), (old, _) in zip(chain, chain[1:], strict=False) if old != new)
    note, grade = conn.execute("SELECT note, credibility FROM reviews").fetchone()
    conn.close()
    print(f"{seconds} s, two processes on one sentence: {len(acknowledged[0])} note edits and "
          f"{len(acknowledged[1])} grade edits acknowledged; {broken} history rows with a wrong old value "
          f"(silent overwrites); last note kept: {note == acknowledged[0][-1]}, "
          f"last grade kept: {str(grade) == acknowledged[1][-1]}")


if __name__ == "__main__":
    main()
