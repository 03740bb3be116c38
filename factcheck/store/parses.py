"""The parse cache: spaCy parses of sentence texts, kept in the database by text hash."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.store.sources import SourceOps

_BATCH = 500  # SQLite's limit on bound parameters is far above this


class ParseOps(SourceOps):
    def cached_parses(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Parse records kept for these keys (see ``factcheck.nlp.parse_key``)."""
        found: dict[str, dict[str, Any]] = {}
        keys = list(keys)
        for i in range(0, len(keys), _BATCH):
            batch = keys[i : i + _BATCH]
            marks = ", ".join("?" * len(batch))
            for key, record in self._read(
                f"SELECT key, record FROM parses WHERE key IN ({marks})", batch
            ):
                found[key] = json.loads(record)
        return found

    def kept_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these parse keys the file keeps."""
        kept: set[str] = set()
        keys = list(keys)
        for i in range(0, len(keys), _BATCH):
            batch = keys[i : i + _BATCH]
            marks = ", ".join("?" * len(batch))
            kept.update(k for (k,) in self._read(
                f"SELECT key FROM parses WHERE key IN ({marks})", batch))
        return kept

    def keep_parses(self, records: Mapping[str, dict[str, Any]]) -> None:
        """Keep parse records (a cache: no history, and nothing a reviewer undoes)."""
        if not records:
            return
        from factcheck.nlp import MODEL_VERSION

        rows = [(k, MODEL_VERSION, json.dumps(r, separators=(",", ":"))) for k, r in records.items()]
        with self._write():
            self.conn.executemany(
                "INSERT OR REPLACE INTO parses (key, model, record) VALUES (?, ?, ?)", rows
            )

    def parse_count(self) -> int:
        """How many sentence parses the file keeps."""
        row = self._one("SELECT count(*) FROM parses")
        return int(row[0]) if row else 0
