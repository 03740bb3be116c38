"""The window fits the screen it opens on, gives spare width to the sentences, and sizes rows
to their text (1–3 lines) for the rows in view only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from factcheck_review.ui.models.sentence_table import COL_SENTENCE
from factcheck_review.ui.widgets.row_heights import height_for_lines

from factcheck.store import Store

ROOT = Path(__file__).resolve().parents[2]

MEASURE = """
import json, sys
from PySide6.QtWidgets import QApplication
from factcheck_review.ui.app import create_application
from factcheck.store import open_store
from factcheck_review.ui.main_window import MainWindow
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.models.sentence_table import COL_SENTENCE, COL_RATING, COL_CREDIBILITY, COL_NOTE

app = create_application()
window = MainWindow(QtSession(open_store()))
window.start()
window.show()
for _ in range(20):
    app.processEvents()
window.table.fit_rows()
area = window.screen().availableGeometry()
g = window.geometry()
header = window.table.horizontalHeader()
print(json.dumps({
    "screen": [area.x(), area.y(), area.width(), area.height()],
    "window": [g.x(), g.y(), g.width(), g.height()],
    "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    "sentence": header.sectionSize(COL_SENTENCE),
    "others": header.sectionSize(COL_RATING) + header.sectionSize(COL_CREDIBILITY) + header.sectionSize(COL_NOTE),
    "detail": window.detail.width(),
    "title_elided": window.verdict_bar.title.text() != window.verdict_bar.title.full_text(),
    "title_ends": window.verdict_bar.title.text()[-1:],
}))
window.close()
"""


def measure(tmp_path: Path, width: int, height: int) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               FACTCHECK_DB=str(tmp_path / f"{width}.sqlite3"), FACTCHECK_CONFIG_DIR=str(tmp_path / f"c{width}"),
               FACTCHECK_REVIEWER="tester", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", MEASURE], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
def test_the_window_fits_a_small_screen(tmp_path, size):
    shown = measure(tmp_path, *size)
    x, y, width, height = shown["window"]
    assert x >= 0 and y >= 0 and x + width <= size[0] and y + height <= size[1], shown
    assert shown["minimum"][0] <= size[0] and shown["minimum"][1] <= size[1]
    # The sentences get the spare width, not the mostly empty Rating / Cred. / Note columns.
    # About 290 px at 1280×800 (it was 160 before the panes were shared out for the screen).
    assert shown["sentence"] >= 280 and shown["sentence"] > 1.5 * shown["others"], shown


def test_a_wide_screen_widens_the_sentences_and_the_panel(tmp_path):
    small, wide = measure(tmp_path, 1280, 800), measure(tmp_path, 1920, 1080)
    assert wide["sentence"] > small["sentence"] + 100
    assert wide["detail"] > small["detail"]
    assert wide["window"][2] <= 1920 and wide["window"][3] <= 1080


def test_rows_are_as_tall_as_their_text(window, qtbot):
    table = window.table
    table.fit_rows()
    font = table.font()
    heights = {n: table.rowHeight(n - 1) for n in (1, 10)}
    # Sentence 1 is long (three lines, elided); sentence 10 is short.
    assert heights[1] == height_for_lines(font, 3)
    assert heights[10] < heights[1]
    window.resize(window.width() - 300, window.height())
    qtbot.waitUntil(lambda: table.rowHeight(9) > heights[10] or table.columnWidth(COL_SENTENCE) > 700,
                    timeout=2000)


def test_only_the_rows_in_view_are_measured(tmp_path, open_window):
    store = Store(tmp_path / "long.sqlite3", "tester")
    text = " ".join(f"Speaker {i % 7} said the figure was {i} this year." for i in range(5000))
    article = store.import_text(text, title="Transcript", analyse=False).article_id
    try:
        window = open_window(store, article)
        table = window.table
        measured = table.fit_rows()
        in_view = table.viewport().height() // height_for_lines(table.font(), 1) + 1
        assert 0 < measured <= in_view
        assert table.rowHeight(4000) == height_for_lines(table.font(), 1)  # never measured
        window.close()
    finally:
        store.close()


def test_a_long_title_is_elided(window, seed_store):
    window.verdict_bar.resize(300, window.verdict_bar.height())
    title = window.verdict_bar.title
    assert title.full_text().startswith("Venezuela reduces")
    if title.width() < title.fontMetrics().horizontalAdvance(title.full_text()):
        assert title.text().endswith("…") and title.toolTip() == title.full_text()


