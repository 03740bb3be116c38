"""When the events of a sentence happen, as far as its words say: the date in the clause of
a reference, else the tense of the verb it is the subject of, else the story's days.

Used by the anachronism detector: ``event_time`` returns (first, last, related sentences,
reason) for one office reference (anything with ``start``, ``end`` and ``executive``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import Any

from factcheck.analysis.common import Context
from factcheck.analysis.dates import DateMention
from factcheck.model import Sentence

_RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|whom)\s+(?:[Tt]he\s+)?$")
_UNDER_RE = re.compile(r"\b[Uu]nder (?:the )?$")
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|until|till|before)\s+$")
_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b")
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:from|of|with|by|for|against|to|about|toward|towards|among|between|within) (?:the )?$"
)
_DURING_RE = re.compile(r"\b(?:[Dd]uring|[Tt]hroughout|[Ii]n) (?:the )?$")
_APPOSITIVE_RE = re.compile(r"^\s*,[^,;.]{1,80},")
_WORD_RE = re.compile(r"[a-z’']+")
_ADVERBS = frozenset(
    "also still now already again recently reportedly publicly privately repeatedly actively "
    "long meanwhile just then later previously once never always further quickly newly "
    "himself herself itself personally separately jointly formally".split()
)
_BE_WORDS = frozenset("is are was were".split())
_PARTICIPLES = frozenset(
    "known seen held said told given made kept thought brought bought caught taught left "
    "led met paid sent spent won lost shown cut hit put set".split()
)
_FUTURE_PARTICIPLES = frozenset(
    "set expected due scheduled poised slated going about likely expected".split()
)
_FUTURE_WORDS = frozenset("will would shall may might could should ’ll 'll".split())
_PRESENT_WORDS = frozenset(
    "is are am has have remain continue say want seek hold face lead".split()
)
_PAST_WORDS = frozenset(
    "was were did said told met led took made sent began won held gave went spoke saw "
    "fled chose sought ran wrote left lost came became brought struck drew oversaw put set "
    "signed cut hit kept let paid read sat stood thought understood withdrew".split()
)
# Where a clause ends: punctuation, and the conjunctions and subordinators that open another.
_RECENT = timedelta(days=120)
_STORY_WINDOW = timedelta(days=60)
_NEWS_DAYS = timedelta(days=21)


def event_time(
    ctx: Context,
    sentence: Sentence,
    reference: Any,
    dated: dict[int, list[DateMention]],
    recent: tuple[list[int], list[int]],
    clause: tuple[int, int] | None = None,
):
    """(first, last, related sentence indexes, reason) for the events of the reference.

    A date dates the clause it stands in (``clause``: "President Obama, who took office in
    2009, said on Tuesday" dates him by Tuesday), not the whole sentence."""
    text = sentence.text
    left, right = clause or (0, len(text))
    own = [
        m
        for m in dated[sentence.index]
        if not (m.start >= reference.start and m.end <= reference.end)
        and left <= m.start
        and m.end <= right
    ]
    if _UNDER_RE.search(text, max(0, reference.start - 12), reference.start):
        # "Under President Trump, the US had agreed to withdraw by May 1": a deadline is
        # the agreement's target, not the time of the period.
        own = [
            m for m in own if not _DEADLINE_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
        ]
    if text[reference.end : reference.end + 2] in ("’s", "'s"):
        # "The Biden administration's sanctions were lifted last month": a date dates the
        # possessed thing's fate, unless it stands in the noun phrase itself ("the Biden
        # administration's decision last month").
        own = [
            m
            for m in own
            if 0 <= m.start - reference.end <= 40
            and not _VERB_RE.search(text, reference.end, m.start)
        ]
    if own:
        nearest = min(
            own,
            key=lambda m: (
                abs(m.start - reference.end)
                if m.start >= reference.end
                else abs(reference.start - m.end) + 5
            ),
        )
        first, last = nearest.first, nearest.last
        if (
            first < ctx.today <= last
            and _subject_tense(text[reference.end : reference.end + 120]) == "future"
        ):
            first = ctx.today + timedelta(days=1)  # "will attend … this month": the rest of it
        return (
            first,
            last,
            (),
            f"the sentence dates it “{text[nearest.start : nearest.end]}”",
        )
    if _DURING_RE.search(text, max(0, reference.start - 16), reference.start):
        # "During the Obama administration, sanctions were eased": the reference names the
        # period itself, so it is right by construction unless a date says otherwise.
        return None
    under = bool(_UNDER_RE.search(text, max(0, reference.start - 12), reference.start))
    if under:
        # "Under the Biden administration, Washington has pressured…": the main clause's tense.
        tense = _clause_tense(text[reference.end : reference.end + 160])
    elif _PREPOSITION_BEFORE_RE.search(text, max(0, reference.start - 12), reference.start):
        # "Officials from the Obama administration praised…": not the subject.
        tense = None
    else:
        tense = _subject_tense(text[reference.end : reference.end + 120])
    if tense == "future":
        # "Prime Minister Bennett will meet Biden": the coming weeks, from the article's date.
        return (
            ctx.today + timedelta(days=1),
            ctx.today + _STORY_WINDOW,
            (),
            f"it is told in the future, after {ctx.today.isoformat()}",
        )
    if tense is None or tense == "background":
        # Not the subject of its clause ("critics blame the Biden administration"): the
        # sentence does not say when, only that it was before the article.
        return date.min, ctx.today, (), f"it is mentioned before {ctx.today.isoformat()}"
    if tense == "present":
        related = _nearest_recent(sentence, recent)
        return (
            ctx.today,
            ctx.today,
            related,
            f"it is told in the present, as of {ctx.today.isoformat()}",
        )
    if tense == "past" and _RELATIVE_BEFORE_RE.search(
        text, max(0, reference.start - 10), reference.start
    ):
        # "the deal that President Obama signed": a relative clause tells the background.
        return date.min, ctx.today, (), f"it is told in the past, before {ctx.today.isoformat()}"
    if tense == "past" and under:
        # "Under President Obama, the United States eased sanctions": a period recalled.
        return date.min, ctx.today, (), f"it is told in the past, before {ctx.today.isoformat()}"
    if tense == "past" and reference.executive:
        # "The Trump administration imposed tariffs": idiom for a past government's
        # record, not a claim about the story's weeks -- unless the sentences around it
        # tell the story's own days ("… met in Cairo on Thursday. The Obama administration
        # reportedly urged restraint, a diplomat said.").
        around = _story_neighbours(ctx, sentence, dated)
        if around:
            return (
                ctx.today - _STORY_WINDOW,
                ctx.today,
                around,
                f"it is told in the past among the events of the days before {ctx.today.isoformat()}",
            )
        return date.min, ctx.today, (), f"it is told in the past, before {ctx.today.isoformat()}"
    if tense == "past":
        # An undated simple past with a title tells the story's recent events ("Prime
        # Minister X congratulated…"); background comes dated, in the past perfect, or
        # with "former"/"then-".
        return (
            ctx.today - _STORY_WINDOW,
            ctx.today,
            _nearest_recent(sentence, recent),
            f"it is told in the past without a date, as news of the weeks before {ctx.today.isoformat()}",
        )
    return None


def _story_neighbours(
    ctx: Context, sentence: Sentence, dated: dict[int, list[DateMention]]
) -> tuple[int, ...]:
    """The sentences just before and after ``sentence`` that date the story's own days:
    a day at most three weeks before the article (or a week after). Wire paragraphs are
    often one sentence long, so the neighbours may stand in the next paragraph."""
    found = []
    for index in (sentence.index - 1, sentence.index + 1):
        if not 0 <= index < len(ctx.sentences):
            continue
        for mention in dated.get(index, ()):
            if mention.is_day and (
                ctx.today - _NEWS_DAYS <= mention.first <= ctx.today + timedelta(days=7)
            ):
                found.append(index)
                break
    return tuple(found)


def _clause_tense(after: str) -> str | None:
    """The tense of the first finite verb among the next words ("…, Washington has been
    pressuring" -> present)."""
    for word in _WORD_RE.findall(after.lower())[:10]:
        if word in _FUTURE_WORDS:
            return "future"
        if word in _PRESENT_WORDS:
            return "present"
        if word == "had":
            return "background"
        if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4):
            return "past"
    return None


def _subject_tense(after: str) -> str | None:
    """The tense of the verb the reference is the subject of: "present", "past",
    "future", or None when no verb follows it (an object, a possessive)."""
    if after[:2] in ("’s", "'s"):
        return None
    appositive = _APPOSITIVE_RE.match(after)
    if appositive:
        after = after[appositive.end() :]
    words = [w for w in _WORD_RE.findall(after.lower())[:6] if w not in _ADVERBS]
    # "is remembered", "was criticised", "has been praised": a passive says nothing about
    # when the office was held ("has urged" is active).
    if (
        len(words) >= 3
        and words[0] in ("is", "are")
        and words[1] in _FUTURE_PARTICIPLES
        and words[2] == "to"
    ):
        return "future"  # "is set to visit", "is expected to meet"
    participle = None
    if len(words) >= 2 and words[0] in _BE_WORDS:
        participle = words[1]
    elif len(words) >= 3 and words[0] in ("has", "have", "had") and words[1] == "been":
        participle = words[2]
    if participle and (participle.endswith(("ed", "en")) or participle in _PARTICIPLES):
        return None
    for word in words[:1]:
        if word in _FUTURE_WORDS:
            return "future"
        if word in _PRESENT_WORDS or (
            len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        ):
            return "present"
        if word == "had":
            return "background"  # past perfect: earlier than the story, date unknown
        if word in _PAST_WORDS or word.endswith("ed"):
            return "past"
        return None
    return None


def recent_dated(ctx: Context, dated: dict[int, list[DateMention]]) -> tuple[list[int], list[int]]:
    """The sentences whose own dates place the article's events near its date, in
    reading order: (those with a day, those with an interval)."""
    found: tuple[list[int], list[int]] = ([], [])
    for index, mentions in dated.items():
        for mention in mentions:
            if mention.relative and not mention.is_day:
                continue  # "in recent weeks" dates nothing precisely
            if ctx.today - _RECENT <= mention.last and mention.first <= ctx.today + timedelta(
                days=7
            ):
                found[0 if mention.is_day else 1].append(index)
                break
    return found


def _nearest_recent(sentence: Sentence, recent: tuple[list[int], list[int]]) -> tuple[int, ...]:
    """The (at most two) recent dated sentences that best date a present-tense sentence:
    days before intervals, then the nearest."""
    chosen: list[int] = []
    for indexes in recent:
        position = bisect_left(indexes, sentence.index)
        # The nearest few on either side, in order of distance.
        around = [i for i in indexes[max(0, position - 2) : position + 3] if i != sentence.index]
        around.sort(key=lambda i: abs(i - sentence.index))
        chosen += around[: 2 - len(chosen)]
        if len(chosen) == 2:
            break
    return tuple(chosen)
