"""Capitalised name sequences in a sentence: the candidates for people's names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.analysis.common import APOSTROPHES, LETTERS, UPPER, fold, strip_possessive

_PARTICLES = "de|del|della|der|di|da|do|dos|du|la|le|van|von|bin|ibn|al|el|y"
_NAMEWORD = rf"[{UPPER}][{LETTERS}]*(?:[-{APOSTROPHES}][{LETTERS}]+)*"
_INITIALS = rf"(?:[{UPPER}]\. )+(?:(?:{_PARTICLES}) )?"
# "George W. Bush", "Luiz Inácio Lula da Silva", "Díaz-Canel", "al-Sisi", "F. W. de Klerk",
# "Saud al-Faisal"
NAME_SEQ_RE = re.compile(
    rf"(?<![{LETTERS}.\-])(?:{_INITIALS})?(?:al-|el-)?{_NAMEWORD}"
    rf"(?:(?: (?:{_PARTICLES}) | {_INITIALS}| )(?:al-|el-)?{_NAMEWORD})*"
)

# Words that stand before a name as a title or rank; not part of the name.
TITLE_WORDS = frozenset(
    fold(w)
    for w in """
President Vice Prime Minister Ministers Foreign Secretary State Chancellor Premier Senator Sen.
Representative Rep. Governor Gov. Mayor King Queen Prince Princess Crown Emperor Pope Ayatollah
Supreme Leader General Gen. Colonel Col. Admiral Commander Chief Dr Dr. Mr Mr. Mrs Mrs. Ms Ms.
Sir Dame Lord Lady Ambassador Envoy Special Deputy Defence Defense Finance Interior Home Justice
Attorney Acting Interim Former Speaker Chairman Chairwoman Chair Judge Emir Sultan Sheikh Opposition
Cardinal Bishop Archbishop Director Spokesman Spokeswoman Spokesperson Economy Trade Health Energy
Treasury Commerce Affairs External Secretary-General President-elect Ex-President Officer Minister-President
Head Leader Marshal Field Captain Lt. Lieutenant Sergeant Major Inspector Superintendent Detective
Professor Prof. Rabbi Imam Father Reverend Rev. Sen Analyst Economist Lawmaker Congressman Congresswoman
Outgoing Incoming Caretaker Senate House Majority Minority Whip Republican Democratic GOP
""".split()
)

# Capitalised sentence openers that are not names.
STARTERS = frozenset(
    """
the a an this that these those in on at under after before since during while when as but and
or yet so if although though despite with without by for from to of about among between into
through until unlike like however meanwhile instead still also then there here his her their its
our my your we they he she it i some many most several multiple both each every all no any one
two three four five six seven eight nine ten more other another such what which who why how
according subsequent last next earlier later recently today yesterday now even only just
""".split()
)

# Capitalised words that mark an organisation or place rather than a person.
ORG_WORDS = frozenset(
    fold(w)
    for w in """
House Department Ministry Pentagon Kremlin Council Office Agency Government Committee Bank Army
Navy Police Court Party Union Nations Organization Organisation Institute University College
Company Corporation Corp Inc Ltd Group Fund Forum Assembly Parliament Congress Senate Commission
Service Services Guard Forces Force Republic Kingdom States Federation Association Foundation Times
Post Journal News Press Agency Network Centre Center Street Square Palace Hall Airport Station
Ocean Sea River Gulf Coast Island Islands Mountains Ministry's Cabinet Treasury Reserve Board
Authority Administration Directorate Bureau Command Embassy Consulate Secretariat Tribunal Media
Unit Brigade Battalion Corps Guardian Telegraph Tribune Herald Reuters Bloomberg Associated Radio
Television TV Airlines Airways Petroleum Oil Gas Energy Motors Holdings Capital Partners Club
League Cup Games Olympic Olympics Summit Conference Treaty Accord Agreement Act Plan Program
Programme Project Initiative Alliance Coalition Front Movement Revolution War Crisis Day Week
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December North South East West Northern Southern Eastern
Western Central United European African Asian American Latin Middle Communist Socialist Democratic
Republican Labour Conservative Liberal National International Federal Royal Supreme High Red Cross
City County Province Region District Valley Caribbean Pacific Atlantic Mediterranean Arctic Strait
""".split()
)


@dataclass(frozen=True)
class NameMention:
    """A capitalised sequence split into its title words and its name words."""

    start: int  # offsets in the searched text, of the name part (title excluded)
    end: int
    name: str  # the name words as written, possessive stripped
    title: str  # title words before it as written ("Cuban Foreign Minister"), may be ""
    title_start: int
    sentence_initial: bool

    @property
    def words(self) -> list[str]:
        return self.name.split()


def name_mentions(text: str, masked: str | None = None) -> list[NameMention]:
    """Capitalised sequences of ``text`` (searched in ``masked`` when given), each split
    into title and name. Sequences of one letter ("U") are skipped."""
    search_in = masked if masked is not None else text
    mentions = []
    for match in NAME_SEQ_RE.finditer(search_in):
        # "Giorgia Meloni’s Brothers of Italy": a name ends at its possessive.
        start = match.start()
        for piece in _POSSESSIVE_SPLIT_RE.split(text[start : match.end()]):
            mention = _split_title(piece, start, _is_initial(text, start))
            if mention is not None:
                mentions.append(mention)
            start += len(piece) + 1
    return mentions


_POSSESSIVE_SPLIT_RE = re.compile(r"(?<=[\u2019']s) ")


def _is_initial(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u201c\u2018\"'(")
    return not before or before[-1] in ".!?:\n\u2014"


def _split_title(raw: str, offset: int, initial: bool) -> NameMention | None:
    # Word boundaries inside raw.
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", raw)]
    if initial and len(words) > 1 and fold(raw[: words[0][1]]) in STARTERS:
        # "Under President George W. Bush": the capital is the sentence's, not the name's.
        skip = words[1][0]
        return _split_title(raw[skip:], offset + skip, False)
    folded = [fold(raw[a:b]) for a, b in words]
    cut = 0
    for i, word in enumerate(folded[:-1]):
        if word in TITLE_WORDS:
            cut = i + 1
    if cut and not all(w in TITLE_WORDS or _adjective_like(w) for w in folded[:cut]):
        cut = 0
    name_start = words[cut][0]
    name = raw[name_start:]
    stripped = strip_possessive(name)
    if len(stripped.replace(".", "")) <= 1:
        return None
    title = raw[: words[cut - 1][1]] if cut else ""
    return NameMention(
        start=offset + name_start,
        end=offset + name_start + len(stripped),
        name=stripped,
        title=title,
        title_start=offset,
        sentence_initial=initial and cut == 0,
    )


def _adjective_like(word: str) -> bool:
    """Country adjectives before a title: Cuban, British, U.S., Israeli, Chinese, French."""
    return word.endswith(
        ("an", "ian", "ese", "ish", "i", "ic", "ch", "'s", "ine", "ek", "ss")
    ) or word in {
        "u.s.",
        "us",
        "uk",
        "u.k.",
        "eu",
        "un",
        "greek",
        "thai",
        "swiss",
        "dutch",
    }


def is_person_like(words: Iterable[str]) -> bool:
    """Two or more capitalised words none of which marks an organisation or a place."""
    folded = [fold(strip_possessive(w)) for w in words]
    return len(folded) >= 2 and not any(w in ORG_WORDS for w in folded)
