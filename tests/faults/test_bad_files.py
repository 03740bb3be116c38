"""Every kind of bad database file: one sentence from the CLI, and the file's bytes unchanged."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from factcheck.errors import StoreError
from factcheck.store import Store
from tests.faults.conftest import factcheck

PAGE = 4096


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"


def _good_copy(seeded_db, target: Path) -> bytes:
    path, _, _ = seeded_db
    shutil.copy(path, target)
    return target.read_bytes()


def _make(kind: str, seeded_db, folder: Path) -> Path:
    path = folder / f"{kind}.sqlite3"
    if kind == "not_sqlite":
        path.write_bytes(b"Dear editor, this is a letter, not a database.\n" * 200)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
    elif kind == "missing_folder":
        path = folder / "no such folder" / "review.sqlite3"
    elif kind == "other_program":
        conn = sqlite3.connect(str(path))
        conn.execute("CREATE TABLE birds (name TEXT)")
        conn.commit()
        conn.close()
    else:
        data = _good_copy(seeded_db, path)
        assert len(data) > 8 * PAGE
        if kind == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif kind == "zeroed_first_page":
            path.write_bytes(b"\0" * PAGE + data[PAGE:])
        elif kind == "zeroed_middle_page":
            middle = (len(data) // PAGE // 2) * PAGE
            path.write_bytes(data[:middle] + b"\0" * PAGE + data[middle + PAGE:])
        elif kind == "newer_schema":
            conn = sqlite3.connect(str(path))
            conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                         " VALUES ('factcheck', '9999_future', 'x')")
            conn.commit()
            conn.close()
    return path


BAD = ["not_sqlite", "empty", "folder", "missing_folder", "other_program", "truncated",
       "zeroed_first_page", "zeroed_middle_page", "newer_schema"]


@pytest.mark.parametrize("kind", BAD)
def test_cli_gives_one_sentence_and_leaves_the_file_alone(kind, seeded_db, tmp_path):
    path = _make(kind, seeded_db, tmp_path)
    before = _sha(path) if path.exists() else None
    for command in (["list"], ["review", "x", "1", "--sourced", "yes"], ["backup", "-o", str(tmp_path / "b")]):
        result = factcheck(*command, "--db", str(path))
        assert result.returncode == 1, (command, result.stdout)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("factcheck: "), result.stderr
        assert "unexpected error" not in lines[0] and "Traceback" not in result.stderr
        assert (_sha(path) if path.exists() else None) == before
    assert not (tmp_path / "b").exists()
    assert not path.with_name(path.name + "-wal").exists() or kind == "folder"


@pytest.mark.parametrize("kind", ["zeroed_middle_page", "truncated"])
def test_a_damaged_file_is_never_written_and_says_how_to_recover(kind, seeded_db, tmp_path):
    path = _make(kind, seeded_db, tmp_path)
    before = _sha(path)
    with pytest.raises(StoreError) as raised:
        Store(path)
    assert "damaged" in str(raised.value) and "restore" in str(raised.value)
    assert _sha(path) == before


def test_a_damaged_file_opens_read_only_for_export_and_restore_puts_a_backup_back(seeded_db, tmp_path):
    path, article_id, _ = seeded_db
    backup = tmp_path / "backup.sqlite3"
    assert factcheck("backup", "-o", str(backup), "--db", str(path)).returncode == 0
    data = path.read_bytes()
    middle = (len(data) // PAGE // 2) * PAGE
    path.write_bytes(data[:middle] + b"\0" * PAGE + data[middle + PAGE:])
    before = _sha(path)
    listed = factcheck("list", "--read-only", "--db", str(path))
    assert listed.returncode in (0, 1) and "Traceback" not in listed.stderr
    assert _sha(path) == before
    with Store(path, read_only=True) as store:
        assert store.damage is not None and not store.editable
        with pytest.raises(StoreError, match="read-only"):
            store.set_meta("x", "y")
    restored = factcheck("restore", str(backup), "--db", str(path))
    assert restored.returncode == 0, restored.stderr
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and _sha(kept[0]) == before  # the damaged file is kept, not deleted
    shown = factcheck("show", article_id, "--json", "--db", str(path))
    assert shown.returncode == 0 and '"sentences"' in shown.stdout


def test_restore_refuses_a_damaged_backup_and_replaces_nothing(seeded_db, tmp_path):
    path, _, _ = seeded_db
    bad = _make("zeroed_middle_page", seeded_db, tmp_path)
    before = _sha(path)
    result = factcheck("restore", str(bad), "--db", str(path))
    assert result.returncode == 1 and "damaged" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _sha(path) == before


def test_backup_of_a_sound_file_is_checked_and_readable(seeded_db, tmp_path):
    path, _, _ = seeded_db
    result = factcheck("backup", "-o", str(tmp_path / "copy.sqlite3"), "--db", str(path))
    assert result.returncode == 0
    conn = sqlite3.connect(str(tmp_path / "copy.sqlite3"))
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def _read_only_place(seeded_db, tmp_path, folder_too: bool, monkeypatch) -> Path:
    """A copy of the database its user may not write (root may write anything: it is shown
    the file as an ordinary user would see it)."""
    base = tmp_path / "ro"
    base.mkdir()
    path = base / "readonly.sqlite3"
    _good_copy(seeded_db, path)
    os.chmod(path, 0o444)
    if folder_too:
        os.chmod(base, 0o555)
    if os.geteuid() == 0:
        from factcheck.store import safety

        real_access = os.access
        locked = {path, base} if folder_too else {path}
        monkeypatch.setattr(safety.os, "access", lambda p, mode: (
            False if Path(p) in locked and mode == os.W_OK else real_access(p, mode)))
    return path


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "folder"])
def test_a_read_only_database_is_read_but_never_written(seeded_db, tmp_path, folder_too, monkeypatch, capsys):
    from factcheck.cli import main

    path = _read_only_place(seeded_db, tmp_path, folder_too, monkeypatch)
    _, article_id, _ = seeded_db
    before = _sha(path)
    try:
        assert main(["list", "--db", str(path)]) == 0
        assert article_id in capsys.readouterr().out
        assert main(["review", article_id, "1", "--sourced", "yes", "--db", str(path)]) == 1
        assert capsys.readouterr().err.strip().splitlines() == [
            f"factcheck: The database {path} is open read-only; nothing can be changed in it."]
        with Store(path) as store:
            assert store.read_only and not store.editable
        assert _sha(path) == before
    finally:
        os.chmod(path.parent, 0o755)
        os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
