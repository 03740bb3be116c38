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
    ``kind``, ``speaker`` (the source's name, or "" when a pronoun or a title stands for
    someone the sentence does not name), ``sources`` (every source the sentence gives, in order, each a
    ``name`` and a ``kind``: person, organisation, document or anonymous), ``start``/``end``
    (article offsets of the speaker phrase with its cue, or of the quoted words when the
    speaker comes from a quotation's tag) and ``confidence``."""
    found = attribution_of(suggestions)
    if found is None:
        return {"kind": "none", "speaker": None, "sources": [], "start": None, "end": None,
                "confidence": "high"}
    kind = found.kind.removeprefix("attribution.")
    sources = [{"name": str(s.get("name", "")), "kind": str(s.get("kind", "person"))}
               for s in found.proposed.get("sources") or [] if s.get("name")]
    data = {"kind": kind, "speaker": "", "sources": sources, "start": found.start,
            "end": found.end, "confidence": found.confidence}
    own = speaker_names(data)[0]
    data["speaker"] = own[0] if own else ""
    return data


def speaker_names(data: dict[str, Any]) -> tuple[list[str], list[str]]:
    """An ``attribution_json`` object's source names of its own kind (the unnamed sources of
    an anonymous sentence, else the named ones) and the others ("officials and Mr. Haley":
    "officials", then "Mr. Haley"); the first list is empty when a pronoun or a title stands
    for someone the sentence does not name."""
    anonymous = data["kind"] == "anonymous"
    own = [s["name"] for s in data["sources"] if (s["kind"] == "anonymous") == anonymous]
    others = [s["name"] for s in data["sources"] if (s["kind"] == "anonymous") != anonymous]
    return own, others


SHORT_STATES = {"named": "named", "anonymous": "anon.", "none": "none"}


def attribution_by_sentence(
    suggestions: Iterable[Suggestion], count: int
) -> list[dict[str, Any]]:
    """``attribution_json`` for sentences 0..count-1 (``Suggestion.sentence`` indexes)."""
    per: dict[int, list[Suggestion]] = {}
    for suggestion in suggestions:
        per.setdefault(suggestion.sentence, []).append(suggestion)
    return [attribution_json(per.get(i, [])) for i in range(count)]
