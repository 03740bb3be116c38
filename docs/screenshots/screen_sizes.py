"""Screenshots of the window on the seed at given screen sizes (before/after pictures of the layout).

    python docs/screenshots/screen_sizes.py NAME [WIDTHxHEIGHT ...]

For each size, two pictures:

* ``NAME-WxH.png``: the window alone at that size, rendered offscreen (``QWidget.grab``).
* ``NAME-WxH-screen.png``: the whole screen of a real X server (Xvfb with openbox) of that
  size, with the window as it opens there; only when Xvfb and openbox are installed.

Each picture uses a throw-away database and config dir (reviewer "reviewer").
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

RENDER = """
import sys, time
from PySide6.QtWidgets import QApplication
from factcheck_review.ui.app import create_application
from factcheck.store import open_store
from factcheck_review.ui.main_window import MainWindow
from factcheck_review.ui.session import QtSession

target, mode, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
app = create_application()
window = MainWindow(QtSession(open_store()))
window.persist_settings = False
if mode == "window":
    window.resize(width, height)
window.start()
window.show()
deadline = time.monotonic() + 10
while time.monotonic() < deadline and (time.monotonic() < deadline - 8.5
                                       or not window.profile_bar.is_current()):
    app.processEvents()
    time.sleep(0.02)
app.processEvents()
if mode == "window":
    picture = window.grab()
else:
    picture = window.screen().grabWindow(0)
picture.save(target, "PNG")
window.close()
window.session.store.close()
"""


def _env(tmp: str, **extra: str) -> dict[str, str]:
    return dict(os.environ, FACTCHECK_DB=str(Path(tmp) / "review.sqlite3"),
                FACTCHECK_CONFIG_DIR=str(Path(tmp) / "config"), FACTCHECK_REVIEWER="reviewer",
                PYTHONPATH=str(ROOT), **extra)


def offscreen(target: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        screen = Path(tmp) / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "shot", "x": 0, "y": 0, "width": width,
                                                   "height": height, "logicalDpiX": 96,
                                                   "logicalDpiY": 96, "dpr": 1}]}))
        env = _env(tmp, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
        subprocess.run([sys.executable, "-c", RENDER, str(target), "window", str(width), str(height)],
                       env=env, check=True, cwd=ROOT)


def real_screen(target: Path, width: int, height: int) -> bool:
    if not (shutil.which("Xvfb") and shutil.which("openbox")):
        return False
    display = f":{90 + width % 7}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manager = None
    try:
        time.sleep(1)
        with tempfile.TemporaryDirectory() as tmp:
            env = _env(tmp, QT_QPA_PLATFORM="xcb", DISPLAY=display)
            manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(1)
            subprocess.run([sys.executable, "-c", RENDER, str(target), "screen", str(width), str(height)],
                           env=env, check=True, cwd=ROOT)
    finally:
        if manager is not None:
            manager.terminate()
            manager.wait()
        server.terminate()
        server.wait()
    return True


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    name, sizes = argv[0], argv[1:] or ["1280x800", "1920x1080"]
    for size in sizes:
        width, height = (int(part) for part in size.split("x"))
        offscreen(HERE / f"{name}-{size}.png", width, height)
        print(HERE / f"{name}-{size}.png")
        if real_screen(HERE / f"{name}-{size}-screen.png", width, height):
            print(HERE / f"{name}-{size}-screen.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
