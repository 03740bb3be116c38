"""Writing big JSON documents piece by piece: lists may be generators (``Lazy``), so neither
the whole document's text nor all of its list items are ever held at once.

The output is byte for byte what ``json.dumps(value, ensure_ascii=False, indent=2)`` gives
for the same data with every ``Lazy`` made a list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_END = object()


class Lazy:
    """A JSON array whose items are produced while it is written."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)


def _has_lazy(value: Any) -> bool:
    if isinstance(value, Lazy):
        return True
    if isinstance(value, dict):
        return any(isinstance(v, Lazy | dict) and _has_lazy(v) for v in value.values())
    return False


def write_json(value: Any, write: Callable[[str], Any], indent: int = 2, level: int = 0) -> None:
    """Write ``value`` as indented JSON through ``write`` (e.g. ``sys.stdout.write``)."""
    here = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if isinstance(value, Lazy):
        items = iter(value)
        item = next(items, _END)
        if item is _END:
            write("[]")
            return
        write("[\n")
        while item is not _END:
            write(inner)
            write_json(item, write, indent, level + 1)
            item = next(items, _END)
            write(",\n" if item is not _END else "\n")
        write(here + "]")
    elif isinstance(value, dict) and _has_lazy(value):
        write("{\n")
        keys = list(value)
        for i, key in enumerate(keys):
            write(inner + json.dumps(key, ensure_ascii=False) + ": ")
            write_json(value[key], write, indent, level + 1)
            write(",\n" if i < len(keys) - 1 else "\n")
        write(here + "}")
    else:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        write(text.replace("\n", "\n" + here) if level else text)
