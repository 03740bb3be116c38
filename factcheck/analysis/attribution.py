"""attribution.named / .anonymous / .none: who a sentence says its claim comes from.

Exactly one per sentence that makes a claim. The attribution phrase is found from
reporting verbs ("X said", "said X", "according to X", "X told reporters") and from
anonymity formulas ("who spoke on condition of anonymity"); its agent is then read
as a named person or body, an unnamed person or vague group, or a pronoun standing
for the previous sentence's source.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.analysis.attribution_words import (
    ANONYMITY_RE,
    CLAUSE_VERBS,
    PRONOUNS,
    QUOTE_VERBS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    WEAK_VERBS,
)
from factcheck.analysis.common import WORD_RE, Context, fold, make, mask_quotes
from factcheck.analysis.names import name_mentions
from factcheck.analysis.sources import (
    ANONYMOUS,
    NAMED,
    PREPOSITION_BEFORE_RE,
    Attribution,
    Memory,
    anonymous_source,
    classify_agent,
    is_person_name,
    person_source,
    plural_people,
    pronoun_source,
    trim_agent,
)
from factcheck.model import Sentence, Suggestion

NONE = "attribution.none"

_CLAUSE_BREAK_RE = re.compile(
    r"[,;:\u2014\u2013()\u201d\"]| - |\u2019(?![a-z])|\bthat\b|\bbut\b|\bwhile\b|\bwhich\b|\bbecause\b|"
    r"\bas\b|\bwhen\b|\bafter\b|\bbefore\b|\bif\b|\bthough\b|\balthough\b|\bwhere\b"
)
_AGENT_END_RE = re.compile(
    r"[,;:.!?\u2014\u2013(\u201c\u2018\"]|\bthat\b|\bon\b|\bin a\b|\bwho\b|\bto reporters\b"
)
_MAX_SUBJECT_WORDS = 10
_MAX_INVERTED_WORDS = 8


def detect_attribution(
    ctx: Context, people: frozenset[str] = frozenset(), proper: frozenset[str] = frozenset()
) -> list[Suggestion]:
    """One attribution suggestion per claim-making sentence.

    ``people`` holds folded single names known to be people (surnames of people named
    in the article or the knowledge base), so "Rubio said" reads as a person.
    """
    memory = Memory(proper=proper)
    claims: list[tuple[Sentence, list[Attribution]]] = []
    for sentence in ctx.sentences:
        text = sentence.text
        if not _makes_claim(text):
            continue
        attributions = sentence_attributions(text, people, memory, masked=ctx.masked(sentence))
        ctx.remember("attributions", sentence, attributions)
        for mention in ctx.mentions(sentence):
            if len(mention.words) >= 2 and is_person_name(mention.words, people):
                memory.last_person = mention.name
        if attributions:
            anonymous = [a for a in attributions if a.kind == ANONYMOUS]
            memory.last = anonymous[0] if anonymous else attributions[0]
        claims.append((sentence, attributions))
    _borrow_across_quotations(ctx, claims)
    found: list[Suggestion] = []
    for sentence, attributions in claims:
        text = sentence.text
        if not attributions:
            lead = len(text) - len(text.lstrip())
            tail = len(text.rstrip())
            found.append(
                make(
                    sentence,
                    lead,
                    tail,
                    NONE,
                    "No source is given for this claim.",
                    proposed={"sourced": "no"},
                )
            )
            continue
        anonymous = [a for a in attributions if a.kind == ANONYMOUS]
        chosen = anonymous[0] if anonymous else attributions[0]
        sources = _unique_sources(attributions)
        if chosen.kind == ANONYMOUS:
            message = f"Attributed to an unnamed source: “{chosen.source['name']}”."
            proposed = {"sourced": "yes", "anonymous": "yes", "sources": sources}
        else:
            message = f"Attributed to {chosen.source['name'] or 'a source named earlier'}."
            proposed = {"sourced": "yes", "anonymous": "no", "sources": sources}
        found.append(
            make(sentence, chosen.start, chosen.end, chosen.kind, message, proposed=proposed)
        )
    return found


def _borrow_across_quotations(
    ctx: Context, claims: list[tuple[Sentence, list[Attribution]]]
) -> None:
    """A quotation running over several sentences has its speaker only in the last:
    “We will not accept it. Borders are not for sale,” Macron said. The earlier
    sentences take that attribution, with the quoted part as their span."""
    spans = ctx.article_quotes()
    if not spans:
        return
    by_index = {sentence.index: (sentence, found) for sentence, found in claims}
    for sentence, found in claims:
        if found:
            continue
        for start, end in spans:
            if start >= sentence.end or end <= sentence.end:
                continue  # the quotation must run on past this sentence
            if end - 1 < sentence.start:
                continue
            later = [
                by_index[i]
                for i in range(sentence.index + 1, sentence.index + 4)
                if i in by_index and by_index[i][0].start < end <= by_index[i][0].end + 1
            ]
            if later and later[0][1]:
                speaker = later[0][1]
                local_start = max(start, sentence.start) - sentence.start
                local_end = len(sentence.text.rstrip())
                found.extend(
                    Attribution(a.kind, local_start, local_end, dict(a.source)) for a in speaker
                )
            break


def _makes_claim(text: str) -> bool:
    stripped = text.strip()
    return len(WORD_RE.findall(stripped)) >= 4 and not stripped.endswith("?")


def _unique_sources(attributions: list[Attribution]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for attribution in attributions:
        if not attribution.source["name"]:
            continue
        seen.setdefault(fold(attribution.source["name"]), attribution.source)
    return list(seen.values())


def sentence_attributions(
    text: str, people: frozenset[str], memory: Memory | None = None, masked: str | None = None
) -> list[Attribution]:
    """Every attribution phrase in one sentence, in order of position."""
    memory = memory or Memory()
    masked = mask_quotes(text) if masked is None else masked
    found: list[Attribution] = []
    lowered = masked.lower()
    anonymity = ANONYMITY_RE.finditer(masked) if _ANONYMITY_HINT_RE.search(lowered) else ()
    for match in anonymity:
        if match.group(0)[:3].lower() == "it ":
            # "It has been reported that…": reports no one is named for.
            found.append(
                Attribution(
                    ANONYMOUS, match.start(), match.end(), anonymous_source("unnamed reports")
                )
            )
            continue
        agent_start = _anonymity_agent_start(masked, match.start())
        agent = masked[agent_start : match.start()].strip(" ,")
        agent = (
            _REPORTED_HEAD_RE.sub(
                "",
                _REPORTED_TAIL_RE.sub(
                    "", re.sub(r"\b(?:who|that)(?:\s+(?:spoke|speaking))?\s*$", "", agent)
                ).strip(" ,"),
            )
            or "unnamed source"
        )
        found.append(Attribution(ANONYMOUS, agent_start, match.end(), anonymous_source(agent)))
    for match in _reporting_verbs(masked, lowered):
        verb = match.group(0)
        if verb.lower() == "according to":
            attribution = _according_to(text, masked, match, people, memory)
        elif verb == "in a statement":
            continue
        else:
            if verb == "pointed out":
                verb = "said"
            following = masked[match.end() :].lstrip()
            next_word = following.split(" ", 1)[0].strip(",.;:") if following else ""
            if next_word in REPORTING_VERBS:
                continue  # "reports say": the first word is a noun
            if _NEGATED_RE.search(masked, max(0, match.start() - 25), match.start()):
                continue  # "Kirchner has not said whether…": no words reported
            if (
                verb in QUOTE_VERBS
                and not _QUOTE_SOON_RE.match(text, match.end())
                and not (verb == "called" and _CALLED_ON_RE.match(masked, match.end()))
                and not _SMALL_CLAUSE_RE.match(masked, match.end())
                and not _AS_SOON_RE.match(masked, match.end())
            ):
                continue  # "Cameron called the referendum": no words reported
            if verb in CLAUSE_VERBS and not _CLAUSE_SOON_RE.match(masked, match.end()):
                continue  # "Obama announced new sanctions": an act, not reported words
            attribution = _subject_verb(text, masked, match, verb, people, memory) or _inverted(
                text, masked, match, people, memory
            )
        if attribution is not None:
            found.append(attribution)
    if not found:
        passive = _PASSIVE_BY_RE.search(masked)
        if passive is not None:
            agent_text = re.match(r"[^,;:.!?\u2014]+", masked[passive.end() :])
            if agent_text:
                agent = agent_text.group(0).strip()
                source = classify_agent(agent, people, memory, strong=True, sentence_initial=False)
                if source is not None:
                    end = passive.end() + len(agent_text.group(0).rstrip())
                    found.append(Attribution(source[0], passive.start(), end, source[1]))
    if not found:
        participle = _PARTICIPLE_RE.search(masked)
        if participle is not None:
            by = _main_subject(text[: participle.start()], people, memory)
            if by is not None:
                found.append(by)
    found.sort(key=lambda a: a.start)
    return _drop_embedded(masked, found)


def _anonymity_agent_start(masked: str, pos: int) -> int:
    """Where the agent of an anonymity formula starts: the clause just before it
    ("…, a senior diplomat said on condition of anonymity"), or the clause before that
    when the formula opens its own ("Two officials, speaking on condition of anonymity,")."""
    start = _clause_start(masked, pos)
    chunk = _AGENTLESS_RE.sub("", masked[start:pos]).strip(" ,")
    if chunk and chunk.lower() not in ("who", "that"):
        return start
    comma = masked.rfind(",", 0, start)
    if comma <= 0:
        return _clause_start(masked, pos, stop_at_comma=False)
    return _clause_start(masked, comma)


def _main_subject(before: str, people: frozenset[str], memory: Memory) -> Attribution | None:
    """The person who opens the sentence, for "X welcomed the plan, saying …"."""
    first = before.split(" ", 1)[0].lower()
    if first in PRONOUNS:
        source = pronoun_source(first, memory)
        if source is not None:
            return Attribution(source[0], 0, len(first), source[1])
    for mention in name_mentions(before):
        if mention.title_start > 60 or PREPOSITION_BEFORE_RE.search(before[: mention.title_start]):
            break
        if is_person_name(mention.words, people):
            return Attribution(
                NAMED, mention.title_start, mention.end, person_source(mention.name, mention.title)
            )
    return None


def _drop_embedded(masked: str, found: list[Attribution]) -> list[Attribution]:
    """ "Kishida told reporters that the leaders had agreed…": what follows "that" after a
    reporting verb is the reported claim, not another source."""
    kept: list[Attribution] = []
    for attribution in found:
        if any(
            _EMBED_RE.search(masked, k.end, attribution.start)
            for k in kept
            if k.end <= attribution.start
        ):
            continue
        kept.append(attribution)
    return kept


def _reporting_verbs(masked: str, lowered: str) -> list[re.Match[str]]:
    """Reporting verbs in reading order: lower-case words looked up in a set (cheaper than
    one pattern of a hundred alternatives), plus the phrases "according to", "pointed out"."""
    found = [m for m in _LOWER_WORD_RE.finditer(masked) if m.group(0) in REPORTING_VERBS]
    if "ccording to" in lowered or "pointed out" in lowered:
        found += _PHRASE_VERB_RE.finditer(masked)
        found.sort(key=lambda m: m.start())
    return found


def _clause_start(masked: str, pos: int, stop_at_comma: bool = True) -> int:
    start = 0
    for match in _CLAUSE_BREAK_RE.finditer(masked, 0, pos):
        if not stop_at_comma and match.group(0) == ",":
            continue
        start = match.end()
    # "Venezuela agreed and Rubio said": "and" ends a clause that has a verb of its own.
    for match in _AND_RE.finditer(masked, start, pos):
        if _VERBISH_RE.search(masked, start, match.start()):
            start = match.end()
    while start < pos and masked[start] == " ":
        start += 1
    return start


def _according_to(
    text: str, masked: str, match: re.Match[str], people, memory
) -> Attribution | None:
    rest = masked[match.end() :]
    if match.start() == 0 or masked[: match.start()].rstrip().endswith((",", ";", ":")):
        # "According to X, the talks…": the comma ends the source.
        end_match = re.search(r"[,;:!?\u2014\u2013(]|\.(?=\s|$)", rest)
    else:
        end_match = re.search(
            r"[;:!?\u2014\u2013(]|,(?! (?:a|an|the|who)\b)|\.(?=\s|$)|\bwhich\b", rest
        )
    agent_end = match.end() + (end_match.start() if end_match else len(rest))
    agent = text[match.end() : agent_end].strip()
    if not agent:
        return None
    source = classify_agent(agent, people, memory, strong=True, sentence_initial=False)
    if source is None:
        # "according to Iranian state television", "according to figures from the ministry"
        source = NAMED, {"name": trim_agent(agent), "kind": "organisation", "description": ""}
    kind, info = source
    end = match.end() + len(text[match.end() : agent_end].rstrip())
    return Attribution(kind, match.start(), end, info)


def _inverted(text: str, masked: str, match: re.Match[str], people, memory) -> Attribution | None:
    """ "…,’ noted Frank Mora, former U.S. ambassador" / ", said the minister"."""
    if match.group(0) in _NOT_INVERTED:
        return None  # ", praised the result": the object follows, not the speaker
    before = masked[: match.start()].rstrip()
    if not before or before[-1] not in ',\u201d\u2019"':
        return None
    rest = masked[match.end() :]
    # The inverted agent is short and ends the clause: "…,’ said the minister."
    agent_match = re.match(r"\s+((?:the |a |an )?[^,;:.!?\u2014]+?)\s*(?=[,;:.!?\u2014]|$)", rest)
    if not agent_match or len(agent_match.group(1).split()) > _MAX_INVERTED_WORDS:
        return None
    agent = agent_match.group(1).strip()
    if _VERBISH_RE.search(agent):
        return None  # ", said the government had lost…" is not "said X"
    if not agent or agent.split()[0] in ("that", "to", "in", "on", "it", "by", "at", "of"):
        return None
    source = classify_agent(agent, people, memory, strong=True, sentence_initial=False)
    if source is None:
        return None
    kind, info = source
    agent_end = match.end() + agent_match.end()
    # An appositive after the name describes the source.
    if kind == NAMED and info["kind"] == "person" and not info["description"]:
        tail = re.match(r",\s*([^;:!?\u2014]+?)(?:,|\.?\s*$)", masked[agent_end:])
        if tail and tail.group(1).split()[0].lower() not in (
            "who",
            "which",
            "and",
            "but",
            "adding",
        ):
            info["description"] = text[agent_end:][tail.start(1) : tail.end(1)].strip().rstrip(".")
    return Attribution(kind, match.start(), agent_end, info)


def _subject_verb(
    text: str, masked: str, match: re.Match[str], verb: str, people, memory
) -> Attribution | None:
    start = _clause_start(masked, match.start())
    # Auxiliaries and adverbs between subject and verb: "has said", "also told", "had long argued".
    subject = _AUX_TAIL_RE.sub("", " " + text[start : match.start()].rstrip()).strip()
    if not subject and masked[:start].rstrip().endswith(","):
        appositive = _appositive(text, masked, start, match, people) or _relative_subject(
            text, masked, start, match, people
        )
        if appositive is not None:
            return appositive
    if not subject and _AND_BEFORE_RE.search(masked, max(0, start - 6), start):
        # "Morrison conceded defeat on Saturday and said he would step down": the
        # sentence's subject speaks.
        return _main_subject(text[:start], people, memory)
    if not subject:
        return None
    words = subject.split()
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    initial = start == 0 or masked[:start].rstrip().endswith((".", "\u201d", "\u2019", '"'))
    if verb in SPEECH_VERBS and plural_people(words, people):
        info = anonymous_source(trim_agent(subject))  # "Egyptian mediators say"
        return Attribution(ANONYMOUS, start + text[start:].find(words[0]), match.end(), info)
    source = classify_agent(
        subject, people, memory, strong=verb not in WEAK_VERBS, sentence_initial=initial
    )
    if source is None:
        return None
    kind, info = source
    return Attribution(kind, start + text[start:].find(words[0]), match.end(), info)


# "described the campaign as unfair": a characterisation is reported words.
# "compared the moves to those of the 1930s": so is a comparison.
_AS_SOON_RE = re.compile(
    r"[^.;:,\u201c\u2018\"]{1,50}?\b(?:as\s+(?!well\b|soon\b|part\b)|(?<=compared )"
    r"[^.;:,]{1,40}?\b(?:to|with)\s+)\w"
)
# "call him aloof", "called it a disgrace": a characterisation of a pronoun object.
_SMALL_CLAUSE_RE = re.compile(
    r"\s+(?:him|her|it|them|this|that)\s+(?!to\b|on\b|in\b|for\b|from\b|at\b|and\b|back\b)"
    r"[a-z]"
)
# "called on the West to …", "called for a recount": a demand, like "urged".
_CALLED_ON_RE = re.compile(r"\s+(?:on|for|upon)\b")
_CLAUSE_SOON_RE = re.compile(
    r"\s*(?:[:\u201c\u2018\"]|(?:on \w+ |in a \w+ |late |early )?that\b|"
    r"[^.;:,]{0,60}?\b(?:would|will|was|were|had|has|have|is|are|could|should|might|must)\b)"
)
_QUOTE_SOON_RE = re.compile(r"[^.;\u201c\u2018\"]{0,40}?(?:\bas\s+)?[\u201c\u2018\"]")
# "…, saying it was a victory": the subject of the sentence is the source.
# "…, first reported by Axios": the agent of a passive reporting verb.
_PASSIVE_BY_RE = re.compile(
    r"\b(?:first |originally |previously )?(?:reported|revealed|disclosed|confirmed|announced|"
    r"published|stated|claimed|said) by\s+"
)
_PARTICIPLE_RE = re.compile(
    r",\s+(?:saying|writing|adding|telling|arguing|noting|warning|insisting|claiming|stressing|"
    r"explaining|calling it|describing it as)\b"
)
_LOWER_WORD_RE = re.compile(r"(?<![\w\-’'])[a-z]+(?![\w\-])")
_PHRASE_VERB_RE = re.compile(r"\b[Aa]ccording to\b|\bpointed out\b")
_ANONYMITY_HINT_RE = re.compile(
    r"anonym|authori[sz]ed|named|identified|background|it (?:has|had|was|is) "
)
_EMBED_RE = re.compile(r"\bthat\b")
_AGENTLESS_RE = re.compile(r"\b(?:who|that)?\s*(?:spoke|speaking|speak|talking|talked)?\s*$")
_REPORTED_HEAD_RE = re.compile(r"^(?:said|says|told|added|according to)\s+", re.IGNORECASE)
_REPORTED_TAIL_RE = re.compile(
    r"\s+(?:has |have |had )?(?:said|says|say|told reporters|told|spoke|speaking|added|"
    r"confirmed|stated)\s*$"
)
_AND_RE = re.compile(r"\band\b")
_NOT_INVERTED = frozenset(
    "praised praises hailed hails urged urges announced announces called described dubbed "
    "dismissed dismisses blamed blames criticised criticized condemned condemns rejected "
    "rejects accused accuses compared compares describe describes".split()
)
_NEGATED_RE = re.compile(
    r"(?:\b(?:not|never)|n[’']t|\b(?:declined|refused|declining|refusing) to)\s+(?:yet\s+)?$"
)
_AND_BEFORE_RE = re.compile(r"\band\s*$")
_VERBISH_RE = re.compile(
    r"\b(?:\w+ed|is|are|was|were|has|have|had|said|says|will|would|can|could)\b"
)
_AUX_TAIL_RE = re.compile(
    r"(?:\s+(?:has|have|had|also|later|previously|reportedly|publicly|privately|repeatedly|"
    r"recently|once|then|would|will|did|does|do|not|again|separately|earlier|further|long|"
    r"always|never|already|first|angrily|openly|jointly|quickly))+$"
)


def _relative_subject(
    text: str, masked: str, start: int, match: re.Match[str], people
) -> Attribution | None:
    """ "Kevin Rudd, who held the job twice, from 2007 to 2010, praised the result": a
    name, then a relative clause of several commas, then the verb."""
    opener = None
    for found in _RELATIVE_OPENER_RE.finditer(masked, max(0, start - 200), start):
        opener = found
    if opener is None:
        return None
    name_start = _clause_start(masked, opener.start())
    chunk = text[name_start : opener.start()]
    mentions = [m for m in name_mentions(chunk) if is_person_name(m.words, people)]
    if not mentions or not chunk.rstrip().endswith(mentions[-1].name):
        return None
    name = mentions[-1]
    return Attribution(
        NAMED, name_start + name.title_start, match.end(), person_source(name.name, name.title)
    )


_RELATIVE_OPENER_RE = re.compile(r",\s+(?:who|whose)\b")


def _appositive(
    text: str, masked: str, start: int, match: re.Match[str], people
) -> Attribution | None:
    """ "Frank Mora, a former ambassador, said": a name, then a description, then the verb."""
    second = masked[:start].rstrip()[:-1]  # text before the comma that precedes the verb
    first_comma = second.rfind(",")
    if first_comma == -1:
        return None
    description = text[first_comma + 1 : len(second)].strip()
    if not description:
        return None
    name_start = _clause_start(masked, first_comma)
    inner = [m for m in name_mentions(description) if is_person_name(m.words, people)]
    if inner and inner[0].title_start == 0 and inner[0].end == len(description):
        # "Zelenskyy's chief of staff, Andriy Yermak, told": the description comes first.
        offset = first_comma + 1 + text[first_comma + 1 :].find(description)
        info = person_source(inner[0].name, text[name_start:first_comma].strip())
        return Attribution(NAMED, offset, match.end(), info)
    if description.split()[0].lower() not in ("a", "an", "the", "former", "then"):
        description = ""  # "Rubio, speaking to reporters, said": not a description of him
    chunk = text[name_start:first_comma]
    mentions = [m for m in name_mentions(chunk) if is_person_name(m.words, people)]
    if not mentions or not chunk.rstrip().endswith(mentions[-1].name):
        return None
    name = mentions[-1]
    info = person_source(name.name, description)
    return Attribution(NAMED, name_start + name.title_start, match.end(), info)


__all__ = ["ANONYMOUS", "NAMED", "NONE", "detect_attribution", "sentence_attributions"]
