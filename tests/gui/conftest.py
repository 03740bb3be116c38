"""Fixtures for the window tests: a seeded tmp_path database, the window shown and active,
answered dialogs, and the large databases of the scale tests.

tests/conftest.py already points FACTCHECK_DB, the config dir (where the window keeps its
QSettings file) and HOME at tmp_path; here QSettings' default locations go there too.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from factcheck_review.ui import start_up
from factcheck_review.ui.i18n import install_translators
from factcheck_review.ui.session import QtSession
from PySide6.QtCore import QSettings

from factcheck.store import Store

# A desktop-sized offscreen screen (the plugin's default is 800 pixels wide, smaller than the
# window's minimum size), set before pytest-qt creates the QApplication.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}"


@pytest.fixture(autouse=True, scope="session")
def knowledge_base_read() -> None:
    """The shipped knowledge base read once for the session, so name buttons show at once
    (the window reads it on a worker the first time; test_first_paint tests that)."""
    from factcheck.kb import load_kb

    load_kb()


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: Any) -> None:
    """As the program starts in English: the English translation (its plural forms) installed."""
    install_translators("en")


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    # Any QSettings created with the default constructor lands under tmp_path, never in ~/.config.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))


class Answers:
    """Stands in for the window's Dialogs: records what was asked, answers as told."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.files: list[str] = []
        self.split_at: int | None = None
        self.pasted: Any = None
        self.properties: dict[str, Any] | None = None
        self.reviewer: str | None = None
        self.shortcut_rows: list[tuple[str, str]] = []
        self.database_path = ""
        self.exported: list[str] = []
        self.conflict_asked: list[int] = []  # sentence ids offered a conflict link
        self.conflict_choice: Any = None  # a LinkChoice to answer with, None to cancel
        self.links_asked: list[str] = []  # "links left behind" questions
        self.links_answer: bool | None = False  # True: remove them, False: keep them, None: cancel
        self.opened_folders: list[Path] = []
        self.urls: list[str] = []  # what File > Open web page… is answered with
        self.snapshots_shown: list[str] = []  # article ids whose snapshot was shown

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def open_folder(self, folder: Path) -> None:
        self.opened_folders.append(folder)

    def confirm(self, title: str, text: str) -> bool:
        return self.confirm_answer

    def open_files(self) -> list[str]:
        return self.files

    def web_urls(self) -> list[str]:
        return self.urls

    def snapshot(self, store: Any, article_id: str) -> None:
        self.snapshots_shown.append(article_id)

    def new_database_path(self) -> str:
        return self.database_path

    def open_database_path(self) -> str:
        return self.database_path

    def paste_article(self) -> Any:
        return self.pasted

    def article_properties(self, article: Any) -> dict[str, Any] | None:
        return self.properties

    def split_point(self, text: str) -> int | None:
        return self.split_at

    def settings(self, reviewer: str) -> str | None:
        return self.reviewer

    def shortcuts(self, rows: list[tuple[str, str]]) -> None:
        self.shortcut_rows = rows

    def export(self, session: Any, article_id: str) -> None:
        self.exported.append(article_id)

    def verdict_links(self, text: str) -> bool | None:
        self.links_asked.append(text)
        return self.links_answer

    def conflict_link(self, session: Any, sentence_id: int) -> bool:
        from factcheck_review.ui.widgets.links_view import offer_conflict_link

        def choose(*args: Any) -> Any:  # reached only when the real dialog would open
            self.conflict_asked.append(sentence_id)
            return self.conflict_choice

        return offer_conflict_link(None, session, sentence_id, choose)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "review.sqlite3"


@pytest.fixture
def seed_store(db_path: Path) -> Iterator[Store]:
    store = Store(db_path, "tester")
    store.import_seed()
    yield store
    store.close()


def _make_window(qtbot: Any, store: Store, article_id: str | None = None) -> Any:
    from factcheck_review.ui.main_window import MainWindow

    window = MainWindow(QtSession(store))
    window.dialogs = Answers()
    qtbot.addWidget(window)
    window.start(article_id)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.table.setFocus()
    # Work that waits for the first paint (the wheel guard, the knowledge base) has started.
    qtbot.waitUntil(start_up.started, timeout=5000)
    return window


@pytest.fixture
def open_window(qtbot: Any) -> Callable[..., Any]:
    """open_window(store, article_id=None): a shown, active window on a store, dialogs answered."""
    return lambda store, article_id=None: _make_window(qtbot, store, article_id)


@pytest.fixture
def window(qtbot: Any, seed_store: Store) -> Any:
    return _make_window(qtbot, seed_store)


def _sql(path: Path, query: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def sql() -> Callable[..., list[tuple]]:
    """sql(path, query, params=()): read the file with a separate connection, as it is on disk."""
    return _sql


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test(qtbot: Any) -> Iterator[None]:
    """Collect the test's garbage now, on the GUI thread, after its widgets are closed (the
    program does the same with ui.background.GuiThreadCollector, which the tests leave off: it
    turns automatic collection off for the whole process). Left to run at any allocation, a
    collection on a worker thread could free a closed widget's Qt object there."""
    yield
    import gc

    from factcheck_review.ui.background import GuiThreadCollector

    if GuiThreadCollector._instance is not None:  # the test ran the program's main()
        GuiThreadCollector.uninstall()
    # Work the test's widgets left waiting for a first paint that never came (a window built
    # but never shown) goes with them: each test stands for one run of the program, and its
    # store is closed by now. Left queued, it would run in a later test that paints.
    from factcheck_review.ui import start_up

    start_up._waiting.clear()
    qtbot.wait(1)
    gc.collect()
