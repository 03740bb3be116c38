"""Admiralty codes for display: "B2" with its meaning as a tooltip (formatting lives in the core)."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.admiralty import admiralty_code, admiralty_codes, describe_code
from factcheck.model import CREDIBILITY_GRADES, RELIABILITY_GRADES, Source

__all__ = ["admiralty_code", "codes_text", "codes_tooltip", "credibility_label", "describe_code",
           "reliability_label"]


def reliability_label(letter: str) -> str:
    """ "B — Usually reliable"."""
    return f"{letter} — {RELIABILITY_GRADES.get(letter, 'Unknown')}"


def credibility_label(grade: int) -> str:
    """ "2 — Probably true"."""
    return f"{grade} — {CREDIBILITY_GRADES.get(grade, 'Unknown')}"


def codes_text(sources: Iterable[Source], credibility: int | None) -> str:
    """ "B2 · F2": the code of each cited source, or "" when none is cited."""
    return " · ".join(code for _, code in admiralty_codes(sources, credibility))


def codes_tooltip(sources: Iterable[Source], credibility: int | None) -> str:
    lines = [f"{source.name}: {code} — {describe_code(code)}"
             for source, code in admiralty_codes(sources, credibility)]
    return "\n".join(lines)
