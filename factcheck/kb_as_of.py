"""The date the shipped knowledge base is current to, read from its ``meta.json`` alone.

It lives outside the ``factcheck.kb`` package on purpose: importing that package loads every
knowledge-base module, while the window's status bar needs only this date before its first
paint. ``factcheck.kb.shipped_as_of`` gives the same date with the package's error type.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from factcheck.resources import resource

META_FILE = "meta.json"


@lru_cache(maxsize=1)
def shipped_as_of() -> date:
    """The shipped data's date; ValueError, with one sentence, when ``meta.json`` is unreadable."""
    text = resource("kb").joinpath(META_FILE).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"The knowledge-base file {META_FILE} is not valid JSON "
                         f"(line {error.lineno}: {error.msg}).") from error
    if not isinstance(data, dict):
        raise ValueError(f"The knowledge-base file {META_FILE} must hold a JSON object.")
    value = str(data.get("as_of"))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"The knowledge-base file {META_FILE} has a bad date {value!r} "
                         "(expected YYYY-MM-DD).") from None
