"""The window's side of diagnostics: Qt's messages into the log, and an error dialog for bugs.

An uncaught exception is written to the log with its traceback; the user sees one
sentence, the log's path and a "Copy details" button (the traceback, for a bug report).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from factcheck.diagnostics import install_excepthook, log_dir, log_path
from factcheck.errors import FactcheckError

qt_log = logging.getLogger("qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Send Qt's own warnings (and, with --debug, its debug output) to the log."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.category})" if context.category and context.category != "default" else ""
        qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)


class ErrorReport(QMessageBox):
    """One sentence for the user; the traceback behind "Copy details"."""

    def __init__(self, error: BaseException, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("Fact-check review")
        self.setText(self.tr("Something went wrong inside the program ({error}). "
                             "Your judgments saved so far are safe.").format(error=type(error).__name__))
        self.setInformativeText(self.tr("The details are in the log file:\n{path}").format(path=log_path()))
        self.copy_button = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # keep the box open after copying
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAccessibleDescription(self.tr("Copy the error's technical details to the clipboard"))

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def show_error_report(error: BaseException, details: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    if isinstance(error, FactcheckError):
        # A file or input problem that reached a slot: its one sentence, not a bug report.
        box = QMessageBox(QMessageBox.Icon.Warning, "Fact-check review", str(error),
                          QMessageBox.StandardButton.Close, QApplication.activeWindow())
        box.open()
        return
    box = ErrorReport(error, details, QApplication.activeWindow())
    box.open()  # not exec(): a bug inside a modal loop must not nest loops


def install_error_dialog() -> None:
    install_excepthook(show_error_report)


__all__ = ["ErrorReport", "install_error_dialog", "log_dir", "route_qt_messages"]
