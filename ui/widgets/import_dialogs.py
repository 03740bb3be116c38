"""Importing articles: files (off the GUI thread, with progress and Cancel) and pasted text.

Each article is imported in one transaction, so a cancelled or failed import never leaves
half an article behind; the files already done stay imported. The analysis runs afterwards
(``factcheck_review.ui.analysis_jobs``): the articles can be reviewed while their suggestions arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from factcheck_review.ui.background import Job, run_job
from factcheck_review.ui.widgets.dialog_buttons import ok_cancel_buttons
from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.store import ImportResult, Store

FILE_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm *.docx);;All files (*)"  # see file_filter()


def file_filter() -> str:
    """The file dialog's filter in the interface language."""
    return QCoreApplication.translate("ImportRunner", "Articles (*.txt *.text *.md *.markdown *.html *.htm *.docx);;All files (*)")


@dataclass
class ImportOutcome:
    imported: list[ImportResult] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one sentence per file that failed
    cancelled: bool = False
    too_large: list[str] = field(default_factory=list)  # paths refused only for their size

    @property
    def created(self) -> list[ImportResult]:
        return [r for r in self.imported if r.created]


def import_files_work(paths: list[str], allow_large: bool = False) -> Callable[..., ImportOutcome]:
    """The work function importing ``paths`` (run with a worker's own store)."""

    def work(store: Store, report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> ImportOutcome:
        from factcheck.importers import TooLarge, read_file

        outcome = ImportOutcome()
        for done, path in enumerate(paths):
            if cancelled():
                outcome.cancelled = True
                break
            report(done, len(paths), Path(path).name)
            try:
                outcome.imported.append(store.import_document(read_file(path, allow_large=allow_large),
                                                              analyse=False))
            except TooLarge:
                outcome.too_large.append(path)  # the window asks, then imports it again
            except FactcheckError as error:
                outcome.failures.append(str(error))
        report(len(paths), len(paths), "")
        return outcome

    return work


def import_text_work(text: str, title: str, outlet: str, published: date | None) -> Callable[..., ImportOutcome]:
    def work(store: Store, report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> ImportOutcome:
        from factcheck.importers import read_text
        from factcheck.importers.headline import split_headline

        outcome = ImportOutcome()
        report(0, 1, title or QCoreApplication.translate("ImportRunner", "pasted text"))
        try:
            document, named = read_text(text), title
            if not named.strip():  # a headline on its own first line is the title, not sentence 1
                headline, body = split_headline(document.text)
                if headline:
                    document, named = replace(document, text=body), headline
            outcome.imported.append(store.import_document(document, title=named, outlet=outlet,
                                                          published=published, analyse=False))
        except FactcheckError as error:
            outcome.failures.append(str(error))
        report(1, 1, "")
        return outcome

    return work


class ImportRunner(QObject):
    """Runs an import job with a progress dialog; ``finished`` carries the ImportOutcome."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, db_path: Path, reviewer: str, work: Callable[..., Any],
                 total: int, label: str) -> None:
        super().__init__(parent)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, max(total, 1), parent)
        self.progress.setWindowTitle(self.tr("Importing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # quick imports never flash a dialog
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.job: Job = run_job(self, db_path, reviewer, work, on_done=self._done,
                                     on_error=self._failed, on_progress=self._progress)
        self.progress.canceled.connect(self.job.cancel)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(self.tr("Importing {name} ({number} of {total})…").format(
                name=name, number=done + 1, total=total))

    def _done(self, outcome: ImportOutcome) -> None:
        if self.job.is_cancelled():
            outcome.cancelled = True
        self._close()
        self.finished.emit(outcome)

    def _failed(self, message: str) -> None:
        self._close()
        self.finished.emit(ImportOutcome(failures=[message]))

    def _close(self) -> None:
        self.progress.canceled.disconnect(self.job.cancel)
        self.progress.close()
        self.progress.deleteLater()


def outcome_message(outcome: ImportOutcome) -> str:
    """A short report of a finished import for a dialog (empty when all went well)."""
    lines = list(outcome.failures)
    if outcome.cancelled:
        lines.append(ImportRunner.tr("Import cancelled after %n file(s); those stay imported.", "",
                                     len(outcome.imported)))
    return "\n".join(lines)


@dataclass(frozen=True)
class PastedArticle:
    text: str
    title: str
    outlet: str
    published: date | None


class PasteDialog(QDialog):
    """Paste an article's text and say what it is: title, outlet, publication date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste an article"))
        self.resize(640, 520)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the article's text here."))
        self.text.setTabChangesFocus(True)  # Tab goes on to the title, never into the text
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Taken from the first line when left empty"))
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText(self.tr("e.g. Reuters"))
        self.has_date = QCheckBox(self.tr("Known:"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addWidget(QLabel(self.tr("(otherwise today's date, marked as assumed)")))
        date_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("Publication date:"), date_row)
        self.buttons = ok_cancel_buttons(self, self.tr("Import"))
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text.toPlainText().strip()))

    def article(self) -> PastedArticle:
        published = self.date.date().toPython() if self.has_date.isChecked() else None
        return PastedArticle(self.text.toPlainText(), self.title.text().strip(),
                             self.outlet.text().strip(), published)  # type: ignore[arg-type]
