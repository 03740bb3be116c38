"""The KnowledgeBase object: people, offices and terms with the look-ups detectors need."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from factcheck.kb.names import derived_surnames, name_key
from factcheck.kb.types import Office, Person, Term


@dataclass
class KnowledgeBase:
    """Everything known about office holders, as of ``as_of``.

    Build one with :func:`factcheck.kb.load_kb`; treat it as read-only (it is shared
    between callers in a process).
    """

    as_of: date
    source: str
    people: dict[str, Person]
    offices: dict[str, Office]
    terms: list[Term]
    # folded name -> ids of people the user said that name does NOT refer to
    different: dict[str, frozenset[str]] = field(default_factory=dict)
    # country name -> {"adjectives": [...], "names": [...]} as text writes it
    countries: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    # -- terms -------------------------------------------------------------------------

    @cached_property
    def _terms_by_person(self) -> dict[str, list[Term]]:
        index: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            index[term.person_id].append(term)
        for terms in index.values():
            terms.sort(key=lambda t: t.start)
        return dict(index)

    @cached_property
    def _terms_by_office(self) -> dict[str, tuple[list[date], list[Term]]]:
        grouped: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            grouped[term.office_id].append(term)
        index = {}
        for office_id, terms in grouped.items():
            terms.sort(key=lambda t: t.start)
            index[office_id] = ([t.start for t in terms], terms)
        return index

    def terms_of(self, person_id: str) -> list[Term]:
        """Every term the person held, in any office, sorted by start."""
        return list(self._terms_by_person.get(person_id, ()))

    def holders(self, office_id: str, day: date) -> list[Term]:
        """The terms of ``office_id`` covering ``day`` (two on a handover day, or with an
        acting holder beside a suspended one); empty when nobody is recorded."""
        starts, terms = self._terms_by_office.get(office_id, ([], []))
        upto = bisect_right(starts, day)
        return [t for t in terms[:upto] if t.covers(day)]

    def office_terms(self, office_id: str) -> list[Term]:
        """Every term of the office, sorted by start."""
        return list(self._terms_by_office.get(office_id, ([], []))[1])

    def offices_held(self, person_id: str) -> list[Office]:
        """The offices the person held at some time, in order of first term."""
        seen: dict[str, Office] = {}
        for term in self.terms_of(person_id):
            if term.office_id in self.offices:
                seen.setdefault(term.office_id, self.offices[term.office_id])
        return list(seen.values())

    # -- names -------------------------------------------------------------------------

    @cached_property
    def _by_name(self) -> dict[str, list[Person]]:
        index: dict[str, list[Person]] = defaultdict(list)
        for person in self.people.values():
            for spelling in (person.name, *person.aliases):
                bucket = index[name_key(spelling)]
                if person not in bucket:
                    bucket.append(person)
        return dict(index)

    def find_person(self, name: str) -> Person | None:
        """The person whose canonical name or alias is ``name`` (accent- and
        case-insensitive). A canonical name wins over another person's alias; an
        ambiguous alias returns the first person recorded with it."""
        candidates = self._by_name.get(name_key(name))
        if not candidates:
            return None
        key = name_key(name)
        for person in candidates:
            if name_key(person.name) == key:
                return person
        return candidates[0]

    def find_people(self, name: str) -> list[Person]:
        """Every person with that canonical name or alias."""
        return list(self._by_name.get(name_key(name), ()))

    def all_names(self) -> list[tuple[str, Person]]:
        """Every canonical name and alias, each with its person (for fuzzy matching)."""
        return [
            (spelling, person)
            for person in self.people.values()
            for spelling in (person.name, *person.aliases)
        ]

    def is_different(self, name: str, person_id: str) -> bool:
        """True when the user said ``name`` is someone other than ``person_id``."""
        return person_id in self.different.get(name_key(name), frozenset())

    @cached_property
    def _surnames(self) -> dict[str, list[Person]]:
        index: dict[str, list[Person]] = defaultdict(list)
        for person in self.people.values():
            keys = [name_key(s) for s in person.surnames] or derived_surnames(person.name)
            for key in dict.fromkeys(keys):
                index[key].append(person)
        return dict(index)

    def surname_index(self) -> dict[str, list[Person]]:
        """Folded surname -> people who may be referred to by it alone.

        A person's ``surnames`` when recorded (needed for East Asian names, "Kim", and for
        the first of two Spanish surnames, "Rodríguez"); otherwise the last word of the
        canonical name plus its last two words for names of three words or more.
        """
        return {key: list(people) for key, people in self._surnames.items()}

    # -- offices by title ----------------------------------------------------------------

    @cached_property
    def _by_title(self) -> dict[str, list[Office]]:
        index: dict[str, list[Office]] = defaultdict(list)
        for office in self.offices.values():
            for title in dict.fromkeys(name_key(t) for t in (office.title, *office.titles)):
                index[title].append(office)
        return dict(index)

    def title_index(self) -> dict[str, list[Office]]:
        """Folded title words ("cuban foreign minister", "president") -> offices."""
        return {key: list(offices) for key, offices in self._by_title.items()}

    def offices_by_title(
        self, title_words: str, person_id: str | None = None, country: str | None = None
    ) -> list[Office]:
        """Offices that ``title_words`` can name, as written before a holder's name.

        "President" gives every presidency; "Cuban Foreign Minister" or "Foreign Minister
        of Cuba" gives Cuba's. With ``person_id``, only offices that person held at some
        time ("President Díaz-Canel" -> Cuba's presidency); with ``country``, only that
        country's. Titles come from each office's ``titles`` with the country's adjectives
        and names added (see resources/kb/README.md).
        """
        offices = self._by_title.get(name_key(title_words), [])
        if country is not None:
            offices = [o for o in offices if name_key(o.country) == name_key(country)]
        if person_id is not None:
            held = {t.office_id for t in self.terms_of(person_id)}
            offices = [o for o in offices if o.id in held]
        return list(offices)

    def offices_of_kind(self, kind: str, country: str | None = None) -> list[Office]:
        """Offices filling ``kind`` (head_of_state, head_of_government, foreign_minister,
        vice_president...), optionally in one country; an office counts for every role."""
        return [
            o
            for o in self.offices.values()
            if kind in (o.roles or (o.kind,))
            and (country is None or name_key(o.country) == name_key(country))
        ]


def check_consistency(kb: KnowledgeBase) -> list[str]:
    """Problems in the data, one sentence each: unknown ids, reversed dates, and terms of
    one office that overlap by more than a handover day where neither is acting."""
    problems = []
    for term in kb.terms:
        if term.person_id not in kb.people:
            problems.append(f"A term of {term.office_id} names unknown person {term.person_id}.")
        if term.office_id not in kb.offices:
            problems.append(f"A term of {term.person_id} names unknown office {term.office_id}.")
        if term.end is not None and term.end < term.start:
            problems.append(f"{term.person_id} in {term.office_id} ends before it starts.")
    for office_id in kb.offices:
        problems.extend(_overlaps(kb.office_terms(office_id)))
    return problems


# The note of a term whose days an extract gives only as years, and which may therefore share
# the year of a handover with its successor (both are holders through that year).
YEAR_OVERLAP_NOTE = "overlaps its successor within the year (the extract gives only years)"


def _overlaps(terms: list[Term]) -> list[str]:
    # A shared handover day is not an overlap; an acting holder beside a suspended or
    # incapacitated one is, unless one of the two terms says why in its note; so is a term
    # rounded to the year whose note says it shares its last year with the next one.
    problems = []
    for i, first in enumerate(terms):
        for second in terms[i + 1 :]:
            if first.end is not None and first.end <= second.start:
                continue
            if (first.acting or second.acting) and (first.note or second.note):
                continue
            if (
                YEAR_OVERLAP_NOTE in first.note
                and first.end is not None
                and first.end.year == second.start.year
            ):
                continue
            problems.append(
                f"{first.person_id} ({first.start}) and {second.person_id} ({second.start}) "
                f"overlap in {first.office_id}."
            )
    return problems
