"""Full-text search over the sentences and notes of every article; a result jumps to its sentence.

The search runs on the dialog's lane of the background facility (ui/background.py: one worker
thread keeping its own store connection), and its hits arrive a page at a time
(``Store.search_pages``), so typing never waits for the database; a search overtaken by newer
typing is cancelled and whatever it still sends is dropped. The dialog reads the session's
open store at each search, so another database needs no re-wiring: its results are cleared.
"""

from __future__ import annotations

import time
from typing import Any

from factcheck_review.ui.background import Job, Lane, Worker
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.store import SearchHit, Store

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 50  # hits per page from the worker
MAX_HITS = 200


def _search(text: str, worker: Worker) -> None:
    """On the worker thread: hand the hits over a page at a time until overtaken."""
    assert worker.store is not None
    for hits in worker.store.search_pages(text, PAGE, MAX_HITS):
        if worker.cancelled():
            return
        worker.partial(hits)


class SearchDialog(QDialog):
    """Type words; Enter or a double click on a result opens that sentence (in any article)."""

    jump_requested = Signal(str, int)  # article id, sentence id
    page_shown = Signal(int)  # hits in a page that arrived from the worker

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Search all articles"))
        self.resize(640, 420)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words in sentences or notes, e.g. Padilla, U.S., Díaz-Canel"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.hits: list[SearchHit] = []
        self._request = 0
        self._searching = False
        self._lane = Lane("search", self)
        self._job: Job | None = None
        session.subscribe(on_store=self._store_replaced)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self._activate)

    def _store_replaced(self, store: Store) -> None:
        """Another database is open: the previous file's results go."""
        self._request += 1
        self._searching = False
        self.results.clear()
        self.status.setText("")
        self.hits = []

    def search(self, text: str) -> list[SearchHit]:
        """Run a search now (as typing does after a short pause) and wait for all its hits;
        events keep being processed meanwhile."""
        self.query.setText(text)
        self.run()
        self.wait_until_done()
        return list(self.hits)

    def run(self) -> None:
        """Start searching for the query's text in the background (results stream in)."""
        self._timer.stop()
        self._request += 1
        self.results.clear()
        self.hits = []
        text = self.query.text().strip()
        if not text:
            self.status.setText("")
            self._searching = False
            return
        self._searching = True
        self.status.setText(self.tr("Searching…"))
        if self._job is not None:
            self._job.cancel()  # overtaken by newer typing
        request, store = self._request, self.session.store
        self._job = self._lane.run(lambda worker: _search(text, worker), (store.path, store.reviewer),
                                   on_partial=lambda hits: self._page(request, hits),
                                   on_done=lambda _: self._finished(request, ""),
                                   on_error=lambda error: self._finished(request, error))

    def is_searching(self) -> bool:
        return self._searching

    def wait_until_done(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self._searching and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def _page(self, request: int, hits: list[SearchHit]) -> None:
        if request != self._request:
            return
        first = not self.hits
        self.hits.extend(hits)
        self.page_shown.emit(len(hits))
        for hit in hits:
            snippet = hit.snippet.replace("[", "").replace("]", "")
            item = QListWidgetItem(self.tr("#{number}  {snippet}\n    in {title}").format(
                number=hit.index + 1, snippet=snippet, title=hit.article_title))
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.text)
            self.results.addItem(item)
        if first and hits:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("%n result(s) so far…", "", len(self.hits)))

    def _finished(self, request: int, error: str) -> None:
        if request != self._request:
            return
        self._searching = False
        count = len(self.hits)
        if error:
            self.status.setText(error)
            return
        self.status.setText(self.tr("%n result(s)", "", count)
                            + (" " + self.tr("(first {count} shown)").format(count=MAX_HITS) if count >= MAX_HITS else ""))

    def shutdown(self) -> None:
        """Stop searching, close the worker's connection and end its thread (the window is closing)."""
        self._request += 1
        self._lane.close()

    def _enter(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run()
            self.wait_until_done()
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.hide()  # jump and close: the sentence it found is not hidden behind the results
        self.jump_requested.emit(hit.article_id, hit.sentence_id)

    def activate_row(self, row: int) -> None:
        item = self.results.item(row)
        if item is not None:
            self._activate(item)
