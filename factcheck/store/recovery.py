"""Putting a backup back in place of a damaged (or unwanted) database file.

The replaced file is never deleted: it is renamed next to the database, so nothing a
reviewer wrote is lost even when the wrong backup is restored.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from factcheck.errors import StoreError
from factcheck.store.rows import now_iso
from factcheck.store.safety import connect, describe, quick_check
from factcheck.store.schema import KNOWN_MIGRATIONS, MIGRATION_SET


def check_backup(backup: Path) -> None:
    """Raise StoreError with one sentence unless ``backup`` is a sound factcheck-review file."""
    if not backup.exists():
        raise StoreError(f"The backup {backup} does not exist.")
    if backup.is_dir():
        raise StoreError(f"{backup} is a folder, not a backup file.")
    if backup.stat().st_size == 0:
        raise StoreError(f"The backup {backup} is empty (0 bytes).")
    try:
        conn = connect(backup, read_only=True)
    except sqlite3.Error as error:
        raise describe(error, backup) from None
    try:
        problem = quick_check(conn)
        if problem is not None:
            raise StoreError(f"The backup {backup} is damaged too ({problem}); choose another backup.")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sqlite_migrations" not in tables:
            raise StoreError(f"The file {backup} is not a factcheck-review database.")
        applied = {r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,))}
        if applied - set(KNOWN_MIGRATIONS):
            raise StoreError(f"The backup {backup} was written by a newer version of factcheck-review; "
                             "update the program to restore it.")
    except sqlite3.Error as error:
        raise describe(error, backup) from None
    finally:
        conn.close()


def restore_backup(backup: str | Path, target: str | Path) -> Path | None:
    """Replace ``target`` with a checked copy of ``backup``.

    Returns where the replaced file was kept (``NAME.replaced-STAMP``), or None when there
    was no file. Close every store on ``target`` first.
    """
    backup, target = Path(backup), Path(target)
    if backup.resolve() == target.resolve():
        raise StoreError("Choose a backup other than the database itself.")
    check_backup(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + ".restoring")
    staging.unlink(missing_ok=True)
    source = connect(backup, read_only=True)
    try:
        dest = sqlite3.connect(str(staging))
        try:
            source.backup(dest)
            problem = quick_check(dest)
        finally:
            dest.close()
    except (sqlite3.Error, OSError) as error:
        staging.unlink(missing_ok=True)
        raise StoreError(f"Cannot copy the backup to {target}: {error}.") from None
    finally:
        source.close()
    if problem is not None:
        staging.unlink(missing_ok=True)
        raise StoreError(f"The copy of {backup} did not read back correctly ({problem}); nothing was replaced.")
    kept = None
    if target.exists():
        stamp = now_iso()[:19].replace(":", "").replace("-", "")
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        os.replace(target, kept)
        for suffix in ("-wal", "-shm"):
            journal = target.with_name(target.name + suffix)
            if journal.exists():
                os.replace(journal, kept.with_name(kept.name + suffix))
    os.replace(staging, target)
    return kept
