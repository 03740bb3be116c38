"""The parse cache: spaCy parses of sentence texts, kept in the database by text hash.

``ParseOps`` is the store's side. ``ParseFile`` is an analysis worker's (another process): it
reads the same file's parses, read-only, and collects the new ones for the store to keep.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.store.sources import SourceOps

_BATCH = 500  # SQLite's limit on bound parameters is far above this


def parse_json(record: Mapping[str, Any]) -> str:
    """A parse record as the file keeps it."""
    return json.dumps(record, separators=(",", ":"))


def _by_key(read: Callable[[str, list[str]], Iterable[tuple]], columns: str,
            keys: Sequence[str]) -> list[tuple]:
    """Rows of the parses table for ``keys``, asked for in batches."""
    keys = list(keys)
    rows: list[tuple] = []
    for i in range(0, len(keys), _BATCH):
        batch = keys[i : i + _BATCH]
        marks = ", ".join("?" * len(batch))
        rows += read(f"SELECT {columns} FROM parses WHERE key IN ({marks})", batch)
    return rows


class ParseOps(SourceOps):
    def cached_parses(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Parse records kept for these keys (see ``factcheck.nlp.parse_key``)."""
        return {key: json.loads(record) for key, record in _by_key(self._read, "key, record", keys)}

    def kept_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these parse keys the file keeps."""
        return {key for (key,) in _by_key(self._read, "key", keys)}

    def keep_parses(self, records: Mapping[str, dict[str, Any]]) -> None:
        """Keep parse records (a cache: no history, and nothing a reviewer undoes)."""
        self.keep_parse_json({k: parse_json(r) for k, r in records.items()})

    def keep_parse_json(self, records: Mapping[str, str]) -> None:
        """Keep parse records already written out with ``parse_json`` (by a worker process)."""
        if not records:
            return
        from factcheck.nlp import MODEL_VERSION

        rows = [(k, MODEL_VERSION, r) for k, r in records.items()]
        with self._write():
            self.conn.executemany(
                "INSERT OR REPLACE INTO parses (key, model, record) VALUES (?, ?, ?)", rows
            )

    def parse_count(self) -> int:
        """How many sentence parses the file keeps."""
        row = self._one("SELECT count(*) FROM parses")
        return int(row[0]) if row else 0


class ParseFile:
    """A database's parses as an analysis worker sees them (a ``ParseCache``).

    Parses are read from the file, read-only, so the worker never writes to a database the
    window owns; the ones it makes are collected in ``fresh`` (written out with
    ``parse_json``) for the store's process to keep with ``keep_parse_json``. A file that
    cannot be read (moved, locked, damaged) only means parsing afresh.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.fresh: dict[str, str] = {}
        self._conn: sqlite3.Connection | None = None

    def _read(self, sql: str, params: list[str]) -> list[tuple]:
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                             timeout=5)
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error:
            return []

    def cached_parses(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        found = {key: json.loads(record) for key, record in _by_key(self._read, "key, record", keys)}
        found.update({key: json.loads(self.fresh[key]) for key in keys if key in self.fresh})
        return found

    def kept_keys(self, keys: Sequence[str]) -> set[str]:
        return {key for (key,) in _by_key(self._read, "key", keys)} | (set(keys) & set(self.fresh))

    def keep_parses(self, records: Mapping[str, dict[str, Any]]) -> None:
        self.fresh.update({k: parse_json(r) for k, r in records.items()})

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
