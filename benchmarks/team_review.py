"""Timings of team review: merging two reviewers' files, agreement, and re-anchoring a long article.

Run by hand: ``python benchmarks/team_review.py [ARTICLES]``. Builds two files with ARTICLES
articles (default 50, each the seed with a numbered line added, 17 sentences) reviewed in full by
two reviewers, merges one into the other (then again, which must change nothing), computes
agreement, and re-anchors a 2,000-sentence article after editing one sentence in twenty.
Prints what it measured; asserts nothing about time.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from factcheck.resources import seed  # noqa: E402
from factcheck.store import Store  # noqa: E402
from factcheck.team.agreement import agreement  # noqa: E402

RATINGS = ("accurate", "mostly_accurate", "mixed", "misleading", "false", "unverifiable")


def reviewer_file(path: Path, name: str, articles: int, rng: random.Random) -> list[str]:
    store = Store(path, name)
    text = seed("venezuela-cuba-security.txt").read_text(encoding="utf-8")
    ids = []
    for k in range(articles):
        article_id = store.import_text(f"{text}\n\nCorrection number {k} was added here.", title=f"Seed {k}",
                                       analyse=False).article_id
        ids.append(article_id)
        for s in store.sentences(article_id):
            store.set_review(s.id, {"sourced": rng.random() < 0.5, "anonymous": rng.random() < 0.3,
                                    "contested": rng.random() < 0.1, "inconsistent": False,
                                    "rating": rng.choice(RATINGS), "credibility": rng.randint(1, 6)})
    store.close()
    return ids


def timed(label: str, work):  # noqa: ANN001, ANN201 - a tiny helper
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        ids = timed(f"building two files of {articles} reviewed articles",
                    lambda: (reviewer_file(tmp / "a.sqlite3", "ana", articles, random.Random(1)),
                             reviewer_file(tmp / "b.sqlite3", "ben", articles, random.Random(2)))[0])
        with Store(tmp / "a.sqlite3", "ana") as store:
            summary = timed("merge b into a", lambda: store.merge_file(tmp / "b.sqlite3"))
            print(f"  {summary.reviews_added} reviews and {summary.history_added} history rows came in")
            again = timed("merge b into a again", lambda: store.merge_file(tmp / "b.sqlite3"))
            print(f"  changed: {again.changed}")
            bundle = store.article_review(ids[0])
            result = timed("agreement on one article", lambda: agreement(bundle))
            print("  " + ", ".join(f"{f.field} alpha {f.alpha:.2f}" for f in result.fields if f.alpha is not None))

        store = Store(tmp / "long.sqlite3", "ana")
        lines = [f"Speaker {i % 7} said that item {i} was delivered on day {i % 28 + 1} of the month." for i in range(2000)]
        old_id = store.import_text("\n\n".join(lines), analyse=False).article_id
        for s in store.sentences(old_id)[::10]:
            store.set_review(s.id, {"rating": "accurate"})
        edited = [line.replace("delivered", "shipped") if i % 20 == 0 else line for i, line in enumerate(lines)]
        result = timed("re-anchoring a 2,000-sentence article (100 edited sentences, 200 reviewed)",
                       lambda: store.import_new_version("\n\n".join(edited), old_id, analyse=False))
        print(f"  kept {len(result.kept)}, moved {len(result.moved)}, orphans {len(result.orphans)}")
        store.close()


if __name__ == "__main__":
    main()
