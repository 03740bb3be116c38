"""How a sentence's judgments go together: the rules every front end (window, CLI) follows.

* Verdicts cycle not judged → yes → no → not judged, and each edit has a name for the undo
  menu and the history ("Mark sourced", "Mark not anonymous", "Clear contested").
* A verdict can carry links: an ``inconsistent`` sentence normally has a ``contradicts`` link
  to the sentence it conflicts with. Marking it yes offers that link; leaving yes (to no or
  not judged) while such links remain is said, and removing them is offered, so a flag is
  never undone silently while its evidence stays.
* Which changes can alter an article's sourcing profile (a note or rating edit cannot).
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.model import Link, LinkKind
from factcheck.store import Change

# Verdicts whose "yes" is backed by links of these kinds.
LINKED_VERDICTS: dict[str, frozenset[LinkKind]] = {
    "inconsistent": frozenset({LinkKind.CONTRADICTS}),
}
# Review fields the sourcing profile counts.
PROFILE_FIELDS = frozenset({"sourced", "anonymous", "contested", "inconsistent"})

VERDICT_WORDS = {True: "yes", False: "no", None: "not judged"}


def verdict_cycle(value: bool | None) -> bool | None:
    """not judged -> yes -> no -> not judged."""
    if value is None:
        return True
    if value:
        return False
    return None


def verdict_action(name: str, value: bool | None) -> str:
    """The undo-menu name of a verdict edit: "Mark sourced", "Mark not sourced", "Clear sourced"."""
    if value is None:
        return f"Clear {name}"
    return f"Mark {name}" if value else f"Mark not {name}"


def link_to_offer(name: str, value: bool | None, links: Iterable[Link] = ()) -> LinkKind | None:
    """The kind of link to offer after verdict ``name`` is set to ``value`` (``contradicts``
    after "inconsistent: yes"); None when nothing is to be offered, as when the sentence's
    ``links`` (either direction) already hold one of that kind."""
    if value is not True:
        return None
    kinds = LINKED_VERDICTS.get(name)
    if not kinds or LinkKind.CONTRADICTS not in kinds:
        return None
    if any(LinkKind(link.kind) is LinkKind.CONTRADICTS for link in links):
        return None
    return LinkKind.CONTRADICTS


def links_left_behind(name: str, old: bool | None, new: bool | None, links: Iterable[Link]) -> list[Link]:
    """The links that backed verdict ``name`` being yes, when an edit takes it from yes to
    ``new`` (no or not judged); empty for any other edit."""
    kinds = LINKED_VERDICTS.get(name)
    if not kinds or old is not True or new is True:
        return []
    return [link for link in links if link.kind in kinds]


def left_behind_message(name: str, new: bool | None, sentence_number: int,
                        others: list[int], kind: LinkKind) -> str:
    """ "Sentence 7 is no longer marked inconsistent (now: no), but it keeps 2 “contradicts”
    links, to #3 and #9." """
    count = len(others)
    targets = ", ".join(f"#{n}" for n in sorted(others))
    links = "link" if count == 1 else "links"
    return (f"Sentence {sentence_number} is no longer marked {name} (now: {VERDICT_WORDS[new]}), "
            f"but it keeps {count} “{kind.value}” {links}, to {targets}.")


def touches_profile(change: Change, article_id: str | None) -> bool:
    """Whether a Change can alter the sourcing profile of ``article_id``."""
    if article_id is None:
        return False
    if change.article_ids and article_id not in change.article_ids:
        return False
    if change.structure or change.suggestions or change.links or change.sources:
        return True
    if change.sentence_ids:
        return not change.fields or bool(PROFILE_FIELDS.intersection(change.fields))
    return False
