"""Export dialog (Ctrl+E): choose a format and a file; the export runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from factcheck_review.ui.background import Job, run_job
from factcheck_review.ui.session import QtSession
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QSettings,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from factcheck.reports import suffix
from factcheck.reports.files import write_report
from factcheck.team.layers import layer_bundle

FORMAT_LABELS: tuple[tuple[str, str], ...] = (  # marked for translation; translated where shown
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML report (one self-contained file)")),
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown report")),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF report")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (one row per sentence)")),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "JSON (the complete review; can be imported again)")),
    ("claimreview", QT_TRANSLATE_NOOP("ExportDialog", "ClaimReview JSON-LD (needs the publisher in Settings)")),
    ("annotations", QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotations JSON-LD")),
)


def _safe_file_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(cleaned.split())[:60] or "review"


class ExportDialog(QDialog):
    """Export one article's review. ``ask_to_open`` and ``open_file`` are injectable for tests."""

    def __init__(self, session: QtSession, article_id: str, parent: QWidget | None = None, *,
                 ask_to_open: Callable[[Path], bool] | None = None,
                 open_file: Callable[[Path], None] | None = None,
                 show_error: Callable[[str], None] | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id = article_id
        self.ask_to_open = ask_to_open or self._ask_to_open
        self.open_file = open_file or (lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.show_error = show_error or (lambda text: QMessageBox.warning(self, self.tr("Export failed"), text))
        self.job: Job | None = None
        self.written: Path | None = None
        self.error_text = ""
        article = session.store.article(article_id)
        self.setWindowTitle(self.tr("Export “{title}”").format(title=article.title))
        self.setMinimumWidth(560)

        self.format_box = QComboBox()
        for fmt, label in FORMAT_LABELS:
            self.format_box.addItem(QCoreApplication.translate("ExportDialog", label), fmt)
        self.path_edit = QLineEdit()
        self.settings = settings
        remembered = settings.value("export_folder") if settings is not None else None
        folder = (remembered if isinstance(remembered, str) and Path(remembered).is_dir() else
                  QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                  or str(Path.home()))
        self._base = Path(folder) / _safe_file_name(article.title)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # Enter in the file name exports; it never opens the chooser
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.flagged_only = QCheckBox(self.tr("Only flagged sentences"))
        self.with_suggestions = QCheckBox(self.tr("List pending suggestions"))
        self.include_unfinished = QCheckBox(self.tr("ClaimReview: include reviews not yet done (as drafts)"))
        self.page_size = QComboBox()
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.layer = QComboBox()  # one reviewer's layer, or the final layer
        self.layer.addItem(self.tr("Every reviewer (the final layer where decided)"), None)
        for name in session.store.review_layers(article_id):
            self.layer.addItem(name, name)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("File:"), path_row)
        form.addRow("", self.flagged_only)
        form.addRow("", self.with_suggestions)
        form.addRow("", self.include_unfinished)
        form.addRow(self.tr("PDF page size:"), self.page_size)
        form.addRow(self.tr("Reviewer layer:"), self.layer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        # Enter anywhere exports; Cancel is Esc (the box would otherwise make Cancel the default).
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setLayout(form)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        # The keyboard starts on the file name: type it (or keep it) and press Enter.
        self.path_edit.setFocus()
        self.path_edit.selectAll()

    def _format_changed(self) -> None:
        fmt = self.format_box.currentData()
        current = Path(self.path_edit.text()) if self.path_edit.text() else self._base
        self.path_edit.setText(str(current.with_suffix(suffix(fmt))))
        report = fmt in ("md", "html", "pdf", "csv")
        self.flagged_only.setEnabled(report)
        self.with_suggestions.setEnabled(report)
        self.page_size.setEnabled(fmt == "pdf")
        self.include_unfinished.setEnabled(fmt in ("claimreview", "html"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text())
        if name:
            self.path_edit.setText(name)

    def choose(self, fmt: str, path: str | Path, *, flagged_only: bool = False,
               with_suggestions: bool = False) -> None:
        """Set the dialog's choices (used by tests and by callers that know what they want)."""
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))
        self.path_edit.setText(str(path))
        self.flagged_only.setChecked(flagged_only)
        self.with_suggestions.setChecked(with_suggestions)

    def start_export(self) -> None:
        target = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file to export to."))
            return
        fmt = self.format_box.currentData()
        options = {"flagged_only": self.flagged_only.isChecked() and self.flagged_only.isEnabled(),
                   "with_suggestions": self.with_suggestions.isChecked() and self.with_suggestions.isEnabled(),
                   "page_size": self.page_size.currentData(),
                   "include_unfinished": self.include_unfinished.isChecked() and self.include_unfinished.isEnabled()}
        article_id = self.article_id
        layer = self.layer.currentData()
        self.export_button.setEnabled(False)
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._progress = progress

        def work(store, report, cancelled):  # runs on the worker thread, with its own connection
            review = layer_bundle(store.article_review(article_id), layer) if layer else store.article_review(article_id)

            def step(done: int, total: int) -> bool:
                report(done, total, "")
                return not cancelled()

            return write_report(review, fmt, target, progress=step, **options)

        self.job = run_job(self, self.session.store.path, self.session.store.reviewer, work,
                           on_done=lambda size: self._done(target, size), on_error=self._failed,
                           on_progress=self._progressed)
        progress.canceled.connect(self.job.cancel)

    def _progressed(self, done: int, total: int, label: str) -> None:
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(min(done, total))

    def _finish_job(self) -> None:
        # The worker emits its result before closing its connection: wait for the thread to end
        # so it is never destroyed while running.
        job, self.job = self.job, None
        if job is not None and shiboken6.isValid(job):
            job.cancel()
            job.wait()

    def done(self, result: int) -> None:
        self._finish_job()
        super().done(result)

    def _done(self, target: Path, size: int) -> None:
        self._finish_job()
        self._progress.close()
        self.written = target
        if self.settings is not None:
            self.settings.setValue("export_folder", str(target.parent))  # offered next time
        self.session.saved.emit(self.tr("Exported {name} ({size} bytes)").format(
            name=target.name, size=QLocale().toString(size)))
        self.accept()
        if self.ask_to_open(target):
            self.open_file(target)

    def _failed(self, message: str) -> None:
        self._finish_job()
        self._progress.close()
        self.export_button.setEnabled(True)
        self.error_text = message
        if "cancelled" not in message:
            self.show_error(message)

    def _ask_to_open(self, target: Path) -> bool:
        answer = QMessageBox.question(self.parentWidget(), self.tr("Export finished"),
                                      self.tr("The review was saved to {path}.\nOpen it now?").format(path=target))
        return answer == QMessageBox.StandardButton.Yes
