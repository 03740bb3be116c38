"""The numbered schema migrations, registered without importing sqlite-utils.

Registration has the signature of sqlite-utils' ``Migrations`` decorator; sqlite-utils itself
(about a tenth of a second to import, with numpy) is imported only when migrations are
applied: a new file or an upgrade. Opening an up-to-date file reads the applied names with
plain sqlite3.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATIONS_TABLE = "_sqlite_migrations"


class Migration(NamedTuple):
    """One schema migration: its name, the function that applies it, whether in one transaction.
    (A named tuple: the schema's migrations are registered whenever the store is imported, and a
    dataclass's methods would be compiled for it at every start.)"""

    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class MigrationSet:
    """One set of migrations, applied in the order they were registered."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None,
                 transactional: bool = True) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        """Register the decorated function as the migration ``name`` (default: its own name)."""

        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            migration_name = name or fn.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"Migration '{migration_name}' is already registered in set '{self.name}'")
            self._migrations.append(Migration(migration_name, fn, transactional))
            return fn

        return register

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self._migrations)

    def applied_names(self, conn: sqlite3.Connection) -> list[str]:
        """The names applied to the file, in the order applied ([] for a file without the table)."""
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            (MIGRATIONS_TABLE,)).fetchone():
            return []
        return [row[0] for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", (self.name,))]

    def pending_names(self, applied: list[str]) -> list[str]:
        done = set(applied)
        return [name for name in self.names if name not in done]

    @staticmethod
    def table_is_current(conn: sqlite3.Connection) -> bool:
        """Whether the migrations table has the layout sqlite-utils writes (an ``id`` key), so
        applying nothing would change nothing in it."""
        keys = [row[1] for row in conn.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})") if row[5]]
        return keys == ["id"]

    def _sqlite_utils(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        real = Migrations(self.name)
        for migration in self._migrations:
            real(name=migration.name, transactional=migration.transactional)(migration.fn)
        return real

    def apply(self, db: Database, **options: Any) -> None:
        """Apply every pending migration (sqlite-utils: each in its own transaction)."""
        self._sqlite_utils().apply(db, **options)
