"""Precision and recall of the suggestion engine per kind, on tests/data/articles/.

Run by hand: ``python benchmarks/suggestion_quality.py [CORPORA] [--split dev|train]
[--verbose N]``. Each synthetic article has an answer key (see tests/data/articles/README.md);
a suggestion counts once per (kind, sentence). tests/test_analysis_quality.py calls
``evaluate()``. When CORPORA (default ``../shared/corpora``) holds PolNeAR, the attribution and
ambiguous-reference scores on its dev split follow (see ``benchmarks/attribution_score.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
for _path in (ROOT, ROOT / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from factcheck.analysis import KINDS, analyse  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.text import split_article  # noqa: E402

ATTRIBUTION_KINDS = ("attribution.named", "attribution.anonymous")


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def _sentence_of(sentences, piece: str, slug: str) -> int:
    matches = [s.index for s in sentences if piece in s.text]
    if len(matches) != 1:
        raise ValueError(f"{slug}: {piece!r} picks out {len(matches)} sentences, not one")
    return matches[0]


def evaluate(articles_dir: Path = ARTICLES) -> dict[str, Score]:
    """Scores per kind over every article with an answer key."""
    from factcheck.kb import load_kb

    kb = load_kb()
    scores: dict[str, Score] = defaultdict(Score)
    for key_path in sorted(articles_dir.glob("*.json")):
        slug = key_path.stem
        key = json.loads(key_path.read_text(encoding="utf-8"))
        text = key_path.with_suffix(".txt").read_text(encoding="utf-8")
        article = Article(id=slug, text=text, published=date.fromisoformat(key["published"]))
        sentences = split_article(slug, text)
        checked = set(key["checked_kinds"])
        expected: set[tuple[str, int]] = set()
        for item in key["expected"]:
            expected.add((item["kind"], _sentence_of(sentences, item["sentence"], slug)))
        if "attribution.none" in checked:
            attributed = {i for kind, i in expected if kind in ATTRIBUTION_KINDS}
            for sentence in sentences:
                if sentence.index not in attributed and len(sentence.text.split()) >= 4:
                    expected.add(("attribution.none", sentence.index))
        found = {(s.kind, s.sentence) for s in analyse(article, sentences, kb) if s.kind in checked}
        if "attribution.none" in checked:
            # "none" is a state every unattributed sentence has (its suggestion is raised only
            # for checkable claims): scored as the absence of a named or anonymous one.
            attributed = {i for kind, i in found if kind in ATTRIBUTION_KINDS}
            found = {f for f in found if f[0] != "attribution.none"} | {
                ("attribution.none", s.index)
                for s in sentences
                if s.index not in attributed and len(s.text.split()) >= 4
            }
        for kind in checked:
            want = {e for e in expected if e[0] == kind}
            got = {f for f in found if f[0] == kind}
            score = scores[kind]
            score.true_positives += len(want & got)
            score.false_positives += len(got - want)
            score.false_negatives += len(want - got)
            score.misses += [
                f"{slug} #{i + 1}: {sentences[i].text[:90]}" for _, i in sorted(want - got)
            ]
            score.extras += [
                f"{slug} #{i + 1}: {sentences[i].text[:90]}" for _, i in sorted(got - want)
            ]
    return dict(sorted(scores.items(), key=lambda item: KINDS.index(item[0])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None, help="score this many articles only")
    parser.add_argument(
        "--verbose",
        "-v",
        type=int,
        nargs="?",
        const=5,
        default=0,
        help="list misses and false alarms (N per score on PolNeAR)",
    )
    parser.add_argument("--polnear-only", action="store_true", help="skip the synthetic articles")
    args = parser.parse_args()
    if not args.polnear_only:
        _print_synthetic(args.verbose)
    if (args.corpora / "polnear" / args.split).is_dir():
        from attribution_score import evaluate_polnear, report

        started = time.perf_counter()
        result = evaluate_polnear(args.corpora, args.split, args.limit)
        print()
        report(result, args.split, args.verbose)
        print(f"({time.perf_counter() - started:.1f} s)")
    else:
        print(f"\nNo PolNeAR corpus at {args.corpora}: real-text scores skipped.")


def _print_synthetic(verbose: int) -> None:
    scores = evaluate()
    print(f"{'kind':24} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for kind, score in scores.items():
        print(
            f"{kind:24} {score.precision:9.2f} {score.recall:7.2f} "
            f"{score.true_positives:4} {score.false_positives:4} {score.false_negatives:4}"
        )
        if verbose:
            for miss in score.misses:
                print(f"    missed  {miss}")
            for extra in score.extras:
                print(f"    extra   {extra}")


if __name__ == "__main__":
    main()
