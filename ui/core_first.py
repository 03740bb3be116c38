"""The Qt-free core the window needs, imported before PySide6 (app.py imports this first).

Once PySide6 is imported, its import hook reads the source of every module imported after it
(``inspect.getsource``, looking for "PySide6" to decide whether the module may use PySide's
``__feature__`` options): some 70 µs a module, over the hundred-odd modules of the core and
the standard library the window's start loads. Imported before PySide6, those modules never
meet the hook; only the few the window's own modules name are read once.
tests/test_startup_imports.py checks that this list covers every core module loaded before the
window's first paint.
"""

from __future__ import annotations

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
import factcheck.profile
import factcheck.profile_tally
import factcheck.resources
import factcheck.store
import factcheck.team.layers
import factcheck.urls
import factcheck.verdict_rules  # noqa: F401


def mark_checked_for_pyside() -> int:
    """Tell PySide's import hook the answer it would find for the modules loaded so far that
    cannot use PySide (the standard library and the Qt-free core): "ignore this module" (-1),
    without its reading their source. Called once PySide6 is imported. A PySide without that
    table (a later version) is left alone. Returns how many modules were marked."""
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
    return marked


# The core's one module allowed to import Qt (the import-linter contract's exception).
_CORE_WITH_QT = frozenset({"factcheck.reports.pdf"})
