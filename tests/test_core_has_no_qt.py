"""The core never imports Qt (apart from the lazily imported PDF writer)."""

import importlib
import pkgutil
import subprocess
import sys

import factcheck


def test_importing_every_core_module_loads_no_pyside6():
    names = [
        info.name
        for info in pkgutil.walk_packages(factcheck.__path__, "factcheck.")
        # The PDF writer imports Qt lazily; __main__ runs the CLI when imported.
        if info.name not in ("factcheck.reports.pdf", "factcheck.__main__")
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('factcheck_review.ui'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(names) > 3
    importlib.import_module("factcheck")
