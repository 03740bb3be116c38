"""Settings shared by the CLI and the window: reviewer name, default database path.

The reviewer is, in order: an explicit value (``--reviewer``), ``FACTCHECK_REVIEWER``,
the name saved in the config file, the system user name.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "factcheck-review"
DB_FILENAME = "review.sqlite3"


def config_dir() -> Path:
    override = os.environ.get("FACTCHECK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("FACTCHECK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def config_path() -> Path:
    return config_dir() / "config.json"


def default_db_path() -> Path:
    """The database used when no ``--db`` is given: ``FACTCHECK_DB`` or the user data dir."""
    override = os.environ.get("FACTCHECK_DB")
    return Path(override) if override else data_dir() / DB_FILENAME


def is_default_db(path: Path) -> bool:
    """Only the default database gets the seed article when first created."""
    return Path(path).expanduser().absolute() == default_db_path().expanduser().absolute()


def load_config() -> dict[str, Any]:
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_config(values: dict[str, Any]) -> None:
    """Merge ``values`` into the config file (written atomically)."""
    data = load_config()
    data.update(values)
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def system_user_name() -> str:
    try:
        return getpass.getuser() or "reviewer"
    except (KeyError, OSError):
        return "reviewer"


def configured_reviewer() -> str | None:
    """The reviewer saved in the config file, if the user ever chose one."""
    name = load_config().get("reviewer")
    return name.strip() if isinstance(name, str) and name.strip() else None


def reviewer_name(explicit: str | None = None) -> str:
    for candidate in (explicit, os.environ.get("FACTCHECK_REVIEWER"), configured_reviewer()):
        if candidate and candidate.strip():
            return candidate.strip()
    return system_user_name()


def set_reviewer(name: str) -> None:
    name = name.strip()
    if not name:
        raise ValueError("The reviewer name cannot be empty.")
    save_config({"reviewer": name})
