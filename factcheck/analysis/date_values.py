"""Turning a matched date expression into days: the year a month belongs to, the days
of "mid-December", "in recent weeks" and "last Friday"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.analysis.number_words import SPELLED_NUMBERS

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_NUMBER_WORDS = SPELLED_NUMBERS | {
    "a": 1,
    "few": 3,
    "several": 3,
    "a few": 3,
    "couple of": 2,
    "a couple of": 2,
}

_YEAR_NOUNS_OK = {
    "election",
    "elections",
    "vote",
    "war",
    "invasion",
    "coup",
    "summit",
    "campaign",
    "budget",
    "crisis",
    "census",
    "report",
    "agreement",
    "deal",
    "accord",
    "law",
    "constitution",
    "protests",
    "olympics",
    "referendum",
    "attack",
    "attacks",
    "presidential",
    "general",
    "midterm",
    "midterms",
    "uprising",
    "revolution",
    "earthquake",
    "pandemic",
    "season",
}

# Words of time that make "May" or "March" a month ("in May", "until March").
_MONTH_CUES = frozenset(
    "in since until till during through throughout last this next early late mid around "
    "until".split()
) | {"since early", "since late"}

_STRONG_YEAR_CUES = {
    "year",
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "through",
    "throughout",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "in early",
    "in late",
    "in mid",
}

_NOT_PLURAL = {
    "was",
    "has",
    "is",
    "as",
    "this",
    "its",
    "his",
    "us",
    "does",
    "always",
    "elections",
    "protests",
    "midterms",
    "olympics",
    "attacks",
}


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the searched text
    end: int
    first: date
    last: date
    relative: bool = False  # "in recent weeks", "yesterday": dated by the article itself

    @property
    def value(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    @property
    def is_day(self) -> bool:
        return self.first == self.last


_HOLIDAYS = {
    "Christmas": (12, 25),
    "Christmas Day": (12, 25),
    "Christmas Eve": (12, 24),
    "New Year's Eve": (12, 31),
    "New Year's Day": (1, 1),
}


def _month_of(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _pick_year(month: int, day: int, today: date, future: bool) -> int:
    year = today.year
    try:
        candidate = date(year, month, min(day, _last_day(year, month)))
    except ValueError:
        return year
    if candidate > today + timedelta(days=31) and not future:
        return year - 1
    if future and candidate < today - timedelta(days=31):
        return year + 1
    return year


def resolve(
    kind: str, m: re.Match[str], today: date, future: bool, text: str
) -> DateMention | None:
    """The days a match of pattern ``kind`` (see dates._PATTERNS) stands for, or None when
    the words are not a date after all ("May" the verb, "2000 troops")."""
    start, end = m.span()
    try:
        if kind == "iso":
            d = date(int(m["y"]), int(m["m"]), int(m["d"]))
            return DateMention(start, end, d, d)
        if kind in ("month_day", "day_month"):
            month, day = _month_of(m["month"]), int(m["day"])
            if not 1 <= day <= 31:
                return None
            year = int(m["year"]) if m["year"] else _pick_year(month, day, today, future)
            d = date(year, month, day)
            return DateMention(start, end, d, d)
        if kind == "part_month":
            month = _month_of(m["month"])
            year = int(m["year"]) if m["year"] else _pick_year(month, 15, today, future)
            part = m["part"].lower()
            last = _last_day(year, month)
            if part in ("early", "the beginning of", "the start of", "start of"):
                first_day, last_day = 1, 10
            elif part in ("mid", "the middle of"):
                first_day, last_day = 11, 20
            else:
                first_day, last_day = 21, last
            return DateMention(
                start, end, date(year, month, first_day), date(year, month, last_day)
            )
        if kind == "month_year":
            month, year = _month_of(m["month"]), int(m["year"])
            return DateMention(
                start, end, date(year, month, 1), date(year, month, _last_day(year, month))
            )
        if kind == "month":
            name = m["month"]
            if name.endswith(".") and not m["cue"]:
                return None
            # "May" the verb and "March" the noun: a month only after a word of time.
            cue = (m["cue"] or "").lower()
            opening = not text[: m.start()].strip(" \u201c\u2018\"'")  # "By March, the army…"
            if name in ("May", "March") and not (
                cue in _MONTH_CUES
                or (future and cue in ("by", "before", "from"))
                or (opening and cue in ("by", "before", "from"))
            ):
                return None  # "to May", "of May", "and May": Theresa May, not the month
            if not m["cue"] and _sentence_initial(text, m.start("month")):
                return None
            month = _month_of(name)
            year = _pick_year(month, 1, today, future or (m["cue"] or "").lower() == "next")
            if (m["cue"] or "").lower() == "last" and date(year, month, 1) >= date(
                today.year, today.month, 1
            ):
                year -= 1
            ms = m.start("month")
            return DateMention(
                ms, end, date(year, month, 1), date(year, month, _last_day(year, month))
            )
        if kind == "year_range":
            first_year = int(m["year"])
            end_text = m["end"]
            last_year = int(end_text) if len(end_text) == 4 else first_year // 100 * 100 + int(end_text)
            if last_year < first_year or last_year - first_year > 60:
                return None  # "1990-10": not a range of years
            return DateMention(start, end, date(first_year, 1, 1), date(last_year, 12, 31))
        if kind == "decade":
            decade = int(m["decade"])
            part = (m["part"] or "").lower()
            lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part, (0, 9))
            return DateMention(start, end, date(decade + lo, 1, 1), date(decade + hi, 12, 31))
        if kind == "year":
            year = int(m["year"])
            cue = (m["cue"] or "").lower()
            after = (m["after"] or "").strip()
            if not cue and after and after not in _YEAR_NOUNS_OK:
                return None  # "2000 troops"
            if cue not in _STRONG_YEAR_CUES and after.endswith("s") and after not in _NOT_PLURAL:
                return None  # "and 2000 troops"
            if cue == "the" and after.endswith("s") and after not in _NOT_PLURAL:
                return None  # "the 2000 soldiers"
            ys = m.start("year")
            if cue in ("early", "in early"):
                return DateMention(start, m.end("year"), date(year, 1, 1), date(year, 4, 30))
            if cue in ("late", "in late"):
                return DateMention(start, m.end("year"), date(year, 9, 1), date(year, 12, 31))
            return DateMention(ys, m.end("year"), date(year, 1, 1), date(year, 12, 31))
        if kind == "weekday":
            if not m["cue"] and _sentence_initial(text, m.start("wd")):
                return None
            target = _WEEKDAYS.index(m["wd"])
            cue = (m["cue"] or "").lower()
            if cue == "next" or (future and cue in ("", "on", "this", "by", "until")):
                delta = (target - today.weekday()) % 7 or 7
                d = today + timedelta(days=delta)
            else:
                delta = (today.weekday() - target) % 7
                if cue == "last" and delta == 0:
                    delta = 7
                d = today - timedelta(days=delta)
            ws = m.start("wd") if cue in ("on", "by", "since", "until") else start
            return DateMention(ws, end, d, d, relative=True)
        if kind == "relative":
            return _relative(m, today)
        if kind == "holiday":
            month, day = _HOLIDAYS[m["holiday"].replace("\u2019", "'")]
            # The nearest one to the article: "before Christmas" in October is this December.
            candidates = [date(today.year + k, month, day) for k in (-1, 0, 1)]
            d = min(candidates, key=lambda c: abs((c - today).days))
            return DateMention(start, end, d, d)
    except ValueError:
        return None
    return None


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u201c\u2018\"'(")
    return not before or before[-1] in ".!?:"


def _relative(m: re.Match[str], today: date) -> DateMention | None:
    start, end = m.span()
    rel = m["rel"].lower()

    def days(first: date, last: date) -> DateMention:
        return DateMention(start, end, first, last, relative=True)

    month_start = today.replace(day=1)
    if rel == "today" or rel == "tonight":
        return days(today, today)
    if rel == "yesterday":
        d = today - timedelta(days=1)
        return days(d, d)
    if rel in ("this week", "earlier this week", "later this week"):
        monday = today - timedelta(days=today.weekday())
        return days(monday, monday + timedelta(days=6))
    if rel == "last week":
        monday = today - timedelta(days=today.weekday() + 7)
        return days(monday, monday + timedelta(days=6))
    if rel == "next week":
        monday = today + timedelta(days=7 - today.weekday())
        return days(monday, monday + timedelta(days=6))
    if rel.endswith("weekend"):
        # The Saturday and Sunday of this, next or last week.
        saturday = today + timedelta(days=5 - today.weekday())
        shift = {"this": 0, "next": 7, "last": -7}[rel.split()[0]]
        saturday += timedelta(days=shift)
        return days(saturday, saturday + timedelta(days=1))
    if "coming" in rel:
        coming = re.search(r"(day|week|month)", rel)
        ahead = {"day": 7, "week": 42, "month": 120}[coming.group(1) if coming else "day"]
        return days(today, today + timedelta(days=ahead))
    if rel in ("this month", "earlier this month", "later this month"):
        last = today.replace(day=_last_day(today.year, today.month))
        return days(month_start, today if rel.startswith("earlier") else last)
    if rel == "last month":
        last = month_start - timedelta(days=1)
        return days(last.replace(day=1), last)
    if rel == "next month":
        first = (month_start + timedelta(days=32)).replace(day=1)
        return days(first, first.replace(day=_last_day(first.year, first.month)))
    if rel in ("this year", "earlier this year", "later this year"):
        return days(
            date(today.year, 1, 1), today if rel.startswith("earlier") else date(today.year, 12, 31)
        )
    if rel == "last year":
        return days(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    if rel == "next year":
        return days(date(today.year + 1, 1, 1), date(today.year + 1, 12, 31))
    if rel.endswith("ago"):
        n_text = m["n"].lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        unit = m["unit"].lower().rstrip("s")
        span = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        d = today - timedelta(days=span)
        if unit == "day":
            return days(d, d)
        return days(d - timedelta(days=span // 4), d + timedelta(days=span // 4))
    # "in recent weeks", "over the past few months": an interval ending at the article date.
    unit = re.search(r"(day|week|month|year)", rel)
    number = re.search(r"\b(\d+|two|three|four|six|few|several)\b", rel)
    count = 3
    if number:
        word = number.group(1)
        count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 3)
    per = {"day": 1, "week": 7, "month": 30, "year": 365}[unit.group(1) if unit else "week"]
    return days(today - timedelta(days=per * count), today)
