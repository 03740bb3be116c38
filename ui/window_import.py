"""Importing into the main window: files (dialog or drag-and-drop) and pasted text, off the
GUI thread with progress and Cancel. Mixed into MainWindow."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ui.widgets.import_dialogs import (
    ImportOutcome,
    ImportRunner,
    PastedArticle,
    import_files_work,
    import_text_work,
    outcome_message,
)


class WindowImports:
    """Import actions of MainWindow (a mixin: ``self`` is the window)."""

    def import_files_dialog(self) -> None:
        paths = self.dialogs.open_files()
        if paths:
            self.import_files(paths)
        self.back_to_table()

    def import_files(self, paths: list[str]) -> ImportRunner:
        """Import files off the GUI thread, with progress and Cancel."""
        store = self.session.store
        runner = ImportRunner(self, store.path, store.reviewer, import_files_work(list(paths)),
                              len(paths), "Importing…")
        runner.finished.connect(self._import_finished)
        self._import_runner = runner
        return runner

    def paste_article(self) -> None:
        pasted = self.dialogs.paste_article()
        if pasted is not None:
            self.import_pasted(pasted)
        self.back_to_table()

    def import_pasted(self, pasted: PastedArticle) -> ImportRunner:
        store = self.session.store
        runner = ImportRunner(self, store.path, store.reviewer,
                              import_text_work(pasted.text, pasted.title, pasted.outlet, pasted.published),
                              1, "Importing the pasted text…")
        runner.finished.connect(self._import_finished)
        self._import_runner = runner
        return runner

    def _import_finished(self, outcome: ImportOutcome) -> None:
        self._import_runner = None
        self.articles.reload()
        self._update_empty_state()
        if outcome.imported:
            self.select_article(outcome.imported[-1].article_id)
            created = len(outcome.created)
            again = len(outcome.imported) - created
            parts = [f"Imported {created} article(s)"] if created else []
            if again:
                parts.append(f"{again} already in the database")
            self.statusBar().showMessage("; ".join(parts) + ".", 6000)
        message = outcome_message(outcome)
        if outcome.failures:
            self.dialogs.error("Import", message)
        elif message:
            self.statusBar().showMessage(message, 6000)
        self.back_to_table()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- other windows and dialogs -------------------------------------------------
