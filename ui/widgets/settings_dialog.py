"""Settings: the reviewer name and the interface language, shared with the CLI through
factcheck/config.py."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
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
from ui.i18n import CHOICES, NATIVE_NAMES, SYSTEM, configured_language


class SettingsDialog(QDialog):
    def __init__(self, current_reviewer: str, parent: QWidget | None = None,
                 current_language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self.reviewer = QLineEdit(current_reviewer)
        self.reviewer.setPlaceholderText(system_user_name())
        help_text = self.tr("Stored with every judgment you make, and used by the factcheck command too. "
                            "Each reviewer has their own reviews of a sentence.")
        if os.environ.get("FACTCHECK_REVIEWER"):
            help_text += " " + self.tr("Note: the FACTCHECK_REVIEWER environment variable is set "
                                       "({name}) and wins over this setting.").format(
                name=os.environ["FACTCHECK_REVIEWER"])
        note = QLabel(help_text)
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.language = QComboBox()
        for choice in CHOICES:
            # Each language is named in its own words, so a user can find theirs whatever is shown.
            label = self.tr("System language") if choice == SYSTEM else NATIVE_NAMES[choice]
            self.language.addItem(label, choice)
        chosen = current_language if current_language is not None else configured_language()
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        language_note = QLabel(self.tr("A new language applies the next time the program starts."))
        language_note.setWordWrap(True)
        language_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer name:"), self.reviewer)
        form.addRow("", note)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", language_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reviewer_name(self) -> str:
        return self.reviewer.text().strip() or system_user_name()

    def language_choice(self) -> str:
        """"system", "en" or "es"."""
        return str(self.language.currentData())


def ask_reviewer_once(parent: QWidget | None = None) -> str | None:
    """First start: ask who is reviewing (default: the system user name). None when cancelled."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ask_reviewer_once", "Who is reviewing?"),
        QCoreApplication.translate("ask_reviewer_once", "Your name is stored with every judgment you make.\n"
                                   "You can change it later in Settings."),
        QLineEdit.EchoMode.Normal, reviewer_name())
    return name.strip() if ok and name.strip() else None
