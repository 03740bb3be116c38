"""Reading the PolNeAR corpus (train and dev splits) for the benchmarks.

The corpus is not part of the repository: its path is given on the command line
(default ``../shared/corpora``, next to the checkout). Each article's date is its
``publication_date`` in ``metadata.tsv``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
SPLITS = ("train", "dev")  # the test split is held out and never read


@dataclass(frozen=True)
class CorpusArticle:
    split: str
    name: str  # file name without .txt
    text: str
    published: date


def polnear_dir(corpora: Path) -> Path:
    """The PolNeAR folder under ``corpora`` (or ``corpora`` itself when it is that folder)."""
    corpora = Path(corpora)
    if (corpora / "metadata.tsv").exists():
        return corpora
    return corpora / "polnear"


def articles(corpora: Path, splits: tuple[str, ...] = SPLITS) -> Iterator[CorpusArticle]:
    """The articles of ``splits`` in file-name order."""
    root = polnear_dir(corpora)
    meta_path = root / "metadata.tsv"
    if not meta_path.exists():
        raise SystemExit(f"No PolNeAR corpus at {root} (metadata.tsv is missing).")
    with meta_path.open(encoding="utf-8") as handle:
        dates = {
            row["filename"]: date.fromisoformat(row["publication_date"])
            for row in csv.DictReader(handle, delimiter="\t")
        }
    for split in splits:
        if split not in SPLITS:
            raise SystemExit(f"Unknown split {split!r}: only {', '.join(SPLITS)} are read.")
        for path in sorted((root / split / "text").glob("*.txt")):
            yield CorpusArticle(
                split, path.stem, path.read_text(encoding="utf-8"), dates[path.stem]
            )
