"""Knowledge-base records: people, offices and the terms people held them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Person:
    id: str  # stable slug, e.g. "joe-biden"
    name: str  # canonical spelling, with diacritics ("Bruno Rodríguez Parrilla")
    aliases: tuple[str, ...] = ()  # other accepted spellings/transliterations ("Zelensky")
    description: str = ""
    # Surnames a bare reference may use ("Rodríguez" for Bruno Rodríguez Parrilla, "Kim" for
    # Kim Jong-un). Empty = derived from the canonical name (see KnowledgeBase.surname_index).
    surnames: tuple[str, ...] = ()
    user_added: bool = False  # from the user's additions file, not the shipped data
    wikidata: str = ""  # Wikidata item id ("Q76") where known
    source: str = ""  # where the record was read: "owner/repo@commit:path", or a document
    # "male" or "female" as a public record gives it (scripts/build_congress.py), else "": only
    # so that "he" or "she" is not read as someone the record says takes the other pronoun.
    gender: str = ""
    # For someone the knowledge base holds no office for (a member of Congress): the title
    # words text uses before their name ("sen", "senator", "rep"). A misspelling of their
    # name is read only after one of them; any other "James Comer" may be someone else.
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    id: str  # e.g. "us-president"
    title: str  # "President of the United States"
    country: str  # "United States"
    kind: str  # head_of_state | head_of_government | foreign_minister | vice_president | ...
    # Words used in text before a holder's name or as a short form ("President", "U.S. President").
    titles: tuple[str, ...] = ()
    # Name of the executive as "X administration" applies (True for US presidents).
    administration: bool = False
    # Every role the office fills, e.g. ("head_of_state", "head_of_government") for the U.S.
    # presidency; ``kind`` is the first of them.
    roles: tuple[str, ...] = ()
    wikidata: str = ""  # Wikidata item id of the position ("Q11696")
    # The day the office's data was read: later holders are not recorded (None = as_of).
    known_until: date | None = None
    # The first day from which the extract records every holder (None = as far back as its
    # terms go): an extract of the holders in office in one year says nothing about the
    # holders before it, so the absence of a term then is no evidence.
    known_from: date | None = None
    source: str = ""


@dataclass(frozen=True)
class Term:
    office_id: str
    person_id: str
    start: date
    end: date | None  # None = still in office at the KB's as_of date
    acting: bool = False  # acting or interim holder
    note: str = ""
    source: str = ""  # the extract the term was read from, "owner/repo@commit:path"

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)
