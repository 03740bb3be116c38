"""Search runs off the GUI thread; its hits stream in a page at a time; newer typing wins."""

from __future__ import annotations

import random

from factcheck_review.ui.widgets.search_dialog import MAX_HITS, PAGE

from benchmarks.corpus import article_text
from factcheck.store import Store


def test_hits_arrive_in_pages_from_a_worker(qtbot, tmp_path, open_window):
    store = Store(tmp_path / "many.sqlite3", "tester")
    rng = random.Random(2)
    with store._write():
        for i in range(40):
            store.import_text(article_text(rng, 20), title=f"Report {i}", analyse=False)
    try:
        window = open_window(store)
        dialog = window.open_search()
        pages = []
        dialog.page_shown.connect(pages.append)
        dialog.query.setText("the")
        dialog.run()
        assert dialog.is_searching() and dialog.hits == []  # nothing was read on the GUI thread
        qtbot.waitUntil(lambda: not dialog.is_searching(), timeout=10_000)
        assert pages == [PAGE] * (MAX_HITS // PAGE)
        assert dialog.results.count() == MAX_HITS
        assert dialog.status.text() == f"{MAX_HITS} results (first {MAX_HITS} shown)"
        assert len({hit.sentence_id for hit in dialog.hits}) == MAX_HITS

        # A search overtaken by newer typing shows nothing of its own.
        dialog.query.setText("the")
        dialog.run()
        hits = dialog.search('"whether the water deal"')
        assert hits and all("whether the water deal" in hit.text for hit in hits)
        assert dialog.results.count() == len(hits) < MAX_HITS
        window.close()
    finally:
        store.close()
