"""Reporting cues in a parsed sentence, and the speaker each one names.

A cue is a reporting verb by lemma ("said", "told", "was quoted as saying"), "according to", or
a noun cue ("in a statement") with the verb that carries it. Its speaker is the verb's subject,
its agent ("was told by aides"), the object of "according to", or the subject of the verb it
hangs from ("…, adding that"). Cues inside quotations are the quoted person's words, negated
cues report nothing, and cues inside a noun phrase ("a man who said") report no claim of the
sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.analysis.attribution_words import (
    DOCUMENT_CUES,
    EXPERIENCER_VERBS,
    NOUN_CUES,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    VIEW_CUES,
    WEAK_VERBS,
)
from factcheck.analysis.cue_clauses import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    aside_report,
    named_apposition,
    quote_tag_speaker,
    record_read_as_a_noun,
    tag_hung_inside_quote,
    tag_read_as_a_noun,
)
from factcheck.nlp import ParsedSentence, Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis", "advcl", "xcomp"})
_NEGATIONS = frozenset({"not", "n't", "never", "n’t"})
_REFUSALS = frozenset({"decline", "refuse"})
_PASSIVE_CUES = frozenset({"quote", "cite", "report"})
_EXPLETIVES = frozenset({"it", "there", "this", "that", "what"})


@dataclass(frozen=True)
class Cue:
    """A reporting cue (token ``i``) and the head token of its speaker phrase (None: unnamed).

    ``weak``: the cue is a weak report (low confidence); ``animate``: it reports only with a
    speaker able to hold a view (a person, a body, a group), not "the data" or "the bill"."""

    i: int
    speaker: int | None
    weak: bool
    animate: bool = False


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < start and end <= e for s, e in spans)


def _negated(parsed: ParsedSentence, i: int) -> bool:
    token = parsed.tokens[i]
    if any(parsed.tokens[c].dep == "neg" or parsed.tokens[c].text.lower() in _NEGATIONS
           for c in parsed.children[i]):
        return True
    head = parsed.tokens[token.head]
    # "declined to say", "refused to comment": nothing was said.
    return token.dep == "xcomp" and head.lemma.lower() in _REFUSALS


def unsaid(parsed: ParsedSentence, i: int) -> bool:
    """The verb ``i`` reports nothing: a negated cue ("has not said", "did not believe") or a
    refusal ("declined to say", "refused to comment")."""
    token = parsed.tokens[i]
    if token.lemma.lower() in _REFUSALS:
        return True
    return token.lemma.lower() in _CUE_VERBS and _negated(parsed, i)


def _clause_level(parsed: ParsedSentence, i: int) -> bool:
    """The cue heads the sentence's claim: it is the root or hangs from it through clauses
    (not a relative clause, a modifier or a subordinate "after he said")."""
    seen = 0
    while seen < len(parsed.tokens):
        token = parsed.tokens[i]
        if token.dep == "ROOT" or token.head == i:
            return True
        if token.dep == "pcomp" and parsed.tokens[token.head].text.lower() == "as":
            i = parsed.tokens[token.head].head  # "was quoted as saying": the clause is "quoted"
            seen += 1
            continue
        if token.dep not in _CLAUSE_DEPS:
            return False
        if token.dep == "advcl" and any(
            parsed.tokens[c].dep == "mark" for c in parsed.children[i]
        ):
            return False
        i = token.head
        seen += 1
    return False


_CLAUSE_CHILDREN = frozenset({"ccomp", "parataxis", "csubj", "oprd"})
# "vowed to fight", "claims to be": a to-clause reports only after these.
_XCOMP_CUES = frozenset(
    "claim vow promise pledge threaten pretend call urge want hope expect seek intend".split()
)
_CONTENT_PREPOSITIONS = {
    "describe": "as", "compare": "to", "refer": "to", "call": "for", "point": "to",
    "speak": "about", "talk": "about", "see": "as", "regard": "as",
}
_TIME_LABELS = frozenset({"DATE", "TIME"})
# "police reported 906 attacks", "the company announced 300 layoffs": a figure someone gives.
_FIGURE_CUES = frozenset("report announce estimate disclose".split())
_FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_OUT_CUES = frozenset("call speak".split())
# Capitalised labels that open a line of news without naming a speaker ("UPDATE: …").
_SECTION_LABELS = frozenset(
    "update breaking exclusive note watch look related video photos photo editor correction "
    "clarification live analysis opinion".split()
)


def _lower(token: Token) -> str:
    return token.text.lower()


def _reports_a_clause(parsed: ParsedSentence, i: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """The cue has a clause or a quotation for its content, or stands in one as a tag
    ("…, he argued, …")."""
    token = parsed.tokens[i]
    if token.dep in ("parataxis", "ccomp") and token.head != i:
        head = parsed.tokens[token.head]
        if head.i > i or _inside(quotes, head.start, head.end):
            return True
    wanted = _CONTENT_PREPOSITIONS.get(token.lemma.lower())
    if any(parsed.tokens[c].dep == "agent" for c in parsed.children[i]):
        return True  # "was first reported by Axios"
    for child in parsed.children[i]:
        dep = parsed.tokens[child].dep
        kid = parsed.tokens[child]
        if dep in _CLAUSE_CHILDREN and not (
            dep == "parataxis" and kid.lemma.lower() in REPORTING_VERBS
        ):
            return True
        if dep == "xcomp" and token.lemma.lower() in _XCOMP_CUES:
            return True
        if dep == "prep" and _noun_cue(parsed, child):
            return True
        if dep == "prep" and kid.text.lower() == wanted and not any(
            (e := parsed.entity_at(c)) is not None and e.label in _TIME_LABELS
            for c in parsed.children[child]
        ):
            return True  # "called for an open primary", not "called the meeting for Friday"
        if dep in ("dobj", "attr", "oprd") and _inside(quotes, kid.start - 1, kid.end):
            return True
        if dep == "advcl" and wanted and any(
            parsed.tokens[c].dep == "mark" and _lower(parsed.tokens[c]) == wanted
            for c in parsed.children[child]
        ):
            return True  # "is calling for his rivals to drop out"
        if dep == "prt" and _lower(kid) == "out" and token.lemma.lower() in _OUT_CUES:
            return True  # "called out his rival", "lashed out at"
    after = parsed.tokens[i + 1] if i + 1 < len(parsed.tokens) else None
    return after is not None and after.text in (":", "“", '"')


def _reports_a_figure(parsed: ParsedSentence, i: int) -> bool:
    """"Police reported 906 attacks", "the company announced 300 layoffs": a cue of figures
    whose object gives a number (it reports only with someone able to give it)."""
    if parsed.tokens[i].lemma.lower() not in _FIGURE_CUES:
        return False
    for child in parsed.children[i]:
        kid = parsed.tokens[child]
        if kid.dep != "dobj":
            continue
        for j in range(kid.left, kid.right + 1):
            entity = parsed.entity_at(j)
            if parsed.tokens[j].pos == "NUM" or (
                entity is not None and entity.label in _FIGURE_LABELS
            ):
                return True
    return False


def _noun_cue(parsed: ParsedSentence, i: int) -> bool:
    """"in a statement", "in an interview": a preposition whose object carries a report."""
    if parsed.tokens[i].text.lower() != "in":
        return False
    return any(parsed.tokens[c].dep == "pobj" and parsed.tokens[c].lemma.lower() in NOUN_CUES
               for c in parsed.children[i])


def _aside_marker(parsed: ParsedSentence, i: int) -> bool:
    """"That said, …", "This said, …": a turn of the writer's, not a report; what follows is
    the sentence's claim."""
    tokens = parsed.tokens
    lead = 1 if tokens and tokens[0].dep == "cc" else 0
    return (
        i == lead + 1 and i + 1 < len(tokens) and tokens[i].text.lower() == "said"
        and tokens[lead].text.lower() in ("that", "this") and tokens[i + 1].text == ","
    )


def _inside_report(
    parsed: ParsedSentence, i: int, quotes: Sequence[tuple[int, int]] = ()
) -> bool:
    """The cue stands in the reported clause of another cue ("X said the U.S. maintains …"),
    not as the tag of a quotation the parser hung it from ("“No one can say that,” she said")."""
    seen = 0
    while seen < len(parsed.tokens):
        token = parsed.tokens[i]
        if token.head == i:
            return False
        head = parsed.tokens[token.head]
        if _inside(quotes, head.start, head.end):
            return False
        if token.dep == "ccomp" and head.lemma.lower() in _CUE_VERBS and not (
            _aside_marker(parsed, head.i)
        ):
            return True
        i = token.head
        seen += 1
    return False


def _subject_of_participle(parsed: ParsedSentence, child: int) -> int:
    """"Republican activists clamoring to block Trump say …": the parser made the participle a
    clausal subject with the noun before it as its own subject; that noun is who speaks."""
    token = parsed.tokens[child]
    if token.dep != "csubj" or token.tag not in ("VBG", "VBN"):
        return child
    for kid in parsed.children[child]:
        noun = parsed.tokens[kid]
        if noun.dep == "nsubj" and kid < child and noun.pos in ("NOUN", "PROPN") and (
            noun.right == child - 1
        ):
            return kid
    return child


def _subject(parsed: ParsedSentence, i: int, passive_ok: bool) -> int | None:
    passive = None
    for child in parsed.children[i]:
        dep = parsed.tokens[child].dep
        if dep == "nsubj" or dep == "csubj":
            return named_apposition(parsed, i, _subject_of_participle(parsed, child))
        if dep == "nsubjpass" and passive_ok:
            passive = child
        if dep == "agent":  # "was first reported by Axios"
            objects = [c for c in parsed.children[child] if parsed.tokens[c].dep == "pobj"]
            if objects:
                return objects[0]
    return passive


def _inverted_name(parsed: ParsedSentence, i: int) -> int | None:
    """"“…,” said Skelly": after a quotation, a verb of speech followed by a capitalised
    word the parser did not take for its subject; the name's last word."""
    if i == 0 or parsed.tokens[i - 1].text not in CLOSING_QUOTES:
        return None
    found = None
    for token in parsed.tokens[i + 1 : i + 4]:
        if not (token.text[:1].isupper() and token.text.isalpha()):
            break
        found = token.i
    return found


def _subject_as_compound(parsed: ParsedSentence, i: int) -> int | None:
    """"“…,” Viguerie notes", "…, campaign finance records show": a noun right before a
    cue that the parser made a compound of it (reading "Viguerie notes" or "records show" as
    a noun phrase); that noun, the last word of the speaker phrase."""
    if i == 0:
        return None
    before = parsed.tokens[i - 1]
    if before.pos in ("PROPN", "NOUN") and before.dep == "compound" and before.head == i:
        return before.i
    return None


def _speaker_of(parsed: ParsedSentence, i: int) -> int | None:
    token = parsed.tokens[i]
    if not any(parsed.tokens[c].dep in _SUBJECTS for c in parsed.children[i]):
        if token.lemma.lower() in SPEECH_VERBS:
            inverted = _inverted_name(parsed, i)
            if inverted is not None:
                return inverted
        named = _subject_as_compound(parsed, i)
        if named is not None and (token.dep == "ROOT" or (
            token.lemma.lower() in SPEECH_VERBS and parsed.tokens[named].pos == "PROPN"
        )):
            return named  # a common noun only before the sentence's own verb
    passive = token.lemma.lower() in _PASSIVE_CUES
    hops = 0
    while hops < 4:
        found = _subject(parsed, i, passive or hops > 0)
        if found is not None:
            return found
        token = parsed.tokens[i]
        if token.dep not in ("advcl", "xcomp", "conj", "pcomp") or token.head == i:
            return None
        if token.dep == "pcomp":  # "was quoted as saying": as -> quoted
            i = parsed.tokens[token.head].head
            passive = True
        else:
            i = token.head
            passive = passive or parsed.tokens[i].lemma.lower() in _PASSIVE_CUES
        hops += 1
    return None


def _according_to(parsed: ParsedSentence, token: Token) -> int | None:
    for child in parsed.children[token.i]:
        if parsed.tokens[child].text.lower() == "to":
            objects = [c for c in parsed.children[child] if parsed.tokens[c].dep == "pobj"]
            if objects:
                return objects[0]
    return None


_CUE_VERBS = REPORTING_VERBS | STANCE_VERBS
_OWNED_CUES = DOCUMENT_CUES | NOUN_CUES | VIEW_CUES
_COPULAS = frozenset("be seem feel appear remain become grow sound look".split())


def _is_verb_cue(parsed: ParsedSentence, token: Token) -> bool:
    lemma = token.lemma.lower()
    if token.pos not in ("VERB", "AUX") or lemma not in _CUE_VERBS:
        return False
    if lemma == "point":  # "pointed out", "points to"
        return any(parsed.tokens[c].text.lower() in ("out", "to") for c in parsed.children[token.i])
    return True


def _stance_adjective(
    parsed: ParsedSentence, token: Token, quotes: Sequence[tuple[int, int]]
) -> Cue | None:
    """"Republicans are wary of Trump", "she is confident that …": the copula's subject."""
    if token.pos != "ADJ" or token.dep != "acomp" or token.lemma.lower() not in STANCE_ADJECTIVES:
        return None
    verb = parsed.tokens[token.head]
    if verb.lemma.lower() not in _COPULAS or _negated(parsed, verb.i) or _negated(parsed, token.i):
        return None
    if not _clause_level(parsed, verb.i) or _inside_report(parsed, verb.i, quotes):
        return None
    subjects = [c for c in parsed.children[verb.i] if parsed.tokens[c].dep == "nsubj"]
    if not subjects or parsed.tokens[subjects[0]].text.lower() in _EXPLETIVES:
        return None
    return Cue(token.i, subjects[0], False, animate=True)


def _experiencer_cue(
    parsed: ParsedSentence, token: Token, quotes: Sequence[tuple[int, int]]
) -> Cue | None:
    """"The decision angered some Democrats": its object, the people who react. (``find_cues``
    has already passed over negated verbs.)"""
    if token.pos != "VERB" or token.lemma.lower() not in EXPERIENCER_VERBS:
        return None
    clause = token.head if token.dep == "acomp" and token.tag == "VBN" else token.i
    if not _clause_level(parsed, clause) or _inside_report(parsed, clause, quotes):
        return None
    objects = [c for c in parsed.children[token.i] if parsed.tokens[c].dep == "dobj"]
    if not objects and token.tag == "VBN":
        # "Ms. Okafor was troubled by the ruling", "he seemed rattled by …": the one moved.
        holder = _passive_holder(parsed, token)
        return None if holder is None else Cue(token.i, holder, False, animate=True)
    if not objects or parsed.tokens[objects[0]].text.lower() in _EXPLETIVES:
        return None
    return Cue(token.i, objects[0], False, animate=True)


def _passive_holder(parsed: ParsedSentence, token: Token) -> int | None:
    """The subject of a verb of feeling in the passive ("was angered by", "seemed rattled by"),
    or of the linking verb it completes: the one who feels; None for an empty subject."""
    kids = parsed.children[token.i]
    # "seemed rattled by": the parser may make the passive's subject an active one.
    agent = any(parsed.tokens[c].dep == "agent" for c in kids)
    subjects = [c for c in kids if parsed.tokens[c].dep == "nsubjpass"
                or agent and parsed.tokens[c].dep == "nsubj"]
    if not subjects and token.dep == "acomp":
        verb = parsed.tokens[token.head]
        if verb.lemma.lower() not in _COPULAS or _negated(parsed, verb.i):
            return None
        subjects = [c for c in parsed.children[verb.i] if parsed.tokens[c].dep == "nsubj"]
    if not subjects or parsed.tokens[subjects[0]].text.lower() in _EXPLETIVES:
        return None
    return subjects[0]


def _document_cue(parsed: ParsedSentence, token: Token) -> Cue | None:
    """"In a new Fox News poll, Trump leads": the document (or its owner, "in his report",
    "in the campaign's view") speaks for the clause its preposition hangs from."""
    lemma = token.lemma.lower()
    if token.pos != "NOUN" or token.dep != "pobj" or lemma not in _OWNED_CUES:
        return None
    prep = parsed.tokens[token.head]
    if prep.text.lower() != "in" or prep.head == prep.i:
        return None
    if not _clause_level(parsed, prep.head) or parsed.tokens[prep.head].pos not in ("VERB", "AUX"):
        return None
    owner = [c for c in parsed.children[token.i] if parsed.tokens[c].dep == "poss"]
    if not owner and lemma not in DOCUMENT_CUES:
        return None  # "in a statement" with no one's: the verb's cue, if any
    return Cue(token.i, owner[0] if owner else token.i, False)


def find_cues(parsed: ParsedSentence, quotes: Sequence[tuple[int, int]]) -> list[Cue]:
    """The reporting cues of ``parsed`` outside the quotation spans ``quotes`` (article
    offsets), each with its speaker."""
    label = speaker_label(parsed)
    if label:
        return label  # what follows the label is the labelled speaker's words
    found: list[Cue] = []
    documents: list[Cue] = []
    question = parsed.text.rstrip().rstrip("\u201d\"'\u2019").endswith("?")
    quotes = [(s, e) for s, e in quotes if s < parsed.end and e > parsed.start]
    for token in parsed.tokens:
        if _inside(quotes, token.start, token.end):
            continue
        if token.text.lower() == "according":
            speaker = _according_to(parsed, token)
            if speaker is not None:
                found.append(Cue(token.i, speaker, False))
            continue
        if token.lemma.lower() in NOUN_CUES and token.pos == "NOUN":
            owner = [c for c in parsed.children[token.i] if parsed.tokens[c].dep == "poss"]
            if owner and _clause_level(parsed, parsed.tokens[token.head].i):
                found.append(Cue(token.i, owner[0], False))
            elif (document := _document_cue(parsed, token)) is not None:
                documents.append(document)
            continue
        document = _document_cue(parsed, token)
        if document is not None:
            documents.append(document)
            continue
        adjective = _stance_adjective(parsed, token, quotes)
        if adjective is not None:
            found.append(adjective)
            continue
        if _negated(parsed, token.i):
            continue
        experiencer = _experiencer_cue(parsed, token, quotes)
        if experiencer is not None:
            found.append(experiencer)
            continue
        if _aside_marker(parsed, token.i):
            continue
        if not _is_verb_cue(parsed, token):
            tag = quote_tag_speaker(parsed, token, quotes)
            if tag is None:
                tag = tag_read_as_a_noun(parsed, token)  # "“…,” Conway notes"
            if tag is None and (record := record_read_as_a_noun(parsed, token)) is not None:
                found.append(Cue(token.i, record, True))  # "…, records show."
                continue
            if tag is not None and _clause_level(parsed, token.i):
                found.append(Cue(token.i, tag, False))  # "“…,” Palin posted"
            continue
        if not (_clause_level(parsed, token.i) or aside_report(parsed, token.i)
                or tag_hung_inside_quote(parsed, token, quotes)) or (
            _inside_report(parsed, token.i, quotes)
        ):
            continue
        lemma = token.lemma.lower()
        as_aside = token.dep == "advcl" and not _clause_level(parsed, token.i)
        figure = False
        if not (as_aside or lemma in SPEECH_VERBS or lemma in STANCE_VERBS) and not (
            _reports_a_clause(parsed, token.i, quotes)
            or quote_tag_speaker(parsed, token, quotes) is not None
        ):
            if not _reports_a_figure(parsed, token.i):
                continue
            figure = True
        speaker = _speaker_of(parsed, token.i)
        if speaker is None:
            continue
        if parsed.tokens[speaker].dep == "nsubjpass" and (
            parsed.tokens[speaker].text.lower() in _EXPLETIVES
        ):
            continue  # "it was reported that": a relation with no source
        if parsed.tokens[speaker].text.lower() == "you" and question:
            continue  # "Do you think …?": a question asks, it reports no one's view
        weak = lemma in WEAK_VERBS
        animate = weak or figure or (lemma in STANCE_VERBS and lemma not in SPEECH_VERBS)
        found.append(Cue(token.i, speaker, weak, animate))
    # A poll or a report speaks only when no one in the sentence does ("In an interview,
    # Trump said …" is Trump's).
    return found or documents


def speaker_label(parsed: ParsedSentence) -> list[Cue]:
    """The cue of the speaker's label that opens the sentence, or []: "TAPPER: And obviously
    …", "Sanders: We will win" (a transcript's turn, a headline's quotation), also after the
    quotation mark that opens each paragraph of a quoted transcript ("“PENCE: Well, …")."""
    tokens = parsed.tokens
    lead = 1 if tokens and tokens[0].text in OPENING_QUOTES else 0
    for k, token in enumerate(tokens[: 5 + lead]):
        if token.text == ":":
            name = tokens[lead:k]
            if not name or len(tokens) - k <= 3 or parsed.text.rstrip().endswith("?"):
                return []
            shouted = all(
                t.text.isupper() and t.text.isalpha() and len(t.text) > 2
                and t.pos in ("NOUN", "PROPN") and t.text.lower() not in _SECTION_LABELS
                for t in name
            )
            entity = parsed.entity_at(name[-1].i)
            named = all(t.pos == "PROPN" and len(t.text) > 1 for t in name) and (
                entity is not None and entity.label in ("PERSON", "ORG")
            )
            # A headline's quotation: "Reid: ‘Never underestimate Trump.’" (the tagger may
            # take a lone name for a common noun).
            quoted = k + 1 < len(tokens) and tokens[k + 1].text in OPENING_QUOTES and all(
                t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 1
                and t.pos in ("PROPN", "NOUN") and t.text.lower() not in _SECTION_LABELS
                for t in name
            )
            named = named or quoted
            return [Cue(k, name[-1].i, False)] if shouted or named else []
    return []
