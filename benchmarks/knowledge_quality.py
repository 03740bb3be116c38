"""Knowledge-based suggestions on real news: false flags per 1,000 sentences, planted recall.

Run by hand (the test suite never needs the corpus):

    python benchmarks/knowledge_quality.py [CORPORA] [--split train|dev] [--list]

1. **Flags on real text.** Every ``temporal.anachronism`` and ``name.variant`` flag the engine
   raises on PolNeAR train and dev (real published articles, dated by their metadata), per
   1,000 sentences. Each flag was judged by reading it in its article; the judgments are in
   benchmarks/data/flag_judgments.json (``true``: the text really is wrong;
   ``false``: a false alarm). Flags not yet judged are listed.
2. **Planted errors.** benchmarks/data/planted_errors.json holds wrong office holders and
   misspelt names of knowledge-base people planted into real dev sentences by
   scripts/plant_errors.py (frozen before tuning, from the knowledge base of that day). Each
   is put into its article alone; it is found when a suggestion of its kind covers the
   planted words. Precision counts every suggestion of the two kinds in the planted
   sentences. ``--planted`` picks another set: planted_errors_train.json (train sentences,
   the set the detectors were tuned on) or planted_errors_dev_full_kb.json (dev sentences,
   people and offices of the extended knowledge base; made after tuning on train, never
   tuned on).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from annotated_news import DEFAULT_CORPORA, SPLITS, CorpusArticle, articles  # noqa: E402

from factcheck.analysis import analyse  # noqa: E402
from factcheck.kb import load_kb  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.text import split_article  # noqa: E402

KINDS = ("temporal.anachronism", "name.variant")
DATA = ROOT / "benchmarks" / "data"
JUDGMENTS = DATA / "flag_judgments.json"
PLANTED = DATA / "planted_errors.json"


def _suggestions(item: CorpusArticle, text: str, kb):
    article = Article(id=item.name, text=text, published=item.published)
    sentences = split_article(item.name, text)
    return sentences, [s for s in analyse(article, sentences, kb) if s.kind in KINDS]


def real_flags(corpora: Path, splits: tuple[str, ...], kb) -> tuple[dict[str, int], list[dict]]:
    """Sentences per split, and every flag with where it stands and what it says."""
    counts: Counter[str] = Counter()
    flags = []
    for item in articles(corpora, splits):
        sentences, found = _suggestions(item, item.text, kb)
        counts[item.split] += len(sentences)
        for s in found:
            flags.append(
                {
                    "split": item.split,
                    "file": item.name,
                    "sentence": s.sentence + 1,
                    "kind": s.kind,
                    "words": item.text[s.start : s.end],
                    "message": s.message,
                    "confidence": s.confidence,
                }
            )
    return dict(counts), flags


def _flag_key(flag: dict) -> tuple:
    return (flag["file"], flag["sentence"], flag["kind"], flag["words"])


def planted_scores(corpora: Path, kb, planted_file: Path = PLANTED) -> dict:
    """Recall per kind and overall precision over a planted set (the frozen dev set)."""
    data = json.loads(planted_file.read_text(encoding="utf-8"))
    planted = data["planted"]
    by_name = {item.name: item for item in articles(corpora, (data.get("split", "dev"),))}
    found: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    flagged = correct = 0
    misses, extras = [], []
    for plant in planted:
        item = by_name[plant["file"]]
        original = item.text[plant["start"] : plant["end"]]
        if original != plant["original"]:
            raise SystemExit(f"planted error {plant['id']}: the corpus text has changed")
        text = item.text[: plant["start"]] + plant["replacement"] + item.text[plant["end"] :]
        end = plant["start"] + len(plant["replacement"])
        sentences, suggestions = _suggestions(replace(item, text=text), text, kb)
        where = next(s for s in sentences if s.start <= plant["start"] < s.end)
        wanted[plant["kind"]] += 1
        hit = False
        for s in suggestions:
            if s.sentence != where.index:
                continue
            flagged += 1
            if s.kind == plant["kind"] and s.start < end and plant["start"] < s.end:
                correct += 1
                hit = True
            else:
                extras.append(
                    f"{plant['id']} {s.kind}: {text[s.start : s.end]!r} — {s.message[:120]}"
                )
        if hit:
            found[plant["kind"]] += 1
        else:
            misses.append(f"{plant['id']} {plant['kind']}: {where.text[:160]!r}")
    return {
        "recall": {
            k: (found[k] / wanted[k] if wanted[k] else 1.0, found[k], wanted[k]) for k in KINDS
        },
        "recall_all": sum(found.values()) / max(1, sum(wanted.values())),
        "precision": correct / flagged if flagged else 1.0,
        "flagged": flagged,
        "misses": misses,
        "extras": extras,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--split", choices=SPLITS, action="append", help="default: train and dev")
    parser.add_argument("--list", action="store_true", help="list every flag, miss and extra")
    parser.add_argument("--no-planted", action="store_true")
    parser.add_argument(
        "--planted", type=Path, default=PLANTED, help="planted set (default: the frozen dev set)"
    )
    args = parser.parse_args()
    splits = tuple(args.split or SPLITS)
    kb = load_kb()
    started = time.perf_counter()
    counts, flags = real_flags(args.corpora, splits, kb)
    judged = {}
    if JUDGMENTS.exists():
        judged = {_flag_key(j): j for j in json.loads(JUDGMENTS.read_text(encoding="utf-8"))}
    print(
        f"knowledge base as of {kb.as_of}: {len(kb.people)} people, {len(kb.offices)} offices, "
        f"{len(kb.terms)} terms"
    )
    print(
        f"{'split':6} {'sentences':>9} {'flags':>5} {'per 1000':>8} {'true':>4} {'false':>5} {'unjudged':>8}"
    )
    for split in splits:
        mine = [f for f in flags if f["split"] == split]
        verdicts = Counter(
            judged[_flag_key(f)]["verdict"] if _flag_key(f) in judged else "?" for f in mine
        )
        rate = 1000 * len(mine) / counts.get(split, 1)
        print(
            f"{split:6} {counts.get(split, 0):9} {len(mine):5} {rate:8.2f} {verdicts['true']:4} "
            f"{verdicts['false']:5} {verdicts['?']:8}"
        )
    for kind in KINDS:
        mine = [f for f in flags if f["kind"] == kind]
        low = sum(f["confidence"] == "low" for f in mine)
        print(f"  {kind}: {len(mine)} flags ({low} of them low-confidence notes)")
    for flag in flags:
        if args.list or _flag_key(flag) not in judged:
            mark = judged.get(_flag_key(flag), {}).get("verdict", "unjudged")
            print(
                f"  [{mark}] {flag['split']} {flag['file']} #{flag['sentence']} {flag['kind']} "
                f"{flag['words']!r}: {flag['message'][:160]}"
            )
    print(f"({time.perf_counter() - started:.1f} s)")
    if args.no_planted:
        return
    scores = planted_scores(args.corpora, kb, args.planted)
    print(f"planted errors ({args.planted.name}):")
    for kind, (recall, hit, total) in scores["recall"].items():
        print(f"  {kind:22} recall {recall:.3f} ({hit}/{total})")
    print(
        f"  all kinds              recall {scores['recall_all']:.3f}; precision "
        f"{scores['precision']:.3f} over {scores['flagged']} flags in planted sentences"
    )
    if args.list:
        for miss in scores["misses"]:
            print(f"    missed {miss}")
        for extra in scores["extras"]:
            print(f"    extra  {extra}")


if __name__ == "__main__":
    main()
