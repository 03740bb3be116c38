"""A sentence's attribution state (named / anonymous / none) read from its suggestions.

The engine raises one attribution suggestion per attributed sentence; a sentence without one
is unattributed (its ``attribution.none`` suggestion exists only when it makes a checkable
claim). The CLI's JSON, the sentence table and the detail panel all read the state from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from factcheck.model import Suggestion

NAMED = "attribution.named"
ANONYMOUS = "attribution.anonymous"
STATES = ("named", "anonymous", "none")


def attribution_of(suggestions: Iterable[Suggestion]) -> Suggestion | None:
    """The attribution suggestion among one sentence's suggestions (anonymous first)."""
    found = [s for s in suggestions if s.kind in (NAMED, ANONYMOUS)]
    found.sort(key=lambda s: s.kind != ANONYMOUS)
    return found[0] if found else None


def attribution_state(suggestions: Iterable[Suggestion]) -> str:
    """"named", "anonymous" or "none" for one sentence's suggestions."""
    found = attribution_of(suggestions)
    return "none" if found is None else found.kind.removeprefix("attribution.")


def attribution_json(suggestions: Iterable[Suggestion]) -> dict[str, Any]:
    """The ``attribution`` object of a sentence in ``check --json`` and ``show --json``:
    ``kind``, ``speaker`` (the source's name, or "" when a pronoun stands for someone the
    article does not name), ``start``/``end`` (article offsets of the speaker phrase with its
    cue, or of the quoted words when the speaker comes from a quotation's tag) and
    ``confidence``."""
    found = attribution_of(suggestions)
    if found is None:
        return {"kind": "none", "speaker": None, "start": None, "end": None, "confidence": "high"}
    kind = found.kind.removeprefix("attribution.")
    wanted = "anonymous" if kind == "anonymous" else None
    sources = found.proposed.get("sources") or []
    names = [s.get("name", "") for s in sources
             if wanted is None and s.get("kind") != "anonymous"
             or wanted is not None and s.get("kind") == wanted]
    return {"kind": kind, "speaker": names[0] if names else "", "start": found.start,
            "end": found.end, "confidence": found.confidence}


def attribution_label(suggestions: Iterable[Suggestion]) -> str:
    """The attribution state in the reviewer's words, for the detail panel."""
    data = attribution_json(suggestions)
    if data["kind"] == "none":
        return "No source given"
    who = data["speaker"] or "someone named earlier"
    if data["kind"] == "anonymous":
        return f"Unnamed source: {who}"
    return f"Named source: {who}"


SHORT_STATES = {"named": "named", "anonymous": "anon.", "none": "none"}


def attribution_by_sentence(
    suggestions: Iterable[Suggestion], count: int
) -> list[dict[str, Any]]:
    """``attribution_json`` for sentences 0..count-1 (``Suggestion.sentence`` indexes)."""
    per: dict[int, list[Suggestion]] = {}
    for suggestion in suggestions:
        per.setdefault(suggestion.sentence, []).append(suggestion)
    return [attribution_json(per.get(i, [])) for i in range(count)]
