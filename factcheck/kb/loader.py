"""Reading resources/kb/*.json and the user's additions file into a KnowledgeBase.

The format is described in resources/kb/README.md. Parsed data is cached per process:
the shipped files once, the user's file again only when it changes on disk.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.kb.base import KnowledgeBase
from factcheck.kb.names import name_key
from factcheck.kb.types import Office, Person, Term
from factcheck.resources import resource


class KnowledgeBaseError(FactcheckError):
    """A knowledge-base file cannot be read (bad JSON, a missing field, a bad date)."""


def load_kb(user_file: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base plus the user's additions file, if it exists.

    Cheap to call repeatedly: results are cached per process and the user's file is
    re-read only when its modification time or size changes.
    """
    if user_file is None:
        return _shipped()
    path = Path(user_file)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return _shipped()
    return _with_user_file(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def shipped_loaded() -> bool:
    """Whether this process has read the shipped knowledge base already (the window loads it
    off the GUI thread the first time instead of waiting ~80 ms for it)."""
    return _shipped.cache_info().currsize > 0


def shipped_as_of() -> date:
    """The date the shipped data is current to, read from meta.json alone (cheap: for the
    window's status bar, which must not wait for the whole knowledge base)."""
    from factcheck import kb_as_of

    try:
        return kb_as_of.shipped_as_of()
    except ValueError as error:
        raise KnowledgeBaseError(str(error)) from None


@lru_cache(maxsize=1)
def _shipped() -> KnowledgeBase:
    documents = []
    for entry in sorted(resource("kb").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            documents.append((entry.name, _parse(entry.read_text(encoding="utf-8"), entry.name)))
    return _build(documents)


@lru_cache(maxsize=8)
def _with_user_file(path: str, _mtime_ns: int, _size: int) -> KnowledgeBase:
    shipped = _shipped()
    name = Path(path).name
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise KnowledgeBaseError(
            f"The knowledge-base additions file {path} cannot be read: {error.strerror}."
        ) from error
    user = _parse(text, name) if text.strip() else {}
    people = dict(shipped.people)
    for person in _people(user.get("people", []), name, user_added=True):
        people[person.id] = person
    offices = dict(shipped.offices)
    countries = {**shipped.countries, **_countries(user.get("countries", []))}
    for office in _offices(user.get("offices", []), countries, name):
        offices[office.id] = office
    terms = list(shipped.terms) + list(_terms(user.get("terms", []), name))
    different: dict[str, set[str]] = {k: set(v) for k, v in shipped.different.items()}
    for item in user.get("different", []):
        different.setdefault(name_key(_field(item, "name", name)), set()).add(
            _field(item, "person", name)
        )
    return KnowledgeBase(
        as_of=shipped.as_of,
        source=shipped.source,
        people=people,
        offices=offices,
        terms=terms,
        different={k: frozenset(v) for k, v in different.items()},
        countries=countries,
    )


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise KnowledgeBaseError(
            f"The knowledge-base file {name} is not valid JSON (line {error.lineno}: {error.msg})."
        ) from error
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"The knowledge-base file {name} must hold a JSON object.")
    return data


def _build(documents: list[tuple[str, dict[str, Any]]]) -> KnowledgeBase:
    as_of: date | None = None
    source = ""
    countries: dict[str, dict[str, list[str]]] = {}
    for name, doc in documents:
        if "as_of" in doc:
            as_of = _date(doc["as_of"], name)
            source = str(doc.get("source", ""))
        countries.update(_countries(doc.get("countries", [])))
    if as_of is None:
        raise KnowledgeBaseError("No knowledge-base file gives the as_of date of the data.")
    people: dict[str, Person] = {}
    offices: dict[str, Office] = {}
    terms: list[Term] = []
    identifiers: dict[str, str] = {}
    genders: dict[str, str] = {}
    confirmed: dict[tuple[str, str, str], str] = {}
    for name, doc in documents:
        for person in _people(doc.get("people", []), name):
            if person.id in people:
                raise KnowledgeBaseError(f"The person id {person.id} appears twice ({name}).")
            people[person.id] = person
        for office in _offices(doc.get("offices", []), countries, name):
            if office.id in offices:
                raise KnowledgeBaseError(f"The office id {office.id} appears twice ({name}).")
            offices[office.id] = office
        terms.extend(_terms(doc.get("terms", []), name))
        for item in doc.get("identifiers", []):
            identifiers[_field(item, "person", name)] = _field(item, "wikidata", name)
        for item in doc.get("genders", []):
            genders[_field(item, "person", name)] = _field(item, "gender", name)
        # Hand-made terms a public extract confirms take that extract as their source.
        for item in doc.get("confirmed", []):
            key = (
                _field(item, "office", name),
                _field(item, "person", name),
                item.get("start", ""),
            )
            confirmed.setdefault(key, _field(item, "source", name))

    # A term without its own source has its office's (an extract), else a confirming
    # extract's, else the hand-made files' source line.
    office_source = {o.id: o.source for o in offices.values() if o.source}
    terms = [
        t
        if t.source
        else replace(
            t,
            source=office_source.get(t.office_id)
            or confirmed.get((t.office_id, t.person_id, t.start.isoformat()), source),
        )
        for t in terms
    ]
    # A person read from an extract (with a Wikidata id, no source of their own) has their
    # first term's source; a person of the hand-made files has the files' source line.
    first_source: dict[str, str] = {}
    for term in sorted(terms, key=lambda t: t.start):
        first_source.setdefault(term.person_id, term.source)
    people = {
        k: p
        if p.source
        else replace(p, source=(first_source.get(k) if p.wikidata else None) or source)
        for k, p in people.items()
    }
    for person_id, wikidata in identifiers.items():
        if person_id in people and not people[person_id].wikidata:
            people[person_id] = replace(people[person_id], wikidata=wikidata)
    for person_id, gender in genders.items():
        if person_id in people and not people[person_id].gender:
            people[person_id] = replace(people[person_id], gender=gender)

    return KnowledgeBase(
        as_of=as_of, source=source, people=people, offices=offices, terms=terms, countries=countries
    )


def _countries(items: Iterable[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    return {
        item["name"]: {
            "adjectives": list(item.get("adjectives", [])),
            "names": list(item.get("names", [item["name"]])),
        }
        for item in items
    }


def _people(items: Iterable[dict[str, Any]], source: str, user_added: bool = False) -> list[Person]:
    return [
        Person(
            id=_field(item, "id", source),
            name=_field(item, "name", source),
            aliases=tuple(item.get("aliases", ())),
            description=item.get("description", ""),
            surnames=tuple(item.get("surnames", ())),
            user_added=user_added,
            wikidata=item.get("wikidata", ""),
            source=item.get("source", ""),
            gender=item.get("gender", ""),
            titles=tuple(item.get("titles", ())),
        )
        for item in items
    ]


def _offices(
    items: Iterable[dict[str, Any]], countries: dict[str, dict[str, list[str]]], source: str
) -> list[Office]:
    offices = []
    for item in items:
        country = _field(item, "country", source)
        roles = tuple(item.get("roles", ())) or (_field(item, "kind", source),)
        offices.append(
            Office(
                id=_field(item, "id", source),
                title=_field(item, "title", source),
                country=country,
                kind=item.get("kind", roles[0]),
                titles=_expand_titles(item.get("titles", []), countries.get(country)),
                administration=bool(item.get("administration", False)),
                roles=roles,
                wikidata=item.get("wikidata", ""),
                known_until=_date(item["known_until"], source) if item.get("known_until") else None,
                known_from=_date(item["known_from"], source) if item.get("known_from") else None,
                source=item.get("source", ""),
            )
        )
    return offices


def _expand_titles(bare: list[str], country: dict[str, list[str]] | None) -> tuple[str, ...]:
    """Bare titles plus country-qualified ones: "Foreign Minister" -> also "Cuban Foreign
    Minister", "Foreign Minister of Cuba"."""
    titles = list(bare)
    if country:
        for title in bare:
            titles.extend(f"{adjective} {title}" for adjective in country["adjectives"])
            if " of " not in title:
                titles.extend(f"{title} of {name}" for name in country["names"])
    return tuple(dict.fromkeys(titles))


def _terms(items: Iterable[dict[str, Any]], source: str) -> list[Term]:
    return [
        Term(
            office_id=_field(item, "office", source),
            person_id=_field(item, "person", source),
            start=_date(_field(item, "start", source), source),
            end=_date(item["end"], source) if item.get("end") else None,
            acting=bool(item.get("acting", False)),
            note=item.get("note", ""),
            source=item.get("source", ""),
        )
        for item in items
    ]


def _field(item: dict[str, Any], key: str, source: str) -> Any:
    try:
        return item[key]
    except (KeyError, TypeError):
        raise KnowledgeBaseError(
            f"An entry in the knowledge-base file {source} has no {key!r}: {item!r}."
        ) from None


def _date(value: str, source: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise KnowledgeBaseError(
            f"The knowledge-base file {source} has a bad date {value!r} (expected YYYY-MM-DD)."
        ) from None
