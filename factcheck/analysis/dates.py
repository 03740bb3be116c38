"""claim.date: dates in the text, resolved against the article's date.

Values are ISO 8601: a day "2026-01-03", or an interval "START/END" of two days
("2025-12-11/2025-12-20" for "mid-December" in an article of January 2026). A month
or day without a year is the most recent one on or before the article date, unless
it falls at most a month after it or the sentence speaks of the future (a future verb, a
deadline, a condition in the present before a month: "if he wins in November"). "May" and
"March" count as months only beside a day, a year or a word of time ("in May").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from factcheck.analysis.common import Context, make
from factcheck.analysis.date_values import DateMention, resolve
from factcheck.model import Suggestion

DATE = "claim.date"

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PART = r"(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of|end of|start of)"
_TIME_WORDS = r"(?:in|since|until|till|by|during|from|through|throughout|last|this|next|of|before|after|early|late|mid|between|to|and|on|until|around|since early|since late)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,\d|\d|%|\.\d)(?:,?\s+{_YEAR}\b)?")),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?")),
    ("part_month", re.compile(rf"\b{_PART}[- ]{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)),
    ("month_year", re.compile(rf"\b{_MONTH}(?:,)?\s+{_YEAR}\b")),
    (
        "month",
        re.compile(rf"(?:\b(?P<cue>(?i:{_TIME_WORDS}))\s+)?\b{_MONTH}(?=[\s,.;:!?\u2019']|$)"),
    ),
    (
        "year_range",
        re.compile(
            r"(?<![\d$€£.,])\b(?P<year>(?:19|20)\d\d)\s?[\u2013\u2014/-]\s?(?P<end>(?:19|20)\d\d|\d\d)\b"
            r"(?![\d%,.]\d|-\d)"
        ),
    ),
    (
        "decade",
        re.compile(
            r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[- ])?(?P<decade>(?:19|20)\d0)[’']?s\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?:\b(?P<cue>{_TIME_WORDS}|the|year|in early|in late|in mid)[- ]?)?(?<![\d$€£.,])\b{_YEAR}\b(?![\d%,.]\d|[\u2013-]\d)(?P<after>\s+[a-z]+)?"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"(?:\b(?P<cue>last|this|next|on|since|until|by)\s+)?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>today|yesterday|tonight|this (?:week|month|year)|last (?:week|month|year)|"
            r"next (?:week|month|year)|earlier this (?:week|month|year)|later this (?:week|month|year)|"
            r"(?:this|next|last) weekend|(?:in|over) the coming (?:days|weeks|months)|"
            r"in recent (?:days|weeks|months|years)|over recent (?:days|weeks|months)|"
            r"(?:in|over|during) the (?:past|last) (?:few |several |two |three |four |six |\d+ )?(?:days?|weeks?|months?|years?)|"
            r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several) (?P<unit>days?|weeks?|months?|years?) ago)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "holiday",
        re.compile(
            r"\b(?P<holiday>Christmas Eve|Christmas Day|Christmas|New Year[’']s Eve|New Year[’']s Day)\b"
        ),
    ),
]
# Cheap tests that let a sentence skip the patterns that cannot match it.
_DIGIT_RE = re.compile(r"\d")
_MONTH_HINT_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_WEEKDAY_HINT_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_DECADE_HINT_RE = re.compile(r"\d0[’']?s")
_RELATIVE_HINT_RE = re.compile(
    r"(?i)\b(?:today|yesterday|tonight|recent|ago|coming)\b|"
    r"\b(?:this|last|next|past) (?:\w+ )?(?:day|week|month|year)"
)
_GATES: dict[str, tuple[str, ...]] = {
    "iso": ("digit",),
    "month_day": ("digit", "month"),
    "day_month": ("digit", "month"),
    "part_month": ("month",),
    "month_year": ("digit", "month"),
    "month": ("month",),
    "decade": ("decade",),
    "year_range": ("digit",),
    "year": ("digit",),
    "weekday": ("weekday",),
    "relative": ("relative",),
    "holiday": ("holiday",),
}
_WINDOW = 30
_CORES: dict[str, re.Pattern[str]] = {
    "month": re.compile(_MONTH),
    "year": re.compile(r"(?:19|20)\d\d"),
    "weekday": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
}
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|next|upcoming|scheduled|due to|(?:is|are) due|plans? to|expected to|is set to|"
    r"are set to)\b"
)


# Future wording just before a date: "said the package would be approved by March".
_FUTURE_NEAR_RE = re.compile(
    r"\b(?:would|will|’ll|'ll|(?:may|might|could)(?! have)|going to|expected to|due to|set to|"
    r"scheduled to|planned to|"
    r"plans to|aims to|hopes to|intends to|is to|are to)\b[^.;,]{0,50}$"
)
_DEADLINE_RE = re.compile(r"\b(?:by|until|till|before)\s+$")
_PAST_PERFECT_RE = re.compile(r"\bhad\b")


def _core_start(match: re.Match[str]) -> int:
    """Where the date proper starts, after any word of time the pattern took ("by March")."""
    for group in ("month", "wd", "year"):
        if group in match.re.groupindex and match.start(group) >= 0:
            return match.start(group)
    return match.start()


# Words of a clause told in the past.
_PAST_WORDS = (
    r"\b(?:[a-z]{2,}ed|was|were|had|did|said|took|won|lost|left|met|began|became|stepped|"
    r"quit|fled|ran|held|came|went|gave|made|told|got)\b"
)
_PAST_NEAR_RE = re.compile(_PAST_WORDS + r"[^,;]{0,40}$")


def _past_near(text: str, start: int) -> bool:
    """Whether the clause just before a date is in the past ("who resigned from the
    cabinet in July, is expected to stand"): the sentence's future is not this date's."""
    return _PAST_NEAR_RE.search(text[max(0, start - 45) : start]) is not None


# A condition in the present before a month: "if Democrats win the White House in November",
# "once the votes are counted in May"; not "if he had won in November", "once he became the
# nominee in May".
_CONDITION_RE = re.compile(
    r"\b(?:if|unless|once)\b(?P<clause>[^.;,:]{4,70})\b(?:in|by|until)\s+$", re.IGNORECASE
)
_PAST_IN_CONDITION_RE = re.compile(_PAST_WORDS)
_PASSIVE_RE = re.compile(r"\b(?:is|are|be|gets?)\s+[a-z]{2,}ed\b")
_MONTH_KINDS = frozenset({"month", "part_month", "month_day", "day_month"})


def _present_condition(before: str) -> bool:
    found = _CONDITION_RE.search(before)
    if found is None:
        return False
    clause = found["clause"]
    return not _PAST_IN_CONDITION_RE.search(clause) or bool(_PASSIVE_RE.search(clause))


def _future_near(text: str, start: int, kind: str = "") -> bool:
    """Whether the words just before a date speak of the future: a future or conditional
    verb in the same clause, a condition in the present before a month ("if he wins in
    November"), or a deadline ("by March") in a sentence not in the past perfect."""
    before = text[max(0, start - 60) : start]
    if _FUTURE_NEAR_RE.search(before):
        return True
    if kind in _MONTH_KINDS and _present_condition(text[max(0, start - 90) : start]):
        return True
    return bool(_DEADLINE_RE.search(before)) and not _PAST_PERFECT_RE.search(text)


def find_dates(text: str, today: date) -> list[DateMention]:
    """Dates in ``text`` (one sentence), resolved against ``today``; no overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, match, soon in _candidates(text):
        start, end = match.span()
        if any(start < b and a < end for a, b in taken):
            continue
        mention = resolve(kind, match, today, soon, text)
        if mention is None:
            continue
        taken.append((mention.start, mention.end))
        found.append(mention)
    found.sort(key=lambda m: m.start)
    return found


@lru_cache(maxsize=16384)
def _candidates(text: str) -> tuple[tuple[str, re.Match[str], bool], ...]:
    """What may be a date in ``text``, in the order ``find_dates`` tries them: (kind, match,
    whether the words around it speak of the future). It does not depend on the article's
    date, so an article read again on another date matches nothing anew."""
    gates = {
        "digit": _DIGIT_RE.search(text) is not None,
        "month": _MONTH_HINT_RE.search(text) is not None,
        "weekday": _WEEKDAY_HINT_RE.search(text) is not None,
        "relative": _RELATIVE_HINT_RE.search(text) is not None,
        "decade": _DECADE_HINT_RE.search(text) is not None,
        "holiday": "Christmas" in text or "New Year" in text,
    }
    if not any(gates.values()):
        return ()
    future = bool(_FUTURE_RE.search(text))
    found: list[tuple[str, re.Match[str], bool]] = []
    for kind, pattern in _PATTERNS:
        if not all(gates[g] for g in _GATES[kind]):
            continue
        for match in _matches(kind, pattern, text):
            core = _core_start(match)
            found.append((kind, match, (future and not _past_near(text, core))
                          or _future_near(text, core, kind)))
    return tuple(found)


def _matches(kind: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``; for patterns that open with an optional word of time,
    searched only in a window around each hit of their core, which is much faster."""
    core = _CORES.get(kind)
    if core is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    last_end = 0
    for hit in core.finditer(text):
        window_start = max(last_end, hit.start() - _WINDOW)
        for match in pattern.finditer(text, window_start, min(len(text), hit.end() + _WINDOW)):
            if match.start() <= hit.start() and match.end() >= hit.end():
                found.append(match)
                # Not match.end(): a year's match may take the next word ("2003 to"), which
                # is the cue of the next year ("from 2003 to 2014").
                last_end = hit.end()
                break
    return found


def detect_dates(ctx: Context) -> list[Suggestion]:
    """A claim.date suggestion for every date outside quotations... and inside them too:
    a quoted date is still a checkable claim."""
    assumed = ctx.article.published is None or ctx.article.published_assumed
    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        for mention in ctx.dates(sentence):
            span = sentence.text[mention.start : mention.end]
            message = f"Date “{span}” read as {mention.value}."
            relative = assumed and not _YEAR_IN_SPAN_RE.search(span)
            if relative:
                # "Monday", "January 3rd": read against a date that may be the import date.
                message += (
                    f" Read against the article's assumed date "
                    f"({ctx.today.isoformat()}); set the real publication date to check."
                )
            found.append(
                make(
                    sentence,
                    mention.start,
                    mention.end,
                    DATE,
                    message,
                    value=mention.value,
                    confidence="low" if relative else "high",
                )
            )
    return found


_YEAR_IN_SPAN_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b\d\d?/\d\d?/\d{2,4}\b")
