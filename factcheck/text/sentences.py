"""Sentence segmentation for news text: nupunkt's boundaries, corrected by a few rules.

nupunkt (a Punkt implementation with a model trained on English text) proposes
sentence boundaries for the whole text in one pass. Each proposed boundary is then
checked against rules for things news copy is full of -- titles ("Gov.", "Lt."),
initials ("J. K. Rowling"), dotted acronyms ("U.S.", "U.N."), abbreviated months
before a day ("Jan. 5"), ellipses before a lowercase word, a closing quote after
the full stop -- and the breaks nupunkt misses after an acronym ("...pressure from
the U.S. The next day...") are added. Paragraph boundaries are hard breaks. Sentences are the stretches between the
surviving boundaries with surrounding whitespace removed, so their offsets are
exact by construction and every non-space character is in exactly one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import nupunkt

from factcheck.text.paragraphs import paragraph_spans


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence of a text: ``text[start:end]``, in paragraph ``paragraph`` (0-based)."""

    start: int
    end: int
    paragraph: int


# Titles and ranks that stand before a name: a sentence never ends on them.
TITLES = frozenset(
    """
    mr mrs ms messrs dr prof gov govs sen sens rep reps gen gens lt col capt cmdr
    cmdt adm maj sgt cpl pvt brig supt insp det pres hon rev fr msgr amb atty
    """.split()
)

# Abbreviated months: no break before a day or year ("Jan. 5", "Sept. 2024").
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# Abbreviations that introduce a number: "No. 5", "Vol. 3", "Art. 51".
NUMBER_PREFIXES = frozenset("no nos vol vols art arts sec ch fig pp para".split())

# Closed-class words that start sentences but do not continue a name after an
# acronym or an initial: "...pressure from the U.S. The next day..." breaks,
# "the U.S. Army" and "J. K. Rowling" do not.
SENTENCE_STARTERS = frozenset(
    """
    The A An This That These Those He She It They We I You His Her Its Their Our My
    Your But And Or So Yet Nor In On At By For From With Without After Before During
    When While Where Why How What Who Whom Whose Which Although Though If As Since
    Because Meanwhile However Still There Then Now Yes Not Some Many Most All Both
    Each Few Several Such Also Instead Moreover Furthermore Nevertheless Thus
    Therefore Indeed Earlier Later Today Yesterday Tomorrow Last Until Unless Once
    """.split()
)

# Capitalised words that continue a name after "U.S.", "U.N.", "U.K.", "E.U.", "D.C."
# ("the U.S. Army", "U.N. Security Council"); any other capitalised word after such an
# acronym starts a new sentence ("...in the U.S. Venezuela denied it").
ACRONYM_NAME_WORDS = frozenset(
    """
    Administration Agency Air Ambassador Ambassadors Appeals Armed Army Assembly Atlantic
    Atomic Attorney Attorneys Bank Border Bureau Cabinet Capitol Census Center Centers
    Central Chamber Charter Chief Chiefs Children Circuit Citizenship Climate Coast
    Command Commander Commerce Commission Commissioner Congress Congressman
    Congresswoman Constitution Consul Consulate Council Court Courts Customs Cyber
    Defence Defense Delegation Department Deputy Development District Dollar Drug
    Eastern Economic Education Election Embassy Energy Envoy Environmental Export
    Federal Fish Food Force Forces Foreign Forest General Geological Government Guard
    Health High Home Homeland House Human Humanitarian Immigration Independence
    Indo-Pacific Institute Intelligence Interior Joint Judge Justice Labor Labour
    Magistrate Marine Marines Marshals Mayor Military Minister Mint Mission National
    Naval Navy News Northern Nuclear Office Olympic Open Pacific Parliament Patent
    Peacekeeping Police Postal President Prime Refugee Representative Representatives
    Secret Secretary Secretary-General Securities Security Senate Senator Service
    Small Southern Space Speaker Special State Steel Strategic Supreme Trade
    Transportation Treasury Trial Undersecretary Vice Western Women World
    """.split()
)

# Two-letter dotted acronyms of places and bodies, which end a sentence as any word does
# ("...in Bedminster, N.J. Roger Ailes said"). Any other pair of capital initials before a
# capitalised word is the start of a name: "said J.M. Berger", "author J.K. Rowling".
PLACE_ACRONYMS = frozenset(
    """
    U.S. U.K. U.N. E.U. D.C. N.Y. N.J. N.H. N.C. S.C. N.D. S.D. N.M. R.I. L.A. B.C. A.D. P.S.
    A.M. P.M.
    """.split()
)

# Characters that close a quotation or a bracket and belong to the sentence they end.
CLOSERS = frozenset("\"'’”»›)]}")
# Characters that may open a word before the word itself ("(Dr.", "‘Gov.").
OPENERS = "\"'‘“«‹([{"
STRIP_AROUND = OPENERS + "\"'’”»›)]},;:"

_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")
_UPPER_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…|\. \. \.)$")
# An initial or acronym, then a capitalised word: candidates for a break nupunkt
# did not make ("...pressure from the U.S. He said...", "World War I. The...").
_ACRONYM_THEN_WORD = re.compile(r"(?<![\w.])(?:[A-Z]\.)+(?=\s+([A-Z]\S*))")
_NAME_HEAD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")

_LAST_WORD_WINDOW = 40

# No sentence is longer than this: a longer stretch without a break (a run-on transcript,
# a pasted table, a hostile file) is cut into pieces so the work per sentence is bounded
# and analysis stays linear in the length of the text.
MAX_SENTENCE = 3000
_SOFT_BREAK = re.compile(r"[;:,\u2014\u2013)\]](?=\s)")


@lru_cache(maxsize=1)
def _tokenizer() -> nupunkt.PunktSentenceTokenizer:
    # A fresh instance, never modified: nupunkt.load() shares one with every caller.
    return nupunkt.load_default_model()


def _last_word(text: str, end: int) -> str:
    """The whitespace-free word that ends at ``end``, without opening quotes or brackets."""
    window = text[max(0, end - _LAST_WORD_WINDOW) : end]
    parts = window.rsplit(None, 1)
    word = parts[-1] if parts else ""
    return word.lstrip(OPENERS)


def _next_word(text: str, start: int, limit: int) -> str:
    """The first whitespace-free word at or after ``start`` (before ``limit``)."""
    window = text[start : min(limit, start + _LAST_WORD_WINDOW)]
    parts = window.split(None, 1)
    return parts[0] if parts else ""


def _begins_sentence(text: str, start: int, p_start: int) -> bool:
    """Whether the word at ``start`` is the first of its sentence (as far as we can tell)."""
    i = start - 1
    while i >= p_start and (text[i].isspace() or text[i] in OPENERS):
        i -= 1
    while i > p_start and text[i] in CLOSERS:
        i -= 1
    return i < p_start or text[i] in ".?!…"


def _acronym_ends_sentence(text: str, start: int, following: str, p_start: int) -> bool:
    """After an upper-case acronym at ``start`` ("U.S."), before a capitalised word."""
    head = _NAME_HEAD.match(following.lstrip(OPENERS))
    name = head.group(0) if head else ""
    if name in SENTENCE_STARTERS:
        return True
    if name in ACRONYM_NAME_WORDS or name.split("-")[0] in ACRONYM_NAME_WORDS:
        return False
    if name.lower() in TITLES:
        return False  # "U.S. Rep. Smith"
    acronym = _UPPER_DOTTED_ACRONYM.match(text, start)
    if acronym is not None and len(acronym.group(0)) == 4 and (
        acronym.group(0) not in PLACE_ACRONYMS
    ) and name[:1].isupper():
        return False  # a name's initials: "said J.M. Berger, a fellow …"
    before = _last_word(text, start)
    if before[:1].isupper() and before[-1:].isalpha() and before not in SENTENCE_STARTERS:
        return False  # middle initials inside a name: "George H.W. Bush"
    # "U.S. Venezuela policy..." at the start of a sentence is one sentence.
    return not _begins_sentence(text, start, p_start)


def _keeps_break(text: str, cut: int, p_start: int, p_end: int) -> bool:
    """Whether nupunkt's boundary at ``cut`` (end of the left sentence) is a real one."""
    if cut >= p_end or not text[cut].isspace():
        # A sentence break needs whitespace after it: "1.6", "U.S.-backed", "example.com".
        return False
    word = _last_word(text, cut)
    following = _next_word(text, cut, p_end)
    first = following.lstrip(OPENERS)[:1]
    if not word or not first:
        return True
    if _ELLIPSIS_END.search(text, max(0, cut - 5), cut):
        # "He paused... then went on": an ellipsis before a lowercase word trails off.
        return not first.islower()
    if not word.endswith("."):
        return True
    stem = word[:-1].lower()
    if stem in TITLES:
        return False
    if stem in MONTHS or stem in NUMBER_PREFIXES:
        return not first.isdigit()
    if _UPPER_DOTTED_ACRONYM.fullmatch(word):
        if first.islower() or first.isdigit():
            return False  # "the U.S. military", "a U.N. 2020 report"
        if first.isupper():
            return _acronym_ends_sentence(text, cut - len(word), following, p_start)
        return True
    if _INITIAL.fullmatch(word):
        # "J. K. Rowling", "John F. Kennedy": an initial before a name.
        return not first.isupper() or following.strip(STRIP_AROUND) in SENTENCE_STARTERS
    if _DOTTED_ACRONYM.fullmatch(word) and (first.islower() or first.isdigit()):
        return False  # "at 3 a.m. on Tuesday"
    return True


def _extra_breaks(text: str, p_start: int, p_end: int) -> list[int]:
    """Breaks nupunkt missed after an initial or acronym ("...from the U.S. He said")."""
    cuts = []
    for match in _ACRONYM_THEN_WORD.finditer(text, p_start, p_end):
        following = match.group(1)
        if match.end() - match.start() == 2:  # a single initial: "World War I. The"
            ends = following.strip(STRIP_AROUND) in SENTENCE_STARTERS
        else:
            ends = _acronym_ends_sentence(text, match.start(), following, p_start)
        if ends:
            cuts.append(match.end())
    return cuts


def _move_past_closers(text: str, cut: int, limit: int) -> int:
    """A closing quote or bracket glued to the end of a sentence belongs to it."""
    while cut < limit and text[cut] in CLOSERS:
        cut += 1
    return cut


def segment(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences with exact character offsets.

    ``text[span.start:span.end]`` is the sentence without surrounding whitespace.
    Sentences are in order, never overlap, never cross a paragraph boundary (see
    :func:`factcheck.text.paragraphs.paragraph_spans`), and together cover every
    non-whitespace character of the text.
    """
    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return []
    proposed = [end for _start, end in _tokenizer().span_tokenize(text)]

    sentences: list[SentenceSpan] = []
    cut_index = 0
    for number, (p_start, p_end) in enumerate(paragraphs):
        cuts: list[int] = []
        while cut_index < len(proposed) and proposed[cut_index] <= p_start:
            cut_index += 1
        while cut_index < len(proposed) and proposed[cut_index] < p_end:
            cut = _move_past_closers(text, proposed[cut_index], p_end)
            if cut < p_end and _keeps_break(text, cut, p_start, p_end):
                cuts.append(cut)
            cut_index += 1
        extra = _extra_breaks(text, p_start, p_end)
        if extra:
            cuts = sorted(set(cuts).union(extra))

        begin = p_start
        for end in [*cuts, p_end]:
            start, stop = begin, end
            while start < stop and text[start].isspace():
                start += 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            for piece_start, piece_end in _bounded(text, start, stop):
                sentences.append(SentenceSpan(piece_start, piece_end, number))
            begin = max(begin, end)
    return sentences


def _bounded(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``text[start:stop]`` as pieces of at most MAX_SENTENCE characters, each without
    surrounding whitespace, cut after a clause mark or else at a space where there is one."""
    pieces: list[tuple[int, int]] = []
    while stop - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        floor = start + MAX_SENTENCE // 2
        cut = -1
        for mark in _SOFT_BREAK.finditer(text, floor, limit):
            cut = mark.end()
        if cut < 0:
            space = max(text.rfind(" ", floor, limit), text.rfind("\t", floor, limit))
            cut = space if space > start else limit
        end = cut
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            pieces.append((start, end))
        start = cut
        while start < stop and text[start].isspace():
            start += 1
    if stop > start:
        pieces.append((start, stop))
    return pieces
