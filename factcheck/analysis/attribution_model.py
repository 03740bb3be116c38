"""A small learned check for sentences the attribution rules leave unattributed.

Annotated news counts as attribution much more than speech: beliefs, intentions, plans and
stances ("Clinton seeks …", "Trump plans to …", "the campaign's determination to …"). The rules
in ``factcheck.analysis.cues`` read the clear cases; for a sentence they leave with none, this
logistic regression weighs features of its parse (the main verb's lemma, who its subject is,
quotation marks, the neighbours' states) and says how likely the sentence reports someone's
words, view or intent. The speaker still comes from the parse (the main clause's subject, or
the subject of a clause below it when that one cannot speak); the model only decides whether
that subject is a source.

The weights (``resources/nlp/attribution_model.json``: feature names and weights only) are
fitted by ``scripts/train_attribution.py`` on the train split of an annotated news corpus;
nothing of the corpus text is kept.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.analysis.attribution_words import person_noun
from factcheck.nlp import ParsedSentence

MODEL_FILE = "attribution_model.json"
FORMAT = 1
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_EXPLETIVES = frozenset({"it", "there", "this", "that", "what", "which"})
_LINKING_VERBS = frozenset(
    "be seem appear become remain look sound feel matter happen take make mean get turn "
    "stand go come cost follow".split())
_QUOTE_MARKS = re.compile("[\u201c\u201d\"]")
_QUOTE_TOKENS = frozenset("\u201c\u201d\"")
_VERB_SLOTS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl"})


@dataclass(frozen=True)
class LogisticModel:
    """Weights of a logistic regression over named binary features; ``threshold`` is the
    probability from which the answer is yes."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: Sequence[str]) -> float:
        """How likely the answer is yes for these features (0..1)."""
        score = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        if score < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))

    def says(self, features: Sequence[str]) -> bool:
        """Yes or no for these features."""
        return self.probability(features) >= self.threshold

    def as_json(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "bias": self.bias,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: Any) -> LogisticModel:
        if not isinstance(data, dict):
            raise ValueError("An attribution model is not a JSON object.")
        weights = data.get("weights")
        if not isinstance(weights, dict) or not all(
            isinstance(k, str) and isinstance(v, (int, float)) for k, v in weights.items()
        ):
            raise ValueError("The attribution model file's weights are not feature: number.")
        return cls({k: float(v) for k, v in weights.items()}, float(data["bias"]),
                   float(data["threshold"]))


@dataclass(frozen=True)
class AttributionModel:
    """The decision learned from annotated news: ``attributed``, does a sentence report
    someone's words, view or intent (features of a sentence the rules attributed start "k:",
    of one they did not "a:"); ``trained_on`` says what it was fitted on."""

    attributed: LogisticModel
    trained_on: str = ""

    def as_json(self) -> dict[str, Any]:
        """The weights file's content."""
        return {"format": FORMAT, "trained_on": self.trained_on,
                "attributed": self.attributed.as_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AttributionModel:
        """A model from a weights file's content (``ValueError`` when it is not one)."""
        if data.get("format") != FORMAT:
            raise ValueError(f"The attribution model file has format {data.get('format')!r}, "
                             f"not {FORMAT}.")
        return cls(LogisticModel.from_json(data.get("attributed")),
                   str(data.get("trained_on", "")))


@lru_cache(maxsize=1)
def default_model() -> AttributionModel | None:
    """The shipped model, or None when the program is installed without it."""
    from factcheck.resources import resource

    node = resource("nlp", MODEL_FILE)
    if not node.is_file():
        return None
    return AttributionModel.from_json(json.loads(node.read_text(encoding="utf-8")))


def main_subject(parsed: ParsedSentence) -> int | None:
    """The subject of the sentence's main verb, or of the first clause joined to it ("…, and
    Clinton seeks …"); None when the sentence has none or an expletive one ("It is …",
    "It was reported that …"); "it" doing something ("It also offers …") is a subject."""
    roots = [t.i for t in parsed.tokens if t.dep == "ROOT"]
    for root in roots:
        clauses = [root] + [c for c in parsed.children[root]
                            if parsed.tokens[c].dep in ("conj", "ccomp", "parataxis")]
        for verb in clauses:
            for child in parsed.children[verb]:
                token = parsed.tokens[child]
                if token.dep in _SUBJECT_DEPS:
                    if _body_it(parsed, child):
                        return child
                    if token.text.lower() in _EXPLETIVES:
                        # "It has been reported that the minister resigned": the clause
                        # under an empty subject is what is reported; its subject is no source.
                        return None
                    return child
    return None


def _body_it(parsed: ParsedSentence, i: int) -> bool:
    """"It" as the active subject of a verb of doing, with no clause of its own ("It also
    offers flexible hours", "it provided the department with a report"): a body or a document
    spoken of before, not an empty subject ("It is likely that …", "It was reported …")."""
    token = parsed.tokens[i]
    if token.text.lower() != "it" or token.dep != "nsubj":
        return False
    verb = parsed.tokens[token.head]
    if verb.pos != "VERB" or verb.lemma.lower() in _LINKING_VERBS:
        return False
    return not any(parsed.tokens[c].dep in ("ccomp", "xcomp", "csubj", "acomp", "attr", "auxpass")
                   for c in parsed.children[verb.i])


def _under_empty_subject(parsed: ParsedSentence, verb: int) -> bool:
    """The verb stands in a clause under one whose subject is empty ("It was reported that
    the minister resigned"): what it says is reported, its subject is no source."""
    seen = 0
    while parsed.tokens[verb].dep != "ROOT" and seen < len(parsed.tokens):
        verb = parsed.tokens[verb].head
        seen += 1
        if any(parsed.tokens[c].dep in _SUBJECT_DEPS
               and parsed.tokens[c].text.lower() in _EXPLETIVES for c in parsed.children[verb]):
            return True
    return False


def clause_subjects(parsed: ParsedSentence) -> list[int]:
    """Subjects, in reading order, of the clauses below the main one (relative, adverbial,
    reported, coordinated, "the analysis shows" at the end): annotated news counts an action
    or stance of someone there too ("…, after lawmakers passed …"). Not an empty subject nor
    one below it."""
    main = main_subject(parsed)
    found = []
    for token in parsed.tokens:
        if token.dep not in ("nsubj", "nsubjpass") or token.i == main:
            continue
        if token.text.lower() in _EXPLETIVES or _under_empty_subject(parsed, token.head):
            continue
        found.append(token.i)
    return found


def _subject_class(parsed: ParsedSentence, i: int) -> str:
    """A subject in a word: a pronoun, an entity label, a proper noun or "noun"."""
    token = parsed.tokens[i]
    if token.pos == "PRON":
        return "pron"
    entity = parsed.entity_at(i)
    if entity is not None:
        return f"ent_{entity.label}"
    return "propn" if token.pos == "PROPN" else "noun"


def _can_hold_a_view(parsed: ParsedSentence, i: int) -> bool:
    """The subject is someone who can speak or hold a view: a pronoun, a name, a body or a
    group of people, not "the legacy" or "the bill"."""
    token = parsed.tokens[i]
    if token.pos in ("PRON", "PROPN") or parsed.entity_at(i) is not None:
        return True
    if token.text[:1].isupper() and i > 0:
        return True  # a name the tagger took for a word ("Sanders" as a noun)
    return person_noun(token.lemma.lower())


def _clauses(parsed: ParsedSentence) -> list[str]:
    """Every verb's lemma with its dependency, who its subject is and which clause it takes
    ("hold_xcomp", "say&subj=ent_PERSON", "call>ccomp"): a report often stands below the
    main verb ("…, saying that", "who told reporters")."""
    found = []
    for token in parsed.tokens:
        if token.pos != "VERB" and not (token.pos == "AUX" and token.dep in _VERB_SLOTS):
            continue
        lemma = token.lemma.lower()
        found.append(f"verb_dep={lemma}_{token.dep}")
        for child in parsed.children[token.i]:
            kid = parsed.tokens[child]
            if kid.dep in ("nsubj", "nsubjpass"):
                kind = _subject_class(parsed, child)
                found.append(f"verb_subj={lemma}&{kind}")
                found.append(f"subject_head={kid.lemma.lower()}" if kind == "noun" else
                             f"subject_head={kind}")
            elif kid.dep in ("ccomp", "xcomp"):
                found.append(f"verb_clause={lemma}>{kid.dep}")
    return found


def _quotation_edges(parsed: ParsedSentence) -> list[str]:
    """The words right before and after the sentence's quotation marks ("said", ",")."""
    marks = [t.i for t in parsed.tokens if t.text in _QUOTE_TOKENS]
    if not marks:
        return []
    found = [f"quote_marks={min(len(marks), 4)}", f"own_quote={quote_marks(parsed.text)}"]
    if marks[0] > 0:
        found.append(f"before_quote={parsed.tokens[marks[0] - 1].text.lower()}")
    if marks[-1] + 1 < len(parsed.tokens):
        found.append(f"after_quote={parsed.tokens[marks[-1] + 1].text.lower()}")
    return found


def _surroundings(around: Surroundings, previous: str, following: str) -> list[str]:
    found = [f"prev2={around.before_previous}", f"next2={around.after_following}",
             f"paragraph={min(around.paragraph, 5)}",
             f"para_edge={int(around.opens_paragraph)}{int(around.closes_paragraph)}"]
    if not around.opens_paragraph:
        found.append(f"para_prev={previous}")  # the paragraph's speaker goes on
    if not around.closes_paragraph:
        found.append(f"para_next={following}")
    if around.previous_quotes:
        found.append(f"prev_quote={around.previous_quotes}")
    if around.following_quotes:
        found.append(f"next_quote={around.following_quotes}")
    return found


def _bucket(value: float, edges: Sequence[float]) -> int:
    return sum(value >= e for e in edges)


@dataclass(frozen=True)
class Surroundings:
    """What a sentence's neighbours say about it: the rules' states two sentences away, where
    it stands in its paragraph, and the quotation marks of the sentences next to it."""

    before_previous: str = "start"
    after_following: str = "end"
    paragraph: int = 0  # the paragraph's position in the article (0: the first)
    opens_paragraph: bool = True
    closes_paragraph: bool = True
    previous_quotes: str = ""  # "q" has a quotation mark, "o" opens with one, "c" closes with one
    following_quotes: str = ""


def quote_marks(text: str) -> str:
    """"q" when ``text`` holds a double quotation mark, with "o" when it opens with one and
    "c" when it closes with one."""
    if not _QUOTE_MARKS.search(text):
        return ""
    stripped = text.strip()
    return "q" + ("o" if _QUOTE_MARKS.match(stripped[:1]) else "") + (
        "c" if _QUOTE_MARKS.match(stripped[-1:]) else "")


def features(
    parsed: ParsedSentence,
    quoted_share: float,
    previous: str,
    following: str,
    previous_text_end: str = "",
    around: Surroundings | None = None,
) -> list[str]:
    """The features of one sentence the rules left unattributed. ``previous``/``following``
    are the neighbours' rule states ("named", "anonymous", "none", "start", "end");
    ``previous_text_end`` is the previous sentence's last character; ``around`` what the
    wider neighbourhood says (``Surroundings``)."""
    found = [f"prev={previous}", f"next={following}", f"qshare={_bucket(quoted_share, (0.05, 0.5, 0.9))}"]
    found += _surroundings(around or Surroundings(), previous, following)
    found += _clauses(parsed)
    found += _quotation_edges(parsed)
    if previous_text_end == ":":
        found.append("prev_colon")
    if _QUOTE_MARKS.search(parsed.text):
        found.append("has_quote")
    text = parsed.text.rstrip()
    if text.endswith("?"):
        found.append("question")
    if text.endswith(":"):
        found.append("colon_end")
    if parsed.index == 0:
        found.append("headline")
    found.append(f"len={_bucket(len(parsed.tokens), (6, 12, 25, 40))}")
    people = sum(e.label == "PERSON" for e in parsed.entities)
    found.append(f"people={min(people, 3)}")
    if any(t.dep == "mark" and t.text.lower() == "that" for t in parsed.tokens):
        found.append("that_clause")
    labels = {e.label for e in parsed.entities}
    found += [f"ent={label}" for label in sorted(labels & {"PERSON", "ORG", "GPE", "NORP"})]
    roots = [t for t in parsed.tokens if t.dep == "ROOT"]
    root = roots[0] if roots else None
    if root is not None:
        found.append(f"root_pos={root.pos}")
        found.append(f"root_tag={root.tag}")
        found.append(f"root={root.lemma.lower()}")
        for child in parsed.children[root.i]:
            kid = parsed.tokens[child]
            if kid.dep in ("ccomp", "xcomp", "dobj", "prep", "advcl", "neg", "aux", "acomp"):
                found.append(f"root_{kid.dep}")
            if kid.dep == "xcomp":
                found.append(f"root_xcomp={root.lemma.lower()}")
                found.append(f"xcomp={kid.lemma.lower()}")
            if kid.dep == "ccomp":
                found.append(f"ccomp={kid.lemma.lower()}")
            if kid.dep == "prep":
                found.append(f"root_prep={root.lemma.lower()}_{kid.text.lower()}")
            if kid.dep == "aux" and kid.tag == "MD":
                found.append("modal")
    for token in parsed.tokens:
        if token.pos == "VERB" and token.dep != "ROOT":
            found.append(f"verb={token.lemma.lower()}")
        if token.pos == "NOUN" and token.dep in ("dobj", "pobj", "nsubj"):
            found.append(f"noun_{token.dep}={token.lemma.lower()}")
    subject = main_subject(parsed)
    for other in clause_subjects(parsed)[:2]:
        verb = parsed.tokens[parsed.tokens[other].head]
        kind = _subject_class(parsed, other)
        speaks = _can_hold_a_view(parsed, other)
        found.append(f"sub_subj={verb.dep}&{kind}&speaks={speaks}")
        found.append(f"sub_verb={verb.lemma.lower()}&speaks={speaks}")
        if subject is None:
            found.append(f"sub_only={verb.dep}&speaks={speaks}")
    if subject is None:
        found.append("subj=none")
        return found
    token = parsed.tokens[subject]
    entity = parsed.entity_at(subject)
    if token.pos == "PRON":
        kind = f"pron_{token.text.lower()}"
    elif entity is not None and entity.label in ("PERSON", "ORG", "GPE", "NORP"):
        kind = f"ent_{entity.label}"
    elif token.pos == "PROPN":
        kind = "propn"
    else:
        kind = f"noun_{token.lemma.lower()}"
        found.append(f"subj_tag={token.tag}")
    found.append(f"subj={kind}")
    found.append(f"subj_dep={token.dep}")
    speaks = _can_hold_a_view(parsed, subject)
    found.append(f"subj_speaks={speaks}")
    # What a thing "suggests" or "shows" is no one's report ("The legacy persists, suggesting
    # that …"): the clue words weigh apart when the subject cannot hold a view.
    found += [f"{f}&speaks={speaks}" for f in found
              if f == "that_clause" or f.startswith(("verb_clause=", "root="))]
    if any(parsed.tokens[c].dep == "poss" for c in parsed.children[subject]):
        found.append("subj_poss")
    general = kind if kind.startswith(("pron", "ent", "propn")) else "noun"
    found.append(f"prev={previous}&subj={general}")
    found.append(f"qshare={_bucket(quoted_share, (0.05, 0.5, 0.9))}&subj={general}")
    if root is not None:
        found.append(f"root={root.lemma.lower()}&subj={general}")
    return found

