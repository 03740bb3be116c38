"""Analysis in the background: articles whose text is stored but not yet analysed are handed
to ``factcheck.analysis_runner`` on a worker thread of the window's background facility
(ui/background.py; the runner starts the engine's worker processes, at lower priority, from
there), and each stored batch of suggestions reaches the window as a Change.

One run at a time; asking again while one runs queues one more run for afterwards.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from factcheck_review.ui.background import Job, Lane, Worker
from PySide6.QtCore import QObject, Signal


class BackgroundAnalysis(QObject):
    """Runs the analysis of pending (or named) articles off the GUI thread."""

    started = Signal()  # a run started
    progressed = Signal(int, int, float)  # articles done, articles in all, seconds left (-1: unknown)
    ended = Signal()  # a run ended (done, cancelled or failed), whether or not another follows

    def __init__(self, session: Any) -> None:
        super().__init__(session)
        self.job: Job | None = None
        self._again: set[str] | None = None  # articles asked for while a run was going
        self.lane = Lane("analysis", self)

    @property
    def session(self) -> Any:
        # The Qt parent, not an attribute: no Python reference cycle session <-> analysis,
        # which the garbage collector could break on a worker thread (Qt objects must be
        # destroyed on their own thread).
        return self.parent()

    def _stored(self, change: Any) -> None:
        self.session.announce(change)

    def running(self) -> bool:
        return self.job is not None and self.job.isRunning()

    def start(self, article_ids: list[str] | None = None) -> None:
        """Analyse ``article_ids`` (None: every article waiting for its analysis)."""
        if self.running():
            self._again = (self._again or set()) | set(article_ids or [])
            return
        store = self.session.store
        if article_ids is None and not store.pending_articles():
            return
        self.started.emit()
        self.job = self.lane.run(partial(_analyse, article_ids), (store.path, store.reviewer), keep_store=False,
                                 on_done=self._done, on_error=self._failed, on_progress=self._progressed,
                                 on_partial=self._stored)

    def _progressed(self, done: int, total: int, left: str) -> None:
        self.progressed.emit(done, total, float(left) if left else -1.0)

    def _done(self, run: Any) -> None:
        self.job = None
        if not getattr(run, "cancelled", False):
            self.session.saved.emit(self.tr("Analysis done"))
        self.ended.emit()
        self._next()

    def _failed(self, text: str) -> None:
        self.job = None
        self.session.error.emit(text)
        self.ended.emit()

    def _next(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self.start(sorted(again) or None)

    def warm_up(self) -> None:
        """An import is starting: have the analysis workers load the English model meanwhile,
        on a thread of their own (starting processes must not hold up the window)."""
        import threading

        from factcheck.analysis_runner import warm_workers

        threading.Thread(target=warm_workers, name="factcheck-warm-workers", daemon=True).start()

    def stop(self) -> None:
        """Cancel and wait (the window is closing); what is not stored stays pending."""
        self._again = None
        if self.job is not None:
            self.job.cancel()
            self.job.wait(30_000)


def _analyse(article_ids: list[str] | None, worker: Worker) -> Any:
    """On the worker thread: analyse, handing each stored batch's Change to the GUI thread."""
    from factcheck.analysis_runner import analyse_articles

    store = worker.store
    assert store is not None
    ids = store.pending_articles() if article_ids is None else article_ids
    return analyse_articles(store, ids, cancelled=worker.cancelled,
                            progress=lambda done, total, left: worker.progress(done, total, "" if left is None else str(left)),
                            on_stored=worker.partial)


