"""A full disk, a cloud-sync folder, a network filesystem, two imports of one text at once."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck.errors import StoreError
from factcheck.store import Store, safety
from tests.db_helpers import raw
from tests.faults.conftest import factcheck, start_python


def test_a_full_disk_fails_the_edit_in_one_sentence_and_writes_nothing(seeded_db):
    path, _, ids = seeded_db
    store = Store(path, "tester")
    store.set_review(ids[0], {"note": "before"})
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is full after one page
    with pytest.raises(StoreError) as refused:
        store.set_review(ids[0], {"note": "x" * 2_000_000})
    message = str(refused.value)
    assert "full" in message and "not saved" in message and "\n" not in message
    assert store.review(ids[0]).note == "before"
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    store.set_review(ids[0], {"note": "after"})
    store.close()
    assert raw(path, "PRAGMA integrity_check") == [("ok",)]
    assert raw(path, "SELECT COUNT(*) FROM history WHERE new LIKE '\"xxxx%'") == [(0,)]


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Newsroom", "iCloud Drive", "Nextcloud"])
def test_a_database_in_a_cloud_sync_folder_gets_a_warning(tmp_path, folder):
    path = tmp_path / folder / "reviews" / "review.sqlite3"
    path.parent.mkdir(parents=True)
    with Store(path, "tester") as store:
        assert store.location_warning and "cloud-sync" in store.location_warning and folder in store.location_warning
    result = factcheck("list", "--db", str(path))
    assert result.returncode == 0
    assert result.stderr.startswith("factcheck: warning: ") and "cloud-sync" in result.stderr


def test_a_database_on_a_network_filesystem_gets_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "_mount_type", lambda path: "nfs4")
    with Store(tmp_path / "review.sqlite3", "tester") as store:
        assert "network filesystem (nfs4)" in (store.location_warning or "")


def test_a_local_database_gets_no_warning(tmp_path):
    with Store(tmp_path / "review.sqlite3", "tester") as store:
        assert store.location_warning is None


def test_two_programs_importing_one_text_at_once_store_it_once(tmp_path, seed_text):
    article = tmp_path / "same.txt"
    article.write_text(seed_text, encoding="utf-8")
    db = tmp_path / "race.sqlite3"
    Store(db, "tester").close()
    procs = [start_python("-m", "factcheck.cli", "import", str(article), "--db", str(db)) for _ in range(3)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert [code for _, _, code in results] == [0, 0, 0], results
    outputs = [out for out, _, _ in results]
    assert sum("Imported" in out for out in outputs) == 1
    assert sum("already there" in out for out in outputs) == 2
    conn = sqlite3.connect(str(db))
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone() == (1,)
    conn.close()
