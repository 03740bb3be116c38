"""QtSession: the window's handle on one open store, its undo stack and change notifications.

Every user action is a QUndoCommand (ui/commands.py) pushed through ``session.push``.
Each command writes to the file at once, and the session hands the core's Change record to
every view that subscribed, so views refresh exactly what changed.

Views subscribe once (``subscribe``, or ``changed.connect`` for an ordinary view) and never hold
a store of their own: they read ``session.store``, which ``replace_store`` swaps in one place
when another database opens. A Change and a replaced store reach subscribers stage by stage,
in this order, and in subscription order within a stage:

1. ``MODELS``: the data models other views read (the article list, the sentence table);
2. ``VIEWS``: views reading the store or those models (detail panel, profile bar, other windows);
3. ``WINDOW``: the window's own bookkeeping (filter counts from the article list's row, the
   position label, which article to show after a deletion).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from factcheck.errors import FactcheckError
from factcheck.store import Change, Store

# Articles longer than this (in sentences) are analysed again off the GUI thread: with parses
# read from the file's cache, 1,000 sentences take about half a second.
LONG_ARTICLE = 300
PREPARE_WAIT = 1.0  # seconds an inline analysis waits for a preparation still reading


class Stage(IntEnum):
    """When a subscriber hears of a Change or another store (see the module docstring)."""

    MODELS = 0
    VIEWS = 1
    WINDOW = 2


class _Channel(QObject):
    # Qt calls a signal's slots in connection order and forgets a slot whose object is gone.
    changed = Signal(object)  # factcheck.store.Change
    store_replaced = Signal(object)  # the Store of another database file, now open


class QtSession(QObject):
    """The one owner of the open store and of its change notifications for the window."""

    saved = Signal(str)  # status-bar text after every successful write
    error = Signal(str)  # one clear sentence for the user

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._channels = [_Channel(self) for _ in Stage]
        from factcheck_review.ui.analysis_jobs import BackgroundAnalysis

        self.analysis = BackgroundAnalysis(self)
        self._preparing: threading.Thread | None = None  # see prepare_reanalysis

    @property
    def changed(self) -> SignalInstance:
        """The VIEWS stage's Change notification (``session.changed.connect(view.refresh)``)."""
        return self._channels[Stage.VIEWS].changed

    @property
    def store_replaced(self) -> SignalInstance:
        """The VIEWS stage's notification that another database file is open."""
        return self._channels[Stage.VIEWS].store_replaced

    def subscribe(self, on_change: Callable[[Change], Any] | None = None,
                  on_store: Callable[[Store], Any] | None = None, stage: Stage = Stage.VIEWS) -> None:
        """Hear of every Change and of every store swapped in, at ``stage``."""
        channel = self._channels[stage]
        if on_change is not None:
            channel.changed.connect(on_change)
        if on_store is not None:
            channel.store_replaced.connect(on_store)

    def notify(self, change: Change) -> None:
        """Hand a Change to every subscriber, stage by stage."""
        for channel in self._channels:
            channel.changed.emit(change)

    def replace_store(self, store: Store) -> Store:
        """Work on another database file; returns the previous store (the caller closes it).

        Every subscriber hears of it, stage by stage. Undo entries act on the previous file:
        they stay in its history only.
        """
        self.analysis.stop()  # the previous file's background analysis ends first
        previous, self.store = self.store, store
        self.undo_stack.clear()
        for channel in self._channels:
            channel.store_replaced.emit(store)
        self.analysis.start()  # articles of this file still waiting for their analysis
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

    def analyses_inline(self, article_id: str, parses: bool = False) -> bool:
        """Whether re-analysing this article is quick enough to do on the GUI thread.

        ``parses``: the analysis has new text to parse (a merge, a split). Parsing is quick
        only when this process has the English model loaded; loading it here would freeze the
        window for a second or more (the analysis workers load it instead). So without the
        model, an analysis that would parse goes to the workers: a merge or split, or a new
        date when the file does not keep every parse of the article (a file from a version
        that kept none)."""
        if not self._short(article_id):
            return False
        from factcheck.nlp import model_loaded

        if model_loaded():
            return True
        if parses:
            return False
        from factcheck.analysis_runner import missing_texts

        try:
            return not missing_texts(self.store, self.store.sentences(article_id))
        except FactcheckError:
            return True  # deleted meanwhile: the store's own error says so

    def _short(self, article_id: str) -> bool:
        return self.store.sentence_count(article_id) <= LONG_ARTICLE  # the kept count, not a recount

    def prepare_reanalysis(self, article_id: str) -> None:
        """The reviewer may be about to change this article's date (the properties dialog
        opens): when its re-analysis would run on the GUI thread, read it ahead on another
        (``factcheck.analysis_runner.prepare_reanalysis``). The first analysis in the window's
        process otherwise loads the engine there and reads every parse from the file: half a
        second frozen for 176 sentences."""
        if self._preparing is not None and self._preparing.is_alive():
            return
        # Short enough to analyse here; whether the file keeps every parse is the
        # preparation's own first check, off this thread.
        if not self._short(article_id):
            return
        try:
            article, sentences = self.store.article(article_id), self.store.sentences(article_id)
        except FactcheckError:
            return  # deleted meanwhile: nothing to prepare
        args = (article, sentences, self.store.kb_user_file, self.store.path)
        self._preparing = threading.Thread(target=_prepare, args=args, daemon=True,
                                           name="prepare-reanalysis")
        self._preparing.start()

    def before_inline_analysis(self) -> None:
        """An analysis is about to run on the GUI thread: a preparation still reading ends
        first (briefly), instead of both reading at once."""
        if self._preparing is not None:
            self._preparing.join(PREPARE_WAIT)
            self._preparing = None

    def analyse_in_background(self, article_id: str) -> None:
        """Re-run the suggestion engine in a worker process, stored from a worker thread."""
        self.analysis.start([article_id])

    def announce(self, change: Change) -> None:
        """A write succeeded: every view hears of its Change, then the status bar says so."""
        self.notify(change)
        self.saved.emit(self.tr("Saved"))


def _prepare(*args: Any) -> None:
    from factcheck.analysis_runner import prepare_reanalysis

    try:
        prepare_reanalysis(*args)
    except Exception:  # noqa: BLE001 - only a head start: the analysis itself reports errors
        pass


def _message(exc: Exception) -> str:
    from factcheck.errors import FactcheckError

    if isinstance(exc, FactcheckError):
        return str(exc)
    return QCoreApplication.translate("QtSession", "The change could not be saved: {error}").format(error=exc)
