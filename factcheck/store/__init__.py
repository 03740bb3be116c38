"""The one storage object. Nothing else in factcheck-review runs SQL.

    store = open_store()            # default file (FACTCHECK_DB or the user data dir), seeded once
    store = open_store(path)        # a named file starts empty
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.config import default_db_path, is_default_db
from factcheck.errors import StoreError
from factcheck.resources import SEED_ARTICLE, SEED_METADATA, seed
from factcheck.store.analysis_state import AnalysisStateOps
from factcheck.store.evidence import EvidenceOps
from factcheck.store.profile_facts import ProfileFactsOps
from factcheck.store.rows import (
    ArticleSummary,
    Change,
    ImportResult,
    SentenceRow,
)
from factcheck.store.search import SearchOps
from factcheck.store.suggestions import AcceptResult, SuggestionConflict
from factcheck.store.undo import UndoOps

if TYPE_CHECKING:
    from factcheck.store.search_hits import SearchHit as SearchHit
    from factcheck.store.snapshot_record import Snapshot as Snapshot

# Importable from here as ever, loaded on first use (their dataclasses are not needed to start).
_LATER = {"SearchHit": "factcheck.store.search_hits", "Snapshot": "factcheck.store.snapshot_record"}


def __getattr__(name: str) -> object:
    if name in _LATER:
        import importlib

        return getattr(importlib.import_module(_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Store(UndoOps, EvidenceOps, ProfileFactsOps, SearchOps, AnalysisStateOps):
    """One SQLite file of reviews. Every user action is one method and one write transaction."""

    def import_seed(self) -> ImportResult:
        """Import the reference article with its metadata (title, assumed publication date)."""
        from factcheck.nlp.shipped import shipped_parses

        meta = json.loads(seed(SEED_METADATA).read_text(encoding="utf-8"))
        self.keep_parses(shipped_parses())  # the first start then needs no English model
        return self.import_text(
            seed(SEED_ARTICLE).read_text(encoding="utf-8"),
            title=meta.get("title", ""), outlet=meta.get("outlet", ""), url=meta.get("url", ""),
            author=meta.get("author", ""),
            published=date.fromisoformat(meta["published"]) if meta.get("published") else None,
            published_assumed=bool(meta.get("published_assumed", False)),
        )


def open_store(path: str | Path | None = None, reviewer: str | None = None, *,
               read_only: bool = False, verify: bool = True) -> Store:
    """Open (creating if needed) a database. Only the default database gets the seed, once.

    A named file must be in a folder that exists; only the default one's folder is created.
    ``read_only`` and ``verify`` are as for :class:`Store`.
    """
    target = Path(path).expanduser() if path else default_db_path()
    if not is_default_db(target) and not target.parent.is_dir():
        # A mistyped --db must not quietly create folders and an empty database there.
        raise StoreError(f"The folder {target.parent} does not exist; create it first or give "
                         "another path for the database.")
    store = Store(target, reviewer, read_only=read_only, verify=verify)
    if not store.read_only and is_default_db(target) and store.meta("seeded") is None:
        try:
            with store._write():
                if store.article_count() == 0:
                    store.import_seed()
                store.set_meta("seeded", "yes")
        except BaseException:
            store.close()
            raise
    return store


__all__ = [
    "AcceptResult",
    "ArticleSummary",
    "Change",
    "ImportResult",
    "SearchHit",
    "SentenceRow",
    "Snapshot",
    "Store",
    "SuggestionConflict",
    "open_store",
]
