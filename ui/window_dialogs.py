"""Every question the main window asks, in one injectable object (tests replace it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck_review.ui.i18n import configured_language, set_language
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.verdict_edit import ask_about_links
from factcheck_review.ui.widgets.sentence_delegate import SplitDialog
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from factcheck.model import Article

if TYPE_CHECKING:  # each dialog is imported when it first opens
    from factcheck_review.ui.widgets.import_dialogs import PastedArticle

DATABASE_FILTER = "Review databases (*.sqlite3 *.sqlite *.db);;All files (*)"  # English; see database_filter()


def database_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Review databases (*.sqlite3 *.sqlite *.db);;All files (*)")


class Dialogs:
    """Every question the window asks, in one place, so tests can answer them without a modal loop.
    Each dialog's module and Qt class is imported when it first opens (PySide sets a class up
    on first use, which start-up need not wait for)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, title, text)

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, title, text)

    def open_folder(self, folder: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.window, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def open_files(self) -> list[str]:
        from factcheck_review.ui.widgets.import_dialogs import file_filter
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self.window, QCoreApplication.translate("Dialogs", "Import articles"), "", file_filter())
        return paths

    def new_database_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("Dialogs", "New database"),
                                              "reviews.sqlite3", database_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def open_database_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("Dialogs", "Open database"), "", database_filter())
        return path

    def web_urls(self) -> list[str]:
        from factcheck_review.ui.widgets.web_import_dialog import WebImportDialog

        dialog = WebImportDialog(self.window)
        return dialog.urls() if dialog.exec() == QDialog.DialogCode.Accepted else []

    def snapshot(self, store: Any, article_id: str) -> None:
        from factcheck_review.ui.widgets.snapshot_view import SnapshotDialog

        SnapshotDialog(store, article_id, self.window).exec()

    def paste_article(self) -> PastedArticle | None:
        from factcheck_review.ui.widgets.import_dialogs import PasteDialog

        dialog = PasteDialog(self.window)
        return dialog.article() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def article_properties(self, article: Article) -> dict[str, Any] | None:
        from factcheck_review.ui.widgets.article_properties import ArticlePropertiesDialog

        dialog = ArticlePropertiesDialog(article, self.window)
        return dialog.changes() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def split_point(self, text: str) -> int | None:
        dialog = SplitDialog(text, self.window)
        return dialog.offset() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def settings(self, reviewer: str) -> str | None:
        from factcheck_review.ui.widgets.settings_dialog import SettingsDialog

        dialog = SettingsDialog(reviewer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.language_choice() != configured_language():
            set_language(dialog.language_choice())
        return dialog.reviewer_name()

    def shortcuts(self, rows: list[tuple[str, str]]) -> None:
        from factcheck_review.ui.widgets.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(rows, self.window).exec()

    def export(self, session: QtSession, article_id: str) -> None:
        # Imported when first used: the report writers take a while to load.
        from factcheck_review.ui.widgets.export_dialog import ExportDialog

        ExportDialog(session, article_id, self.window, settings=getattr(self.window, "settings", None)).exec()

    def verdict_links(self, text: str) -> bool | None:
        """A verdict leaves "yes" while its links remain: remove them (True), keep them (False), cancel."""
        return ask_about_links(self.window, text)

    def conflict_link(self, session: QtSession, sentence_id: int) -> bool:
        """After a sentence is marked inconsistent: which sentence does it conflict with?"""
        from factcheck_review.ui.widgets.links_view import offer_conflict_link

        return offer_conflict_link(self.window, session, sentence_id)
