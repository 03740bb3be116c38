"""What importing a new version of an article did: its judgments kept, moved or orphaned.

Its own module, imported when a new version comes in (Store.import_new_version): a frozen
dataclass costs about half a millisecond to create, which the window's start need not pay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.store.rows import Change


@dataclass(frozen=True)
class VersionResult:
    """A new version imported and its judgments re-anchored."""

    article_id: str
    previous_id: str
    title: str
    sentences: int
    kept: list[tuple[int, int]] = field(default_factory=list)  # (old number, new number), same text
    moved: list[tuple[int, int, float]] = field(default_factory=list)  # nearly the same: similarity
    orphans: list[tuple[int, str]] = field(default_factory=list)  # (old number, old text)
    change: Change | None = field(default=None, compare=False, repr=False)  # with its undo

    def text(self) -> str:
        lines = [f"Imported “{self.title}” as {self.article_id}, a new version of {self.previous_id}"
                 f" ({self.sentences} sentences): {len(self.kept)} judged sentences kept their judgments,"
                 f" {len(self.moved)} moved to an edited sentence, {len(self.orphans)} orphans."]
        lines += [f"  moved: old {o} -> new {n} (similarity {s:.0f})" for o, n, s in self.moved]
        lines += [f"  orphan: old {o}: {t}" for o, t in self.orphans]
        return "\n".join(lines)
