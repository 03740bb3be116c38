"""reference.ambiguous: a bare surname after two people with that surname appeared."""

from __future__ import annotations

from factcheck.analysis.common import Context, fold, make
from factcheck.analysis.names import STARTERS, TITLE_WORDS, NameMention
from factcheck.analysis.people import PersonMention
from factcheck.model import Suggestion

AMBIGUOUS = "reference.ambiguous"


def detect_ambiguous(
    ctx: Context, mentions: dict[int, list[NameMention]], people: list[PersonMention]
) -> list[Suggestion]:
    """A one-word name, without a title, that is the surname of two or more different
    people named earlier in the article (or earlier in the same sentence)."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for person in people:
        by_sentence.setdefault(person.sentence, []).append(person)
    seen: dict[str, dict[str, PersonMention]] = {}  # surname -> identity -> first mention
    found: list[Suggestion] = []
    for sentence in ctx.sentences:
        full = by_sentence.get(sentence.index, [])
        pending = sorted(full, key=lambda p: p.start)
        for mention in sorted(mentions.get(sentence.index, ()), key=lambda m: m.start):
            while pending and pending[0].start <= mention.start:
                _remember(seen, pending.pop(0))
            if len(mention.words) != 1 or mention.title:
                continue
            key = fold(mention.name)
            if key in STARTERS or key in TITLE_WORDS or key not in seen or len(seen[key]) < 2:
                continue
            if any(p.start <= mention.start < p.end for p in full):
                continue
            candidates = list(seen[key].values())
            names = " or ".join(_display(p) for p in candidates)
            related = sorted({p.sentence for p in candidates if p.sentence != sentence.index})
            found.append(
                make(
                    sentence,
                    mention.start,
                    mention.end,
                    AMBIGUOUS,
                    f"“{mention.name}” could mean {names}.",
                    related=related,
                )
            )
        for person in pending:
            _remember(seen, person)
    return found


def _remember(seen: dict[str, dict[str, PersonMention]], person: PersonMention) -> None:
    for key in person.surnames:
        seen.setdefault(key, {}).setdefault(person.identity, person)


def _display(person: PersonMention) -> str:
    return person.person.name if person.person is not None else person.name
