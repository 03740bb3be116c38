"""Opening the database file: checks, migrations with a backup first, write transactions."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from factcheck.config import reviewer_name
from factcheck.errors import DatabaseTooNew, StoreError
from factcheck.store.rows import now_iso, plain
from factcheck.store.schema import KNOWN_MIGRATIONS, MIGRATION_SET, migrations

BUSY_TIMEOUT_MS = 5000


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit at the driver level: transactions are ours (BEGIN IMMEDIATE).
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _describe(error: sqlite3.Error, path: Path) -> StoreError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(f"The database {path} is locked by another program; try again in a moment.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(f"The file {path} is not a factcheck-review database or is damaged.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"The database {path} is read-only.")
    if "unable to open" in text:
        return StoreError(f"The database {path} cannot be opened (check the folder exists and is writable).")
    return StoreError(f"The database {path} cannot be used: {error}.")


def backup_database(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the live database with SQLite's backup API (safe while it is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()


class StoreBase:
    """Owns the connection. Subclasses add one method per user action."""

    def __init__(self, path: str | Path, reviewer: str | None = None) -> None:
        self.path = Path(path)
        self.reviewer = reviewer_name(reviewer)
        self.page_reads = 0  # counted so tests can check the window reads page by page
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a database file.")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"Cannot create the folder for the database {self.path}: {error.strerror}.") from None
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            self.conn = _connect(self.path)
        except sqlite3.Error as error:
            raise _describe(error, self.path) from None
        try:
            self._check_and_migrate(existed)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            self.conn.close()
            raise _describe(error, self.path) from None
        except StoreError:
            self.conn.close()
            raise
        self.db = Database(self.conn)

    # -- opening -------------------------------------------------------------

    def _check_and_migrate(self, existed: bool) -> None:
        db = Database(self.conn)
        if existed:
            # Reading the schema fails here for a file that is not SQLite.
            tables = set(db.table_names())
            if tables and "_sqlite_migrations" not in tables:
                raise StoreError(f"The file {self.path} is an SQLite database, but not a factcheck-review one.")
            applied = [m.name for m in migrations.applied(db)]
            unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
            if unknown:
                raise DatabaseTooNew(
                    f"The database {self.path} was written by a newer version of factcheck-review; "
                    "update the program to open it (the file was not changed)."
                )
            if tables and migrations.pending(db):
                stamp = now_iso().replace(":", "").replace("-", "")
                backup_database(self.conn, self.path.with_name(f"{self.path.name}.{stamp}.bak"))
        self.conn.execute("PRAGMA foreign_keys = OFF")
        migrations.apply(db)

    def close(self) -> None:
        """Checkpoint what the WAL holds into the main file, without waiting, and close.

        PASSIVE: a reader or writer in another process is never waited for (a blocking
        checkpoint would sit out the whole busy timeout); whatever is left is checkpointed
        by the next connection or by SQLite itself.
        """
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.conn.close()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def migration_names(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    # -- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One user action = one write transaction, taken with BEGIN IMMEDIATE."""
        if self.conn.in_transaction:
            yield self.conn  # nested: part of the enclosing action
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _describe(error, self.path) from None
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _describe(error, self.path) from None

    def _read(self, sql: str, params: Any = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            raise _describe(error, self.path) from None

    def _one(self, sql: str, params: Any = ()) -> tuple | None:
        rows = self._read(sql, params)
        return rows[0] if rows else None

    def _record(self, action: str, entity: str, entity_id: Any, field: str = "",
                old: Any = None, new: Any = None, article_id: str = "") -> None:
        """Append one history row (call inside a write transaction)."""
        self.conn.execute(
            "INSERT INTO history (at, reviewer, action, article_id, entity, entity_id, field, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now_iso(), self.reviewer, action, article_id, entity, str(entity_id), field,
             None if old is None else json.dumps(plain(old), ensure_ascii=False),
             None if new is None else json.dumps(plain(new), ensure_ascii=False)),
        )

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def backup(self, target: str | Path) -> Path:
        """Write a consistent copy of the database to ``target``."""
        target = Path(target)
        if target.exists() and target.is_dir():
            raise StoreError(f"{target} is a folder; give a file name for the backup.")
        try:
            backup_database(self.conn, target)
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"Cannot write the backup to {target}: {error}.") from None
        return target


__all__ = ["StoreBase", "MIGRATION_SET", "backup_database"]
