"""Fit the attribution model (``resources/nlp/attribution_model.json``) on an annotated corpus.

Run by hand: ``python scripts/train_attribution.py CORPORA [-o FILE]``. CORPORA is the folder
holding ``polnear/train`` (see the benchmarks' README); only the train split is read, with the
gold of ``benchmarks/attribution_gold.py``. Over every sentence the rules attributed, and every
one they left with none whose main clause has a subject that can be a speaker, it takes the
features of ``factcheck.analysis.attribution_model.features`` against "the sentence is
attributed" and fits an L2-regularised logistic regression by full-batch gradient descent
(deterministic: no random state). The threshold comes from out-of-fold probabilities (articles
split into folds by name): the lowest that keeps the split's attributed precision at 0.90 or
more. The file keeps feature names and weights only, no text of the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "benchmarks"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from attribution_gold import derive  # noqa: E402
from attribution_score import PARSE_CACHE, FileParseCache  # noqa: E402

from factcheck.analysis.attribution import (  # noqa: E402
    model_features,
    said_outright,
    subject_speaker,
    surroundings,
)
from factcheck.analysis.attribution_model import AttributionModel, LogisticModel  # noqa: E402
from factcheck.analysis.attribution_rules import NONE_STATE, rule_states  # noqa: E402
from factcheck.analysis.common import QuoteIndex, quote_spans  # noqa: E402
from factcheck.nlp import parse_sentences  # noqa: E402
from factcheck.text import split_article  # noqa: E402

OUTPUT = ROOT / "resources" / "nlp" / "attribution_model.json"
MIN_COUNT = 20
L2 = 20.0
STEPS = 400
FOLDS = 4
PRECISION_FLOOR = 0.90


@dataclass
class ArticleData:
    name: str
    parsed: list
    quotes: list
    rules: tuple
    earlier: list
    resolve: object
    proper: frozenset
    gold: dict
    text: str


def load(split_dir: Path) -> list[ArticleData]:
    """Every article of the split with its parses, the rules' states and the gold."""
    gold: dict[str, dict[tuple[int, int], dict]] = {}
    for record in derive(split_dir):
        gold.setdefault(record["article"], {})[(record["start"], record["end"])] = record
    cache = FileParseCache(PARSE_CACHE)
    articles = []
    for name in sorted(gold):
        text = (split_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        parsed = parse_sentences(split_article(name, text), cache=cache)
        quotes = quote_spans(text)
        states, earlier, resolve, proper = rule_states(parsed, quotes, text)
        articles.append(ArticleData(name, list(parsed), quotes, states, earlier, resolve, proper,
                                    gold[name], text))
    return articles


def _gold(article: ArticleData, sentence) -> dict:
    return article.gold.get((sentence.start, sentence.end), {})


def attributed_rows(
    articles: list[ArticleData],
) -> tuple[list[tuple[str, list[str], bool]], int, tuple[int, int]]:
    """(article, features, gold) of each candidate sentence (one the rules attributed, but
    not from "say" or "tell" outright, which the model does not weigh; or one with a subject
    that can be a speaker), the split's gold-attributed sentences, and how many of the
    sentences the model is not asked about are gold-attributed and not (they stay attributed,
    so the threshold counts them)."""
    rows = []
    total = 0
    kept = [0, 0]
    fixed: list[tuple[str, list[str], bool]] = []
    for a in articles:
        index = QuoteIndex(a.quotes)
        around = surroundings(a.parsed, a.rules, a.text)
        for k, sentence in enumerate(a.parsed):
            label = bool(_gold(a, sentence).get("attributed"))
            total += label
            if said_outright(sentence, a.rules[k]):
                # Attributed whatever the model says: fitted on (their features teach the
                # weights shared with other sentences), but counted as kept by the threshold.
                kept[0 if label else 1] += 1
                fixed.append((a.name, model_features(a.parsed, a.quotes, a.rules, k, index,
                                                     around[k]), label))
                continue
            if a.rules[k].kind == NONE_STATE and (
                subject_speaker(sentence, a.proper, a.resolve, a.earlier) is None
            ):
                continue
            rows.append((a.name, model_features(a.parsed, a.quotes, a.rules, k, index, around[k]),
                         label))
    return rows + fixed, total, (kept[0], kept[1])


def fit(rows: list[tuple[list[int], bool]], size: int) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (Adam, full batch)."""
    n = len(rows)
    lengths = np.array([len(f) for f, _ in rows])
    cols = np.concatenate([np.array(f, dtype=np.int64) for f, _ in rows]) if n else np.zeros(0)
    row_ids = np.repeat(np.arange(n), lengths)
    y = np.array([float(label) for _, label in rows])
    w = np.zeros(size)
    b = 0.0
    m_w = np.zeros(size)
    v_w = np.zeros(size)
    m_b = v_b = 0.0
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        scores = np.bincount(row_ids, weights=w[cols], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        error = p - y
        grad_w = np.bincount(cols, weights=error[row_ids], minlength=size) / n + L2 * w / n
        grad_b = float(error.mean())
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        w -= rate * (m_w / (1 - beta1**step)) / (np.sqrt(v_w / (1 - beta2**step)) + eps)
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        b -= rate * (m_b / (1 - beta1**step)) / (np.sqrt(v_b / (1 - beta2**step)) + eps)
    return w, b


def _encode(rows, vocabulary):
    return [([vocabulary[f] for f in feats if f in vocabulary], label) for _, feats, label in rows]


def _vocabulary(rows) -> dict[str, int]:
    counts = Counter(f for _, feats, _ in rows for f in set(feats))
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    return {f: i for i, f in enumerate(names)}


def out_of_fold(rows) -> np.ndarray:
    """Each row's probability from a model fitted on the other folds' articles."""
    articles = sorted({name for name, _, _ in rows})
    fold_of = {name: i % FOLDS for i, name in enumerate(articles)}
    found = np.zeros(len(rows))
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[r[0]] != fold]
        vocabulary = _vocabulary(train)
        w, b = fit(_encode(train, vocabulary), len(vocabulary))
        for k, (name, feats, _) in enumerate(rows):
            if fold_of[name] == fold:
                score = b + sum(w[vocabulary[f]] for f in feats if f in vocabulary)
                found[k] = 1.0 / (1.0 + np.exp(-score))
    return found


def threshold(rows, probabilities: np.ndarray, gold: int, kept: tuple[int, int] = (0, 0)) -> float:
    """The lowest threshold keeping the whole split's attributed precision at the floor
    (``kept``: the gold-attributed and not-attributed sentences that stay attributed)."""
    labels = np.array([label for _, _, label in rows])
    best = 0.99
    for t in np.arange(0.30, 0.99, 0.01):
        chosen = probabilities >= t
        tp = int((chosen & labels).sum()) + kept[0]
        fp = int((chosen & ~labels).sum()) + kept[1]
        precision = tp / (tp + fp)
        recall = tp / gold
        if precision >= PRECISION_FLOOR:
            best = round(float(t), 2)
            print(f"  attributed threshold {t:.2f}: precision {precision:.3f} recall "
                  f"{recall:.3f} (out of fold)")
            break
    return best


def final_fit(rows, t: float) -> LogisticModel:
    vocabulary = _vocabulary(rows)
    w, b = fit(_encode(rows, vocabulary), len(vocabulary))
    weights = {f: round(float(w[i]), 3) for f, i in vocabulary.items() if abs(w[i]) >= 0.01}
    return LogisticModel(weights, round(b, 3), t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    split_dir = args.corpora / "polnear" / "train"
    if not (split_dir / "text").is_dir():
        print(f"No train split at {split_dir}.", file=sys.stderr)
        return 1
    articles = load(split_dir)
    rows, gold, kept = attributed_rows(articles)
    positives = sum(label for _, _, label in rows) - kept[0]
    print(f"{len(rows) - sum(kept)} candidate sentences ({positives} attributed) of {gold} attributed; "
          f"{sum(kept)} read from “say” or “tell” ({kept[0]} attributed) not weighed")
    weighed = len(rows) - sum(kept)  # the fixed rows come last
    attributed = final_fit(
        rows, threshold(rows[:weighed], out_of_fold(rows)[:weighed], gold, kept))
    model = AttributionModel(attributed, f"PolNeAR train split ({len(articles)} articles)")
    args.output.write_text(json.dumps(model.as_json(), indent=0, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(f"{len(attributed.weights)} weights -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
