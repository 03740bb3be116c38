"""Reading the database file the way another program would: its own connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def raw(store_or_path: Any, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of ``sql`` read with a separate connection (proves a change reached the file)."""
    path = store_or_path if isinstance(store_or_path, str | Path) else store_or_path.path
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
