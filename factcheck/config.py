"""Settings shared by the CLI and the window: reviewer name, default database path, publisher profile.

The reviewer is, in order: an explicit value (``--reviewer``), ``FACTCHECK_REVIEWER``,
the name saved in the config file, the system user name.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

APP_NAME = "factcheck-review"
DB_FILENAME = "review.sqlite3"


def config_dir() -> Path:
    override = os.environ.get("FACTCHECK_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs  # only without the override: it costs the window's start-up a few ms

    return Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("FACTCHECK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


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
    import getpass  # here: only a start without a reviewer name needs it

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


# -- settings by key (``factcheck config get|set KEY [VALUE]``) ---------------

PUBLISHER_KEYS: tuple[str, ...] = (
    "publisher.name",
    "publisher.url",
    "publisher.logo",
    "publisher.review_url",
    "publisher.language",
)
SETTING_KEYS: tuple[str, ...] = ("reviewer",) + PUBLISHER_KEYS
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def check_setting(key: str, value: str) -> str:
    """The value as it will be stored; raises ValueError with one sentence when it cannot be."""
    from factcheck.urls import is_web_url

    if key not in SETTING_KEYS:
        raise ValueError(f"Unknown setting {key!r}; use one of {', '.join(SETTING_KEYS)}.")
    value = value.strip()
    if key == "reviewer":
        if not value:
            raise ValueError("The reviewer name cannot be empty.")
        return value
    if not value:
        return ""  # an empty value clears a publisher setting
    if key in ("publisher.url", "publisher.logo") and not is_web_url(value):
        raise ValueError(f"{key} must be an http:// or https:// address with a host.")
    if key == "publisher.review_url":
        missing = [p for p in ("{article}", "{sentence}") if p not in value]
        if missing:
            raise ValueError("publisher.review_url must contain {article} and {sentence}, "
                             "e.g. https://checks.example/{article}#s{sentence}.")
        if not is_web_url(value.replace("{article}", "a").replace("{sentence}", "1")):
            raise ValueError("publisher.review_url must be an http:// or https:// address with a host.")
    if key == "publisher.language" and not _LANGUAGE.fullmatch(value):
        raise ValueError("publisher.language must be a language tag such as en, es or pt-BR.")
    return value


def get_setting(key: str) -> str | None:
    """A setting by key (``reviewer``, ``publisher.name``…), or None when it is not set."""
    if key not in SETTING_KEYS:
        raise ValueError(f"Unknown setting {key!r}; use one of {', '.join(SETTING_KEYS)}.")
    data = load_config()
    if key == "reviewer":
        return configured_reviewer()
    section = data.get("publisher")
    value = section.get(key.split(".", 1)[1]) if isinstance(section, dict) else None
    return value if isinstance(value, str) and value else None


def set_setting(key: str, value: str) -> str:
    """Check and save one setting; an empty value clears a publisher setting. Returns what was stored."""
    stored = check_setting(key, value)
    if key == "reviewer":
        set_reviewer(stored)
        return stored
    section = load_config().get("publisher")
    publisher = dict(section) if isinstance(section, dict) else {}
    name = key.split(".", 1)[1]
    if stored:
        publisher[name] = stored
    else:
        publisher.pop(name, None)
    save_config({"publisher": publisher})
    return stored
