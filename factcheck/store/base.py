"""Opening the database file: checks, migrations with a backup first, write transactions."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.config import is_default_db as _is_default
from factcheck.config import reviewer_name
from factcheck.errors import DatabaseTooNew, StoreError
from factcheck.store.rows import now_iso, plain
from factcheck.store.safety import (
    BUSY_TIMEOUT_MS,
    ReadOnlyDatabase,
    cannot_write,
    connect,
    damaged,
    describe,
    location_risk,
    quick_check,
)
from factcheck.store.schema import KNOWN_MIGRATIONS, MIGRATION_SET, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

_describe = describe  # one sentence for any SQLite error


def backup_database(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the live database with SQLite's backup API (safe while it is in use), then check
    the copy; a copy that fails the check is removed and the backup fails."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
        problem = quick_check(dest)
    finally:
        dest.close()
    if problem is not None:
        target.unlink(missing_ok=True)
        raise StoreError(f"The backup {target} did not read back correctly ({problem}); it was removed.")


class StoreBase:
    """Owns the connection. Subclasses add one method per user action."""

    def __init__(self, path: str | Path, reviewer: str | None = None, *, read_only: bool = False,
                 verify: bool = True) -> None:
        """Open (creating if needed) a database file.

        An existing file is checked (``PRAGMA quick_check``) before anything is written to it:
        at once, or with ``verify=False`` just before the first write (the window checks in the
        background). A file that cannot be written, or ``read_only``, is opened for reading
        only: every write then fails with one sentence. A damaged file opened read-only stays
        readable (``damage`` says what is wrong) so what is left can be exported.
        """
        self.path = Path(path)
        self.reviewer = reviewer_name(reviewer)
        self.page_reads = 0  # counted so tests can check the window reads page by page
        self.damage: str | None = None
        self._verified = False
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a database file.")
        if self.path.exists() and self.path.stat().st_size == 0:
            raise StoreError(f"The file {self.path} is empty (0 bytes), not a factcheck-review database; "
                             "remove it or choose another name to start a new database.")
        existed = self.path.exists()
        self.read_only = read_only or cannot_write(self.path)
        if not existed:
            if read_only:
                raise StoreError(f"The database {self.path} does not exist.")
            if not self.path.parent.exists() and not _is_default(self.path):
                raise StoreError(f"The folder {self.path.parent} does not exist; create it first or "
                                 "choose another place for the database.")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"Cannot create the folder for the database {self.path}: {error.strerror}.") from None
        self.location_warning = location_risk(self.path)
        try:
            self.conn = connect(self.path, self.read_only)
        except sqlite3.Error as error:
            raise _describe(error, self.path) from None
        try:
            self._check_and_migrate(existed, verify)
            if not self.read_only:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # As sqlite-utils sets it: REPLACE then fires the delete triggers that keep counts.
            self.conn.execute("PRAGMA recursive_triggers = ON")
        except sqlite3.Error as error:
            self.conn.close()
            raise _describe(error, self.path) from None
        except StoreError:
            self.conn.close()
            raise

    @cached_property
    def db(self) -> Database:
        """The connection as a sqlite-utils Database (imported on first use: it is slow to load)."""
        from sqlite_utils import Database

        return Database(self.conn)

    def verify(self, problem: str | None | bool = False) -> None:
        """Run the integrity check now (or take the result of one run on another connection:
        ``problem`` None = passed). A damaged file raises DamagedDatabase unless read-only."""
        if problem is False:
            problem = quick_check(self.conn)
        self._verified = True
        self.damage = problem if isinstance(problem, str) else None
        if self.damage is not None and not self.read_only:
            raise damaged(self.path)

    @property
    def verified(self) -> bool:
        """Whether the integrity check has run (on this or another connection)."""
        return self._verified

    @property
    def editable(self) -> bool:
        """Whether writes are allowed: the file is writable and passed its check."""
        return not self.read_only and self._verified and self.damage is None

    # -- opening -------------------------------------------------------------

    def _check_and_migrate(self, existed: bool, verify: bool) -> None:
        tables: set[str] = set()
        if not existed:
            self._verified = True  # a new file has nothing to check
        if existed:
            # Reading the schema fails here for a file that is not SQLite.
            tables = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "_sqlite_migrations" not in tables:
                raise StoreError(f"The file {self.path} is an SQLite database, but not a factcheck-review one.")
            applied = migrations.applied_names(self.conn)
            unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
            if unknown:
                raise DatabaseTooNew(
                    f"The database {self.path} was written by a newer version of factcheck-review; "
                    "update the program to open it (the file was not changed)."
                )
            pending = bool(tables) and bool(migrations.pending_names(applied))
            if verify or pending or self.read_only:
                self.verify()  # before the migration: the first write
            if self.read_only:
                if pending or not tables:
                    raise ReadOnlyDatabase(
                        f"The database {self.path} is read-only and needs an upgrade to be opened; "
                        "copy it to a folder you can write to and open the copy.")
                return
            if pending:
                stamp = now_iso().replace(":", "").replace("-", "")
                backup_database(self.conn, self.path.with_name(f"{self.path.name}.{stamp}.bak"))
            elif tables and migrations.table_is_current(self.conn):
                return  # up to date: nothing to apply, and sqlite-utils need not be loaded
        from sqlite_utils import Database

        self.conn.execute("PRAGMA foreign_keys = OFF")
        migrations.apply(Database(self.conn))

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
        return migrations.applied_names(self.conn)

    # -- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One user action = one write transaction, taken with BEGIN IMMEDIATE."""
        if self.conn.in_transaction:
            yield self.conn  # nested: part of the enclosing action
            return
        if self.read_only:
            raise ReadOnlyDatabase(
                f"The database {self.path} is open read-only; nothing can be changed in it.")
        if not self._verified:
            self.verify()  # never the first write into a file that fails the check
        if self.damage is not None:
            raise damaged(self.path)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _describe(error, self.path) from None
        try:
            yield self.conn
        except sqlite3.Error as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _describe(error, self.path) from None
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
        except sqlite3.Error as error:
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
        problem = quick_check(self.conn)
        if problem is not None:
            raise StoreError(f"The database {self.path} is damaged ({problem}); no backup was written, "
                             "so an older backup is not replaced by a damaged copy.")
        try:
            backup_database(self.conn, target)
        except (sqlite3.Error, OSError) as error:
            raise StoreError(f"Cannot write the backup to {target}: {error}.") from None
        return target


__all__ = ["BUSY_TIMEOUT_MS", "StoreBase", "MIGRATION_SET", "backup_database"]
