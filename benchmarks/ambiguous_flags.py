"""Every reference.ambiguous flag on a PolNeAR split, listed so that each can be judged.

Run by hand: ``python benchmarks/ambiguous_flags.py [CORPORA] [--split train|dev] [--quiet]``.
For each flag it prints the article, the offsets and the surname, the people of that surname
named before it (with the sentence each was first named in) and the flagged sentence, then
the verdict recorded in ``benchmarks/data/ambiguous_judgments_<split>.json`` (``right``: a
reader cannot tell which person is meant; ``wrong``: something settles it). The last line
counts flags per 100 sentences and the precision over the judged ones. Only the
references detector runs (with the people and name mentions it reads), so a split of 840
articles takes a few minutes once its parses are cached.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for _path in (ROOT, BENCH):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from attribution_score import PARSE_CACHE, FileParseCache  # noqa: E402

from factcheck.model import Article  # noqa: E402
from factcheck.text import split_article  # noqa: E402


def judgments_path(split: str) -> Path:
    return BENCH / "data" / f"ambiguous_judgments_{split}.json"


def verdicts(split: str) -> dict[tuple[str, int, str], str]:
    """(article, start, surname) -> "right" / "wrong", from the split's judgments file."""
    path = judgments_path(split)
    if not path.exists():
        return {}
    return {
        (item["article"], item["start"], item["span"]): item["verdict"]
        for item in json.loads(path.read_text(encoding="utf-8"))
    }


def _dates(corpora: Path) -> dict[str, date]:
    with (corpora / "polnear" / "metadata.tsv").open(encoding="utf-8") as handle:
        return {
            row["filename"]: date.fromisoformat(row["publication_date"])
            for row in csv.DictReader(handle, delimiter="\t")
        }


def flags(corpora: Path, split: str) -> tuple[int, list[dict]]:
    """(sentences read, one record per flag) for every article of ``split``."""
    from factcheck.analysis import People, context_for
    from factcheck.analysis.kbindex import index_for
    from factcheck.analysis.references import detect_ambiguous
    from factcheck.kb import load_kb
    from factcheck.nlp import parse_sentences

    cache = FileParseCache(PARSE_CACHE)
    index = index_for(load_kb())
    dates = _dates(corpora)
    found: list[dict] = []
    total = 0
    for path in sorted((corpora / "polnear" / split / "text").glob("*.txt")):
        name = path.stem
        text = path.read_text(encoding="utf-8")
        article = Article(id=name, text=text, published=dates.get(name))
        sentences = split_article(name, text)
        total += len(sentences)
        ctx = context_for(article, sentences, parsed=parse_sentences(sentences, cache=cache))
        people = People(ctx, index)
        for suggestion in detect_ambiguous(ctx, people.mentions, people.people):
            found.append(
                {
                    "article": name,
                    "start": suggestion.start,
                    "end": suggestion.end,
                    "span": text[suggestion.start : suggestion.end],
                    "sentence_number": suggestion.sentence + 1,
                    "message": suggestion.message,
                    "earlier": [
                        f"#{i + 1}: {sentences[i].text}" for i in (suggestion.related or ())
                    ],
                    "sentence": sentences[suggestion.sentence].text,
                }
            )
    return total, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--split", default="train", choices=("dev", "train"))
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    args = parser.parse_args()
    if not (args.corpora / "polnear" / args.split).is_dir():
        sys.exit(f"No PolNeAR {args.split} split under {args.corpora}.")
    started = time.perf_counter()
    total, found = flags(args.corpora, args.split)
    judged = verdicts(args.split)
    right = wrong = 0
    for flag in found:
        verdict = judged.get((flag["article"], flag["start"], flag["span"]), "not judged")
        right += verdict == "right"
        wrong += verdict == "wrong"
        if args.quiet and verdict != "not judged":
            continue
        print(f"== {flag['article']} @{flag['start']}-{flag['end']} {flag['span']!r} "
              f"(sentence {flag['sentence_number']}): {verdict}")
        print(f"   {flag['message']}")
        for line in flag["earlier"]:
            print(f"   before {line}")
        print(f"   flagged #{flag['sentence_number']}: {flag['sentence']}")
    per_100 = 100 * len(found) / total if total else 0.0
    precision = f"{right / (right + wrong):.2f}" if right + wrong else "n/a"
    print(
        f"PolNeAR {args.split}: {len(found)} ambiguous flags in {total} sentences "
        f"({per_100:.2f} per 100); judged {right} right, {wrong} wrong (precision {precision}), "
        f"{len(found) - right - wrong} not judged ({time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()
