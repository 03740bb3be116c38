"""Slow core work off the GUI thread.

A job runs a plain function with its OWN store connection (SQLite connections are not
shared across threads) and reports back through signals, which Qt delivers on the GUI
thread. Cancelling is cooperative: the function checks ``cancelled()`` between steps, so
each step (one article imported in one transaction) is either done or not started.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from factcheck.errors import FactcheckError
from factcheck.store import Store

# work(store, report_progress(done, total, label), cancelled()) -> result
Work = Callable[[Store, Callable[[int, int, str], None], Callable[[], bool]], Any]


class StoreJob(QThread):
    progressed = Signal(int, int, str)  # done, total, what is being done
    succeeded = Signal(object)  # the work function's result
    failed = Signal(str)  # one clear sentence

    def __init__(self, db_path: str | Path, reviewer: str, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.reviewer = reviewer
        self.work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            store = Store(self.db_path, self.reviewer)
        except FactcheckError as error:
            self.failed.emit(str(error))
            return
        try:
            result = self.work(store, self.progressed.emit, self._cancel.is_set)
        except FactcheckError as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - reported to the user as one sentence
            self.failed.emit(QCoreApplication.translate(
                "StoreJob", "The work stopped because of an unexpected error: {error}.").format(error=error))
        else:
            self.succeeded.emit(result)
        finally:
            store.close()


def run_job(parent: QObject, db_path: str | Path, reviewer: str, work: Work, *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> StoreJob:
    """Start ``work`` on a worker thread; the callbacks run on the GUI thread."""
    job = StoreJob(db_path, reviewer, work, parent)
    if on_progress:
        job.progressed.connect(on_progress)
    if on_done:
        job.succeeded.connect(on_done)
    if on_error:
        job.failed.connect(on_error)
    # No deleteLater: the job is its parent's child, and deleting it twice (Qt parent and
    # PySide wrapper) crashed at exit. It is freed with its parent.
    job.start()
    return job
