"""Whether the speaker names the engine proposes are the annotated sources' names.

Run by hand: ``python benchmarks/speaker_names.py [CORPORA] [--split train] [-n 10]``. The
per-sentence scores (``suggestion_quality.py``) count a sentence as named when any speaker is
named, whatever name is read; this one checks the name, which is what the ledger gets. For
every sentence that the gold (``benchmarks/attribution_gold.py``) classes by a named source
written out in the sentence (not a pronoun), and that the engine calls named, the name
*agrees* when a capitalised word of one of the engine's named speakers is a word of one of
those gold source phrases, or every word of the name is (one of them of three letters or
more): "Bernie Sanders" or "Sanders" for "Sen. Bernie Sanders (I-Vt.)", "his biography" for
"his biography". It *differs* otherwise ("Vt" or "I" for the same phrase). Sentences whose
speaker comes from a quotation's tag in another sentence are left out: their gold source
stands outside them. Nothing is written.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
for _path in (BENCH.parent, BENCH):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from attribution_gold import classify_source, derive  # noqa: E402
from attribution_score import PARSE_CACHE, FileParseCache, _dates  # noqa: E402

from factcheck.model import Article  # noqa: E402
from factcheck.text import split_article  # noqa: E402

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_POSSESSIVE = re.compile(r"[’']s?$")


def _words(text: str) -> set[str]:
    return {_POSSESSIVE.sub("", w).casefold() for w in _WORD.findall(text)}


def _name_words(name: str) -> set[str]:
    """The capitalised words of a speaker's name, of two letters or more."""
    return {_POSSESSIVE.sub("", w).casefold() for w in _WORD.findall(name)
            if w[:1].isupper() and len(w) > 1}


def compare(corpora: Path, split: str) -> tuple[int, list[str]]:
    """(sentences whose name agrees, lines of those whose name differs)."""
    from factcheck.analysis import attribution_states
    from factcheck.nlp import parse_sentences

    cache = FileParseCache(PARSE_CACHE)
    dates = _dates(corpora)
    split_dir = corpora / "polnear" / split
    gold: dict[str, list[dict]] = defaultdict(list)
    for record in derive(split_dir):
        gold[record["article"]].append(record)
    agree = 0
    differ: list[str] = []
    for name in sorted(gold):
        text = (split_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        by_span = {(r["start"], r["end"]): r for r in gold[name]}
        sentences = split_article(name, text)
        parsed = parse_sentences(sentences, cache=cache)
        states = attribution_states(
            Article(id=name, text=text, published=dates.get(name)), sentences, parsed=parsed
        )
        for sentence, state in zip(sentences, states, strict=True):
            record = by_span.get((sentence.start, sentence.end))
            if record is None or state.kind != "named" or state.quoted_from is not None:
                continue
            phrases = [text[s:e] for s, e in record["sources"]
                       if sentence.start <= s < sentence.end]
            phrases = [p for p in phrases if classify_source(p) == "named"]
            names = [s.name or s.text for s in state.speakers if s.kind == "named"]
            if not phrases or not names:
                continue
            gold_words = set().union(*(_words(p) for p in phrases))
            if any(_name_words(n) & gold_words or _words(n) <= gold_words and max(
                    map(len, _words(n)), default=0) > 2 for n in names):
                agree += 1
            else:
                differ.append(f"{name} #{sentence.number}: gold {phrases!r}; ours {names!r}")
    return agree, differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("-n", type=int, default=10, help="sentences whose name differs, shown")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    agree, differ = compare(args.corpora, args.split)
    total = agree + len(differ)
    share = agree / total if total else float("nan")
    print(f"PolNeAR {args.split}: {total} named sentences with a named gold source in them; "
          f"the name agrees in {agree} ({share:.3f}), differs in {len(differ)}")
    for line in random.Random(args.seed).sample(differ, min(args.n, len(differ))):
        print("  " + line)


if __name__ == "__main__":
    main()
