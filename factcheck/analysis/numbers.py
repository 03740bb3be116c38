"""claim.number: checkable figures — counts, amounts of money, percentages."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.analysis.common import Context, make
from factcheck.analysis.number_words import SPELLED_NUMBERS
from factcheck.model import Sentence, Suggestion

NUMBER = "claim.number"

_SPELLED = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|a hundred|one hundred|a thousand|dozens|hundreds|thousands|millions|tens of thousands|"
    "a dozen|half a million|a million|a billion"
)
# Fractions are figures too: "cut spending by almost a third".
_FRACTION_RE = re.compile(
    r"\b(?:a|one|two|three)[- ](?:third|quarter|fifth|tenth)s?\b|\bhalf of\b", re.IGNORECASE
)
_FRACTION_HINT_RE = re.compile(r"third|quarter|fifth|tenth|[Hh]alf of")
_FRACTION_VALUES = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?"
_FIGURE_RE = re.compile(
    r"(?P<cur>(?:US|C|A|NZ|HK)?[$€£¥]|USD\s?|EUR\s?|GBP\s?)?"
    r"(?<![\w.,/:-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?P<scale>{_SCALE})"
    r"(?P<unit>\s*(?:%|percent\b|per cent\b|percentage points?\b|(?:US )?dollars\b|euros\b|pounds\b|bolívares\b|bolivars\b|rubles\b|roubles\b|yuan\b|rupees\b|pesos\b))?"
    r"(?P<compound>-(?:\d+|[a-z]+(?:-[a-z]+)*)(?![\w-]))?"  # "30-day", "31-year-old", "190-0"
    r"(?![\w-])(?!\s*[ap]\.?m\b)(?!:\d)"  # not a time: "11 p.m.", "9:30"
)
_SPELLED_RE = re.compile(
    rf"(?<!\bthe )\b(?P<num>{_SPELLED})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+"
    r"(?:(?P<vague_of>of) )?(?!or\b|and\b|to\b|years? ago\b)(?P<noun>[a-zA-Z]+)",
    re.IGNORECASE,
)
# "Thousands of people" is a figure; "two of them" is not.
_VAGUE_AMOUNTS = frozenset("dozens hundreds thousands millions".split())
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[a-z]+")
_SPELLED_FIRST = frozenset(re.findall(r"[a-z]+", _SPELLED))
_MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}


def detect_numbers(ctx: Context) -> list[Suggestion]:
    """Figures other than the dates already read as dates (years, days of months)."""
    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        found.extend(_figures_in(sentence, tuple((m.start, m.end) for m in ctx.dates(sentence))))
    return found


@lru_cache(maxsize=16384)  # an article read again on another date: its dates mostly stay put
def _figures_in(sentence: Sentence, dated: tuple[tuple[int, int], ...]) -> tuple[Suggestion, ...]:
    """The figures of one sentence, outside the spans already read as dates."""
    return tuple(_find_figures(sentence, dated))


def _find_figures(sentence: Sentence, dated: tuple[tuple[int, int], ...]) -> list[Suggestion]:
    found: list[Suggestion] = []
    text = sentence.text
    taken = list(dated)

    def overlaps(start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in taken)

    def claim(start: int, end: int, value: str | None) -> None:
        taken.append((start, end))
        found.append(make(sentence, start, end, NUMBER,
                          f"Figure “{text[start:end]}”: check it against the source.", value=value))

    for match in _FIGURE_RE.finditer(text) if _DIGIT_RE.search(text) else ():
        start, end = match.span()
        if match["cur"] is None:
            start = match.start("num")
        if overlaps(start, end):
            continue
        if _is_label(text, start, end) or _is_interval(text, match.end()):
            continue
        value = _value(match)
        end = start + len(text[start:end].rstrip())
        if not (match["unit"] or match["cur"]):
            end = _counted_noun_end(text, end)  # "32 Cuban personnel"
        claim(start, end, value)
    spelled = _SPELLED_FIRST.isdisjoint(_WORD_RE.findall(text.lower()))
    for match in () if spelled else _SPELLED_RE.finditer(text):
        number = match["num"]
        if match["vague_of"] and number.lower() not in _VAGUE_AMOUNTS:
            continue
        if (
            number[0].isupper()
            and match.start() > 0
            and not text[: match.start()].rstrip().endswith((".", "“", '"'))
        ):
            continue  # "Group of Seven": a name
        after = match.end("vague_of") if match["vague_of"] else match.end("num")
        if _is_interval(text, match.end("num")):
            continue
        start, end = match.start("num"), _counted_noun_end(text, after)
        if not overlaps(start, end):
            claim(start, end, _spelled_value(match["num"]))
    fractions = _FRACTION_RE.finditer(text) if _FRACTION_HINT_RE.search(text) else ()
    for match in fractions:
        start, end = match.span()
        following = _FOLLOWING_WORD_RE.match(text, end)
        if (
            following
            and following.group(1) not in ("of", "and", "or")
            and match.group(0)[:1] in "aAoO"
        ):
            continue  # "a third term": an ordinal, not a fraction
        if not overlaps(start, end):
            claim(start, end, _fraction_value(match.group(0)))
    return found


def _fraction_value(words: str) -> str:
    """ "a third" -> "1/3", "two-thirds" -> "2/3", "half of" -> "1/2"."""
    parts = words.lower().replace("-", " ").split()
    if parts[0] == "half":
        return "1/2"
    count = {"a": 1, "one": 1, "two": 2, "three": 3}[parts[0]]
    return f"{count}/{_FRACTION_VALUES[parts[1].rstrip('s')]}"


_FOLLOWING_WORD_RE = re.compile(r" ([A-Za-z\u00c0-\u024f][\w\u2019'-]*)")
_NOT_COUNTED = frozenset(
    "of to in on at and or per a an the than more less over under about from by for with as "
    "percent cent times year years old is are was were".split()
)


def _counted_noun_end(text: str, end: int) -> int:
    """End of the thing counted after a number: capitalised words, then one common noun
    ("32 Cuban personnel", "6,000 National Guard troops", "1,500 people")."""
    position = end
    while True:
        word = _FOLLOWING_WORD_RE.match(text, position)
        if word is None:
            return position
        token = word.group(1)
        if token[0].isupper():
            position = word.end()
            continue
        if token.lower() in _NOT_COUNTED:
            return end if position == end else position
        return word.end()


_INTERVAL_RE = re.compile(
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:more\s+|full\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier|ago|on|since)\b"
)


def _is_interval(text: str, end: int) -> bool:
    """Date arithmetic, not a figure: "two days after the vote", "four years later"."""
    return _INTERVAL_RE.match(text, end) is not None


_MODEL_BEFORE_RE = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][A-Za-z]+ $")


def _is_label(text: str, start: int, end: int) -> bool:
    """Numbers that are names, not figures: "G20", "F-16", "COVID-19", "Resolution 2231",
    "Boeing 737" (a bare number right after a capitalised word inside the sentence)."""
    before = text[max(0, start - 12) : start]
    model = _MODEL_BEFORE_RE.search(text, 0, start)
    if model and model.start() > 0 and re.fullmatch(r"\d{1,4}", text[start:end].strip()):
        return True  # the capitalised word is not the sentence's first
    return bool(
        re.search(
            r"(?:No\.|Resolution|Article|Section|Chapter|Flight|Route|Highway|page|pages|p\.)\s*$",
            before,
        )
    )


def _value(match: re.Match[str]) -> str:
    number = float(match["num"].replace(",", ""))
    scale = (match["scale"] or "").strip().lower()
    number *= _MULTIPLIERS.get(scale, 1)
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    unit = (match["unit"] or "").strip().lower()
    currency = (match["cur"] or "").strip()
    if unit in ("%", "percent", "per cent"):
        return f"{text}%"
    if unit.startswith("percentage point"):
        return f"{text} pp"
    if currency:
        code = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}.get(
            currency, currency
        )
        return f"{code} {text}"
    if unit:
        return f"{text} {unit}"
    return text


_WORD_VALUES = SPELLED_NUMBERS | {
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "a thousand": 1000,
    "a dozen": 12,
    "a million": 1000000,
    "a billion": 1000000000,
    "half a million": 500000,
}


def _spelled_value(words: str) -> str:
    """ "eleven" -> "11"; vague amounts ("dozens", "thousands") stay words."""
    value = _WORD_VALUES.get(words.lower())
    return str(value) if value is not None else words.lower()
