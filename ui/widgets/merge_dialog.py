"""File > Merge review file…: another reviewer's file comes in off the GUI thread, with progress,
and a summary says what came in, the conflicts and any reviewer to rename."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from factcheck_review.ui.background import Job, run_job
from factcheck_review.ui.widgets.core_command import CoreOperation
from factcheck_review.ui.window_dialogs import database_filter
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from factcheck.team.merge import MergeSummary


def choose_review_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("MergeRunner", "Merge review file"), "", database_filter())
    return path


class MergeRunner(QObject):
    """Runs one merge with a progress dialog; ``finished`` carries the summary or an error sentence."""

    finished = Signal(object)  # MergeSummary or str

    def __init__(self, parent: QWidget, db_path: Any, reviewer: str, other: str) -> None:
        super().__init__(parent)
        self.progress = QProgressDialog(self.tr("Merging…"), "", 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Merging"))
        self.progress.setCancelButton(None)  # one transaction: it is all in or nothing
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.job: Job = run_job(
            self, db_path, reviewer,
            lambda store, report, cancelled: store.merge_file(other, lambda d, t: report(d, t, "")),
            on_done=self._done, on_error=self._done, on_progress=self._progress)

    def _progress(self, done: int, total: int, _name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Merging article {number} of {total}…").format(number=done, total=total))

    def _done(self, result: MergeSummary | str) -> None:
        self.progress.close()
        self.progress.deleteLater()
        self.finished.emit(result)


def merge_review_file(window: Any, path: str | None = None,
                      chooser: Callable[[QWidget], str] = choose_review_file) -> MergeRunner | None:
    """Ask for a file (unless given) and merge it into the open database."""
    path = path or chooser(window)
    if not path:
        return None
    store = window.session.store
    runner = MergeRunner(window, store.path, store.reviewer, path)

    def finished(result: MergeSummary | str) -> None:
        window.merge_runner = None
        if isinstance(result, str):
            window.dialogs.error(QCoreApplication.translate("MergeRunner", "Merge"), result)
            return
        # Ran on a worker; the command keeps the core's inverse (redo merges the file again).
        window.session.push(CoreOperation(QCoreApplication.translate("MergeRunner", "Merge review file"), lambda s: s.merge_file(path).change,
                                          done=result.change))
        window.articles.reload()
        window.sentences.reload()
        window._update_empty_state()
        window.dialogs.info(QCoreApplication.translate("MergeRunner", "Merge"), result.text())

    runner.finished.connect(finished)
    window.merge_runner = runner
    return runner
