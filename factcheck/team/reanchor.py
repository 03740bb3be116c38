"""What changed between two versions of an article, sentence by sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.team.anchor import THRESHOLD, match_sentences, similarity


@dataclass(frozen=True)
class DiffEntry:
    """One line of a sentence diff: ``same``, ``changed``, ``added`` or ``removed``."""

    kind: str
    old_number: int | None
    new_number: int | None
    old_text: str
    new_text: str
    similarity: float | None = None


def sentence_diff(old: Sequence[str], new: Sequence[str], threshold: float = THRESHOLD) -> list[DiffEntry]:
    """The sentences of two versions side by side, in the new version's order; a removed
    sentence comes just before the first new sentence that follows it in the old text."""
    found = match_sentences(old, new, threshold)
    source = {j: i for i, j in enumerate(found) if j is not None}
    removed = [i for i, j in enumerate(found) if j is None]
    entries: list[DiffEntry] = []
    for j, text in enumerate(new):
        i = source.get(j)
        if i is not None:
            while removed and removed[0] < i:
                r = removed.pop(0)
                entries.append(DiffEntry("removed", r + 1, None, old[r], ""))
            score = similarity(old[i], text)
            kind = "same" if " ".join(old[i].split()) == " ".join(text.split()) else "changed"
            entries.append(DiffEntry(kind, i + 1, j + 1, old[i], text, score))
        else:
            entries.append(DiffEntry("added", None, j + 1, "", text))
    entries.extend(DiffEntry("removed", r + 1, None, old[r], "") for r in removed)
    return entries
