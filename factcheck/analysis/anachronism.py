"""temporal.anachronism: an office holder, title or administration that does not fit
the date of the events.

For each "Title Name" ("President Joe Biden", "Costa Rican President Laura Chinchilla") and
each "Name administration / government / presidency", the offices the person held under
that title are looked up with their terms (an office held twice counts twice). The events
are dated by ``event_time``: a date in the reference's own clause (a date in another clause
dates that clause), else the tense of the verb it is the subject of, else the story's days.

Not flagged: a conditional, modal or indefinite reference ("could never control President
Trump", "a Trump presidency" — not an event); "former", "then-", "the late"; the holder's
own title at the article's date for earlier events ("President Obama in 2008", written in
2016). A US courtesy title of a former holder ("President Carter") is a low-confidence note
that proposes nothing. Titles inside quotations are checked, and the message says the words
are quoted. With an assumed publication date every suggestion says it is low confidence.
``value`` is the date of the events as ISO 8601: a day, "START/END", or "../END".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.analysis.common import Context, fold, make
from factcheck.analysis.event_time import event_time, recent_dated
from factcheck.analysis.kbindex import KBIndex, find_exact, split_known_title, title_before
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
# Joining, serving in or leaving an administration happens during it: right by construction.
_MEMBERSHIP_BEFORE_RE = re.compile(
    r"\b(?:join|joins|joined|joining|served in|serving in|worked in|working in|left|quit|"
    r"resigned from|a member of|members of|officials? in)\s+(?:the\s+)?$"
)
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Aa]ny)\s+$")


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
    recent = recent_dated(ctx, dated)
    assumed = ctx.article.published is None or ctx.article.published_assumed
    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        masked = _masked(ctx, sentence)
        for reference in _known_office_references(sentence.text, index, mentions.get(sentence.index, ())):
            terms = [
                t
                for p in reference.people
                for t in kb.terms_of(p.id)
                if t.office_id in {o.id for o in reference.offices}
            ]
            if not terms:
                continue
            clause = clause_span(masked, reference.start, reference.end)
            if _by_construction(sentence.text, reference):
                continue  # "when Clinton joined the Obama administration", "Koizumi was PM"
            if _hypothetical(masked, reference, clause, sentence.text):
                continue  # "Congress could never control President Trump": not an event
            quoted = masked[reference.start] != sentence.text[reference.start]
            # A date inside a quotation dates the speaker's words, not a title outside it.
            own_dates = {
                sentence.index: [
                    m
                    for m in dated[sentence.index]
                    if quoted or masked[m.start] == sentence.text[m.start]
                ]
            }
            when = event_time(ctx, sentence, reference, {**dated, **own_dates}, recent, clause)
            if when is None:
                continue
            first, last, related, why = when
            if any(_overlaps(t, first, last) for t in terms):
                continue
            if _before_the_record(kb, terms, last):
                continue  # the extract records only later holders: it cannot tell
            custom = _customary(reference, terms, last, ctx.today, reference.title)
            if custom == "current":
                continue
            future = all(t.start > ctx.today for t in terms)
            if reference.executive and future and why.startswith("it is mentioned"):
                continue  # "a Trump presidency": an office not yet held, and no event told
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


def _masked(ctx: Context, sentence: Sentence) -> str:
    """The sentence with the inside of quotations blanked, quotations of the whole article
    included: one opened in an earlier sentence ("… he’d be No. 1,” Cook added.") too."""
    chars = list(ctx.masked(sentence))
    for start, end in ctx.quotes_over(sentence.start, sentence.end):
        for k in range(max(start + 1, sentence.start), min(end - 1, sentence.end)):
            if chars[k - sentence.start] != "\n":
                chars[k - sentence.start] = " "
    return "".join(chars)


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from the last clause break before it to the
    first one after it (punctuation, conjunctions and subordinators)."""
    left = 0
    for match in _CLAUSE_BREAK_RE.finditer(text, 0, start):
        left = match.end()
    after = _CLAUSE_BREAK_RE.search(text, end)
    return left, after.start() if after else len(text)


def _by_construction(text: str, reference: OfficeReference) -> bool:
    """The words put the events inside the term: membership of the administration, or the
    holder said to hold that very office then ("Prime Minister Koizumi was prime minister")."""
    if _MEMBERSHIP_BEFORE_RE.search(text, max(0, reference.start - 30), reference.start):
        return True
    after = text[reference.end : reference.end + 60].lower()
    for office in reference.offices:
        for title in (office.title, *office.titles[:3]):
            if re.match(
                rf"\s+(?:was|were|is|had been|served as)\s+(?:the\s+)?{re.escape(title.lower())}\b",
                after,
            ):
                return True
    return False


def _hypothetical(
    masked: str, reference: OfficeReference, clause: tuple[int, int], text: str = ""
) -> bool:
    """A conditional or modal clause, or an indefinite article: "a Trump presidency", "the
    prospects of a President Donald Trump" (a kind of president, not the holder)."""
    if _INDEFINITE_BEFORE_RE.search(text or masked, 0, reference.start):
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


_OFFICE_CACHE_LIMIT = 16_384  # sentences whose office references an index keeps (as many as the dates and figures keep)


def _known_office_references(text: str, index: KBIndex, mentions) -> tuple[OfficeReference, ...]:
    """``office_references``, kept by the index for each sentence text: they do not depend on
    the article's date, so an article read again on another date finds them at once."""
    key = (text, tuple(mentions))
    found = index.office_cache.get(key)
    if found is None:
        if len(index.office_cache) >= _OFFICE_CACHE_LIMIT:
            index.office_cache.clear()
        found = index.office_cache[key] = tuple(office_references(text, index, mentions))
    return found


def office_references(text: str, index: KBIndex, mentions) -> list[OfficeReference]:
    """Titles and administrations naming a known office holder in one sentence."""
    kb = index.kb
    found: list[OfficeReference] = []
    for mention in (split_known_title(index, m) for m in mentions):
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


def _before_the_record(kb, terms: list[Term], last: date) -> bool:
    """Whether the events end before every one of these offices' records begins (an extract of
    the holders in office in one year only: earlier holders are not in it)."""
    starts = [kb.offices[t.office_id].known_from for t in terms if t.office_id in kb.offices]
    return bool(starts) and all(start is not None and last < start for start in starts)


def _overlaps(term: Term, first: date, last: date) -> bool:
    return term.start <= last and (term.end is None or first <= term.end)


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
        + (
            " (approximate days: the source gives years or months)"
            if "approximate" in t.note
            else ""
        )
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
    others = [p for p in reference.people if p not in holders]
    uncertain_holder = bool(reference.executive and others)
    if uncertain_holder:
        # "the Clinton administration" in 2016: the surname also names someone who never
        # held the office (a candidate, a relative), so which government is meant is a guess.
        message += (
            f" Uncertain: “{reference.words}” may name {others[0].name}'s, who never held it."
        )
        proposed = {}
    if courtesy:
        message += (
            " Possibly a courtesy title: US usage keeps a former holder's title "
            f"(“{reference.words.split()[0]} {reference.words.split()[-1]}”)."
        )
        proposed = {}
    if assumed:
        # The date of the events may be the import date: the reviewer should set it first.
        message += (
            " The article's publication date is assumed, so the date of the "
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
        confidence="low" if uncertain_holder or courtesy or assumed else "high",
    )
