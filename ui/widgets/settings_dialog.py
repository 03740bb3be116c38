"""Settings: the reviewer name, the interface language and the publisher profile, shared with
the CLI through factcheck/config.py (``factcheck config get|set``)."""

from __future__ import annotations

import os

from factcheck_review.ui.i18n import CHOICES, NATIVE_NAMES, SYSTEM, configured_language
from factcheck_review.ui.widgets.dialog_buttons import ok_cancel_buttons
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck.config import get_setting, reviewer_name, set_setting, system_user_name

# (setting key, label, placeholder); the labels are marked for translation, shown through tr().
PUBLISHER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("publisher.name", QT_TRANSLATE_NOOP("SettingsDialog", "Publisher &name:"),
     QT_TRANSLATE_NOOP("SettingsDialog", "Example Fact Checks")),
    ("publisher.url", QT_TRANSLATE_NOOP("SettingsDialog", "Publisher &URL:"), "https://checks.example/"),
    ("publisher.logo", QT_TRANSLATE_NOOP("SettingsDialog", "&Logo URL:"), "https://checks.example/logo.png"),
    ("publisher.review_url", QT_TRANSLATE_NOOP("SettingsDialog", "Re&view URL:"),
     "https://checks.example/{article}#s{sentence}"),
    ("publisher.language", QT_TRANSLATE_NOOP("SettingsDialog", "Lan&guage of the reviews:"), "en"),
)


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
        form.addRow(self.tr("&Interface language:"), self.language)
        form.addRow("", language_note)
        self.publisher: dict[str, QLineEdit] = {}
        for key, label, placeholder in PUBLISHER_FIELDS:
            edit = QLineEdit(get_setting(key) or "", self)
            edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", placeholder))
            self.publisher[key] = edit
            form.addRow(QCoreApplication.translate("SettingsDialog", label), edit)
        publisher_note = QLabel(self.tr("ClaimReview exports name the publisher: they need its name, URL and "
                                        "review URL ({article} is the article id, {sentence} the sentence "
                                        "number)."))
        publisher_note.setWordWrap(True)
        publisher_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", publisher_note)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        form.addRow("", self.problem)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reviewer.setFocus()

    def reviewer_name(self) -> str:
        return self.reviewer.text().strip() or system_user_name()

    def language_choice(self) -> str:
        """"system", "en" or "es"."""
        return str(self.language.currentData())

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
        parent, QCoreApplication.translate("ask_reviewer_once", "Who is reviewing?"),
        QCoreApplication.translate("ask_reviewer_once", "Your name is stored with every judgment you make.\n"
                                   "You can change it later in Settings."),
        QLineEdit.EchoMode.Normal, reviewer_name())
    return name.strip() if ok and name.strip() else None
