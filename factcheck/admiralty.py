"""Admiralty codes: a source's reliability letter (A–F) with the information's credibility
digit (1–6), written together as "B2". Qt-free so reports, the CLI and the window agree."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.model import CREDIBILITY_GRADES, RELIABILITY_GRADES, Source

UNJUDGED_CREDIBILITY = 6  # "truth cannot be judged" stands in until the reviewer grades


def admiralty_code(reliability: str | None, credibility: int | None) -> str:
    """One code such as "B2"; an ungraded sentence counts as 6, an ungraded source as F."""
    letter = (reliability or "F").strip().upper()[:1] or "F"
    if letter not in RELIABILITY_GRADES:
        letter = "F"
    digit = credibility if credibility in CREDIBILITY_GRADES else UNJUDGED_CREDIBILITY
    return f"{letter}{digit}"


def admiralty_codes(sources: Iterable[Source], credibility: int | None) -> list[tuple[Source, str]]:
    """Each cited source with its own code (several sources: the code of each)."""
    return [(source, admiralty_code(source.reliability, credibility)) for source in sources]


def shown_codes(codes: Iterable[str], credibility: int | None) -> str:
    """What a sentence list shows for its Admiralty codes: nothing until the reviewer grades the
    information (an ungraded sentence's "F6" would read as a judgment nobody made); then each
    cited source's code, or the bare digit when no source is cited."""
    if credibility not in CREDIBILITY_GRADES:
        return ""
    codes = list(codes)
    return " ".join(codes) if codes else str(credibility)


def describe_code(code: str) -> str:
    """ "B2" -> "Usually reliable source; probably true"."""
    letter, digit = code[:1], code[1:]
    source = RELIABILITY_GRADES.get(letter, "Unknown reliability")
    try:
        information = CREDIBILITY_GRADES[int(digit)]
    except (ValueError, KeyError):
        information = "not graded"
    return f"{source} source; {information[0].lower()}{information[1:]}"
