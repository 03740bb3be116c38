"""Who speaks: a speaker phrase from the parse read as named, anonymous, or a pronoun.

Named when the phrase holds a proper name of a person, organisation, outlet or document (or
refers back to one: "the campaign"); anonymous when its head is a common noun of unnamed people
or vague groups ("officials", "a source", "people familiar with…"), also when a proper noun only
modifies that head ("Clinton campaign allies"). Pronouns ("he", "they", "both lawmakers") are
left for ``factcheck.analysis.attribution`` to resolve against earlier speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.analysis.attribution_words import (
    BODY_HEADS,
    DOCUMENT_HEADS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SELF_PRONOUNS,
    THING_PRONOUNS,
    VAGUE_HEADS,
    VAGUE_PROPER,
    person_noun,
)
from factcheck.nlp import ParsedSentence, Token

NAMED = "named"
ANONYMOUS = "anonymous"
PRONOUN = "pronoun"
NONE_KIND = "none"  # the parse gave no one as the subject ("’ve", a verb): no attribution
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "X"})
# Singular group words name one person when definite: "the Wisconsin Republican".
_MEMBER_WORDS = frozenset(
    "republican democrat conservative liberal progressive independent candidate nominee".split()
)

# "one of the aides", "61 percent of voters", "a majority of Republicans": the people after "of".
_SHARE_WORDS = frozenset(
    "one some many most few several none all each half third quarter majority minority percent "
    "plurality share portion".split()
)
_PERSON_LABELS = frozenset({"PERSON"})
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_DOCUMENT_LABELS = frozenset({"WORK_OF_ART", "LAW"})
_NUMERIC_LABELS = frozenset("DATE TIME CARDINAL PERCENT MONEY QUANTITY ORDINAL".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_BACK_DETERMINERS = frozenset("the this that these those his her their its our".split())
_LEFT_DEPS = frozenset("compound amod det poss nmod nummod case quantmod prep pobj".split())


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase: ``kind`` named / anonymous / pronoun; ``start``/``end`` article offsets.

    ``form`` is "person", "organisation", "document" or "group" (what a pronoun may stand
    for); ``name`` is what a source in the ledger would be called.
    """

    kind: str
    text: str
    start: int
    end: int
    form: str
    plural: bool
    name: str
    description: str = ""
    pronoun: str = ""
    phrase_start: int = -1  # the whole phrase ("eleven sources familiar with the matter")
    phrase_end: int = -1
    share: bool = False  # a share of people counted ("58 percent of farmers", "Nine in 10")
    quoted: bool = False  # words inside a quotation: the source is whoever the article quotes


def _lower(token: Token) -> str:
    return token.text.lower()


def _core(parsed: ParsedSentence, i: int) -> tuple[int, int]:
    """The speaker phrase's own words: its head with what stands before it (determiners,
    compounds, possessives), and a proper name in apposition right after it."""
    head = parsed.tokens[i]
    first = i
    for child in parsed.children[i]:
        if child < i and parsed.tokens[child].dep in _LEFT_DEPS:
            first = min(first, parsed.tokens[child].left)
    # A dateline before the speaker ("WASHINGTON (Reuters) - U.S. Secretary …") is not theirs.
    for k in range(i - 1, first - 1, -1):
        if parsed.tokens[k].text in _BREAKS and not _joining(parsed, k):
            first = k + 1
            break
    last = i
    while last + 1 < len(parsed.tokens):
        nxt = parsed.tokens[last + 1]
        if nxt.head == i and nxt.dep in ("compound", "flat") or (
            nxt.pos == "PROPN" and head.pos == "PROPN" and nxt.head in (i, last)
        ):
            last += 1
        else:
            break
    return first, last


def _joining(parsed: ParsedSentence, k: int) -> bool:
    """Token ``k`` is a hyphen inside a word ("co-host", "Fact-checkers", "Twenty-four")."""
    tokens = parsed.tokens
    return (
        tokens[k].text == "-" and 0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start
    )


_DROP_RIGHT = frozenset({"relcl", "appos", "punct", "cc", "conj"})
_BREAKS = frozenset({"-", "\u2014", "\u2013", ")", ":", "--"})


def _phrase(parsed: ParsedSentence, i: int) -> tuple[int, int]:
    """Token ``i``'s whole phrase ("eleven sources familiar with the matter") without the
    relative clause, apposition or list that may follow it."""
    first, last = _core(parsed, i)
    for child in parsed.children[i]:
        token = parsed.tokens[child]
        after_comma = parsed.tokens[token.left - 1].text == "," if token.left > 0 else False
        if child > i and token.dep not in _DROP_RIGHT and not after_comma:
            last = max(last, token.right)
    return first, last


def _description(parsed: ParsedSentence, i: int) -> str:
    """The apposition after a name ("Frank Mora, former U.S. ambassador to …")."""
    for child in parsed.children[i]:
        token = parsed.tokens[child]
        if token.dep == "appos" and child > i:
            first, last = _phrase(parsed, child)
            return parsed.span_text(first, last)
    return ""


def _name_run(parsed: ParsedSentence, i: int, first: int) -> int:
    """Where the proper name ending at token ``i`` begins ("Opposition leader Maria Corina
    Machado" -> "Maria"), a hyphenated one whole ("Douglas Holtz-Eakin", "Ban Ki-moon")."""
    tokens = parsed.tokens
    k = i
    while True:
        if k - 1 >= first and tokens[k - 1].pos == "PROPN" and tokens[k - 1].head in (i, k):
            k -= 1
        elif k - 2 >= first and tokens[k - 1].tag == "HYPH" and tokens[k - 2].pos == "PROPN" and (
            tokens[k - 2].end == tokens[k - 1].start and tokens[k - 1].end == tokens[k].start
        ):
            k -= 2
        else:
            return k


def _appositive_name(parsed: ParsedSentence, i: int) -> int | None:
    """A proper noun in apposition to token ``i`` ("an aide, John Smith,", "spokesman Brian
    Fallon"); not a person's party or state (``_party_or_place``), though a dateline's
    bracketed agency is one ("LONDON (Reuters) —"), nor the words after a label’s colon."""
    for child in parsed.children[i]:
        token = parsed.tokens[child]
        if token.dep == "appos" and token.pos == "PROPN" and _lower(token) not in VAGUE_PROPER and (
            token.lemma.lower() not in _MEMBER_WORDS  # "a registered Republican" is no name
        ) and not _party_or_place(parsed, i, child) and not any(
            t.text == ":" for t in parsed.tokens[i + 1 : child]  # "Ryan: FBI Decision Is …"
        ):
            return child
    return _name_after_of(parsed, i)


def _name_after_of(parsed: ParsedSentence, i: int) -> int | None:
    """A person's name the parser hung on the place or body of the common noun ``i``'s
    "of" ("The mayor of Lyon, Grégory Doucet, said": "Doucet" in apposition to "Lyon"); a
    place or a body has no personal name, so the name is the mayor's."""
    if parsed.tokens[i].pos != "NOUN":
        return None
    for prep in parsed.children[i]:
        if parsed.tokens[prep].dep != "prep" or _lower(parsed.tokens[prep]) != "of":
            continue
        for place in parsed.children[prep]:
            owner = parsed.entity_at(place)
            if parsed.tokens[place].dep != "pobj" or owner is None or owner.label == "PERSON":
                continue
            for child in parsed.children[place]:
                name = parsed.entity_at(child)
                if parsed.tokens[child].dep == "appos" and name is not None and (
                    name.label == "PERSON" and name.first <= child <= name.last
                ):
                    return child
    return None


def _party_or_place(parsed: ParsedSentence, i: int, j: int) -> bool:
    """Token ``j``, in apposition to the person at token ``i``, gives their party or state:
    bracketed ("Mike Huckabee (R)", "Bernie Sanders (I-Vt.)") or a place ("Mitch McConnell,
    R-Ky.,", "Ann Marlow, D-Ore.,")."""
    if not _person(parsed, i):
        return False
    entity = parsed.entity_at(j)
    token = parsed.tokens[j]
    return bracketed(parsed, i, j) or entity is not None and entity.label == "GPE" or bool(
        _PARTY_STATE.fullmatch(parsed.span_text(token.left, token.right)))


_PARTY_STATE = re.compile(r"[A-Z]-[A-Z][A-Za-z.]*")  # "R-Ky.", "D-N.Y."


def _person(parsed: ParsedSentence, i: int) -> bool:
    entity = parsed.entity_at(i)
    return entity is not None and entity.label == "PERSON"


def bracketed(parsed: ParsedSentence, i: int, j: int) -> bool:
    """Token ``j`` stands inside brackets opened after token ``i``."""
    for token in reversed(parsed.tokens[i + 1 : j]):
        if token.text == ")":
            return False
        if token.text == "(":
            return True
    return False


def plural_vague(token: Token) -> bool:
    """A plural common noun of people ("officials"), whatever its capital."""
    return token.lemma.lower() in VAGUE_HEADS and token.tag in ("NNS", "NNPS")


def _vague_group(parsed: ParsedSentence, token: Token, proper: frozenset[str] = frozenset()) -> bool:
    """"officials", "Republicans", "many Venezuelans", "one senior Liberal"; not a surname
    that is also such a word ("Dan Backer", "Friend says" after "Thomas Friend")."""
    lemma = token.lemma.lower()
    entity = parsed.entity_at(token.i)
    if entity is not None and entity.label == "PERSON" and token.pos == "PROPN":
        return False
    if _bare_name(parsed, token, proper):
        return False
    if _lower(token) in VAGUE_PROPER or lemma in VAGUE_HEADS:
        return True
    # "Venezuelans", "many Muslims"; not "the Khans" or "the Russians" (a family, a side
    # identified before).
    return entity is not None and entity.label == "NORP" and token.tag == "NNPS" and not any(
        _lower(parsed.tokens[c]) == "the" for c in parsed.children[token.i])


# Group words that stand bare in the singular ("Staff said", "Media reported"): capitalised
# elsewhere ("Chief of Staff", "Media Matters") they are still no name.
_BARE_GROUPS = frozenset(
    "staff media medium half third quarter majority minority percent plurality share portion "
    "number leadership management".split()
)


def _bare_name(parsed: ParsedSentence, token: Token, proper: frozenset[str]) -> bool:
    """A capitalised singular with no determiner that the article writes as a name elsewhere:
    "Friend says so" (a bare singular "friend" would need an article)."""
    if token.tag not in ("NN", "NNP") or not token.text[:1].isupper():
        return False
    if _lower(token) not in proper or token.lemma.lower() in _BARE_GROUPS:
        return False
    return not any(parsed.tokens[c].dep in ("det", "poss", "nummod")
                   for c in parsed.children[token.i])


def _has_proper(parsed: ParsedSentence, i: int, proper: frozenset[str] = frozenset()) -> bool:
    """A proper name anywhere in token ``i``'s phrase ("a spokesman for the Clinton campaign"),
    also one the tagger took for a word that the article writes as a name ("Sanders’ team",
    tagged a plural noun, after "Ann Sanders")."""
    head = parsed.tokens[i]
    return any(
        (t.pos == "PROPN" or _mistagged_name(t, proper))
        and _lower(t) not in VAGUE_PROPER and t.i != i
        for t in parsed.tokens[head.left : head.right + 1]
    )


def _mistagged_name(token: Token, proper: frozenset[str]) -> bool:
    """A name the tagger took for a common noun ("Sanders’" as plural "sanders") that the
    article writes as a name elsewhere; adjectives of groups ("Democratic", "Muslim") are not."""
    return (token.pos == "NOUN" and token.text[:1].isupper() and _lower(token) in proper
            and token.ent_type != "NORP")


# Heads whose phrase is the source's name when it refers back: bodies and documents.
_NAMING_HEADS = BODY_HEADS | DOCUMENT_HEADS
# Vague words for what is told rather than who tells it: "an account", "the media".
_TOLD_WORDS = frozenset("account rumour rumor media medium".split())


def _owned_account(parsed: ParsedSentence, i: int, proper: frozenset[str]) -> bool:
    """"Farley's account", "an Associated Press account", "U.S. media": what is told, with a
    name or an owner that says whose it is."""
    if parsed.tokens[i].lemma.lower() not in _TOLD_WORDS:
        return False
    return _has_proper(parsed, i, proper) or any(
        parsed.tokens[c].dep == "poss" for c in parsed.children[i] if c < i
    )


def _form(parsed: ParsedSentence, i: int) -> str:
    entity = parsed.entity_at(i)
    if entity is not None:
        if entity.label in _PERSON_LABELS:
            return "person"
        if entity.label in _BODY_LABELS:
            return "organisation"
        if entity.label in _DOCUMENT_LABELS:
            return "document"
    token = parsed.tokens[i]
    if token.lemma.lower() in BODY_HEADS:
        return "organisation"
    return "person" if token.pos == "PROPN" else "group"


def _of_object(parsed: ParsedSentence, i: int) -> int | None:
    """"one of the aides", "some of his advisers": the noun after "of"."""
    for child in parsed.children[i]:
        if _lower(parsed.tokens[child]) == "of":
            objects = [c for c in parsed.children[child] if parsed.tokens[c].dep == "pobj"]
            if objects:
                return objects[0]
    return None


def _backreference(parsed: ParsedSentence, i: int) -> bool:
    """"Both lawmakers", "the two candidates": people named before, as a pronoun would be."""
    words = [_lower(parsed.tokens[c]) for c in parsed.children[i] if c < i]
    return "both" in words or ("the" in words and "two" in words)


def proper_words(parsed: Sequence[ParsedSentence]) -> frozenset[str]:
    """Words the article writes as names: tagged proper nouns, or capitalised somewhere other
    than a sentence's first word. "Sanders responds" opens a sentence tagged as a plural noun;
    "Bernie Sanders" elsewhere says it is a name. A sentence's first word is the first after
    its opening quotation marks or brackets ("“Lurking behind …" is no name)."""
    found: set[str] = set()
    for p in parsed:
        opening = next((t.i for t in p.tokens if t.pos != "PUNCT"), 0)
        found.update(
            t.text.lower() for t in p.tokens
            if t.text[:1].isupper() and (
                t.pos == "PROPN" or t.i > opening and t.pos in ("NOUN", "VERB", "ADJ")))
    return frozenset(found)


def classify(parsed: ParsedSentence, i: int, proper: frozenset[str] = frozenset()) -> Speaker:
    """The speaker whose phrase has token ``i`` as its head (``proper``: ``proper_words``)."""
    found = _classify(parsed, i, proper)
    first, _ = _core(parsed, i)
    last = parsed.tokens[i].right
    while last > i and parsed.tokens[last].pos == "PUNCT":
        last -= 1
    return replace(found, phrase_start=min(found.start, parsed.tokens[first].start),
                   phrase_end=max(found.end, parsed.tokens[last].end),
                   share=_counted_share(parsed, i))


# Of the share words, those that pick out some members of a group without saying which.
_SUBSET_WORDS = frozenset("one some many most few several none".split())
# Heads that speak for a body the context identifies ("a government spokesperson"), unlike
# the body itself said indefinitely ("one research firm", "three television networks").
_SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson secretary".split())
_INDEFINITE = frozenset("a an one another some several any".split())


def _people(parsed: ParsedSentence, i: int) -> bool:
    """Token ``i`` is a plural of people or bodies ("fundraisers", "the Murdochs", "the
    networks"), not of things ("talking points", "the videos")."""
    token = parsed.tokens[i]
    if token.tag not in ("NNS", "NNPS"):
        return False
    entity = parsed.entity_at(i)
    if entity is not None:
        return entity.label in ("PERSON", "NORP", "ORG")
    return token.pos == "PROPN" or person_noun(token.lemma.lower())


def _indefinite(modifiers: Sequence[Token]) -> bool:
    """"a", "one", "three", "several" before the head: which of them is not said."""
    return any(_lower(m) in _INDEFINITE or m.dep == "nummod" for m in modifiers)


def _unnamed_by_request(parsed: ParsedSentence, i: int) -> bool:
    """"an employee who spoke on the condition of anonymity", "a lawmaker who asked not to be
    named": a source the article says it does not name."""
    head = parsed.tokens[i]
    words = [t.lemma.lower() for t in parsed.tokens[head.left : head.right + 1]]
    if "anonymity" in words or "anonymously" in words:
        return True
    return any(words[k : k + 3] == ["not", "be", "name"] or words[k : k + 3] == ["not", "be",
               "identify"] for k in range(len(words) - 2))


def _counted_share(parsed: ParsedSentence, i: int) -> bool:
    """"58 percent of farmers", "a majority of nurses", "Nine in 10 teachers": people
    counted, as a survey counts its respondents."""
    token = parsed.tokens[i]
    if token.lemma.lower() in _COUNTED_SHARES:
        return True
    return token.pos == "NUM" and any(  # "Nine in 10", "three in four" (in -> four)
        _lower(parsed.tokens[c]) in ("in", "out") for c in parsed.children[i]
    )


_COUNTED_SHARES = frozenset("% percent majority minority plurality share portion".split())
# Share words that leave unsaid which members of a group speak: subsets, counted shares and
# fractions ("half of them"); "all of them", "each of them" speak for the whole group.
_SOME_OF = _SUBSET_WORDS | _COUNTED_SHARES | frozenset("half third quarter".split())
_PLURAL_PRONOUNS = frozenset("you them us these those".split())


def _some_of_us(parsed: ParsedSentence, i: int) -> bool:
    """Token ``i`` is a plural pronoun after "of" ("many of you", "some of them")."""
    token = parsed.tokens[i]
    return token.pos == "PRON" and _lower(token) in _PLURAL_PRONOUNS


def survey_speaker(parsed: ParsedSentence, proper: frozenset[str] = frozenset()) -> Speaker | None:
    """The named poll or survey a sentence cites ("in a new Harbor Institute poll", "according
    to a Reuters poll", "a Lakeview survey found"), or None: the one whose respondents a
    counted share of people is."""
    for token in parsed.tokens:
        if token.pos not in ("NOUN", "PROPN") or token.lemma.lower() not in _SURVEYS:
            continue
        found = classify(parsed, token.i, proper)
        if found.kind == NAMED:  # "a new poll" names no one; "the survey" is one named before
            return found
    return None


_SURVEYS = frozenset("poll survey polling".split())


def quoted_words_speaker(speaker: Speaker, quotes: Sequence[tuple[int, int]]) -> Speaker:
    """A subject inside quotation marks ("“Bakers deserve a fair price …”") is the quoted person's
    word, not the source: the source is whoever the article quotes, unnamed here (as a
    pronoun with nobody to stand for)."""
    if not any(start <= speaker.start and speaker.end <= end for start, end in quotes):
        return speaker
    return replace(speaker, kind=NAMED, name="", form="person", description="", pronoun="",
                   quoted=True)


def _nominal_adjective(parsed: ParsedSentence, token: Token) -> bool:
    """An adjective the parser made a subject with its own determiner: "the 46-year-old said",
    "a longtime Republican added" read as the person they describe."""
    return token.pos == "ADJ" and token.dep in ("nsubj", "nsubjpass") and any(
        parsed.tokens[c].dep == "det" for c in parsed.children[token.i])


def _classify(parsed: ParsedSentence, i: int, proper: frozenset[str] = frozenset()) -> Speaker:
    token = parsed.tokens[i]
    if token.lemma == "%":  # "26% say": a share counted, as "26 percent"
        token = token._replace(lemma="percent")
    lower = _lower(token)
    if lower in RELATIVE_PRONOUNS and token.pos == "PRON":
        verb = parsed.tokens[token.head]
        if verb.dep == "relcl" and verb.head != verb.i:
            return _classify(parsed, verb.head, proper)
    if lower == "those" and any(parsed.tokens[c].dep in ("acl", "relcl", "amod", "prep")
                                for c in parsed.children[i]):
        # "those surveyed", "those who back her opponents", "those over 60": people unnamed.
        return Speaker(ANONYMOUS, token.text, token.start, token.end, "group", True,
                       parsed.span_text(i, token.right))
    if token.pos == "PRON" and lower in _DEMONSTRATIVES:
        # "That says a lot", "this shows how …": a thing pointed at, not someone speaking.
        return Speaker(NONE_KIND, token.text, token.start, token.end, "group", False, "")
    if token.pos == "PRON" and lower in _POSSESSIVES:  # "his claim", "their statement"
        lower = _POSSESSIVES[lower]
    if token.pos == "PRON" and lower in (
        PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | SELF_PRONOUNS
    ):
        plural = lower in GROUP_PRONOUNS or lower in ("we", "us")
        return Speaker(PRONOUN, token.text, token.start, token.end, "person", plural, "",
                       pronoun=lower)
    if token.pos not in _NOMINAL and not (token.text[:1].isupper() and lower in proper) and not (
        _nominal_adjective(parsed, token)
    ) and not (lower in _SHARE_WORDS and _of_object(parsed, i) is not None):  # "Many of you"
        return Speaker(NONE_KIND, token.text, token.start, token.end, "group", False, "")
    first, last = _core(parsed, i)
    text = parsed.span_text(first, last)
    start, end = parsed.tokens[first].start, parsed.tokens[last].end
    plural = token.tag in ("NNS", "NNPS")
    lemma = token.lemma.lower()
    if _unnamed_by_request(parsed, i):
        p_first, p_last = _phrase(parsed, i)
        return Speaker(ANONYMOUS, text, start, end, "group", plural,
                       parsed.span_text(p_first, p_last))
    if lemma in _SHARE_WORDS and _appositive_name(parsed, i) is None:  # "one of …, Jane Roe,"
        inner = _of_object(parsed, i)
        if inner is not None:
            found = classify(parsed, inner)
            if lemma in _SOME_OF and (_people(parsed, inner) or _some_of_us(parsed, inner)):
                # "some of Clinton's fundraisers", "one of the networks", "a majority of her
                # backers", "many of you": which of them, unsaid.
                found = replace(found, kind=ANONYMOUS, name=parsed.span_text(
                    first, parsed.tokens[inner].right))
            return Speaker(found.kind, parsed.span_text(first, parsed.tokens[inner].right),
                           start, parsed.tokens[parsed.tokens[inner].right].end, found.form,
                           lemma != "one", found.name, found.description)
    if _backreference(parsed, i) and plural and not _has_proper(parsed, i):
        return Speaker(PRONOUN, text, start, end, "person", True, "", pronoun="both")
    appositive = _appositive_name(parsed, i)
    determiners = {_lower(parsed.tokens[c]) for c in parsed.children[i] if c < i}
    if not plural and "the" in determiners and appositive is None and lemma in VAGUE_HEADS:
        if lemma in _MEMBER_WORDS:
            return Speaker(NAMED, text, start, end, "person", False, "")
        # "the investor", "the official": the one introduced before, named or not.
        return Speaker(PRONOUN, text, start, end, "person", False, "", pronoun="the")
    if _vague_group(parsed, token, proper) and appositive is None and not _owned_account(
        parsed, i, proper
    ):
        p_first, p_last = _phrase(parsed, i)
        return Speaker(ANONYMOUS, text, start, end, "group", plural,
                       parsed.span_text(p_first, p_last))
    if appositive is not None:
        a_first, a_last = _core(parsed, appositive)
        name = parsed.span_text(_name_run(parsed, appositive, a_first), a_last)
        d_first, d_last = _phrase(parsed, i)
        if d_first <= a_first <= d_last:  # "The mayor of Lyon, Grégory Doucet": up to the name
            d_last = a_first - 1
        return Speaker(NAMED, text, start, end, _form(parsed, appositive), False, name,
                       description=parsed.span_text(d_first, d_last))
    entity = parsed.entity_at(i)
    shouted = token.text.isupper() and token.text.isalpha() and len(token.text) > 2
    if token.pos != "PROPN" and token.text[:1].isupper() and (
        lower in proper or shouted
    ) and not plural_vague(token) and (lemma not in VAGUE_HEADS or _bare_name(parsed, token, proper)):
        token = token._replace(pos="PROPN")  # a name the tagger took for a word ("TAPPER:")
    if token.pos == "PROPN" or (entity is not None and entity.label not in _NUMERIC_LABELS):
        name = entity.text if entity is not None and entity.first <= i <= entity.last else text
        if entity is not None and any(t.text == ":" for t in parsed.tokens[i + 1 : entity.last + 1]):
            name = parsed.span_text(entity.first, i)  # "De Vries: Trust …" read as one name
        description = _description(parsed, i)
        if token.pos == "PROPN" and (entity is None or entity.label == "PERSON"):
            begin = _name_run(parsed, i, first)
            if entity is not None:
                begin = max(begin, entity.first)
            name = parsed.span_text(begin, max(i, entity.last if entity is not None else i))
            # "Foreign Minister Sergei Lavrov": the title before the name describes them.
            title = [t for t in parsed.tokens[first:begin]
                     if t.dep != "det" and t.pos not in ("PUNCT", "PART")]
            if not description and title and title[-1].i == begin - 1:
                description = parsed.span_text(title[0].i, title[-1].i)
        return Speaker(NAMED, text, start, end, _form(parsed, i), plural, name,
                       description=description)
    if _has_proper(parsed, i, proper):
        return Speaker(NAMED, text, start, end, _form(parsed, i), plural, text)
    modifiers = [parsed.tokens[c] for c in parsed.children[i] if c < i]
    if lemma in BODY_HEADS and lemma not in DOCUMENT_HEADS and (
        any(m.dep in ("compound", "poss") for m in modifiers) or not modifiers
    ) and not (lemma not in _SPOKES_WORDS and _indefinite(modifiers)):
        # "a government spokesperson", "the election commission", "police": a body speaks.
        return Speaker(NAMED, text, start, end, "organisation", plural, text)
    if {_lower(m) for m in modifiers} & _BACK_DETERMINERS or any(
        m.dep == "poss" for m in modifiers
    ):  # "the campaign", "his memo", "the foundation's tally": one identified before
        name = text if lemma in _NAMING_HEADS else ""
        return Speaker(NAMED, text, start, end, _form(parsed, i), plural, name)
    p_first, p_last = _phrase(parsed, i)
    return Speaker(ANONYMOUS, text, start, end, "group", plural, parsed.span_text(p_first, p_last))
