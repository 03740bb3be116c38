"""The knowledge base: office holders with exact terms, people with spellings.

API (stable, used by factcheck.analysis):

    kb = load_kb(user_file=None)      # resources/kb/*.json plus the user's additions
    kb.as_of, kb.source               # date of the data, where it comes from
    shipped_as_of() -> date           # the shipped data's date, without loading it
    kb.people[person_id] -> Person
    kb.offices[office_id] -> Office
    kb.terms_of(person_id) -> list[Term]        # sorted by start
    kb.holders(office_id, day) -> list[Term]     # terms covering that day
    kb.find_person(name) -> Person | None        # exact name or alias, accent/case-insensitive
    kb.surname_index() -> dict[str, list[Person]]  # folded last name -> people
    kb.all_names() -> list[tuple[str, Person]]   # every name and alias with its person
    kb.offices_by_title(title_words, person_id=None, country=None) -> list[Office]
                                                 # "President", "Cuban Foreign Minister" -> offices
    kb.title_index() -> dict[str, list[Office]]  # folded title -> offices, for scanning text
    kb.offices_held(person_id), kb.offices_of_kind(kind, country=None), kb.office_terms(office_id)
    kb.is_different(name, person_id)             # the user said this name is someone else
    fold(text) -> str                            # NFKD, combining marks dropped, casefolded

Provenance: ``Person.wikidata`` ("Q76") and ``Person.source``; ``Term.source`` (the extract
"owner/repo@commit:path", or the hand-made files' source line); ``Office.wikidata``,
``Office.source`` and ``Office.known_until`` (the extract's date: later holders unknown), and
``Office.known_from`` where the extract records only the holders from that day on.

    add_user_person(user_file, name, aliases=(), description="") -> Person
    mark_different_person(user_file, name, person_id)
    user_file_for(database_path) -> Path         # the additions file next to the database
"""

from factcheck.kb.base import KnowledgeBase, check_consistency
from factcheck.kb.loader import KnowledgeBaseError, load_kb, shipped_as_of
from factcheck.kb.names import fold, name_key
from factcheck.kb.types import Office, Person, Term
from factcheck.kb.user import USER_FILE_NAME, add_user_person, mark_different_person, user_file_for

__all__ = [
    "USER_FILE_NAME",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Office",
    "Person",
    "Term",
    "add_user_person",
    "check_consistency",
    "fold",
    "load_kb",
    "mark_different_person",
    "name_key",
    "shipped_as_of",
    "user_file_for",
]
