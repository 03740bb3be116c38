"""The engine before the linguistic layer, scored on PolNeAR dev like the engine of today.

Run by hand, with a checkout of the last commit before the linguistic layer::

    git worktree add /tmp/engine-before f3948d2
    python benchmarks/engine_before.py ../shared/corpora --old /tmp/engine-before
    git worktree remove /tmp/engine-before

Three steps, each in a process of its own so that the two ``factcheck`` packages never meet:
the gold (today's segmenter and ``attribution_gold.py``), the old engine's suggestions on
every sentence of its own segmenter, and the score (``attribution_score.PRF``). A sentence is
attributed when the old engine gave it an ``attribution.named`` or ``attribution.anonymous``
suggestion, named or anonymous by that kind: the rule ``attribution_score.py`` applies to
today's engine. Old sentences are matched to today's by their character offsets (on dev every
one of the 3,311 matches); a sentence with no match counts as found by nothing. The old
engine's ``reference.ambiguous`` flags are counted too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
DEFAULT_CORPORA = Path("../shared/corpora")
NAMED, ANONYMOUS, AMBIGUOUS = "attribution.named", "attribution.anonymous", "reference.ambiguous"


def _import_factcheck_from(tree: Path) -> None:
    sys.path.insert(0, str(tree))
    import factcheck

    if not Path(factcheck.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"factcheck came from {factcheck.__file__}, not {tree}")


def step_gold(corpora: Path, work: Path) -> None:
    _import_factcheck_from(ROOT)
    sys.path.insert(0, str(BENCH))
    from attribution_gold import derive
    from attribution_score import _dates

    from factcheck.text import split_article

    gold: dict[str, dict] = {}
    for record in derive(corpora / "polnear" / "dev"):
        gold.setdefault(record["article"], {})[f"{record['start']}:{record['end']}"] = {
            k: record[k] for k in ("attributed", "named", "anonymous")
        }
    dates = {k: v.isoformat() for k, v in _dates(corpora).items()}
    out = {}
    for name in sorted(gold):
        text = (corpora / "polnear" / "dev" / "text" / f"{name}.txt").read_text(encoding="utf-8")
        out[name] = {
            "sentences": [(s.start, s.end) for s in split_article(name, text)],
            "gold": gold[name],
            "date": dates.get(name),
        }
    (work / "gold.json").write_text(json.dumps(out), encoding="utf-8")


def step_old(corpora: Path, work: Path, old: Path) -> None:
    _import_factcheck_from(old)
    from datetime import date

    from factcheck.analysis import analyse
    from factcheck.kb import load_kb
    from factcheck.model import Article
    from factcheck.text import split_article

    kb = load_kb()
    gold = json.loads((work / "gold.json").read_text(encoding="utf-8"))
    out = {}
    for name, item in gold.items():
        text = (corpora / "polnear" / "dev" / "text" / f"{name}.txt").read_text(encoding="utf-8")
        published = date.fromisoformat(item["date"]) if item["date"] else None
        sentences = split_article(name, text)
        kinds: dict[int, list[str]] = {}
        for suggestion in analyse(Article(id=name, text=text, published=published), sentences, kb):
            kinds.setdefault(suggestion.sentence, []).append(suggestion.kind)
        out[name] = [(s.start, s.end, kinds.get(s.index, [])) for s in sentences]
    (work / "old.json").write_text(json.dumps(out), encoding="utf-8")


def step_score(work: Path) -> None:
    sys.path.insert(0, str(BENCH))
    from attribution_score import PRF

    gold = json.loads((work / "gold.json").read_text(encoding="utf-8"))
    old = json.loads((work / "old.json").read_text(encoding="utf-8"))
    scores = {"attributed": PRF(), "named": PRF(), "anonymous": PRF()}
    sentences = unmatched = flags = 0
    for name, item in gold.items():
        by_span = {(start, end): kinds for start, end, kinds in old[name]}
        flags += sum(kinds.count(AMBIGUOUS) for kinds in by_span.values())
        for start, end in item["sentences"]:
            record = item["gold"].get(f"{start}:{end}")
            if record is None:
                continue
            sentences += 1
            found = by_span.get((start, end))
            if found is None:
                unmatched += 1
                found = []
            where = f"{name} {start}:{end}"
            scores["attributed"].add(record["attributed"], bool({NAMED, ANONYMOUS} & set(found)),
                                     where)
            scores["named"].add(record["named"], NAMED in found, where)
            scores["anonymous"].add(record["anonymous"], ANONYMOUS in found, where)
    print(f"PolNeAR dev, the engine before the linguistic layer: {sentences} sentences "
          f"({unmatched} with no old sentence at the same offsets)")
    print(f"{'':12} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for label, p in scores.items():
        print(f"{label:12} {p.precision:9.3f} {p.recall:7.3f} {p.f1:6.3f} "
              f"{p.tp:5} {p.fp:5} {p.fn:5}")
    print(f"reference.ambiguous: {flags} flags, {100 * flags / max(sentences, 1):.2f} per 100 "
          "sentences")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--old", type=Path, required=True,
                        help="a checkout of the commit before the linguistic layer (f3948d2)")
    parser.add_argument("--step", choices=("gold", "old", "score"), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpora, old = args.corpora.resolve(), args.old.resolve()
    if args.step == "gold":
        step_gold(corpora, args.work)
    elif args.step == "old":
        step_old(corpora, args.work, old)
    elif args.step == "score":
        step_score(args.work)
    else:
        with tempfile.TemporaryDirectory() as work:
            for step in ("gold", "old", "score"):
                subprocess.run([sys.executable, "-P", __file__, str(corpora), "--old", str(old),
                                "--step", step, "--work", work], check=True)


if __name__ == "__main__":
    main()
