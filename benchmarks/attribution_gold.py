"""Per-sentence attribution gold for PolNeAR, derived from its annotation by a fixed rule.

Run by hand: ``python benchmarks/attribution_gold.py [CORPORA] [--split dev] [-o FILE]``
(CORPORA defaults to ``../shared/corpora``). It writes one JSON line per sentence of the
project's segmenter, keyed by article file name and character offsets; no article text is
written (the texts stay in the corpus). ``benchmarks/suggestion_quality.py --polnear`` reads
the result. The rule below was fixed, and the dev gold derived, before the engine was tuned
on the corpus.

The rule, per sentence S of the segmenter (``factcheck.text.split_article``):

1. Annotation: the first ``.ann`` file of the article in sorted order. A *relation* is an
   ``E`` line typed ``Attribution`` that has a ``Source`` and a ``Content`` (relations typed
   ``Attribution-no-source``, and ``Discuss`` / ``Discard`` spans, are ignored).
2. S is **attributed** when at least half of its letters and digits fall inside the Content,
   Source or Cue spans of relations whose Content overlaps S (quotation continuations are
   covered this way: their Content spans run over several sentences; a tag with a long
   source, "… ,” said Arturo Vargas, the head of …", counts with its source).
3. Each relation whose Content covers at least half of S's letters and digits, or whose Content
   lies inside S for at least half of its own letters, classes S by its Source, as **named** or
   **anonymous** (S may be both: one named and one unnamed source).
4. A Source is classed from its span text:
   a. a pronoun alone (he, she, they, it, we, I, you, him, her, them, who, whom, which, that)
      or "both" / "the two" +
      plural noun, with no capitalised word after its first, takes the class of the nearest non-pronoun Source before it in the article
      (none before: named);
   b. else its head phrase is the span cut at the first postmodifier (a comma, "who", "which",
      "that", "familiar", "privy", "close", "with", "in", "at", "from", "for", "of", "on",
      "inside", "within", "involved", "working", "speaking", "briefed", "knowledgeable",
      "according"), and its head is the last word of that phrase (possessive 's removed);
   c. anonymous when the head (case-folded, singular or plural) is a word for unnamed people
      or vague groups: ``VAGUE_HEADS`` below;
   d. else named when the span holds a capitalised word other than a function word
      (``FUNCTION_WORDS``), e.g. "Trump", "The New York Post", "a spokesman for the Clinton
      campaign", "the Census Bureau";
   e. else named when the head phrase starts with "the", "this", "that" or a possessive
      pronoun (a reference back to an identified person, body or document: "the campaign",
      "the candidate", "his campaign");
   f. else anonymous ("a woman", "one voter", "a new poll").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factcheck.text import split_article  # noqa: E402

DEFAULT_CORPORA = Path("../shared/corpora")  # relative to where it runs, as the README says

PRONOUNS = frozenset("he she they it we i you him her them who whom which that".split())
VAGUE_HEADS = frozenset(
    """
    source sources official officials aide aides adviser advisers advisor advisors ally allies
    people person persons insider insiders critic critics observer observers analyst analysts
    expert experts economist economists strategist strategists operative operatives staffer
    staffers staff member members supporter supporters opponent opponents voter voters
    resident residents someone somebody anyone many some others other few several most
    diplomat diplomats lawmaker lawmakers legislator legislators observer pundit pundits
    republicans democrats conservatives liberals progressives americans evangelicals
    activist activists leader leaders donor donors friend friends associate associates
    colleague colleagues confidant confidants man men woman women individual individuals
    witness witnesses employee employees worker workers investigator investigators agent agents
    authorities authority spokesperson spokespeople representative representatives
    researcher researchers scholar scholars commentator commentators reporter reporters
    journalist journalists veteran veterans insider everyone nobody number executive executives
    officer officers
    """.split()
)
FUNCTION_WORDS = frozenset(
    """
    the a an this that these those his her their its our my your some many several both one
    two three four five all most few other another any each every no
    """.split()
)
_CUT_WORDS = frozenset(
    """
    who which that familiar privy close with in at from for of on inside within involved
    working speaking briefed knowledgeable according
    """.split()
)
_WORD_RE = re.compile(r"[\w’'.-]+|,")
_ALNUM = re.compile(r"\w")


@dataclass(frozen=True)
class Relation:
    content: tuple[tuple[int, int], ...]
    source_text: str
    source_start: int
    parts: tuple[tuple[int, int], ...] = ()  # source and cue spans


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    parts = []
    for piece in field.split(";"):
        start, end = piece.split()
        parts.append((int(start), int(end)))
    return tuple(parts)


def read_relations(ann_path: Path) -> list[Relation]:
    """The relations of one ``.ann`` file that have a Source and a Content."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not cols or not cols[0]:
            continue
        if cols[0].startswith("T") and len(cols) >= 3:
            label, _, offsets = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(offsets), cols[2])
        elif cols[0].startswith("E") and len(cols) >= 2:
            roles = dict(part.split(":", 1) for part in cols[1].split() if ":" in part)
            events.append(roles)
    relations = []
    for roles in events:
        if "Attribution" not in roles or "Source" not in roles or "Content" not in roles:
            continue
        if roles["Source"] not in spans or roles["Content"] not in spans:
            continue
        source = spans[roles["Source"]]
        content = spans[roles["Content"]]
        parts = source[1] + (spans[roles["Cue"]][1] if roles.get("Cue") in spans else ())
        relations.append(Relation(content[1], source[2], source[1][0][0], parts))
    return relations


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _strip_possessive(word: str) -> str:
    for tail in ("’s", "'s", "’", "'"):
        if word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)]
    return word


def _is_backreference(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in PRONOUNS:
        return True
    if any(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in words[1:]):
        return False
    return len(low) >= 2 and (low[0] == "both" or low[:2] == ["the", "two"])


def classify_source(text: str) -> str | None:
    """ "named", "anonymous", or None for a back-reference (pronoun, "both lawmakers")."""
    words = _words(text)
    if not words or _is_backreference(words):
        return None
    head_phrase: list[str] = []
    for i, word in enumerate(words):
        if i and (word == "," or word.lower() in _CUT_WORDS):
            break
        head_phrase.append(word)
    head = _strip_possessive(head_phrase[-1]).lower().strip(".")
    if head in VAGUE_HEADS:
        return "anonymous"
    for word in words:
        if word[:1].isupper() and word.lower() not in FUNCTION_WORDS:
            return "named"
    if head_phrase[0].lower() in ("the", "this", "that", "his", "her", "their", "its", "our"):
        return "named"
    return "anonymous"


def _covered(text: str, spans: tuple[tuple[int, int], ...]) -> set[int]:
    covered: set[int] = set()
    for start, end in spans:
        covered |= {m.start() for m in _ALNUM.finditer(text, start, end)}
    return covered


def gold_for_article(name: str, text: str, relations: list[Relation]) -> list[dict]:
    """One gold record per segmenter sentence of ``text``."""
    relations = sorted(relations, key=lambda r: r.source_start)
    classes: list[str] = []
    last = "named"
    for relation in relations:
        kind = classify_source(relation.source_text)
        if kind is None:
            kind = last
        else:
            last = kind
        classes.append(kind)
    covers = [_covered(text, r.content) for r in relations]
    parts = [_covered(text, r.parts) for r in relations]
    records = []
    for sentence in split_article(name, text):
        letters = {m.start() + sentence.start for m in _ALNUM.finditer(sentence.text)}
        inside: set[int] = set()
        kinds: set[str] = set()
        sources: list[list[int]] = []
        for relation, cover, part, kind in zip(relations, covers, parts, classes, strict=True):
            common = letters & cover
            if not common:
                continue
            inside |= common | (letters & part)
            if 2 * len(common) >= len(letters) or 2 * len(common) >= len(cover):
                kinds.add(kind)
                sources.append(
                    [relation.source_start, relation.source_start + len(relation.source_text)]
                )
        attributed = bool(letters) and 2 * len(inside) >= len(letters)
        records.append(
            {
                "article": name,
                "index": sentence.index,
                "start": sentence.start,
                "end": sentence.end,
                "attributed": attributed,
                "named": attributed and "named" in kinds,
                "anonymous": attributed and "anonymous" in kinds,
                "sources": sources if attributed else [],
            }
        )
    return records


def derive(split_dir: Path) -> list[dict]:
    """Gold records for every article of one split folder (``text/`` and ``attributions/``)."""
    records: list[dict] = []
    for text_path in sorted((split_dir / "text").glob("*.txt")):
        name = text_path.stem
        anns = sorted((split_dir / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        records += gold_for_article(name, text, read_relations(anns[0]))
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("-o", "--output", type=Path, default=None)
    args = parser.parse_args(argv)
    split_dir = args.corpora / "polnear" / args.split
    if not split_dir.is_dir():
        print(f"No PolNeAR {args.split} split at {split_dir}.", file=sys.stderr)
        return 1
    records = derive(split_dir)
    out = args.output  # the corpus stays in its own folder: the gold is printed, not kept here
    lines = "".join(json.dumps(r, sort_keys=True) + "\n" for r in records)
    if out is None:
        sys.stdout.write(lines)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(lines, encoding="utf-8")
    n = len(records)
    att = sum(r["attributed"] for r in records)
    named = sum(r["named"] for r in records)
    anon = sum(r["anonymous"] for r in records)
    print(
        f"{args.split}: {n} sentences, {att} attributed, {named} named, {anon} anonymous",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
