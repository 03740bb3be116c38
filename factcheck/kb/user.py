"""The user's additions file: people the user added, and names the user said are not
the person the knowledge base suggested. Same format as the shipped files (see
resources/kb/README.md) plus a "different" list."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from factcheck.kb.loader import KnowledgeBaseError, _parse
from factcheck.kb.names import name_key, slugify
from factcheck.kb.types import Person

USER_FILE_NAME = "kb-additions.json"


def user_file_for(database: Path) -> Path:
    """The additions file that belongs next to ``database``."""
    return Path(database).with_name(USER_FILE_NAME)


def add_user_person(
    user_file: Path, name: str, aliases: Iterable[str] = (), description: str = ""
) -> Person:
    """Add a person to the user's additions file (created if missing) and return it.

    Adding a name the file already holds returns that person with the new aliases merged.
    """
    name = " ".join(name.split())
    if not name:
        raise KnowledgeBaseError("A person added to the knowledge base needs a name.")
    data = _read(user_file)
    people: list[dict[str, Any]] = data.setdefault("people", [])
    wanted = [a for a in dict.fromkeys(" ".join(a.split()) for a in aliases) if a and a != name]
    for item in people:
        if name_key(item.get("name", "")) == name_key(name):
            known = item.setdefault("aliases", [])
            known.extend(a for a in wanted if a not in known)
            if description:
                item["description"] = description
            _write(user_file, data)
            return _person(item)
    from factcheck.kb.loader import load_kb  # the shipped ids, to keep the new one unique

    taken = set(load_kb().people) | {item.get("id") for item in people}
    base = "user-" + (slugify(name) or "person")
    person_id, n = base, 2
    while person_id in taken:
        person_id, n = f"{base}-{n}", n + 1
    item = {"id": person_id, "name": name, "aliases": wanted, "description": description}
    people.append(item)
    _write(user_file, data)
    return _person(item)


def mark_different_person(user_file: Path, name: str, person_id: str) -> None:
    """Record that ``name`` is not ``person_id`` (so it is no longer a variant of them)."""
    data = _read(user_file)
    different: list[dict[str, str]] = data.setdefault("different", [])
    if not any(
        name_key(d.get("name", "")) == name_key(name) and d.get("person") == person_id
        for d in different
    ):
        different.append({"name": " ".join(name.split()), "person": person_id})
        _write(user_file, data)


def _person(item: dict[str, Any]) -> Person:
    return Person(
        id=item["id"],
        name=item["name"],
        aliases=tuple(item.get("aliases", ())),
        description=item.get("description", ""),
        user_added=True,
    )


def _read(user_file: Path) -> dict[str, Any]:
    path = Path(user_file)
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    return _parse(text, path.name) if text.strip() else {}


def _write(user_file: Path, data: dict[str, Any]) -> None:
    # Write a sibling temporary file and rename it, so a crash never leaves half a file.
    path = Path(user_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
