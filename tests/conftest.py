"""Test set-up: offscreen Qt, and every user file (database, config, QSettings) under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from factcheck.resources import seed  # noqa: E402
from tests.web_server import web  # noqa: E402, F401 - the local web server fixture

SEED_TEXT = seed("venezuela-cuba-security.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def isolated_user_files(tmp_path, monkeypatch):
    """Never touch the user's real database, config or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("FACTCHECK_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("FACTCHECK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("FACTCHECK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("FACTCHECK_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("FACTCHECK_REVIEWER", "tester")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture
def seed_text() -> str:
    return SEED_TEXT


# CI sets FACTCHECK_FAIL_ON_SKIP: a skipped test fails the run unless it needs a real display.
_unexpected_skips: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped and "needs_display" not in report.keywords:
        _unexpected_skips.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("FACTCHECK_FAIL_ON_SKIP") and _unexpected_skips and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    if os.environ.get("FACTCHECK_FAIL_ON_SKIP") and _unexpected_skips:
        terminalreporter.write_line(
            f"FAILED: {len(_unexpected_skips)} test(s) skipped without needing a display: "
            + ", ".join(_unexpected_skips), red=True)
