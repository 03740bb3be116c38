"""What the window's start-up path loads: none of the libraries only an import, an export or
the analysis needs (they cost a tenth of a second or more each before the first paint), and an
up-to-date database opens without sqlite-utils."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Loaded when a file of their kind is read, a report written or an article analysed.
NOT_AT_START_UP = ("sqlite_utils", "trafilatura", "docx", "markdown_it", "spacy", "numpy",
                   "rapidfuzz", "dateparser", "factcheck.analysis", "factcheck.importers",
                   "importlib.metadata",
                   # Loaded when a log is set up, a default folder looked up (not when the
                   # environment names it), the system's user name asked for, or a review file
                   # merged or re-anchored.
                   "logging.handlers", "platformdirs", "getpass", "factcheck.team.merge", "factcheck.team.agreement",
                   "factcheck.team.anchor", "factcheck.team.reanchor",
                   # Orphans and a new version's outcome: their dataclasses when first made.
                   "factcheck.store.orphans", "factcheck.store.version_result",
                   "factcheck.store.search_hits", "factcheck.store.snapshot_record",
                   # The knowledge base: read once the window has painted (the status bar's date
                   # comes from factcheck.kb_as_of).
                   "factcheck.kb.",
                   # The sourcing profile: read after the first paint, on a worker.
                   "factcheck.profile", "factcheck.profile_tally")
# The window's other windows and dialogs: imported when first opened (tests/gui opens each).
WINDOWS_OPENED_LATER = tuple(f"factcheck_review.ui.widgets.{name}" for name in (
    "search_dialog", "sources_window", "import_dialogs", "web_import_dialog", "team_hooks",
    "compare_view", "agreement_panel", "adjudication_dialog", "merge_dialog", "versions_dialog",
    "recovery_dialog", "settings_dialog", "shortcuts_dialog", "export_dialog", "snapshot_view"))


def _loaded_after(code: str, tmp_path: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACTCHECK_DB=str(tmp_path / "review.sqlite3"),
               FACTCHECK_CONFIG_DIR=str(tmp_path / "config"), FACTCHECK_REVIEWER="tester")
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_an_up_to_date_database_opens_without_sqlite_utils(tmp_path):
    path = tmp_path / "made.sqlite3"
    made = _loaded_after(f"from factcheck.store import Store\nStore({str(path)!r}).close()", tmp_path)
    assert "sqlite_utils" in made  # a new file: the migrations ran
    opened = _loaded_after(
        f"from factcheck.store import Store\ns = Store({str(path)!r})\n"
        "assert s.migration_names and s.conn.execute('PRAGMA recursive_triggers').fetchone() == (1,)\n"
        "s.close()", tmp_path)
    assert "sqlite_utils" not in opened


# The program's window built on the default database, shown, and its first events run.
WINDOW_SHOWN = (
        "from factcheck_review.ui.app import create_application\n"
        "app = create_application()\n"
        "from factcheck.store import open_store\n"
        "from factcheck_review.ui.main_window import MainWindow\n"
        "from factcheck_review.ui.session import QtSession\n"
        "window = MainWindow(QtSession(open_store(verify=False)))\n"
        "window.persist_settings = False\n"
        "window.start()\n"
        "window.show()\n"
        "app.processEvents()\n"
)


def test_the_window_shows_the_seed_without_the_heavy_libraries(tmp_path):
    code = WINDOW_SHOWN + "assert window.sentences.rowCount() > 0  # the seed's sentences are in the table\n"
    _loaded_after(code, tmp_path)  # the first start creates the database and imports the seed
    loaded = _loaded_after(code, tmp_path)
    heavy = sorted(name for name in loaded if name.startswith(NOT_AT_START_UP))
    assert heavy == []
    later = sorted(name for name in loaded if name in WINDOWS_OPENED_LATER)
    assert later == []
    assert "factcheck_review.ui.widgets.detail_panel" in loaded  # the check sees the window's modules


def test_the_window_shows_the_seed_before_making_the_records_it_does_not_need(tmp_path):
    """Records of edits, imports, sources, links, whole-article reviews, history, citations,
    decisions and evidence items (factcheck/records.py) have no dataclass methods yet when the
    window has painted: nothing made one."""
    code = WINDOW_SHOWN + (
        "import dataclasses\n"
        "from factcheck.model import (ArticleReview, Citation, Decision, EvidenceItem, HistoryEntry,\n"
        "                             Link, Sentence, Source)\n"
        "from factcheck.store.rows import Change, ImportResult\n"
        "from factcheck.store.suggestions import AcceptResult, NameAction\n"
        "made = [c.__name__ for c in (Change, ImportResult, AcceptResult, NameAction, Link, Source,\n"
        "                             ArticleReview, Citation, Decision, EvidenceItem, HistoryEntry)\n"
        "        if dataclasses.is_dataclass(c)]\n"
        "assert made == [], made\n"
        "assert dataclasses.is_dataclass(Sentence)  # the check can tell\n"
    )
    _loaded_after(WINDOW_SHOWN, tmp_path)  # the first start creates the database and imports the seed
    _loaded_after(code, tmp_path)


def test_the_core_the_window_needs_is_imported_before_pyside6(tmp_path):
    """ui/core_first.py, imported first by the program, loads every core module the window
    needs before PySide6 (whose import hook reads the source of each module imported after it);
    a core module the window starts to need is added there."""
    first = _loaded_after("import factcheck_review.ui.core_first", tmp_path)
    assert not any(name.split(".")[0] in ("PySide6", "shiboken6") for name in first)
    code = WINDOW_SHOWN
    _loaded_after(code, tmp_path)  # the first start creates the database and imports the seed
    at_paint = _loaded_after(code, tmp_path)
    core = {name for name in at_paint if name.split(".")[0] == "factcheck"}
    assert sorted(core - first) == []


def test_the_modules_marked_for_pyside_s_import_hook_are_those_its_own_check_clears(tmp_path):
    """ui/core_first.py tells PySide's import hook that the standard library and the Qt-free core
    loaded before it use no PySide ("ignore", -1), sparing it their source: PySide's own check
    must agree on every one. The window's modules, imported later, are marked ahead as using
    PySide (0): PySide's check agrees on each that names PySide6, and none of them selects a
    ``__feature__`` option (which would change what 0 means)."""
    code = (
        "import sys\n"
        "from factcheck_review.ui import app\n"
        "from factcheck_review.ui.main_window import MainWindow\n"
        "feature = sys.modules['PySide6.support.feature']\n"
        "table = feature.pyside_feature_dict\n"
        "ignored = [n for n, v in table.items() if v == -1 and n in sys.modules]\n"
        "assert len(ignored) > 100, len(ignored)\n"
        "wrong = [n for n in ignored if feature._mod_uses_pyside(sys.modules[n])]\n"
        "assert wrong == [], wrong\n"
        "assert table['factcheck_review.ui.main_window'] == 0  # uses PySide\n"
        "assert table['factcheck.store'] == -1\n"
        "window = sorted(n for n in sys.modules if n.startswith('factcheck_review.ui.'))\n"
        "assert 'factcheck_review.ui.widgets.detail_panel' in window\n"
        "unmarked = [n for n in window if table.get(n) not in (0, -1)]\n"
        "assert unmarked == [], unmarked\n"
        "pyside = [n for n in window if feature._mod_uses_pyside(sys.modules[n])]\n"
        "assert len(pyside) > 20 and all(table[n] == 0 for n in pyside), pyside\n"
        "features = [n for n in window if 'from __feature__ import' in open(sys.modules[n].__file__).read()]\n"
        "assert features == [], features\n"
        "from factcheck_review.ui import core_first\n"
        "assert set(window) <= set(core_first.window_modules())  # every one found ahead\n"
    )
    _loaded_after(code, tmp_path)


def test_loading_the_core_and_pyside6_runs_almost_no_garbage_collection(tmp_path):
    """ui/core_first.py pauses the collector while the core and PySide6 are imported (their
    allocations triggered some forty collections, each walking what was loaded) and freezes
    what they loaded when app.py's imports are done; collection is on again then."""
    code = (
        "import gc\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: runs.append(info) if phase == 'start' else None)\n"
        "from factcheck_review.ui import app\n"
        "gc.callbacks.clear()\n"
        "assert len(runs) < 10, len(runs)\n"
        "assert gc.isenabled()\n"
        "assert gc.get_freeze_count() > 20_000, gc.get_freeze_count()  # the modules, classes, enums\n"
    )
    _loaded_after(code, tmp_path)
