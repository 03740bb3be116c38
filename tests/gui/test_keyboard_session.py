"""A review of the sample article with the keyboard only, in a real window.

The program runs as a person starts it (``python -m factcheck_review.ui.app --db FILE``) on the xcb platform of
an Xvfb server with the openbox window manager; xdotool types the keys, as a keyboard would.
It marks verdicts, accepts and dismisses suggestions, links an inconsistent sentence, writes a
note, undoes, searches, exports and quits; then the database file is read to check each step.

Needs Xvfb, openbox and xdotool (``.ci/run`` installs them). Without them the test is skipped,
unless FACTCHECK_REQUIRE_DISPLAY is set (as CI does), when it fails instead.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.store import Store

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool")

pytestmark = pytest.mark.needs_display


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _free_display() -> int:
    for number in range(71, 140):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


class Desktop:
    """Xvfb + openbox + the program, and the keyboard."""

    def __init__(self, tmp: Path, db: Path, size: str = "1280x800x24") -> None:
        self.display = f":{_free_display()}"
        self.env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT),
                        FACTCHECK_REVIEWER="tester", HOME=str(tmp / "home"),
                        FACTCHECK_CONFIG_DIR=str(tmp / "home" / "config"),
                        FACTCHECK_DATA_DIR=str(tmp / "home" / "data"))
        (tmp / "home" / "Documents").mkdir(parents=True, exist_ok=True)
        self.log = (tmp / "program.log").open("w")
        self.processes: list[subprocess.Popen] = []
        try:
            self._start(["Xvfb", self.display, "-screen", "0", size, "-nolisten", "tcp"])
            self._wait(lambda: Path(f"/tmp/.X11-unix/X{self.display[1:]}").exists(), "the X server")
            self._start(["openbox"])
            time.sleep(0.5)
            self.program = self._start([sys.executable, "-m", "factcheck_review.ui.app", "--db", str(db)])
            self.window = self._find_window()
        except BaseException:
            self.close()  # nothing it started outlives a failed start
            raise

    def _start(self, command: list[str]) -> subprocess.Popen:
        process = subprocess.Popen(command, env=self.env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        self.processes.append(process)
        return process

    @staticmethod
    def _wait(condition, what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def xdotool(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return out.stdout.strip()

    def _find_window(self) -> str:
        found: list[str] = []

        def shown() -> bool:
            found[:] = self.xdotool("search", "--onlyvisible", "--name", r"\.sqlite3").split()
            return bool(found)

        self._wait(shown, "the review window", timeout=60)
        window = found[0]
        self.xdotool("windowactivate", "--sync", window)
        time.sleep(1.0)
        return window

    def key(self, *keys: str, pause: float = 0.35) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(pause)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)
        time.sleep(0.3)

    def screenshot(self, target: Path) -> None:
        """The whole X screen as a PNG (taken by a separate Qt process on this display)."""
        grab = ("from PySide6.QtGui import QGuiApplication; import sys; app = QGuiApplication([]); "
                "app.primaryScreen().grabWindow(0).save(sys.argv[1], 'PNG')")
        subprocess.run([sys.executable, "-c", grab, str(target)], env=self.env, timeout=30, check=False)

    def active_title(self) -> str:
        return self.xdotool("getactivewindow", "getwindowname")

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.log.close()


@pytest.fixture
def desktop(tmp_path) -> Iterator[tuple[Desktop, Path]]:
    missing = _missing_tools()
    if missing:
        if os.environ.get("FACTCHECK_REQUIRE_DISPLAY"):
            pytest.fail(f"{', '.join(missing)} not installed; .ci/run installs them")
        pytest.skip(f"needs {', '.join(missing)}")
    db = tmp_path / "review.sqlite3"
    store = Store(db, "tester")
    store.import_seed()
    store.close()
    running = Desktop(tmp_path, db)
    try:
        yield running, db
    finally:
        running.close()
        print((tmp_path / "program.log").read_text())


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def review(db: Path, number: int) -> tuple:
    rows = query(db, "SELECT r.sourced, r.anonymous, r.contested, r.inconsistent, r.status, r.note "
                     "FROM sentences s LEFT JOIN reviews r ON r.sentence_id = s.id WHERE s.idx = ?",
                 (number - 1,))
    return rows[0]


def states(db: Path, number: int) -> list[str]:
    return sorted(row[0] for row in query(
        db, "SELECT g.state FROM suggestions g JOIN sentences s ON s.id = g.sentence_id WHERE s.idx = ?",
        (number - 1,)))


def until(condition, what: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if condition():
                return
        except sqlite3.Error:
            pass  # the program is writing: read again
        if time.monotonic() > deadline:
            raise AssertionError(f"the window did not {what}")
        time.sleep(0.2)


def test_a_review_with_the_keyboard_only(desktop, tmp_path):
    screen, db = desktop
    try:
        _session(screen, db, tmp_path)
    except AssertionError:
        shot = Path(os.environ.get("FACTCHECK_SESSION_SHOT", tmp_path / "failure.png"))
        screen.screenshot(shot)
        print(f"screen at the failure: {shot}")
        print("files:", sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()))
        raise


def _session(screen: Desktop, db: Path, tmp_path: Path) -> None:
    steps: list[str] = []

    # Sentence 1: accept its first suggestion (anonymous source), dismiss the next (a figure).
    screen.key("a")
    until(lambda: review(db, 1)[:2] == (1, 1), "accept the first suggestion with a")
    screen.key("x")
    until(lambda: states(db, 1) == ["accepted", "dismissed"], "dismiss the next suggestion with x")
    steps.append("1: a accepted, x dismissed")

    # Contested yes; inconsistent yes offers the conflicting sentence: find "Biden", Tab to the note.
    screen.key("3", "4", pause=0.8)
    until(lambda: "conflict" in screen.active_title(), "ask which sentence it conflicts with")
    screen.type("Biden")
    screen.key("Tab")
    screen.type("the capture was under Trump")
    screen.key("Return")
    until(lambda: query(db, "SELECT kind, note FROM links") == [("contradicts", "the capture was under Trump")],
          "record the contradicts link with its note")
    until(lambda: review(db, 1)[2:4] == (1, 1), "mark contested and inconsistent")
    steps.append("1: 3 contested, 4 inconsistent + link to #7 with a note typed after Tab")

    # d: done, next unreviewed (2). Sourced yes, no, not judged, then undo -> no.
    screen.key("d")
    until(lambda: review(db, 1)[4] == "done", "mark sentence 1 done with d")
    screen.key("1", "1", "1")
    until(lambda: review(db, 2)[0] is None and review(db, 2)[4] is not None, "cycle sourced three times")
    screen.key("ctrl+z")
    until(lambda: review(db, 2)[0] == 0, "undo back to sourced: no")
    steps.append("2: d moved here; 1 1 1 then Ctrl+Z -> sourced no")

    # A note, then Esc back to the table; j goes on to sentence 3 (the keyboard was not lost).
    screen.key("ctrl+n")
    screen.type("Checked against the court record")
    screen.key("Escape")
    until(lambda: review(db, 2)[5] == "Checked against the court record", "save the note on Esc")
    screen.key("j", "x")
    until(lambda: "dismissed" in states(db, 3), "dismiss on sentence 3 after j")
    steps.append("2: note typed, Esc; 3: j then x dismissed")

    # Search, Enter jumps to the sentence (14) and closes the search; 1 marks it sourced.
    screen.key("ctrl+f")
    screen.type("Frank Mora")
    time.sleep(0.6)
    screen.key("Return", pause=0.8)
    screen.key("1")
    until(lambda: review(db, 14)[0] == 1, "jump to sentence 14 from the search and mark it")
    steps.append("14: found with Ctrl+F, marked sourced")

    # Export as Markdown with the keyboard: the dialog starts on the file name; Enter; No to opening it.
    target = tmp_path / "home" / "Documents" / "keyboard-review.md"
    screen.key("ctrl+e", pause=1.5)
    screen.key("ctrl+a")
    screen.type(str(target))
    screen.key("Return", pause=2.0)
    until(target.exists, "export the review")
    screen.key("Escape", pause=0.8)
    steps.append(f"export: {target.name}, {target.stat().st_size} bytes")

    screen.key("ctrl+q", pause=1.0)
    until(lambda: screen.program.poll() is not None, "quit with Ctrl+Q", timeout=20)
    assert screen.program.returncode == 0

    # The file, read afresh after the program has closed it.
    assert review(db, 1)[:5] == (1, 1, 1, 1, "done")
    assert review(db, 2)[0] == 0 and review(db, 2)[5] == "Checked against the court record"
    assert review(db, 14)[0] == 1
    linked = query(db, "SELECT a.idx, b.idx FROM links l JOIN sentences a ON a.id = l.from_sentence "
                       "JOIN sentences b ON b.id = l.to_sentence")
    assert linked == [(0, 6)]  # sentence 1 contradicts sentence 7 (the Biden administration)
    report = target.read_text(encoding="utf-8")
    assert "Checked against the court record" in report and "the capture was under Trump" in report
    print("\n".join(["keyboard session:", *steps]))
