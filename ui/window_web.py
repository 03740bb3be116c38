"""Web pages in the main window: File > Open web page…, Article > View snapshot and
Article > Check for changes. Mixed into MainWindow: ``self`` is the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a page is fetched: nothing of it is needed to start
    from factcheck_review.ui.widgets.import_dialogs import ImportRunner
    from factcheck_review.ui.widgets.web_import_dialog import ChangeCheckRunner


class WindowWeb:
    """Web actions of MainWindow (a mixin)."""

    def open_web_page(self) -> None:
        self.session.analysis.warm_up()
        urls = self.dialogs.web_urls()
        if urls:
            self.import_urls(urls)

    def import_urls(self, urls: list[str]) -> ImportRunner:
        """Fetch and import ``urls`` off the GUI thread, with progress and Cancel."""
        from factcheck_review.ui.widgets.import_dialogs import ImportRunner
        from factcheck_review.ui.widgets.web_import_dialog import import_urls_work

        self.session.analysis.warm_up()
        store = self.session.store
        runner = ImportRunner(self, store.path, store.reviewer, import_urls_work(list(urls)),
                              len(urls), self.tr("Fetching…"))
        runner.finished.connect(self._import_finished)
        self._import_runner = runner
        return runner

    def view_snapshot(self) -> None:
        if self.article_id is not None:
            self.dialogs.snapshot(self.session.store, self.article_id)

    def check_for_changes(self) -> ChangeCheckRunner | None:
        if self.article_id is None:
            return None
        from factcheck_review.ui.widgets.web_import_dialog import ChangeCheckRunner

        runner = ChangeCheckRunner(self, self.session.store, self.article_id)
        runner.finished.connect(self._change_check_finished)
        self._change_runner = runner
        return runner

    def _change_check_finished(self, check: Any, error: str) -> None:
        self._change_runner = None
        if check is None:
            self.dialogs.error(self.tr("Check for changes"), error)
            return
        self.articles.reload()
        if check.changed and check.new_article_id:
            self.select_article(check.new_article_id)
        self.dialogs.info(self.tr("Check for changes"), check.message)
