"""Full-text search over the sentences and notes of every article; a result jumps to its sentence.

The search runs on one worker thread with its own store connection, and its hits arrive a
page at a time (``Store.search_pages``), so typing never waits for the database; a search
overtaken by newer typing is dropped.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.store import SearchHit, Store

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 50  # hits per page from the worker
MAX_HITS = 200


class _Relay(QObject):
    # Emitted on the worker thread; Qt delivers them on the GUI thread (queued).
    page = Signal(int, object)  # request number, list[SearchHit]
    finished = Signal(int, str)  # request number, error sentence or ""


class SearchDialog(QDialog):
    """Type words; Enter or a double click on a result opens that sentence (in any article)."""

    jump_requested = Signal(str, int)  # article id, sentence id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        self._executor: ThreadPoolExecutor | None = None
        self._worker_store: Store | None = None  # used on the worker thread only
        self._relay = _Relay(self)
        self._relay.page.connect(self._page)
        self._relay.finished.connect(self._finished)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self._activate)

    def set_store(self, store: Store) -> None:
        self.store = store
        self._request += 1
        self.results.clear()
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
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
        self._executor.submit(self._work, self._request, Path(self.store.path), self.store.reviewer, text)

    def is_searching(self) -> bool:
        return self._searching

    def wait_until_done(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self._searching and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def _work(self, request: int, path: Path, reviewer: str, text: str) -> None:
        """On the worker thread."""
        error = ""
        try:
            if self._worker_store is not None and Path(self._worker_store.path) != path:
                self._worker_store.close()
                self._worker_store = None
            if self._worker_store is None:
                self._worker_store = Store(path, reviewer)
            for hits in self._worker_store.search_pages(text, PAGE, MAX_HITS):
                if request != self._request:
                    return  # overtaken by newer typing
                self._relay.page.emit(request, hits)
        except FactcheckError as exc:
            error = str(exc)
        try:
            self._relay.finished.emit(request, error)
        except RuntimeError:
            pass  # the dialog is gone

    def _page(self, request: int, hits: list[SearchHit]) -> None:
        if request != self._request:
            return
        first = not self.hits
        self.hits.extend(hits)
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
        """Stop searching and close the worker's connection (the window is closing)."""
        self._request += 1
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.submit(self._close_worker_store)
            executor.shutdown(wait=True)

    def _close_worker_store(self) -> None:
        if self._worker_store is not None:
            self._worker_store.close()
            self._worker_store = None

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
