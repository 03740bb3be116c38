"""temporal.anachronism: an office holder, title or administration that does not fit
the date of the events.

For each "Title Name" ("President Joe Biden", "Cuban Foreign Minister Bruno
Rodríguez") and each "Name administration / government / presidency", the offices the
person held under that title are looked up with their terms (all of them: an office
held twice counts twice). The events are dated by a date in the sentence (the one
nearest the reference: "under the Obama administration in 2014"); else by the tense
of the verb the reference is the subject of: the present and present perfect speak of
the article's date, an undated simple past of the story's weeks before it, a past
perfect or a reference that is not a subject only of some time before the article.
"former", "ex-", "then-", "the late" and their kind mark a reference that is right by
construction, and quoted words are the speaker's, not the article's. ``related`` holds
the sentences whose dates place the story near the article's date. ``value`` is the
date of the events as ISO 8601: a day, "START/END", or "../END" when only an upper
bound is known.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.analysis.common import Context, fold, make
from factcheck.analysis.dates import DateMention
from factcheck.analysis.kbindex import KBIndex, find_exact, title_before
from factcheck.analysis.names import NameMention
from factcheck.analysis.variants import closest_person
from factcheck.kb.types import Office, Person, Term
from factcheck.model import Sentence, Suggestion

ANACHRONISM = "temporal.anachronism"

_SAFE_BEFORE_RE = re.compile(
    r"(?:\b(?:former|ex|then|late|previous|predecessor|predecessors|past|deposed|ousted|"
    r"future|later|incoming|would-be|onetime|one-time|erstwhile|first|second|successive|"
    r"successor|elected|elect|era)\b[\s-]*(?:\S+\s+){0,3}$)|(?:ex-|then-)\S*\s*$",
    re.IGNORECASE,
)
_SAFE_AFTER_RE = re.compile(
    r"^(?:-era|[-\s]elect\b|’s predecessor|'s predecessor|,? who (?:was|served|had been) "
    r"(?=[^,.;]*\b(?:19|20)\d\d\b|then\b|at the time\b))",
    re.IGNORECASE,
)
_EXECUTIVE_RE = re.compile(
    r"^(?:[’']s)?\s+(?P<what>administration|government|presidency|cabinet|White House|regime|premiership)\b"
)
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
_CLAUSE_BREAK_RE = re.compile(
    r"[;:()\u2014\u2013]|,\s(?!when\b)|\s-\s|\b(?:and|but|while|whereas|because|although|"
    r"though|if|unless|who|whom|which|that|where)\b"
)
# A hypothetical or conditional clause tells no event: "could never control President Trump",
# "a Trump presidency would", "if Clinton's administration…".
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|would|could|might|may|should|whether|imagine|imagined|"
    r"hypothetical|potential|possible|prospective|future)\b|[’']d\b"
)
_MODAL_AFTER_RE = re.compile(
    r"^(?:[’']s)?\s+(?:\w+\s+)?(?:would|could|might|may|should)\b|^[’']d\b"
)
# Courtesy titles US usage keeps for former holders: one word before the name.
_COURTESY_TITLES = frozenset({"president", "secretary", "vice president", "ambassador"})
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Aa]ny)\s+$")
_RECENT = timedelta(days=120)
_STORY_WINDOW = timedelta(days=60)
_NEWS_DAYS = timedelta(days=21)


@dataclass(frozen=True)
class OfficeReference:
    start: int  # in the sentence text
    end: int
    words: str  # as written: "The Biden administration", "President Joe Biden"
    people: tuple[Person, ...]
    offices: tuple[Office, ...]
    executive: bool = False  # "X administration / government" rather than "Title X"
    title: str = ""  # the folded title words before the name ("secretary of state")


def detect_anachronisms(
    ctx: Context, index: KBIndex, mentions: dict[int, list[NameMention]]
) -> list[Suggestion]:
    kb = index.kb
    dated = {s.index: ctx.dates(s) for s in ctx.sentences}
    recent = _recent_dated(ctx, dated)
    assumed = ctx.article.published is None or ctx.article.published_assumed
    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        masked = ctx.masked(sentence)
        for reference in office_references(sentence.text, index, mentions.get(sentence.index, ())):
            terms = [
                t
                for p in reference.people
                for t in kb.terms_of(p.id)
                if t.office_id in {o.id for o in reference.offices}
            ]
            if not terms:
                continue
            clause = clause_span(masked, reference.start, reference.end)
            if _hypothetical(masked, reference, clause):
                continue  # "Congress could never control President Trump": not an event
            when = _event_time(ctx, sentence, reference, dated, recent, clause)
            if when is None:
                continue
            first, last, related, why = when
            if any(_overlaps(t, first, last) for t in terms):
                continue
            custom = _customary(reference, terms, last, ctx.today, reference.title)
            if custom == "current":
                continue
            future = all(t.start > ctx.today for t in terms)
            if reference.executive and future and why.startswith("it is mentioned"):
                continue  # "a Trump presidency": an office not yet held, and no event told
            quoted = masked[reference.start] != sentence.text[reference.start]
            suggestion = _suggestion(
                sentence,
                reference,
                terms,
                first,
                last,
                related,
                why,
                quoted,
                assumed,
                courtesy=custom == "courtesy",
            )
            found.append(suggestion)
    return found


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last clause break before it to the
    first one after it (punctuation, conjunctions and subordinators)."""
    left = 0
    for match in _CLAUSE_BREAK_RE.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE_BREAK_RE.search(text, end)
    return left, after.start() if after else len(text)


def _hypothetical(masked: str, reference: OfficeReference, clause: tuple[int, int]) -> bool:
    """A conditional, modal or wished-for clause, or "a/an X presidency"."""
    if reference.executive and _INDEFINITE_BEFORE_RE.search(masked, 0, reference.start):
        return True
    if masked.lstrip().startswith(("If ", "Unless ")) and clause[0] < 80:
        return True
    if _MODAL_AFTER_RE.match(masked[reference.end : reference.end + 30]):
        return True  # "a Trump presidency would…", "President Trump could…"
    return _HYPOTHETICAL_RE.search(masked, clause[0], reference.start) is not None


def _customary(
    reference: OfficeReference, terms: list[Term], last: date, today: date, title: str
) -> str | None:
    """How custom reads a title that does not fit the events' time: "current" for the
    holder's own title at the article's date applied to earlier events ("President Obama in
    2008", written in 2016: no suggestion); "courtesy" for a former holder's courtesy title in
    US usage ("President Carter", "Secretary Clinton": a low-confidence note); else None.
    A full office title ("Secretary of State Hillary Clinton called…") is no courtesy."""
    if reference.executive:
        return None
    if any(t.covers(today) and last < t.start for t in terms):
        return "current"
    former = any(t.end is not None and t.end < last for t in terms)
    if former and _is_us(reference) and title in _COURTESY_TITLES:
        return "courtesy"
    return None


def _is_us(reference: OfficeReference) -> bool:
    return all(office.country == "United States" for office in reference.offices)


def office_references(text: str, index: KBIndex, mentions) -> list[OfficeReference]:
    """Titles and administrations naming a known office holder in one sentence."""
    kb = index.kb
    found: list[OfficeReference] = []
    for mention in mentions:
        after = text[mention.end : mention.end + 40]
        executive = _EXECUTIVE_RE.match(after)
        title = None if executive else title_before(index, text, mention.start)
        if executive is None and title is None:
            continue  # most names have neither a title nor an "administration"
        before = text[: mention.title_start if mention.title else mention.start]
        if _SAFE_BEFORE_RE.search(before[-40:]) or _SAFE_AFTER_RE.match(after):
            continue
        people = _people(index, mention)
        if not people:
            continue
        if executive:
            offices = _executive_offices(kb, people, executive["what"])
            start = mention.start
            the = re.search(r"(?:\b[Tt]he\s+)$", text[: mention.start])
            if the:
                start = the.start()
            end = mention.end + executive.end()
            if offices:
                found.append(
                    OfficeReference(
                        start, end, text[start:end], tuple(people), tuple(offices), executive=True
                    )
                )
            continue
        if title is None:
            continue
        title_words, title_start = title
        if text[title_start:].lower().startswith(("then-", "ex-", "then ", "former")):
            continue  # "then-Secretary of State", "Ex-President"
        if _SAFE_BEFORE_RE.search(text[max(0, title_start - 40) : title_start]) or re.search(
            r"(?:then|ex)-$", text[:title_start]
        ):
            continue
        if "elect" in title_words:
            continue
        holders = [p for p in people if kb.offices_by_title(title_words, person_id=p.id)]
        if not holders:
            continue
        titled = {
            o.id: o for p in holders for o in kb.offices_by_title(title_words, person_id=p.id)
        }
        found.append(
            OfficeReference(
                title_start,
                mention.end,
                text[title_start : mention.end],
                tuple(holders),
                tuple(titled.values()),
                title=title_words.removeprefix("u.s. ").removeprefix("us "),
            )
        )
    return found


def _people(index: KBIndex, mention: NameMention) -> list[Person]:
    exact = find_exact(index, mention.name)
    if exact:
        return exact
    surnamed = index.surnames.get(fold(mention.name), ())
    if len(mention.words) == 1 or surnamed:
        # "Obama", and compound surnames: "López Obrador", "Peña Nieto".
        return list(surnamed)
    variant = closest_person(index, mention.name)
    return [variant.person] if variant else []


def _executive_offices(kb, people: list[Person], what: str) -> list[Office]:
    offices: dict[str, Office] = {}
    for person in people:
        for office in kb.offices_held(person.id):
            roles = office.roles or (office.kind,)
            if what in ("administration", "White House"):
                ok = office.administration
            elif what in ("presidency",):
                ok = "President" in office.title and "Vice" not in office.title
            else:  # government, cabinet, regime, premiership
                ok = "head_of_government" in roles or (
                    what == "regime" and "head_of_state" in roles
                )
            if ok:
                offices[office.id] = office
    return list(offices.values())


def _overlaps(term: Term, first: date, last: date) -> bool:
    return term.start <= last and (term.end is None or first <= term.end)


def _event_time(
    ctx: Context,
    sentence: Sentence,
    reference: OfficeReference,
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


def _recent_dated(ctx: Context, dated: dict[int, list[DateMention]]) -> tuple[list[int], list[int]]:
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


def _suggestion(
    sentence: Sentence,
    reference: OfficeReference,
    terms: list[Term],
    first: date,
    last: date,
    related,
    why: str,
    quoted: bool = False,
    assumed: bool = False,
    courtesy: bool = False,
) -> Suggestion:
    holders = [p for p in reference.people if any(t.person_id == p.id for t in terms)]
    names = " or ".join(p.name for p in holders) or reference.people[0].name
    office = reference.offices[0].title
    held = "; ".join(
        f"{t.start.isoformat()} – {t.end.isoformat() if t.end else 'present'}"
        + (" (acting)" if t.acting else "")
        for t in terms
    )
    if first == last:
        when, value = f"on {first.isoformat()}", first.isoformat()
    elif first == date.min:
        when, value = f"before {last.isoformat()}", f"../{last.isoformat()}"
    else:
        when, value = (
            f"between {first.isoformat()} and {last.isoformat()}",
            f"{first.isoformat()}/{last.isoformat()}",
        )
    dating = ""
    if related:
        numbers = " and ".join(str(i + 1) for i in related)
        dating = f"; sentence{'s' if len(related) > 1 else ''} {numbers} date{'' if len(related) > 1 else 's'} the events"
    message = (
        f"“{reference.words}”: {names} held the office of {office} {held}, "
        f"not {when} ({why}){dating}."
    )
    if quoted:
        message += " The words are quoted: they are the speaker's, not the article's."
    note = f"{names} was not {office} {when}"
    proposed: dict = {
        "inconsistent": "yes",
        "links": [{"kind": "contradicts", "to": i, "note": note} for i in related],
    }
    if courtesy:
        message += (
            " Low confidence: US usage keeps a former holder's title as a courtesy "
            f"(“{reference.words.split()[0]} {reference.words.split()[-1]}”)."
        )
        proposed = {}
    if assumed:
        # The date of the events may be the import date: the reviewer should set it first.
        message += (
            " Low confidence: the article's publication date is assumed, so the date of the "
            "events is a guess; set the real date to check."
        )
    return make(
        sentence,
        reference.start,
        reference.end,
        ANACHRONISM,
        message,
        value=value,
        related=related,
        proposed=proposed,
    )
