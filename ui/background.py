"""The window's one way to run work off the GUI thread.

* ``Lane``: a worker thread that runs jobs one after another, each with a store connection of
  its own (SQLite connections stay on the thread that opened them, so the lane keeps one per
  database file and closes it on that thread). A long-lived lane (the search, the sourcing
  profile) keeps its connection between jobs; ``run_job`` uses a lane for one job.
* ``Job``: what the GUI thread holds: ``progressed``, ``partial``, ``succeeded`` and ``failed``
  arrive on the GUI thread; ``cancel()`` asks the work to stop (it checks between steps, so
  each step is done or not started), ``wait()`` waits for it to end.
* ``shutdown(*roots)``: the window is closing: every lane owned by those widgets (and their
  children) cancels its jobs, closes its connections and its thread ends before the widgets go.
* ``after_first_paint(widget, callback)``: start-up work (the integrity check, resumed analysis)
  run on the GUI thread once the window has painted, or after a deadline if it never does.

The worker threads never touch a widget: they post plain values to one dispatcher object that
lives as long as the application, which hands them to the job on the GUI thread (a job whose
widget is gone gets nothing). The program runs Python's cyclic garbage collector on the GUI
thread only (``GuiThreadCollector``, installed by ``ui.app``; the GUI tests collect after each
test instead): run from a worker thread, it could destroy a closed widget's Qt object there,
which crashes the program at random.
"""

from __future__ import annotations

import gc
import itertools
import threading
import weakref
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from factcheck.errors import FactcheckError
from factcheck.store import Store

PREFIX = "factcheck-"  # worker thread names start with it (tests look for live ones)
IDLE_SECONDS = 30.0  # an idle lane's thread ends, closing its connections; the next job starts one


class Worker:
    """What a job's work function gets, on the worker thread."""

    def __init__(self, job_id: int, store: Store | None, cancel: threading.Event) -> None:
        self.job_id = job_id
        self.store = store
        self._cancel = cancel

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, label: str = "") -> None:
        _post(self.job_id, "progressed", (done, total, label))

    def partial(self, value: Any) -> None:
        """Hand an intermediate result to the GUI thread (a page of hits, a stored batch)."""
        _post(self.job_id, "partial", (value,))


class Job(QObject):
    """A piece of work on a lane, as the GUI thread sees it."""

    progressed = Signal(int, int, str)  # done, total, what is being done
    partial = Signal(object)  # an intermediate result
    succeeded = Signal(object)  # the work function's result
    failed = Signal(str)  # one clear sentence

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.job_id = next(_ids)
        self._cancel = threading.Event()
        self._ended = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def isRunning(self) -> bool:  # noqa: N802 - the QThread name the callers know
        return not self._ended.is_set()

    def isFinished(self) -> bool:  # noqa: N802
        return self._ended.is_set()

    def wait(self, msecs: int | None = None) -> bool:
        """Wait for the work to end (its result may still be on its way to the GUI thread)."""
        return self._ended.wait(None if msecs is None else msecs / 1000)


class _LaneState:
    """What a lane's thread sees of it: plain Python, never a Qt object."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.ready = threading.Condition()
        self.tasks: deque[tuple[Any, ...]] = deque()
        self.threads: list[threading.Thread] = []
        self.serving = False  # a thread is taking tasks
        self.finishing = False  # no more tasks: the thread ends after the queued ones

    def put(self, task: tuple[Any, ...]) -> bool:
        with self.ready:
            if self.finishing:
                return False
            self.tasks.append(task)
            if not self.serving:
                self.serving = True
                thread = threading.Thread(target=_serve, args=(self,), name=PREFIX + self.name, daemon=True)
                self.threads = [t for t in self.threads if t.is_alive()] + [thread]
                thread.start()
            self.ready.notify()
        return True

    def finish(self) -> None:
        with self.ready:
            self.finishing = True
            self.ready.notify()

    def next_task(self) -> tuple[Any, ...] | None:
        """On the lane's thread: the next task, or None when the thread is to end (the lane is
        finishing, or idle for IDLE_SECONDS: the next task starts another thread)."""
        with self.ready:
            while not self.tasks:
                if self.finishing or not self.ready.wait(IDLE_SECONDS) and not self.tasks:
                    self.serving = False
                    return None
            return self.tasks.popleft()


class Lane(QObject):
    """One worker thread running jobs in order; a child of the widget that uses it."""

    def __init__(self, name: str, parent: QObject) -> None:
        super().__init__(parent)
        _dispatcher()  # created on the GUI thread, before any worker posts to it
        self.name = name
        self._state = _LaneState(name)
        self._jobs: list[Job] = []
        self.destroyed.connect(self._state.finish)  # its widget went without closing it

    def run(self, work: Callable[[Worker], Any], db: tuple[str | Path, str] | None = None, *,
            owner: QObject | None = None, keep_store: bool = True,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            on_partial: Callable[[Any], None] | None = None) -> Job:
        """Queue ``work(worker)``; ``db`` = (database path, reviewer) gives it ``worker.store``.
        The callbacks run on the GUI thread. After ``close`` nothing more runs: the job returned
        has ended without a result (the window is closing)."""
        job = Job(owner if owner is not None else self)
        for signal, slot in ((job.succeeded, on_done), (job.failed, on_error),
                             (job.progressed, on_progress), (job.partial, on_partial)):
            if slot is not None:
                signal.connect(slot)
        _JOBS[job.job_id] = job
        if not self._state.put((job.job_id, work, db, keep_store, job._cancel, job._ended)):
            _JOBS.pop(job.job_id)
            job._cancel.set()
            job._ended.set()
            return job
        self._jobs = [j for j in self._jobs if shiboken6.isValid(j) and j.isRunning()] + [job]
        return job

    def cancel_all(self) -> None:
        for job in self._jobs:
            if shiboken6.isValid(job):
                job.cancel()

    def finish(self) -> None:
        """Take no more jobs: the thread closes its connections and ends after the queued ones."""
        self._state.finish()

    def close(self, timeout: float = 60.0) -> None:
        """Cancel what is queued or running (each job's work sees ``cancelled()`` and stops at its
        next step), then wait for the thread to end."""
        self.cancel_all()
        self.finish()
        for thread in list(self._state.threads):
            thread.join(timeout)

    def is_alive(self) -> bool:
        return any(thread.is_alive() for thread in self._state.threads)


def run_once(parent: QObject, name: str, work: Callable[[Worker], Any],
             db: tuple[str | Path, str] | None = None, **callbacks: Any) -> Job:
    """Run ``work(worker)`` once on a lane of its own that ends with it; the job is a child of
    ``parent`` (freed with it), the callbacks run on the GUI thread."""
    lane = Lane(name, parent)
    job = lane.run(work, db, owner=parent, keep_store=False, **callbacks)
    lane.finish()
    return job


def run_job(parent: QObject, db_path: str | Path, reviewer: str,
            work: Callable[[Store, Callable[[int, int, str], None], Callable[[], bool]], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> Job:
    """Run ``work(store, report_progress(done, total, label), cancelled())`` once, with its own
    connection to the file (see ``run_once``)."""
    return run_once(parent, "job", lambda worker: work(worker.store, worker.progress, worker.cancelled),  # type: ignore[arg-type]
                    (db_path, reviewer), on_done=on_done, on_error=on_error, on_progress=on_progress)


def shutdown(*roots: QObject, timeout: float = 60.0) -> None:
    """Stop the background work of these widgets and their children and wait for it to end."""
    lanes: set[Lane] = set()
    for root in roots:
        if isinstance(root, Lane):
            lanes.add(root)
        lanes.update(root.findChildren(Lane))
    for lane in lanes:
        lane.cancel_all()
    for lane in lanes:
        lane.close(timeout)


def live_threads(*roots: QObject) -> list[threading.Thread]:
    """The worker threads still running for these widgets and their children (no roots: any)."""
    if not roots:
        return [t for t in threading.enumerate() if t.name.startswith(PREFIX) and t.is_alive()]
    lanes = {lane for root in roots for lane in root.findChildren(Lane)}
    return [t for lane in lanes for t in lane._state.threads if t.is_alive()]


# -- the worker side ---------------------------------------------------------------------

_ids = itertools.count(1)
# GUI thread only. Weak: a job lives as long as the widget that owns it (Qt parent), never
# longer because a result is still on its way (that kept closed windows and their session alive).
_JOBS: weakref.WeakValueDictionary[int, Job] = weakref.WeakValueDictionary()


def _serve(lane: _LaneState) -> None:
    """A lane's thread: run its jobs in order; close its connections at the end."""
    stores: dict[tuple[str, str], Store] = {}
    try:
        while (task := lane.next_task()) is not None:
            job_id, work, db, keep_store, cancel, ended = task
            try:
                _run_one(job_id, work, db, keep_store, cancel, stores)
            finally:
                ended.set()
    finally:
        for store in stores.values():
            store.close()


def _run_one(job_id: int, work: Callable[[Worker], Any], db: tuple[str | Path, str] | None, keep_store: bool,
             cancel: threading.Event, stores: dict[tuple[str, str], Store]) -> None:
    store = None
    try:
        if db is not None:
            key = (str(db[0]), db[1])
            store = stores.get(key)
            if store is None:
                for other in [k for k in stores if k[0] != key[0]]:
                    stores.pop(other).close()  # another file now: the previous one's connection goes
                # The window's store checks the file once, in the background; a worker's own
                # connection is checked only before its first write (a read never waits for it).
                store = stores[key] = Store(Path(db[0]), db[1], verify=False)
        result = work(Worker(job_id, store, cancel))
    except FactcheckError as error:
        outcome, value = "failed", (str(error),)
    except Exception as error:  # noqa: BLE001 - reported to the user as one sentence
        outcome, value = "failed", (QCoreApplication.translate(
            "StoreJob", "The work stopped because of an unexpected error: {error}.").format(error=error),)
    else:
        outcome, value = "succeeded", (result,)
    finally:
        if store is not None and not keep_store:
            stores.pop((str(db[0]), db[1])).close()  # type: ignore[index]
    _post(job_id, outcome, value)


class _Dispatcher(QObject):
    """Lives on the GUI thread as long as the application: worker threads post to it."""

    posted = Signal(int, str, object)  # job id, what, arguments

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.posted.connect(self._deliver)

    def _deliver(self, job_id: int, what: str, args: tuple[Any, ...]) -> None:
        job = _JOBS.get(job_id)
        if what in ("succeeded", "failed"):
            _JOBS.pop(job_id, None)
        if job is not None and shiboken6.isValid(job):
            getattr(job, what).emit(*args)
            if what in ("succeeded", "failed") and isinstance(job.parent(), Lane):
                job.deleteLater()  # a long-lived lane's job: nobody asks it anything afterwards


_DISPATCHER: _Dispatcher | None = None


def _dispatcher() -> _Dispatcher:
    global _DISPATCHER
    if _DISPATCHER is None or not shiboken6.isValid(_DISPATCHER):
        _DISPATCHER = _Dispatcher(QCoreApplication.instance())
    return _DISPATCHER


def _post(job_id: int, what: str, args: tuple[Any, ...]) -> None:
    dispatcher = _DISPATCHER
    if dispatcher is not None:
        try:
            dispatcher.posted.emit(job_id, what, args)
        except RuntimeError:
            pass  # the application is gone


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collection, run on the GUI thread only (automatic collection is
    off): a cycle holding a closed widget is then never destroyed on a worker thread."""

    _instance: GuiThreadCollector | None = None

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(500)

    @classmethod
    def install(cls) -> None:
        if cls._instance is not None and shiboken6.isValid(cls._instance):
            return
        gc.disable()
        cls._instance = cls(QCoreApplication.instance())

    @classmethod
    def installed(cls) -> bool:
        """Whether this collector runs Python's garbage collection (automatic collection off)."""
        return cls._instance is not None and shiboken6.isValid(cls._instance)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    @classmethod
    def uninstall(cls) -> None:
        """Automatic collection back on (a test that ran the program's start-up in-process)."""
        instance, cls._instance = cls._instance, None
        if instance is not None and shiboken6.isValid(instance):
            instance.timer.stop()
            instance.deleteLater()
        gc.enable()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # A widget that is hidden (an empty database shows another page) or a window that
        # starts minimised never paints it: the work then starts after ``latest_ms`` anyway.
        QTimer.singleShot(latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            QTimer.singleShot(0, self, self._fire)  # once this paint is done
        return False

    def _fire(self) -> None:
        if self.callback is None:
            return
        callback, self.callback = self.callback, None
        self.widget.removeEventFilter(self)
        self.deleteLater()
        if self.widget.window().isVisible():  # a window closed meanwhile needs none of it
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], latest_ms: int = 1000) -> None:
    """Run ``callback`` once on the GUI thread, just after ``widget`` first paints, or after
    ``latest_ms`` if it has not painted by then (start-up work that should not delay the
    window's appearance, and must not wait for ever either)."""
    _FirstPaint(widget, callback, latest_ms)
