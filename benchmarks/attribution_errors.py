"""Attribution errors on one split of the annotated news corpus, by kind, for tuning rules.

Run by hand: ``python benchmarks/attribution_errors.py [CORPORA] [--split train] [-n 15]
[--kind missed]``. For every sentence it compares the engine's attribution state with the gold
(``benchmarks/attribution_gold.py``) and prints, per error kind, a sample of sentences with the
gold sources and cues next to the speakers the engine read. Tune on train; the dev split is for
reporting only. Nothing is written: the corpus text stays in the corpus folder.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
for _path in (BENCH.parent, BENCH):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from attribution_gold import classify_source, derive, read_relations  # noqa: E402
from attribution_score import PARSE_CACHE, FileParseCache, _dates  # noqa: E402

from factcheck.model import Article  # noqa: E402
from factcheck.text import split_article  # noqa: E402

KINDS = (
    "missed",  # gold attributed, engine none
    "extra",  # engine attributed, gold not
    "named_as_anonymous",  # gold named only, engine anonymous
    "anonymous_as_named",  # gold anonymous, engine named only
    "anonymous_false",  # engine anonymous, gold not anonymous (any reason)
    "anonymous_missed",  # gold anonymous, engine not anonymous (any reason)
)


def _gold_parts(text: str, relations: list, start: int, end: int) -> list[str]:
    """"source | cue" of the relations whose content overlaps the sentence."""
    parts = []
    for relation in relations:
        if any(s < end and e > start for s, e in relation.content):
            cue = " ".join(text[s:e] for s, e in relation.parts[1:]) if relation.parts else ""
            kind = classify_source(relation.source_text) or "backref"
            parts.append(f"{relation.source_text!r} [{kind}] cue={cue!r}")
    return parts


def collect(corpora: Path, split: str, limit: int | None) -> dict[str, list[str]]:
    """Error lines per kind over the split."""
    from factcheck.analysis import attribution_states
    from factcheck.nlp import parse_sentences

    cache = FileParseCache(PARSE_CACHE)
    dates = _dates(corpora)
    split_dir = corpora / "polnear" / split
    gold: dict[str, dict[tuple[int, int], dict]] = defaultdict(dict)
    for record in derive(split_dir):
        gold[record["article"]][(record["start"], record["end"])] = record
    errors: dict[str, list[str]] = defaultdict(list)
    for name in sorted(gold)[:limit]:
        text = (split_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        anns = sorted((split_dir / "attributions").glob(f"{name}_*.ann"))
        relations = read_relations(anns[0])
        sentences = split_article(name, text)
        parsed = parse_sentences(sentences, cache=cache)
        states = attribution_states(
            Article(id=name, text=text, published=dates.get(name)), sentences, parsed=parsed
        )
        for sentence, state in zip(sentences, states, strict=True):
            record = gold[name].get((sentence.start, sentence.end))
            if record is None:
                continue
            found = state.kind != "none"
            kind = None
            if record["attributed"] and not found:
                kind = "missed"
            elif found and not record["attributed"]:
                kind = "extra"
            elif found and record["named"] and not record["anonymous"] and state.kind == "anonymous":
                kind = "named_as_anonymous"
            elif found and record["anonymous"] and state.kind == "named":
                kind = "anonymous_as_named"
            anonymous = state.kind == "anonymous"
            extra_kinds = [kind] if kind else []
            if anonymous and not record["anonymous"]:
                extra_kinds.append("anonymous_false")
            if record["anonymous"] and not anonymous:
                extra_kinds.append("anonymous_missed")
            if not extra_kinds:
                continue
            ours = "; ".join(
                f"{s.kind}:{s.text!r}" + (f" ({s.name!r})" if s.name and s.name != s.text else "")
                for s in state.speakers
            )
            if state.quoted_from is not None:
                ours += f" [from #{state.quoted_from + 1}]"
            lines = [f"{name} #{sentence.number}: {sentence.text[:220]}"]
            lines += [f"      gold {p}" for p in _gold_parts(text, relations, sentence.start, sentence.end)]
            lines.append(f"      ours {ours or '-'}")
            for each in extra_kinds:
                errors[each].append("\n".join(lines))
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("-n", type=int, default=10, help="examples per kind")
    parser.add_argument("--kind", choices=KINDS, default=None)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    errors = collect(args.corpora, args.split, args.limit)
    rng = random.Random(args.seed)
    for kind in KINDS:
        if args.kind and kind != args.kind:
            continue
        items = errors.get(kind, [])
        print(f"== {kind}: {len(items)}")
        for item in rng.sample(items, min(args.n, len(items))):
            print(item)


if __name__ == "__main__":
    main()
