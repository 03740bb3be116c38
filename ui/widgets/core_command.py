"""One undo command for any core operation whose Change carries its own inverse.

The core does the work and says how to undo it (``Change.inverse``); this command only wraps
the two, so merge, adjudication, re-anchoring and re-attaching share one undo mechanism.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck.store import Change
from ui.commands import StoreCommand


class CoreOperation(StoreCommand):
    """``operation(store) -> Change`` (with ``inverse``); ``done`` when it already ran elsewhere
    (a merge on a worker thread): the command then only announces it and keeps its inverse."""

    def __init__(self, text: str, operation: Callable[[Any], Change], done: Change | None = None) -> None:
        super().__init__(text)
        self.operation = operation
        self._done = done
        self._inverse: Callable[[Any], Change] | None = None

    def do(self) -> Change:
        if self._done is not None:
            change, self._done = self._done, None
        else:
            change = self.operation(self.store)
        self._inverse = change.inverse
        return change

    def revert(self) -> Change:
        if self._inverse is None:
            raise RuntimeError(f"{self.text()} cannot be undone")
        return self._inverse(self.store)
