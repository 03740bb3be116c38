"""The knowledge base: office holders with exact terms, people with spellings.

API (stable, used by factcheck.analysis):

    kb = load_kb(user_file=None)      # resources/kb/*.json plus the user's additions
    kb.as_of, kb.source               # date of the data, where it comes from
    kb.people[person_id] -> Person
    kb.offices[office_id] -> Office
    kb.terms_of(person_id) -> list[Term]        # sorted by start
    kb.holders(office_id, day) -> list[Term]     # terms covering that day
    kb.find_person(name) -> Person | None        # exact name or alias, accent/case-insensitive
    kb.surname_index() -> dict[str, list[Person]]  # folded last name -> people
    kb.all_names() -> list[tuple[str, Person]]   # every name and alias with its person
"""

from factcheck.kb.types import Office, Person, Term

__all__ = ["Office", "Person", "Term"]
