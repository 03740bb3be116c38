"""The mouse wheel never changes a choice by accident.

Scrolling a panel over a combo box or spin box would change its value (and, for review
fields, save it). One filter on the application covers every window and dialog, including
ones created later: a combo or spin box takes wheel events only while it has keyboard focus;
otherwise the wheel goes on to the panel around it, which scrolls. Such boxes also never
take focus from the wheel (Qt's default for them), only from a click or Tab.

The program installs the filter once its window has painted (``ui.start_up``): a Python filter
on the application sees every event of the window being built, and handing each receiver to
Python makes PySide set up hundreds of Qt classes the window never uses (~25 ms of start-up).
The boxes that exist by then are given their focus policy at installation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


class WheelGuard(QObject):
    """Application event filter: wheel events reach a combo or spin box only when it has focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind == _WHEEL:
            if isinstance(watched, _GUARDED) and not watched.hasFocus():
                event.ignore()  # handled here, not accepted: Qt passes it on to the parent
                return True
        elif kind == _POLISH and isinstance(watched, _GUARDED):
            _no_wheel_focus(watched)
        return False


def _no_wheel_focus(widget: QWidget) -> None:
    policy = widget.focusPolicy()
    if policy == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


_guard: WheelGuard | None = None


def install_wheel_guard() -> WheelGuard | None:
    """Install the filter on the running application once (later calls do nothing)."""
    global _guard
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _guard is None or _guard.parent() is not app:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
        if isinstance(app, QApplication):  # polished before the filter saw them
            for window in app.topLevelWidgets():
                for box in (window, *window.findChildren(QComboBox), *window.findChildren(QAbstractSpinBox)):
                    if isinstance(box, _GUARDED):
                        _no_wheel_focus(box)
    return _guard
