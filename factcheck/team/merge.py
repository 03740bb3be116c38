"""What a merge of two review files brought in, and the one rule that settles a conflict."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Conflict:
    """Two files disagree on one value of the same reviewer: the newer is kept."""

    article_id: str
    article_title: str
    number: int | None  # sentence number (1-based); None for an article or source value
    reviewer: str
    field: str
    kept: Any
    other: Any


@dataclass(frozen=True)
class RenamedReviewer:
    """Two different people used one name; the one with this id is now shown under ``shown_as``."""

    name: str
    id: str
    shown_as: str


@dataclass
class MergeSummary:
    """Counts of what came in from the other file, conflicts and reviewers to rename."""

    source: str
    articles_added: int = 0
    articles_updated: int = 0
    sentences_added: int = 0
    reviews_added: int = 0
    reviews_updated: int = 0
    sources_added: int = 0
    citations_added: int = 0
    links_added: int = 0
    suggestion_states: int = 0
    decisions: int = 0
    evidence_added: int = 0
    claims: int = 0
    history_added: int = 0
    orphans: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    renamed: list[RenamedReviewer] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)
    change: Any = field(default=None, repr=False, compare=False)  # the store's Change, with its undo

    @property
    def changed(self) -> bool:
        counts = (self.articles_added, self.articles_updated, self.sentences_added, self.reviews_added,
                  self.reviews_updated, self.sources_added, self.citations_added, self.links_added,
                  self.suggestion_states, self.decisions, self.evidence_added, self.claims, self.history_added,
                  self.orphans)
        return any(counts) or bool(self.conflicts or self.renamed)

    def to_json(self) -> dict[str, Any]:
        data = asdict(replace(self, change=None))
        del data["change"]
        data["article_ids"] = sorted(self.article_ids)
        data["changed"] = self.changed
        return data

    def text(self) -> str:
        """The summary a person reads after a merge."""
        if not self.changed:
            return f"Nothing new in {self.source}: this file already has everything in it."
        parts = [
            f"{self.articles_added} new articles", f"{self.reviews_added} new reviews",
            f"{self.reviews_updated} reviews updated", f"{self.sources_added} new sources",
            f"{self.citations_added} citations", f"{self.links_added} links",
            f"{self.suggestion_states} suggestion states", f"{self.decisions} final decisions",
            f"{self.evidence_added} evidence items", f"{self.claims} claim texts",
            f"{self.history_added} history entries",
        ]
        lines = [f"Merged {self.source}: " + ", ".join(parts) + "."]
        if self.sentences_added:
            lines.append(f"{self.sentences_added} sentences came in with the new articles.")
        if self.orphans:
            lines.append(f"{self.orphans} judgments found no matching sentence and are kept as orphans.")
        for c in self.conflicts:
            where = f"sentence {c.number}" if c.number is not None else "the article"
            lines.append(f"Conflict in “{c.article_title}”, {where}, {c.reviewer or 'ledger'} {c.field}:"
                         f" kept {_show(c.kept)} (newer), {_show(c.other)} is in the history.")
        for r in self.renamed:
            lines.append(f"Two different reviewers are called “{r.name}”; the one with id {r.id} is shown as"
                         f" “{r.shown_as}”. Rename one of them so their layers stay apart.")
        return "\n".join(lines)


def _show(value: Any) -> str:
    return "not judged" if value is None or value == "" else repr(value)


def newer(local: tuple[str, Any], other: tuple[str, Any]) -> bool:
    """True when ``other`` (time, value) wins over ``local``: the newer time, then the larger value.

    The tie-break on the value makes the outcome the same whichever file is merged into which.
    """
    return (other[0] or "", _key(other[1])) > (local[0] or "", _key(local[1]))


def _key(value: Any) -> str:
    return "" if value is None else f"{type(value).__name__}:{value}"
