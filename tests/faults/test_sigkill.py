"""SIGKILL at random moments: every acknowledged change is in the file, and the file is sound."""

from __future__ import annotations

import random
import signal
import sqlite3
import time

import pytest

from factcheck.store import Store
from tests.faults.conftest import HANG_TIMEOUT, start_python


def _kill_after(path, article_id, operation, delay):
    proc = start_python("-m", "tests.faults.killer", str(path), article_id, operation)
    # Wait for the first acknowledgement so the kill lands among operations, not at start-up.
    first = proc.stdout.readline()
    assert first, proc.stderr.read()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=HANG_TIMEOUT)
    # A torn last line was never acknowledged; a blank line acknowledges nothing.
    return [first.strip(), *(line for line in out.split("\n")[:-1] if line.strip())]


def _sound(path):
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def _exact_offsets(store, article_id):
    text = store.article(article_id).text
    for s in store.sentences(article_id):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("run", range(20))
def test_killed_during_verdict_edits(seeded_db, run):
    path, article_id, ids = seeded_db
    acknowledged = _kill_after(path, article_id, "edit", random.Random(run).uniform(0.05, 0.6))
    _sound(path)
    last: dict[int, int] = {}
    for line in acknowledged:
        _, position, number = line.split()
        last[int(position)] = int(number)
    with Store(path, "tester") as store:
        for position, number in last.items():
            stored = int(store.review(ids[position]).note.split("-")[1])
            # The acknowledged edit, or one made after it that committed before the kill.
            assert stored >= number
            assert stored == number or stored - number <= 5


@pytest.mark.parametrize("operation", ["import", "split-merge", "delete-undo"])
@pytest.mark.parametrize("run", range(3))
def test_killed_during_structural_changes(seeded_db, operation, run):
    path, article_id, ids = seeded_db
    with Store(path, "tester") as store:
        store.set_review(ids[0], {"note": "kept through everything", "contested": True})
        count = len(store.sentences(article_id))
    acknowledged = _kill_after(path, article_id, operation, random.Random(run).uniform(0.05, 0.8))
    _sound(path)
    with Store(path, "tester") as store:
        if operation == "import":
            for line in acknowledged:
                imported = line.split()[1]
                assert len(store.sentences(imported)) == 2  # whole, never half-imported
                _exact_offsets(store, imported)
        present = any(a.id == article_id for a in store.list_articles())
        # Only delete-undo may leave the article out (a delete committed just before the kill);
        # when it is there, it is there whole.
        assert present or operation == "delete-undo"
        if present:
            _exact_offsets(store, article_id)
            assert len(store.sentences(article_id)) in (count, count + 1)
            review = store.review(ids[0])
            assert review.note == "kept through everything" and review.contested is True
