"""Settings: the reviewer name and the publisher profile, shared with the CLI through
factcheck/config.py (``factcheck config get|set``)."""

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

from factcheck.config import get_setting, reviewer_name, set_setting, system_user_name

# (setting key, label, placeholder)
PUBLISHER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("publisher.name", "Publisher &name:", "Example Fact Checks"),
    ("publisher.url", "Publisher &URL:", "https://checks.example/"),
    ("publisher.logo", "&Logo URL:", "https://checks.example/logo.png"),
    ("publisher.review_url", "Re&view URL:", "https://checks.example/{article}#s{sentence}"),
    ("publisher.language", "Lan&guage:", "en"),
)


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
        self.publisher: dict[str, QLineEdit] = {}
        for key, label, placeholder in PUBLISHER_FIELDS:
            edit = QLineEdit(get_setting(key) or "", self)
            edit.setPlaceholderText(placeholder)
            self.publisher[key] = edit
            form.addRow(label, edit)
        publisher_note = QLabel("ClaimReview exports name the publisher: they need its name, URL and "
                                "review URL ({article} is the article id, {sentence} the sentence number).")
        publisher_note.setWordWrap(True)
        publisher_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", publisher_note)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reviewer.setFocus()

    def reviewer_name(self) -> str:
        return self.reviewer.text().strip() or system_user_name()

    def accept(self) -> None:
        """Save the publisher profile; a bad value is said in one sentence and the dialog stays."""
        for key, edit in self.publisher.items():
            if edit.text().strip() == (get_setting(key) or ""):
                continue
            try:
                set_setting(key, edit.text())
            except ValueError as error:
                self.problem.setText(str(error))
                self.problem.setVisible(True)
                edit.setFocus()
                return
        super().accept()


def ask_reviewer_once(parent: QWidget | None = None) -> str | None:
    """First start: ask who is reviewing (default: the system user name). None when cancelled."""
    name, ok = QInputDialog.getText(
        parent, "Who is reviewing?",
        "Your name is stored with every judgment you make.\nYou can change it later in Settings.",
        QLineEdit.EchoMode.Normal, reviewer_name())
    return name.strip() if ok and name.strip() else None
