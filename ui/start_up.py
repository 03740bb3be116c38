"""Work that waits until the program's window has painted for the first time.

While the window is built and first painted, every worker thread competes with the GUI thread
for Python's GIL: reading the knowledge base, or the sourcing profile of a 100,000-sentence
article, on a worker at that moment delays the first paint by tens of milliseconds. Such work
asks ``when_started(owner, callback)``: the callback runs at once once the window has painted,
otherwise when it does (``open_after_paint``), or after ``LATEST_MS`` if nothing ever paints
(a window that starts minimised, a widget used without a window). Once open, the gate stays
open for the rest of the process.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 1000  # nothing painted by then: the waiting work starts anyway

_waiting: list[tuple[QObject | None, Callable[[], None]]] = []
_open = False
_deadline_armed = False


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


def _arm_deadline() -> None:
    global _deadline_armed
    app = QCoreApplication.instance()
    if _deadline_armed or app is None:
        return
    _deadline_armed = True
    QTimer.singleShot(LATEST_MS, app, open_now)
