"""The core's rules about verdicts and the links that back them."""

from __future__ import annotations

from factcheck.model import Link, LinkKind
from factcheck.verdict_rules import (
    left_behind_message,
    link_to_offer,
    links_left_behind,
    verdict_action,
    verdict_cycle,
)

LINKS = [Link(id=1, from_sentence=7, to_sentence=3, kind=LinkKind.CONTRADICTS, note=""),
         Link(id=2, from_sentence=9, to_sentence=7, kind=LinkKind.CONTRADICTS, note=""),
         Link(id=3, from_sentence=7, to_sentence=4, kind=LinkKind.CORROBORATES, note="")]


def test_cycle_and_names():
    assert [verdict_cycle(v) for v in (None, True, False)] == [True, False, None]
    assert verdict_action("sourced", True) == "Mark sourced"
    assert verdict_action("anonymous", False) == "Mark not anonymous"
    assert verdict_action("contested", None) == "Clear contested"


def test_leaving_yes_on_inconsistent_finds_its_contradicts_links():
    assert [link.id for link in links_left_behind("inconsistent", True, False, LINKS)] == [1, 2]
    assert [link.id for link in links_left_behind("inconsistent", True, None, LINKS)] == [1, 2]


def test_other_edits_leave_nothing_behind():
    assert links_left_behind("inconsistent", None, True, LINKS) == []
    assert links_left_behind("inconsistent", False, None, LINKS) == []  # it was not a flag
    assert links_left_behind("inconsistent", True, True, LINKS) == []
    assert links_left_behind("contested", True, False, LINKS) == []  # no link kind backs it
    assert links_left_behind("inconsistent", True, False, LINKS[2:]) == []


def test_the_link_offered_after_marking():
    assert link_to_offer("inconsistent", True) is LinkKind.CONTRADICTS
    assert link_to_offer("inconsistent", False) is None
    assert link_to_offer("sourced", True) is None
    # Not again when the sentence has a "contradicts" link already, in either direction.
    assert link_to_offer("inconsistent", True, LINKS[2:]) is LinkKind.CONTRADICTS
    assert link_to_offer("inconsistent", True, LINKS[1:2]) is None
    assert link_to_offer("inconsistent", True, LINKS[:1]) is None


def test_message_names_the_sentences():
    text = left_behind_message("inconsistent", False, 7, [9, 3], LinkKind.CONTRADICTS)
    assert text == ("Sentence 7 is no longer marked inconsistent (now: no), but it keeps 2 "
                    "“contradicts” links, to #3, #9.")
    assert "1 “contradicts” link, to #3." in left_behind_message("inconsistent", None, 7, [3],
                                                                 LinkKind.CONTRADICTS)
