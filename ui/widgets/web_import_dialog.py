"""File > Open web page…: web addresses typed or pasted one per line, fetched and imported off
the GUI thread (with progress and Cancel); and Article > Check for changes, fetched the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck_review.ui.background import Job, run_job
from factcheck_review.ui.widgets.dialog_buttons import ok_cancel_buttons
from factcheck_review.ui.widgets.import_dialogs import ImportOutcome
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.store import Store


def web_addresses(text: str) -> tuple[list[str], list[str]]:
    """(web addresses, other non-empty lines) of what was typed, one address per line."""
    from factcheck.importers.fetch import is_web_address  # the network code, loaded when asked

    urls: list[str] = []
    others: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        (urls if is_web_address(line) else others).append(line)
    return list(dict.fromkeys(urls)), others


class WebImportDialog(QDialog):
    """Ask for the web pages to import, one address per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open web page"))
        self.resize(620, 300)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("https://www.example.org/news/2026/01/12/story.html")
        self.hint = QLabel(self.tr("One web address per line. Each page is fetched, its article extracted and a "
                                   "snapshot of the page kept with the review."))
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self, self.tr("Fetch and import"))
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        urls, others = web_addresses(self.text.toPlainText())
        self.problem.setText(self.tr("Not a web address (http:// or https://): {address}").format(address=others[0])
                             if others else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(urls) and not others)

    def urls(self) -> list[str]:
        return web_addresses(self.text.toPlainText())[0]


def import_urls_work(urls: list[str]) -> Callable[..., ImportOutcome]:
    """The work function fetching and importing ``urls`` (run with a worker's own store)."""

    def work(store: Store, report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> ImportOutcome:
        from factcheck.web_import import import_url

        outcome = ImportOutcome()
        for done, url in enumerate(urls):
            if cancelled():
                outcome.cancelled = True
                break
            report(done, len(urls), url)
            try:
                outcome.imported.append(import_url(store, url, cancelled=cancelled))
            except FactcheckError as error:
                if cancelled():
                    outcome.cancelled = True
                    break
                outcome.failures.append(str(error))
        report(len(urls), len(urls), "")
        return outcome

    return work


class ChangeCheckRunner(QObject):
    """Article > Check for changes off the GUI thread; ``finished`` carries (ChangeCheck | None, error)."""

    finished = Signal(object, str)

    def __init__(self, parent: QWidget, store: Store, article_id: str) -> None:
        super().__init__(parent)
        self.progress = QProgressDialog(self.tr("Fetching the page again…"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Check for changes"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)

        def work(job_store: Store, report: Any, cancelled: Callable[[], bool]) -> Any:
            from factcheck.web_import import check_for_changes

            return check_for_changes(job_store, article_id, cancelled=cancelled)

        self.job: Job = run_job(self, store.path, store.reviewer, work,
                                     on_done=lambda check: self._end(check, ""),
                                     on_error=lambda message: self._end(None, message))
        self.progress.canceled.connect(self.job.cancel)

    def _end(self, check: Any, message: str) -> None:
        self.progress.canceled.disconnect(self.job.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.finished.emit(check, message)
