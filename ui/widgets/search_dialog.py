"""Full-text search over the sentences and notes of every article; a result jumps to its sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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


class SearchDialog(QDialog):
    """Type words; Enter or a double click on a result opens that sentence (in any article)."""

    jump_requested = Signal(str, int)  # article id, sentence id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Search all articles")
        self.resize(640, 420)
        self.query = QLineEdit()
        self.query.setPlaceholderText("Words in sentences or notes, e.g. Padilla, U.S., Díaz-Canel")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self._activate)

    def set_store(self, store: Store) -> None:
        self.store = store
        self.results.clear()

    def search(self, text: str) -> list[SearchHit]:
        """Run a search now (as typing does after a short pause)."""
        self.query.setText(text)
        return self.run()

    def run(self) -> list[SearchHit]:
        self._timer.stop()
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            self.status.setText("")
            return []
        try:
            hits = self.store.search(text)
        except FactcheckError as error:
            self.status.setText(str(error))
            return []
        for hit in hits:
            snippet = hit.snippet.replace("[", "").replace("]", "")
            item = QListWidgetItem(f"#{hit.index + 1}  {snippet}\n    in {hit.article_title}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.text)
            self.results.addItem(item)
        self.status.setText(f"{len(hits)} result(s)" + (" (first 200 shown)" if len(hits) >= 200 else ""))
        if hits:
            self.results.setCurrentRow(0)
        return hits

    def _enter(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run()
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
