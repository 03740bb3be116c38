"""Attribution and ambiguous-reference scores on PolNeAR, against the derived gold.

Used by ``benchmarks/suggestion_quality.py CORPORA``. The gold comes from
``benchmarks/attribution_gold.py``, derived from the corpus folder each run (the corpus and
what is derived from it stay outside the repository). Each sentence is scored once: attributed or not (a named or an
anonymous attribution suggestion on it), named, anonymous. Ambiguous-reference flags are
counted per 100 sentences and compared with the judgments in
``benchmarks/data/ambiguous_judgments_<split>.json`` (flags not judged yet are listed).
"""

from __future__ import annotations

import csv
import json
import random
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from attribution_gold import derive  # noqa: E402

from factcheck.model import Article  # noqa: E402
from factcheck.text import split_article  # noqa: E402


def judgments_file(split: str) -> Path:
    """The committed verdicts on one split's ambiguous-reference flags."""
    return BENCH / "data" / f"ambiguous_judgments_{split}.json"
NAMED, ANONYMOUS, AMBIGUOUS = "attribution.named", "attribution.anonymous", "reference.ambiguous"


class FileParseCache:
    """Parses kept in a SQLite file between benchmark runs (the store keeps its own)."""

    def __init__(self, path: Path) -> None:
        import sqlite3

        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, record TEXT)")

    def cached_parses(self, keys):
        found = {}
        for i in range(0, len(keys), 500):
            batch = list(keys[i : i + 500])
            marks = ",".join("?" * len(batch))
            for key, record in self.conn.execute(
                f"SELECT key, record FROM parses WHERE key IN ({marks})", batch
            ):
                found[key] = json.loads(record)
        return found

    def kept_keys(self, keys):
        return set(self.cached_parses(keys))

    def keep_parses(self, records):
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO parses VALUES (?, ?)",
                [(k, json.dumps(r)) for k, r in records.items()],
            )


PARSE_CACHE = Path(tempfile.gettempdir()) / "factcheck-polnear-parses.sqlite3"


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, gold: bool, found: bool, where: str) -> None:
        if gold and found:
            self.tp += 1
        elif found:
            self.fp += 1
            self.extras.append(where)
        elif gold:
            self.fn += 1
            self.misses.append(where)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PolnearResult:
    sentences: int = 0
    unaligned: int = 0
    attributed: PRF = field(default_factory=PRF)
    named: PRF = field(default_factory=PRF)
    anonymous: PRF = field(default_factory=PRF)
    ambiguous: list[dict] = field(default_factory=list)


def _dates(corpora: Path) -> dict[str, date]:
    path = corpora / "polnear" / "metadata.tsv"
    with path.open(encoding="utf-8") as handle:
        return {
            row["filename"]: date.fromisoformat(row["publication_date"])
            for row in csv.DictReader(handle, delimiter="\t")
        }


def _gold(corpora: Path, split: str) -> list[dict]:
    return derive(corpora / "polnear" / split)


def evaluate_polnear(
    corpora: Path, split: str = "dev", limit: int | None = None, seed: int = 0
) -> PolnearResult:
    """Score the engine on one PolNeAR split (``limit`` articles, sampled with ``seed``)."""
    from factcheck.analysis import analyse
    from factcheck.kb import load_kb
    from factcheck.nlp import parse_sentences

    cache = FileParseCache(PARSE_CACHE)

    kb = load_kb()
    dates = _dates(corpora)
    gold_by_article: dict[str, dict[tuple[int, int], dict]] = {}
    for record in _gold(corpora, split):
        gold_by_article.setdefault(record["article"], {})[(record["start"], record["end"])] = record
    names = sorted(gold_by_article)
    if limit is not None and limit < len(names):
        names = sorted(random.Random(seed).sample(names, limit))
    result = PolnearResult()
    for name in names:
        text = (corpora / "polnear" / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = Article(id=name, text=text, published=dates.get(name))
        sentences = split_article(name, text)
        found: dict[int, set[str]] = {}
        parsed = parse_sentences(sentences, cache=cache)
        for suggestion in analyse(article, sentences, kb, parsed=parsed):
            found.setdefault(suggestion.sentence, set()).add(suggestion.kind)
            if suggestion.kind == AMBIGUOUS:
                result.ambiguous.append(
                    {
                        "article": name,
                        "start": suggestion.start,
                        "span": text[suggestion.start : suggestion.end],
                        "sentence": sentences[suggestion.sentence].text,
                    }
                )
        gold = gold_by_article[name]
        for sentence in sentences:
            result.sentences += 1
            record = gold.get((sentence.start, sentence.end))
            if record is None:
                result.unaligned += 1
                continue
            kinds = found.get(sentence.index, set())
            where = f"{name} #{sentence.number}: {sentence.text[:110]}"
            result.attributed.add(record["attributed"], bool(kinds & {NAMED, ANONYMOUS}), where)
            result.named.add(record["named"], NAMED in kinds, where)
            result.anonymous.add(record["anonymous"], ANONYMOUS in kinds, where)
    return result


def judged(flags: list[dict], split: str = "dev") -> tuple[int, int, list[dict]]:
    """(right, wrong, not judged) for ambiguous-reference flags, from ``split``'s judgments."""
    verdicts: dict[tuple[str, int, str], str] = {}
    path = judgments_file(split)
    if path.exists():
        for item in json.loads(path.read_text(encoding="utf-8")):
            verdicts[(item["article"], item["start"], item["span"])] = item["verdict"]
    right = wrong = 0
    unjudged = []
    for flag in flags:
        verdict = verdicts.get((flag["article"], flag["start"], flag["span"]))
        if verdict == "right":
            right += 1
        elif verdict == "wrong":
            wrong += 1
        else:
            unjudged.append(flag)
    return right, wrong, unjudged


def report(result: PolnearResult, split: str, verbose: int = 0) -> None:
    """Print the scores (and with ``verbose``, that many misses and false alarms per score)."""
    print(f"PolNeAR {split}: {result.sentences} sentences ({result.unaligned} not in the gold)")
    print(f"{'':12} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for label, prf in (
        ("attributed", result.attributed),
        ("named", result.named),
        ("anonymous", result.anonymous),
    ):
        print(
            f"{label:12} {prf.precision:9.3f} {prf.recall:7.3f} {prf.f1:6.3f} "
            f"{prf.tp:5} {prf.fp:5} {prf.fn:5}"
        )
        if verbose:
            rng = random.Random(1)
            for miss in rng.sample(prf.misses, min(verbose, len(prf.misses))):
                print(f"    missed  {miss}")
            for extra in rng.sample(prf.extras, min(verbose, len(prf.extras))):
                print(f"    extra   {extra}")
    flags = result.ambiguous
    per_100 = 100 * len(flags) / result.sentences if result.sentences else 0.0
    right, wrong, unjudged = judged(flags, split)
    precision = f"{right / (right + wrong):.2f}" if right + wrong else "n/a"
    print(
        f"reference.ambiguous: {len(flags)} flags, {per_100:.2f} per 100 sentences; "
        f"judged {right} right, {wrong} wrong (precision {precision}), {len(unjudged)} not judged"
    )
    for flag in unjudged[: max(verbose, 0)]:
        print(
            f"    not judged  {flag['article']} @{flag['start']} {flag['span']!r}: {flag['sentence'][:110]}"
        )
