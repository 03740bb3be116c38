"""Settings: the reviewer name, shared with the CLI through factcheck/config.py."""

from __future__ import annotations

import os

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck.config import reviewer_name, system_user_name


class SettingsDialog(QDialog):
    def __init__(self, current_reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(420)
        self.reviewer = QLineEdit(current_reviewer)
        self.reviewer.setPlaceholderText(system_user_name())
        help_text = ("Stored with every judgment you make, and used by the factcheck command too. "
                     "Each reviewer has their own reviews of a sentence.")
        if os.environ.get("FACTCHECK_REVIEWER"):
            help_text += (f" Note: the FACTCHECK_REVIEWER environment variable is set "
                          f"({os.environ['FACTCHECK_REVIEWER']}) and wins over this setting.")
        note = QLabel(help_text)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        form.addRow("&Reviewer name:", self.reviewer)
        form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reviewer_name(self) -> str:
        return self.reviewer.text().strip() or system_user_name()


def ask_reviewer_once(parent: QWidget | None = None) -> str | None:
    """First start: ask who is reviewing (default: the system user name). None when cancelled."""
    name, ok = QInputDialog.getText(
        parent, "Who is reviewing?",
        "Your name is stored with every judgment you make.\nYou can change it later in Settings.",
        QLineEdit.EchoMode.Normal, reviewer_name())
    return name.strip() if ok and name.strip() else None
