"""The Qt-free core the window needs, imported before PySide6 (app.py imports this first).

Once PySide6 is imported, its import hook reads the source of every module imported after it
(``inspect.getsource``, looking for "PySide6" to decide whether the module may use PySide's
``__feature__`` options): some 70 µs a module, over the hundred-odd modules of the core and
the standard library the window's start loads. Imported before PySide6, those modules never
meet the hook; only the few the window's own modules name are read once.
tests/test_startup_imports.py checks that this list covers every core module loaded before the
window's first paint.

The window's own modules all name PySide6: the hook is told so ahead (``imports_done``), and
reads none of them either.

Python's cyclic garbage collector is paused from here until ``imports_done()`` (app.py calls it
once its imports are done), which then freezes what was loaded (``gc.freeze``): the modules,
classes and enums of the core and PySide6 live as long as the program, and the forty-odd
collections their allocation triggered walked them again and again (~5.5 ms of the start,
0.4 ms now). The window's own pause (ui/start_up.py) takes over in ``create_application``.
"""

from __future__ import annotations

import gc

_import_pause = gc.isenabled()
gc.disable()

import factcheck.admiralty
import factcheck.attribution_view
import factcheck.config
import factcheck.desktop_entry
import factcheck.diagnostics
import factcheck.errors
import factcheck.kb_as_of
import factcheck.languages
import factcheck.model
import factcheck.office_titles
import factcheck.resources
import factcheck.store
import factcheck.team.layers
import factcheck.urls
import factcheck.verdict_rules  # noqa: F401


def imports_done() -> None:
    """The program's imports before its QApplication are done: mark them for PySide's import
    hook (``mark_checked_for_pyside``) and let garbage collection run again (if this module
    paused it)."""
    global _import_pause
    mark_checked_for_pyside()
    if _import_pause:
        _import_pause = False
        gc.freeze()  # what the imports made lives as long as the program: later collections skip it
        gc.enable()


def mark_checked_for_pyside() -> int:
    """Tell PySide's import hook the answer it would find for the modules loaded so far that
    cannot use PySide (the standard library and the Qt-free core): "ignore this module" (-1),
    without its reading their source; and, ahead of their import, "uses PySide, no feature
    option" (0) for the window's own modules. Called once PySide6 is imported. A PySide without
    that table (a later version) is left alone. Returns how many modules were marked."""
    import sys

    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    marked = 0
    for name in list(sys.modules):
        top = name.partition(".")[0]
        qt_free = top in sys.stdlib_module_names or (top == "factcheck" and name not in _CORE_WITH_QT)
        if qt_free and name not in table:
            table[name] = -1
            marked += 1
    for name in window_modules():
        if name not in table:
            table[name] = 0
            marked += 1
    return marked


def window_modules() -> list[str]:
    """The names of the window's modules (this package, its widgets and models), from the
    files beside this one. Every one of them is a client of PySide6 (0, "uses PySide, no
    feature option", is also what a module that names no PySide gets in effect: none of them
    asks for a ``__feature__``)."""
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    package = __name__.rpartition(".")[0]  # factcheck_review.ui
    names = []
    for folder, prefix in ((here, package), (os.path.join(here, "widgets"), f"{package}.widgets"),
                           (os.path.join(here, "models"), f"{package}.models")):
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        names.append(prefix)
        names.extend(f"{prefix}.{entry[:-3]}" for entry in entries
                     if entry.endswith(".py") and entry != "__init__.py")
    return names


# The core's one module allowed to import Qt (the import-linter contract's exception).
_CORE_WITH_QT = frozenset({"factcheck.reports.pdf"})
