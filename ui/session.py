"""QtSession: the window's handle on one open store, its undo stack and change notifications.

Every user action is a QUndoCommand (ui/commands.py) pushed through ``session.push``.
Each command writes to the file at once; ``changed`` carries the core's Change record
so views refresh exactly what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from factcheck.store import Change, Store

# Articles longer than this (in sentences) are analysed again off the GUI thread: with parses
# read from the file's cache, 1,000 sentences take about half a second.
LONG_ARTICLE = 300


class QtSession(QObject):
    """The one owner of the open store for the window: every widget holds the session (never a
    store of its own) and hears about another database through ``store_replaced``."""

    changed = Signal(object)  # factcheck.store.Change
    store_replaced = Signal(object)  # the Store of another database file, now open
    saved = Signal(str)  # status-bar text after every successful write
    error = Signal(str)  # one clear sentence for the user

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        from factcheck_review.ui.analysis_jobs import BackgroundAnalysis

        self.analysis = BackgroundAnalysis(self)

    def replace_store(self, store: Store) -> Store:
        """Work on another database file; returns the previous store (the caller closes it).

        Undo entries act on the previous file: they stay in its history only.
        """
        previous, self.store = self.store, store
        self.undo_stack.clear()
        self.store_replaced.emit(store)
        return previous

    def push(self, command: QUndoCommand) -> bool:
        """Run a command (its redo writes to the file) and keep it for undo.

        Returns False when the store refused the action (the error signal has the reason).
        """
        from factcheck_review.ui.commands import StoreCommand

        if isinstance(command, StoreCommand):
            command.session = self
            try:
                command.first_run()
            except Exception as exc:  # noqa: BLE001 - shown to the user as one sentence
                self.error.emit(_message(exc))
                return False
        self.undo_stack.push(command)
        return True

    def analyses_inline(self, article_id: str) -> bool:
        """Whether re-analysing this article is quick enough to do on the GUI thread."""
        return self.store.progress(article_id)[0] <= LONG_ARTICLE

    def analyse_in_background(self, article_id: str) -> None:
        """Re-run the suggestion engine in a worker process, stored from a worker thread."""
        self.analysis.start([article_id])

    def announce(self, change: Change) -> None:
        self.changed.emit(change)
        self.saved.emit(self.tr("Saved"))


def _message(exc: Exception) -> str:
    from factcheck.errors import FactcheckError

    if isinstance(exc, FactcheckError):
        return str(exc)
    return QCoreApplication.translate("QtSession", "The change could not be saved: {error}").format(error=exc)
