"""Another program holding the file: a clear sentence after the busy timeout, no blocking close."""

from __future__ import annotations

import sqlite3

from factcheck.store import Store
from tests.db_helpers import raw
from tests.faults.conftest import factcheck


def test_a_held_write_lock_is_reported_in_one_sentence_and_nothing_is_written(seeded_db):
    path, article_id, ids = seeded_db
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        result = factcheck("review", article_id, "1", "--sourced", "yes", "--db", str(path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"factcheck: The database {path} is locked by another program; try again in a moment."]
    assert raw(path, "SELECT COUNT(*) FROM reviews") == [(0,)]


def test_closing_never_waits_for_another_programs_reader(seeded_db):
    path, _, ids = seeded_db
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM sentences").fetchall()
    try:
        store = Store(path, "tester")
        store.set_review(ids[0], {"note": "written while another program reads"})
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        store.close()
    finally:
        reader.close()
    # A blocking (FULL/RESTART/TRUNCATE) checkpoint would sit out the busy timeout here.
    assert [s for s in statements if "wal_checkpoint" in s] == ["PRAGMA wal_checkpoint(PASSIVE)"]
    assert raw(path, "SELECT note FROM reviews") == [("written while another program reads",)]
