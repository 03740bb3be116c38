"""Admiralty codes for display: "B2" with its meaning as a tooltip (formatting lives in the core)."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_review.ui.vocabulary import credibility_word, reliability_word
from PySide6.QtCore import QCoreApplication

from factcheck.admiralty import admiralty_code, admiralty_codes
from factcheck.model import CREDIBILITY_GRADES, RELIABILITY_GRADES, Source

__all__ = ["admiralty_code", "codes_text", "codes_tooltip", "credibility_label", "describe_code",
           "reliability_label"]


def reliability_label(letter: str) -> str:
    """ "B — Usually reliable"."""
    return f"{letter} — {reliability_word(letter)}"


def credibility_label(grade: int) -> str:
    """ "2 — Probably true"."""
    return f"{grade} — {credibility_word(grade)}"


def describe_code(code: str) -> str:
    """ "B2" -> "Usually reliable source; probably true" in the interface language (the core's
    factcheck.admiralty.describe_code says it in English for reports)."""
    letter, digit = code[:1], code[1:]
    source = reliability_word(letter) if letter in RELIABILITY_GRADES else QCoreApplication.translate(
        "Admiralty", "Unknown reliability")
    grade = int(digit) if digit.isdigit() else 0
    information = credibility_word(grade) if grade in CREDIBILITY_GRADES else QCoreApplication.translate(
        "Admiralty", "not graded")
    text = QCoreApplication.translate("Admiralty", "{reliability} source; {information}").format(
        reliability=source[0].lower() + source[1:], information=information[0].lower() + information[1:])
    return text[0].upper() + text[1:]


def codes_text(sources: Iterable[Source], credibility: int | None) -> str:
    """ "B2 · F2": the code of each cited source, or "" when none is cited."""
    return " · ".join(code for _, code in admiralty_codes(sources, credibility))


def codes_tooltip(sources: Iterable[Source], credibility: int | None) -> str:
    lines = [f"{source.name}: {code} — {describe_code(code)}"
             for source, code in admiralty_codes(sources, credibility)]
    return "\n".join(lines)
