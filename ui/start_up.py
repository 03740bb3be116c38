"""Work that waits until the program's window has painted for the first time.

While the window is built and first painted, every worker thread competes with the GUI thread
for Python's GIL: reading the knowledge base, or the sourcing profile of a 100,000-sentence
article, on a worker at that moment delays the first paint by tens of milliseconds. Such work
asks ``when_started(owner, callback)``: the callback runs at once once the window has painted,
otherwise when it does (``open_after_paint``), or after ``LATEST_MS`` if nothing ever paints
(a window that starts minimised, a widget used without a window). Once open, the gate stays
open for the rest of the process.

Python's cyclic garbage collector waits for the same gate (``pause_collection``): building the
window allocates hundreds of thousands of objects (Qt's enums, the program's classes), and the
collections they trigger walk every one of them again, 5-10 ms before the first paint. Nothing
is lost: the first collection after the paint finds whatever garbage the start left.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 1000  # nothing painted by then: the waiting work starts anyway

_waiting: list[tuple[QObject | None, Callable[[], None]]] = []
_open = False
_deadline_armed = False
_collection_paused = False


def started() -> bool:
    """Whether the window has painted (or the deadline passed): waiting work has run."""
    return _open


def when_started(owner: QObject | None, callback: Callable[[], None]) -> None:
    """Run ``callback`` on the GUI thread once the window has painted: now if it has. A
    callback whose ``owner`` is deleted meanwhile is dropped."""
    if _open:
        callback()
        return
    _waiting.append((owner, callback))
    _arm_deadline()


def open_after_paint(widget: QWidget) -> None:
    """Open the gate just after ``widget`` first paints (the window's sentence table)."""
    from factcheck_review.ui.background import after_first_paint

    if not _open:
        after_first_paint(widget, open_now, latest_ms=LATEST_MS)
        _arm_deadline()


def open_now() -> None:
    """Run everything that waited, in the order it asked."""
    global _open
    if _open:
        return
    _open = True
    waiting = list(_waiting)
    _waiting.clear()
    for owner, callback in waiting:
        if owner is None or shiboken6.isValid(owner):
            callback()


def pause_collection() -> None:
    """Automatic garbage collection off until the window has painted (then back on, unless
    ``GuiThreadCollector`` has taken it over meanwhile: it collects on the GUI thread itself).
    Nothing changes once the window has painted, or when collection is off already."""
    global _collection_paused
    if _open or _collection_paused or not gc.isenabled():
        return
    gc.disable()
    _collection_paused = True
    when_started(None, resume_collection)


def collection_paused() -> bool:
    """Whether the start-up is holding garbage collection back (``pause_collection``)."""
    return _collection_paused


def resume_collection() -> None:
    """End the start-up's pause: automatic collection on again, unless the GUI thread's own
    collector (ui/background.py) runs it."""
    global _collection_paused
    if not _collection_paused:
        return
    _collection_paused = False
    from factcheck_review.ui.background import GuiThreadCollector

    if not GuiThreadCollector.installed():
        gc.enable()


def _arm_deadline() -> None:
    global _deadline_armed
    app = QCoreApplication.instance()
    if _deadline_armed or app is None:
        return
    _deadline_armed = True
    QTimer.singleShot(LATEST_MS, app, open_now)
