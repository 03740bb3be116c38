"""Importing into the main window: files (dialog or drag-and-drop) and pasted text, off the
GUI thread with progress and Cancel. Mixed into MainWindow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when an import runs: nothing of it is needed to start
    from factcheck_review.ui.widgets.import_dialogs import (
        ImportOutcome,
        ImportRunner,
        PastedArticle,
    )
    from PySide6.QtGui import QDragEnterEvent, QDropEvent


class WindowImports:
    """Import actions of MainWindow (a mixin: ``self`` is the window)."""

    def import_files_dialog(self) -> None:
        self.session.analysis.warm_up()  # the analysis that follows the import starts at once
        paths = self.dialogs.open_files()
        if paths:
            self.import_files(paths)
        self.back_to_table()

    def import_files(self, paths: list[str], allow_large: bool = False) -> ImportRunner:
        """Import files off the GUI thread, with progress and Cancel."""
        from factcheck_review.ui.widgets.import_dialogs import ImportRunner, import_files_work

        self.session.analysis.warm_up()
        store = self.session.store
        runner = ImportRunner(self, store.path, store.reviewer,
                              import_files_work(list(paths), allow_large), len(paths), self.tr("Importing…"))
        runner.finished.connect(self._import_finished)
        self._import_runner = runner
        return runner

    def paste_article(self) -> None:
        self.session.analysis.warm_up()
        pasted = self.dialogs.paste_article()
        if pasted is not None:
            self.import_pasted(pasted)
        self.back_to_table()

    def import_pasted(self, pasted: PastedArticle) -> ImportRunner:
        from factcheck_review.ui.widgets.import_dialogs import ImportRunner, import_text_work

        self.session.analysis.warm_up()
        store = self.session.store
        runner = ImportRunner(self, store.path, store.reviewer,
                              import_text_work(pasted.text, pasted.title, pasted.outlet, pasted.published),
                              1, self.tr("Importing the pasted text…"))
        runner.finished.connect(self._import_finished)
        self._import_runner = runner
        return runner

    def _import_finished(self, outcome: ImportOutcome) -> None:
        from factcheck_review.ui.widgets import team_hooks
        from factcheck_review.ui.widgets.import_dialogs import ImportRunner, outcome_message

        self._import_runner = None
        self.session.analysis.start()  # text and sentences are stored; suggestions follow as they come
        self.articles.reload()
        self._update_empty_state()
        if outcome.imported:
            self.select_article(outcome.imported[-1].article_id)
            created = len(outcome.created)
            again = len(outcome.imported) - created
            # ImportRunner.tr: plural forms need a QObject class's tr() (this mixin is not one).
            parts = [ImportRunner.tr("Imported %n article(s)", "", created)] if created else []
            if again:
                parts.append(ImportRunner.tr("%n already in the database", "", again))
            self.statusBar().showMessage("; ".join(parts) + ".", 6000)
        team_hooks.offer_new_versions(self, outcome)
        if outcome.too_large:
            names = ", ".join(Path(p).name for p in outcome.too_large)
            if self.dialogs.confirm(self.tr("Import large files"), self.tr(
                    "{names} holds more than 20 MB of text; importing takes a while and the "
                    "window may be slow with it. Import anyway?").format(names=names)):
                self.import_files(outcome.too_large, allow_large=True)
        message = outcome_message(outcome)
        if outcome.failures:
            self.dialogs.error(self.tr("Import"), message)
        elif message:
            self.statusBar().showMessage(message, 6000)
        self.back_to_table()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(url.isLocalFile() or url.scheme() in ("http", "https") for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
        links = [url.toString() for url in urls if url.scheme() in ("http", "https")]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
        elif links:  # a link dragged from a browser: fetched like File > Open web page…
            event.acceptProposedAction()
            self.import_urls(links)

    # -- other windows and dialogs -------------------------------------------------
