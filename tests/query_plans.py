"""Record every SQL statement the program runs, and find the ones SQLite answers by a full scan.

    with traced_statements() as seen:   # every connection a Store opens, on any thread
        ...drive the window...
    assert full_scans(path, seen) == []

A full scan of ``sentences``, ``reviews`` or ``suggestions`` costs time in proportion to the
whole file (every article), which is what froze the window on a large database.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import factcheck.store.base as store_base

WATCHED = ("sentences", "reviews", "suggestions")
_SKIP = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|PRAGMA|SAVEPOINT|RELEASE|--)", re.IGNORECASE)
_TABLE_ALIAS = re.compile(r"\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", re.IGNORECASE)
_SCAN = re.compile(r"^SCAN (\w+)")
_KEYWORDS = {"where", "on", "join", "left", "inner", "set", "values", "order", "group", "limit",
             "select", "using", "natural", "cross"}


@contextlib.contextmanager
def traced_statements() -> Iterator[list[str]]:
    """Collect the SQL text (with its values) of every statement run on new store connections."""
    seen: list[str] = []
    original = store_base.connect

    def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
        conn = original(path, read_only)
        conn.set_trace_callback(seen.append)
        return conn

    store_base.connect = connect  # type: ignore[assignment]
    try:
        yield seen
    finally:
        store_base.connect = original  # type: ignore[assignment]


def trace(conn: sqlite3.Connection, seen: list[str]) -> None:
    """Also record the statements of a connection opened before tracing began."""
    conn.set_trace_callback(seen.append)


def _aliases(sql: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for table, alias in _TABLE_ALIAS.findall(sql):
        names[table.lower()] = table.lower()
        if alias and alias.lower() not in _KEYWORDS:
            names[alias.lower()] = table.lower()
    return names


def full_scans(path: str | Path, statements: list[str]) -> list[tuple[str, str]]:
    """(statement, plan line) for each statement whose plan scans a watched table whole."""
    conn = sqlite3.connect(str(path))
    found: list[tuple[str, str]] = []
    try:
        for sql in dict.fromkeys(statements):
            if _SKIP.match(sql):
                continue
            try:
                plan = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            except sqlite3.Error:
                continue  # e.g. a statement on a table the session later dropped
            aliases = _aliases(sql)
            for row in plan:
                match = _SCAN.match(row[3])
                if match and aliases.get(match.group(1).lower(), match.group(1).lower()) in WATCHED:
                    found.append((sql[:300], row[3]))
    finally:
        conn.close()
    return found


def trigger_statements(path: str | Path) -> list[str]:
    """The statements inside the file's triggers, with NEW./OLD. values made literal."""
    conn = sqlite3.connect(str(path))
    try:
        bodies = [row[0] for row in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    finally:
        conn.close()
    statements = []
    for body in bodies:
        inner = body[body.upper().index("BEGIN") + 5: body.upper().rindex("END")]
        for statement in inner.split(";"):
            if statement.strip():
                statements.append(re.sub(r"\b(?:NEW|OLD)\.\w+", "'1'", statement.strip()))
    return statements
