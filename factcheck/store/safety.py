"""Keeping the file safe: integrity checks, read-only opening, where the file lives, and
every SQLite error turned into one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from factcheck.errors import StoreError

BUSY_TIMEOUT_MS = 5000

# Folder names of programs that copy files behind SQLite's back (WAL is unsafe there).
SYNC_FOLDERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
                "icloud", "mobile documents", "nextcloud", "owncloud", "pcloud", "box sync",
                "seafile", "syncthing", "mega")
NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs",
                                 "fuse.sshfs", "sshfs", "9p", "davfs", "fuse.davfs2", "ncpfs",
                                 "glusterfs", "fuse.glusterfs", "ceph", "lustre"})


class DamagedDatabase(StoreError):
    """The file fails SQLite's integrity check: it is never written to."""


class ReadOnlyDatabase(StoreError):
    """The file (or its folder) cannot be written; it was opened for reading only."""


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection with our transactions (autocommit driver) and the busy timeout.

    ``read_only`` opens with ``mode=ro``; when even that fails (a WAL file in a folder that
    cannot hold its -shm file), the file is opened as immutable.
    """
    if not read_only:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        uri = path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
        except sqlite3.OperationalError:
            conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None,
                                   check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def cannot_write(path: Path) -> bool:
    """Whether an existing database file, or the folder that must hold its journal, is read-only."""
    if not path.exists():
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when SQLite's quick_check passes, else its first complaint."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows == [("ok",)]:
        return None
    if not rows:
        return "no answer from the integrity check"
    # One complaint may span lines ("*** in database main ***\nPage 27: …"): keep it one line.
    return " ".join(str(rows[0][0]).split())


def check_file(path: Path) -> str | None:
    """Run quick_check on a file through a connection of its own (for a background thread)."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        return quick_check(conn)
    finally:
        conn.close()


def damaged(path: Path) -> DamagedDatabase:
    return DamagedDatabase(
        f"The database {path} is damaged, so nothing will be written to it; open it read-only "
        "to export what is readable, or restore a backup (factcheck restore BACKUP)."
    )


def describe(error: sqlite3.Error, path: Path) -> StoreError:
    """One sentence for any SQLite error, naming the file."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StoreError(f"The database {path} is locked by another program; try again in a moment.")
    if "full" in text and ("disk" in text or "database" in text):
        return StoreError(f"The disk holding {path} is full; the change was not saved (nothing was "
                          "half-written). Free some space and try again.")
    if "not a database" in text or "file is not a database" in text:
        return StoreError(f"The file {path} is not a factcheck-review database or is damaged.")
    if "malformed" in text or "corrupt" in text:
        return damaged(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(f"The database {path} is read-only; nothing can be changed in it.")
    if "unable to open" in text:
        return StoreError(f"The database {path} cannot be opened (check the folder exists and is writable).")
    if "disk i/o" in text:
        return StoreError(f"The database {path} could not be read or written (a disk error); "
                          "the change was not saved.")
    if isinstance(error, sqlite3.IntegrityError):
        return StoreError(f"The change conflicts with what the database {path} already holds "
                          f"({error}); nothing was saved.")
    return StoreError(f"The database {path} cannot be used: {error}.")


def _mount_type(path: Path) -> str | None:
    """The filesystem type of the mount holding ``path`` (Linux), or None when unknown."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, kind = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def location_risk(path: Path) -> str | None:
    """A warning sentence when the file lives where SQLite's WAL is unsafe, else None."""
    resolved = Path(os.path.abspath(path))
    text = str(resolved)
    if text.startswith(("\\\\", "//")):
        return (f"The database {path} is on a network share; two computers using it at once can "
                "damage it. Keep it on a local disk and share exports or backups instead.")
    for part in resolved.parts[:-1]:
        name = part.lower()
        if any(name == folder or name.startswith(folder + " ") or name.startswith(folder + "-")
               for folder in SYNC_FOLDERS):
            return (f"The database {path} is inside a cloud-sync folder ({part}); syncing while it "
                    "is open can damage it or lose changes. Keep it outside and sync backups instead.")
    kind = _mount_type(resolved.parent if resolved.parent.exists() else Path.cwd())
    if kind and kind.lower() in NETWORK_FILESYSTEMS:
        return (f"The database {path} is on a network filesystem ({kind}); SQLite's locking is "
                "unreliable there and the file can be damaged. Keep it on a local disk.")
    return None
