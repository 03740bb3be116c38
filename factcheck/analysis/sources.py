"""Who speaks: an attribution's agent read as a named person or body, an unnamed person
or vague group, or a pronoun standing for an earlier source."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.analysis.attribution_words import ANON_HEADS, ANONYMITY_RE, BODY_NOUNS, PRONOUNS
from factcheck.analysis.common import fold, strip_possessive
from factcheck.analysis.names import ORG_WORDS, STARTERS, name_mentions

NAMED = "attribution.named"
ANONYMOUS = "attribution.anonymous"


@dataclass
class Attribution:
    kind: str  # NAMED or ANONYMOUS
    start: int  # span in sentence text
    end: int
    source: dict[str, Any] = field(default_factory=dict)


@dataclass
class Memory:
    """What a pronoun in a later sentence can stand for."""

    last: Attribution | None = None
    last_person: str = ""
    # Folded words the article capitalises mid-sentence: a capital at the start of a
    # sentence makes a body ("Reuters said") only if the word is one of these.
    proper: frozenset[str] = frozenset()


def plural_people(words: list[str], people: frozenset[str]) -> bool:
    """A short subject ending in a plural common noun, with no name in it."""
    last = words[-1]
    return (
        len(words) <= 4
        and last.islower()
        and len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "'s", "\u2019s"))
        and not any(m for m in name_mentions(" ".join(words)) if is_person_name(m.words, people))
    )


def is_person_name(words: list[str], people: frozenset[str]) -> bool:
    folded = [fold(strip_possessive(w)) for w in words]
    if any(w in ORG_WORDS for w in folded):
        return False
    if len(folded) >= 2:
        return True
    return folded[0] in people


def classify_agent(
    agent: str, people: frozenset[str], memory: Memory, *, strong: bool, sentence_initial: bool
):
    """("attribution.named" | "attribution.anonymous", source dict) or None."""
    words = agent.split()
    lowered = [fold(strip_possessive(w)).strip(",.") for w in words]
    if ANONYMITY_RE.search(agent):
        return ANONYMOUS, anonymous_source(agent)
    if len(lowered) == 1 and lowered[0] in PRONOUNS:
        return pronoun_source(lowered[0], memory)
    if lowered and (
        lowered[0] == "both" or lowered[:2] in (["the", "two"], ["the", "three"], ["all", "three"])
    ):
        # "both leaders stressed": the people just named, not an unnamed group.
        return NAMED, {"name": "", "kind": "person", "description": ""}
    if lowered in (["another"], ["others"], ["a", "second"], ["a", "third"], ["one"]):
        return ANONYMOUS, anonymous_source(agent)  # "another told us": one more of the unnamed
    if (
        lowered
        and lowered[0] in ("a", "an", "one")
        and lowered[-1] in _DOCUMENTS
        and not any(w[:1].isupper() for w in words[1:])
    ):
        return ANONYMOUS, anonymous_source(agent)  # "according to a leaked report"
    mentions = [
        m for m in name_mentions(agent) if not (m.sentence_initial and fold(m.name) in STARTERS)
    ]
    person_mentions = [
        m
        for m in mentions
        if is_person_name(m.words, people)
        and not PREPOSITION_BEFORE_RE.search(agent[: m.title_start])
    ]
    if not person_mentions and any(w in _SPOKESPEOPLE for w in lowered):
        # "a government spokesperson said": on the record for a body, though unnamed.
        return NAMED, {"name": trim_agent(agent), "kind": "organisation", "description": ""}
    # Capitalised words are names and titles ("Executive Vice President"), never the head.
    head = next(
        (
            i
            for i, w in enumerate(lowered)
            if w in ANON_HEADS
            and not words[i][:1].isupper()
            or (i == 0 and w in ANON_HEADS and w not in _TITLE_LIKE)
        ),
        None,
    )
    if (
        head is not None
        and head > 0
        and lowered[head] not in ("many", "some", "others")
        and len(words) > head + 1
        and all(w[:1].isupper() for w in words[head + 1 :])
        and not person_mentions
    ):
        # "the official Saudi Press Agency": "official" describes the named body.
        return NAMED, {"name": trim_agent(agent), "kind": "organisation", "description": ""}
    if head is not None:
        head_end = len(" ".join(words[: head + 1]))
        for mention in person_mentions:
            gap = agent[head_end : mention.title_start]
            if mention.title_start >= head_end and gap.strip(" ,") == "":
                return NAMED, person_source(mention.name, agent[: mention.title_start].strip(" ,"))
        if (
            head == 0
            or lowered[0] in _DETERMINERS
            or all(
                w[:1].isupper() or w in _DETERMINERS or w.endswith(("an", "ish", "ese", "i"))
                for w in words[:head]
            )
            or True
        ):
            return ANONYMOUS, anonymous_source(trim_agent(agent))
    if len(lowered) == 2 and lowered[0] in ("his", "her", "their") and lowered[1] in _PERSON_ROLES:
        return ANONYMOUS, anonymous_source(trim_agent(agent))  # "his lawyer said"
    if lowered and lowered[0] in _VAGUE_QUANTIFIERS and not person_mentions:
        return ANONYMOUS, anonymous_source(trim_agent(agent))  # "Many Venezuelans believe"
    if person_mentions:
        mention = person_mentions[0]
        return NAMED, person_source(mention.name, mention.title)
    if (
        2 <= len(words) <= 4
        and lowered[0] in _INDEFINITE
        and words[-1][:1].isupper()
        and all(w in _RANKS for w in lowered[1:-1])
    ):
        return ANONYMOUS, anonymous_source(trim_agent(agent))  # "one senior Liberal said"
    # "Reuters reported", but not "Phone calls emphasized": a lone capital opening the
    # sentence is a body only if the article capitalises that word elsewhere too.
    org = [
        m
        for m in mentions
        if not (
            m.sentence_initial
            and len(m.words) == 1
            and (
                fold(m.name) in STARTERS or (sentence_initial and fold(m.name) not in memory.proper)
            )
        )
    ]
    if org and all(_org_word(w) for w in words):
        name = trim_agent(agent)
        return NAMED, {"name": name, "kind": "organisation", "description": ""}
    if (
        strong
        and lowered
        and lowered[0] in ("the", "its", "his", "her", "their")
        and any(w in BODY_NOUNS for w in lowered)
    ):
        return NAMED, {"name": trim_agent(agent), "kind": "organisation", "description": ""}
    return None


# "conversations between Rodríguez and …": a name after a preposition is not the speaker.
PREPOSITION_BEFORE_RE = re.compile(
    r"\b[a-z][a-z\u2019']+\s+(?:between|with|of|to|from|by|against|among|on|in|about|over|under|and)\b"
)
# People named only by their relation to someone: "his lawyer", "her spokesman".
_PERSON_ROLES = frozenset(
    "lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides adviser "
    "advisers advisor advisors friend friends relative relatives assistant assistants "
    "colleague colleagues associate associates representative representatives".split()
)
_DOCUMENTS = frozenset("report document memo assessment study estimate survey poll letter".split())
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# "one senior Liberal", "two Republicans", "a Likud lawmaker": members of a group, unnamed.
_INDEFINITE = frozenset("a an one two three four five several some".split())
_RANKS = frozenset("senior top veteran leading prominent former junior influential".split())
_VAGUE_QUANTIFIERS = frozenset("many some several most few numerous various multiple".split())
_TITLE_LIKE = frozenset({"executive", "executives", "member", "members", "leader", "leaders"})
_DETERMINERS = frozenset("a an the some many several multiple two three four five other".split())


_ORG_MODIFIERS = frozenset(
    "the its a an foreign state national interior defence defense central federal official news "
    "press media agency service ministry ministry's office government government's military army "
    "police statement spokesperson for of and company's company".split()
)


def _org_word(word: str) -> bool:
    """A word that can make up an organisation's name as a subject ("Venezuela’s foreign ministry")."""
    return (
        word[:1].isupper()
        or fold(strip_possessive(word)) in _ORG_MODIFIERS
        or fold(word) in BODY_NOUNS
    )


def trim_agent(agent: str) -> str:
    return agent.strip(" ,.;:").removeprefix("according to ")


def person_source(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "kind": "person", "description": description}


def anonymous_source(agent: str) -> dict[str, Any]:
    return {"name": trim_agent(agent), "kind": "anonymous", "description": ""}


def _plural_group(source: dict[str, Any]) -> bool:
    """ "Officials", "two diplomats": a group that "he" or "she" cannot stand for."""
    if source.get("kind") != "anonymous":
        return False
    words = source.get("name", "").split()
    last = fold(words[-1]) if words else ""
    return last.endswith("s") and not last.endswith(("ss", "us")) or (
        bool(words) and fold(words[0]) in _PLURAL_COUNTS
    )


_PLURAL_COUNTS = frozenset("two three four five six several many some multiple".split())


def pronoun_source(pronoun: str, memory: Memory):
    last = memory.last
    if last is not None and not (pronoun in ("he", "she") and _plural_group(last.source)):
        return last.kind, dict(last.source)
    if memory.last_person and pronoun in ("he", "she"):
        return NAMED, person_source(memory.last_person, "")
    # Someone named earlier (perhaps in the headline): attributed, but to no one we can name.
    return NAMED, {"name": "", "kind": "person", "description": ""}
