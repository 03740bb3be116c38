"""Who the article names: each person-like mention resolved to a known person or a name."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.analysis.common import Context, fold
from factcheck.analysis.kbindex import KBIndex, find_exact, split_tokens
from factcheck.analysis.names import STARTERS, TITLE_WORDS, NameMention, is_person_like
from factcheck.analysis.variants import closest_person
from factcheck.kb.types import Person

# Common Chinese, Korean and Vietnamese family names, written first.
FAMILY_NAME_FIRST = frozenset(
    """
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh
seo shin kwon hwang ahn song hong moon ryu wang li zhang liu chen yang huang zhao wu zhou xu
sun ma zhu hu guo he lin gao luo zheng xi xie tang deng feng cao peng zeng xiao tian dong pan
yuan cai jiang yu du ye cheng wei su lu ding ren shen yao qin nguyen tran le pham hoang phan vu
""".split()
)
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PARTICLES = {
    "de",
    "del",
    "della",
    "der",
    "di",
    "da",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "van",
    "von",
    "bin",
    "ibn",
    "al",
    "el",
    "y",
}


@dataclass(frozen=True)
class PersonMention:
    sentence: int
    start: int  # offset in the sentence text
    end: int
    name: str  # as written
    identity: str  # KB person id, or "name:<folded full name>"
    person: Person | None
    surnames: frozenset[str]  # folded surname keys a bare reference may use


def person_mentions(
    ctx: Context, index: KBIndex, mentions: dict[int, list[NameMention]]
) -> list[PersonMention]:
    """Mentions of people by full name (two words or more), in reading order."""
    found: list[PersonMention] = []
    for sentence in ctx.sentences:
        for mention in mentions.get(sentence.index, ()):
            if len(mention.words) < 2 or not is_person_like(mention.words):
                continue
            if fold(mention.words[-1]) in TITLE_WORDS:
                continue  # "the Cuban President said": a title, not a name
            people = find_exact(index, mention.name)
            person = people[0] if people else None
            if person is None:
                variant = closest_person(index, mention.name)
                person = variant.person if variant else None
            words = [fold(w) for w in mention.words]
            if person is not None:
                identity = person.id
                keys = set(index.surnames_of.get(person.id, ())) | {words[-1]}
            else:
                identity = "name:" + " ".join(words)
                keys = _derived_surnames(words)
            found.append(
                PersonMention(
                    sentence.index,
                    mention.start,
                    mention.end,
                    mention.name,
                    identity,
                    person,
                    frozenset(keys),
                )
            )
    return _merge_short_forms(found)


def _derived_surnames(words: list[str]) -> set[str]:
    while len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
        words = words[:-1]  # "Donald Trump Jr." is a Trump
    keys = {words[-1], " ".join(words[-2:])}
    if (
        words[0] in FAMILY_NAME_FIRST
        and len(words) == 2
        and ("-" in words[1] or len(words[1]) <= 4)
    ):
        keys.add(words[0])  # "Lee Jun-seok", "Wang Yi": the family name comes first
    if len(words) >= 3 and words[-2] not in _PARTICLES and len(words[-2].rstrip(".")) > 1:
        keys.add(
            words[-2]
        )  # first of two Spanish surnames: "Rodríguez" in "Bruno Rodríguez Padilla"
    return keys


def _merge_short_forms(found: list[PersonMention]) -> list[PersonMention]:
    """ "Delcy Eloína Rodríguez" then "Delcy Rodríguez": one unknown person, not two."""
    identities: dict[str, str] = {}
    merged = []
    for mention in found:
        identity = mention.identity
        if identity.startswith("name:"):
            words = identity[5:].split()
            for other, canonical in identities.items():
                other_words = split_tokens(other)
                if other_words and words[0] == other_words[0] and words[-1] == other_words[-1]:
                    identity = canonical
                    break
            identities.setdefault(
                identity[5:] if identity.startswith("name:") else identity, identity
            )
        merged.append(
            PersonMention(
                mention.sentence,
                mention.start,
                mention.end,
                mention.name,
                identity,
                mention.person,
                mention.surnames,
            )
        )
    return merged


def known_single_names(index: KBIndex, people: list[PersonMention]) -> frozenset[str]:
    """Folded single words that stand for a person: surnames of people in the article."""
    names: set[str] = set()
    for mention in people:
        names.update(k for k in mention.surnames if " " not in k)
    return frozenset(n for n in names if n not in STARTERS)
