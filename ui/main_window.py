"""The review window: article list | article verdict and sentence table | detail panel.

The window holds no business logic: every user action is a command pushed through the
session, and views refresh from the Change records the store returns. Its layout
(window_layout.py), menus and shortcuts (window_actions.py), importing (window_import.py)
and the questions it asks (window_dialogs.py, replaced in tests) live in their own modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck_review.ui import background, start_up
from factcheck_review.ui.app import install_wheel_guard  # imports ui/wheel_guard.py only then
from factcheck_review.ui.commands import DeleteArticle, EditArticle
from factcheck_review.ui.external_changes import ChangeBanner, ExternalChanges, change_from_file
from factcheck_review.ui.models.article_list import ArticleListModel
from factcheck_review.ui.models.sentence_table import (
    COL_SENTENCE,
    FILTERS,
    SentenceTableModel,
)
from factcheck_review.ui.session import QtSession, Stage
from factcheck_review.ui.store_health import StoreHealth
from factcheck_review.ui.vocabulary import status_label
from factcheck_review.ui.widgets.article_panel import ArticlePanel, ArticleVerdictBar
from factcheck_review.ui.widgets.detail_panel import DetailPanel
from factcheck_review.ui.widgets.language_notice import LanguageNotice
from factcheck_review.ui.widgets.profile_bar import SourcingProfileBar
from factcheck_review.ui.widgets.sentence_delegate import SentenceTableView
from factcheck_review.ui.window_actions import TABLE_KEYS, WindowActions
from factcheck_review.ui.window_dialogs import DATABASE_FILTER, Dialogs
from factcheck_review.ui.window_import import WindowImports
from factcheck_review.ui.window_layout import FILTER_BUTTONS, WindowLayout
from factcheck_review.ui.window_review import WindowReview
from factcheck_review.ui.window_web import WindowWeb
from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from factcheck.config import config_dir, set_reviewer
from factcheck.diagnostics import log_dir
from factcheck.errors import FactcheckError
from factcheck.store import ArticleSummary, Change, Store, open_store

if TYPE_CHECKING:  # opened on first use: nothing of them is needed to start
    from factcheck_review.ui.widgets.import_dialogs import ImportRunner
    from factcheck_review.ui.widgets.search_dialog import SearchDialog
    from factcheck_review.ui.widgets.sources_window import SourcesWindow
    from PySide6.QtGui import QCloseEvent

__all__ = ["DATABASE_FILTER", "FILTER_BUTTONS", "TABLE_KEYS", "Dialogs", "MainWindow", "window_settings"]


def _has_modifier(action: QAction) -> bool:
    """Whether every key of an action has Ctrl, Alt or Meta, or is a function key."""
    keys = action.shortcuts()
    if not keys:
        return False
    for key in keys:
        combination = key[0]
        modifiers = combination.keyboardModifiers()
        function = Qt.Key.Key_F1.value <= combination.key().value <= Qt.Key.Key_F35.value
        if not (function or modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)):
            return False
    return True


def about_text(database: Path) -> str:
    from factcheck import __version__

    return QCoreApplication.translate(
        "MainWindow",
        "Fact-check review {version}\n\n"
        "Review news articles sentence by sentence: sourcing, anonymity, contested "
        "and inconsistent claims, ratings and notes. Every judgment is saved at once "
        "to {database}.\n\nLog files: {logs}\nLicence: MIT").format(
            version=__version__, database=database, logs=log_dir())


def window_settings() -> QSettings:
    """Window geometry and splitter positions, next to the config file (tests point it at tmp_path)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(WindowActions, WindowReview, WindowImports, WindowWeb, WindowLayout, QMainWindow):
    export_requested = Signal(str)  # article id

    def __init__(self, session: QtSession, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The wheel over a combo box scrolls the panel, never changes a judgment (installed once
        # the window has painted: ui/wheel_guard.py).
        start_up.when_started(None, install_wheel_guard)
        self.session = session
        self.settings = settings if settings is not None else window_settings()
        self.dialogs = Dialogs(self)
        self.article_id: str | None = None
        self._current_sentence: int | None = None
        self._places: dict[str, int] = {}  # article id -> the sentence the reviewer was on
        self._import_runner: ImportRunner | None = None
        self.search_dialog: SearchDialog | None = None
        self.sources_window: SourcesWindow | None = None
        self.persist_settings = True  # off for --screenshot: a rendering must not move the user's window
        self.setAcceptDrops(True)

        self.articles = ArticleListModel(session.store, self)
        self.sentences = SentenceTableModel(session.store, self)
        self.article_panel = ArticlePanel(self.articles, self)
        self.verdict_bar = ArticleVerdictBar(session, self)
        self.profile_bar = SourcingProfileBar(session, self)
        self.language_notice = LanguageNotice(self)
        self.table = SentenceTableView(self)
        self.table.setModel(self.sentences)
        start_up.open_after_paint(self.table.viewport())  # work waiting for the first paint starts then
        self.detail = DetailPanel(session, self)
        self._connect_detail(self.detail)
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self._connect_session()
        self.store_health = StoreHealth(self)  # integrity check off the GUI thread; read-only state
        self.change_banner = ChangeBanner(self)
        self.table.parentWidget().layout().insertWidget(0, self.change_banner)
        self.external_changes = ExternalChanges(self, self.change_banner)  # other programs' edits

        self.article_panel.article_selected.connect(self.show_article)
        self.verdict_bar.acted.connect(self.back_to_table)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.verdict_requested.connect(self.cycle_verdict_at)
        self.sentences.modelReset.connect(self._restore_current)
        self.articles.reload()
        self._update_empty_state()
        self._restore_settings()
        # Accessible names and descriptions for every control, once the window has painted
        # (walking every widget in Python makes PySide set up each Qt class it meets).
        start_up.when_started(self, self._describe_controls)

    def _describe_controls(self) -> None:
        from factcheck_review.ui.accessibility import describe_controls

        describe_controls(self)

    # -- connecting ----------------------------------------------------------

    def _connect_session(self) -> None:
        session = self.session
        # A Change, or another database, reaches the data models first, the views next (they
        # subscribed themselves) and the window's bookkeeping last: each stage reads what the
        # earlier ones brought up to date (ui/session.py).
        session.subscribe(self.articles.apply_change, self.articles.set_store, Stage.MODELS)
        session.subscribe(self.sentences.apply_change, self.sentences.set_store, Stage.MODELS)
        session.subscribe(self._on_change, self._store_replaced, Stage.WINDOW)
        session.saved.connect(self._on_saved)
        session.error.connect(self._not_saved)
        session.analysis.started.connect(self._on_analysis_started)
        session.analysis.progressed.connect(self._on_analysis_progress)
        session.analysis.ended.connect(self._on_analysis_ended)
        self.sentences.modelAboutToBeReset.connect(self._remember_row)

    def _not_saved(self, text: str) -> None:
        self.dialogs.error(self.tr("Not saved"), text)

    def _store_replaced(self, store: Store) -> None:
        """Another database is open (the models and views already read it): start on its first
        article."""
        self.verdict_bar.set_article(None)
        self.detail.set_sentence(None, None)
        if self.sources_window is not None:  # it edits the previous file's ledger
            self.sources_window.close()
            self.sources_window.deleteLater()
            self.sources_window = None
        self.article_id = None
        self._places.clear()
        self._update_status_labels()
        self.store_health.check()
        self._update_empty_state()
        self.article_panel.select_first()

    def _connect_detail(self, detail: DetailPanel) -> None:
        detail.jump_requested.connect(self.jump_to)
        detail.action_done.connect(self.back_to_table)
        detail.verdicts.ask_about_links = lambda text: self.dialogs.verdict_links(text)
        detail.suggestions.confirm = lambda parent, title, text: self.dialogs.confirm(title, text)
        detail.source_requested.connect(self.show_source)
        # Asked through the window's dialogs (tests answer them), as after a verdict set in the table.
        detail.conflict_picker = lambda parent, session, sentence_id: self.dialogs.conflict_link(
            session, sentence_id)

    # -- articles --------------------------------------------------------------

    def show_article(self, article_id: str | None) -> None:
        """Open an article in the table (None: nothing open)."""
        if article_id == self.article_id and article_id is not None:
            return
        self.article_id = article_id
        self._current_sentence = None
        self.sentences.set_article(article_id)
        summary = self.articles.summary(article_id) if article_id else None
        self.verdict_bar.set_article(article_id, summary)
        self.profile_bar.set_article(article_id)
        self.language_notice.set_article(self.session.store, article_id)
        self._update_filter_counts(summary)
        self._update_article_actions()
        place = self.place_of(article_id)
        if place is not None and self.select_sentence(place):
            pass  # back where the reviewer was
        elif self.sentences.rowCount():
            self.select_row(0)
        else:
            self._current_row_changed()
        if article_id and self.persist_settings:
            self.settings.setValue("last_article", article_id)

    def select_article(self, article_id: str | None) -> bool:
        if article_id is None:
            self.article_panel.select_article(None)
            self.show_article(None)
            return False
        found = self.article_panel.select_article(article_id)
        if found:
            self.show_article(article_id)
        return found

    def _step_article(self, delta: int) -> None:
        view = self.article_panel.list
        row = view.currentIndex().row() + delta
        proxy = self.article_panel.proxy
        if row >= proxy.rowCount() and proxy.canFetchMore(QModelIndex()):
            proxy.fetchMore(QModelIndex())  # the next page of the list, as scrolling there reads it
        if 0 <= row < proxy.rowCount():
            view.setCurrentIndex(self.article_panel.proxy.index(row, 0))

    def _focus_article_filter(self) -> None:
        self.article_panel.filter_edit.setFocus()
        self.article_panel.filter_edit.selectAll()

    def _update_empty_state(self) -> None:
        empty = self.articles.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_page if empty else self.splitter)
        self._update_article_actions()

    def _update_article_actions(self) -> None:
        for action in self.article_actions:
            action.setEnabled(self.article_id is not None)

    def open_sample(self) -> None:
        try:
            result = self.session.store.import_seed()
        except FactcheckError as error:
            self.dialogs.error(self.tr("Sample article"), str(error))
            return
        self.articles.reload()
        self._update_empty_state()
        self.select_article(result.article_id)

    def edit_properties(self) -> None:
        if self.article_id is None:
            return
        self.session.prepare_reanalysis(self.article_id)  # the date may change
        changes = self.dialogs.article_properties(self.session.store.article(self.article_id))
        if changes:
            self.session.push(EditArticle(self.article_id, changes, self.tr("Edit article properties")))
        self.back_to_table()

    def delete_article(self) -> None:
        if self.article_id is None:
            return
        article = self.session.store.article(self.article_id)
        if not self.dialogs.confirm(
                self.tr("Delete article"),
                self.tr("Delete “{title}” and every review, note and suggestion on it?\n"
                        "You can undo this with Edit > Undo.").format(title=article.title)):
            self.back_to_table()
            return
        row = self.article_panel.list.currentIndex().row()
        if self.session.push(DeleteArticle(article.id, article.title)):
            proxy = self.article_panel.proxy
            if proxy.rowCount():
                self.article_panel.list.setCurrentIndex(proxy.index(min(row, proxy.rowCount() - 1), 0))
        self.back_to_table()

    # -- sentences ---------------------------------------------------------------

    def set_filter(self, name: str) -> None:
        if name not in FILTERS:
            raise ValueError(f"unknown filter {name!r}")
        for button in self.filter_buttons.buttons():
            button.setChecked(button.property("filter") == name)
        self.filter_actions[name].setChecked(True)
        if name != self.sentences.filter:
            keep = self._current_sentence
            index = self.session.store.sentence(keep).index if keep is not None else 0
            self.sentences.set_filter(name)
            if keep is not None and self.sentences.position_of(keep) is not None:
                self.select_sentence(keep)
            elif self.sentences.rowCount():
                # Filtered out: the nearest sentence after it, not back to the first.
                self.select_row(self.sentences.row_at_or_after(index) or 0)

    def _update_filter_counts(self, summary: ArticleSummary | None = None, suggestions: bool = True) -> None:
        """Counts on the filter buttons; ``summary`` (the article list's row) has all but one of them."""
        store = self.session.store
        counts: dict[str, int | None] = dict.fromkeys(FILTERS)
        if self.article_id is not None:
            if summary is not None and summary.id == self.article_id:
                counts.update(all=summary.sentences, unreviewed=summary.sentences - summary.reviewed,
                              flagged=summary.flagged)
            if suggestions or self._suggestion_count is None:
                self._suggestion_count = store.sentence_count(self.article_id, "suggestions")
            counts["suggestions"] = self._suggestion_count
        for button in self.filter_buttons.buttons():
            name = button.property("filter")
            label = QCoreApplication.translate("WindowLayout", FILTER_BUTTONS[name])
            if self.article_id is None:
                button.setText(label)
                continue
            count = counts[name]
            if count is None:
                count = store.sentence_count(self.article_id, name)
            button.setText(self.tr("{filter} ({count})").format(filter=label, count=count))

    _suggestion_count: int | None = None

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def current_sentence_id(self) -> int | None:
        return self._current_sentence

    def select_row(self, row: int, column: int | None = None) -> None:
        if not 0 <= row < self.sentences.rowCount():
            return
        if column is None:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else COL_SENTENCE
        index = self.sentences.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def select_sentence(self, sentence_id: int) -> bool:
        row = self.sentences.position_of(sentence_id)
        if row is None:
            return False
        self.select_row(row)
        self.table.scrollTo(self.sentences.index(row, COL_SENTENCE), SentenceTableView.ScrollHint.PositionAtCenter)
        return True

    def jump_to(self, article_id: str, sentence_id: int) -> None:
        """Open an article at a sentence (from search, a link or a suggestion)."""
        if article_id != self.article_id and not self.select_article(article_id):
            self.dialogs.error(self.tr("Not found"), self.tr("That article is no longer in the database."))
            return
        if self.sentences.position_of(sentence_id) is None:
            self.set_filter("all")
        self.select_sentence(sentence_id)
        self.activateWindow()  # a jump from the search or Sources window comes back here
        self.table.setFocus()

    def _current_row_changed(self, *args: Any) -> None:
        row = self.current_row()
        self._current_sentence = self.sentences.sentence_id(row) if row is not None else None
        self._remember_place()
        self.detail.set_sentence(self.article_id, self._current_sentence)
        self._update_position_label()

    def _update_position_label(self) -> None:
        row = self.current_row()
        entry = self.sentences.row(row) if row is not None else None
        if entry is None:
            self.position_label.setText("")
            return
        # The article's sentences, from the kept counts (a filtered table shows fewer rows).
        total = self.session.store.sentence_count(self.article_id or "") if self.sentences.filter != "all" \
            else self.sentences.rowCount()
        self.position_label.setText(self.tr("Sentence {number} of {total} · {status}").format(
            number=entry.sentence.number, total=total, status=status_label(entry.review.status)))

    def _restore_current(self) -> None:
        """After the table reloads, keep the same sentence current (or the same row)."""
        QTimer.singleShot(0, self, self._reselect)  # with the window as context: dropped if it goes first

    def _reselect(self) -> None:
        keep = self._current_sentence
        row = self.current_row()
        if row is not None and keep is not None and self.sentences.sentence_id(row) == keep:
            return  # already showing the sentence (the window selected it itself)
        if keep is not None and self.select_sentence(keep):
            return
        if self.sentences.rowCount():
            self.select_row(min(self._last_row, self.sentences.rowCount() - 1))
        else:
            self._current_row_changed()

    _last_row = 0

    def _remember_row(self) -> None:
        """The table is about to reload: the row to come back to if its sentence is gone."""
        current_row = self.current_row()
        if current_row is not None:
            self._last_row = current_row

    # -- refreshing from the store ---------------------------------------------

    def _on_change(self, change: Change) -> None:
        """The window's stage of a Change: the models and views have applied it already."""
        deleted = change.deleted
        restored = change.restored
        if deleted or restored:
            self._update_empty_state()
            if deleted and self.article_id in change.article_ids:
                self.article_id = None
                current = self.article_panel.current_article_id()
                self.show_article(current)
            elif restored and change.article_ids:
                self.select_article(change.article_ids[0])
            return
        if self.article_id in change.article_ids or not change.article_ids:
            summary = self.articles.summary(self.article_id) if self.article_id else None
            review_only = bool(change.sentence_ids) and not change.structure
            self.verdict_bar.refresh(summary, article_changed=not review_only)
            self._update_filter_counts(summary, suggestions=change.suggestions or change.structure)
        self._update_position_label()

    def refresh_from_file(self) -> None:
        """Read everything again: another program changed the file."""
        self.articles.reload()
        if self.article_id is not None and self.articles.row_of(self.article_id) is None:
            self.article_id = None
            self.show_article(self.article_panel.current_article_id())
        elif self.article_id is not None:
            self.article_panel.keep_current(self.article_id)  # reading the list again cleared it
        self._update_empty_state()
        self.session.notify(change_from_file())

    def _on_saved(self, text: str) -> None:
        from datetime import datetime

        self.saved_label.setText(f"✓ {text} {datetime.now().strftime('%H:%M:%S')}")
        self.statusBar().showMessage(text, 3000)

    def _on_analysis_started(self) -> None:
        self.analysis_label.setText(self.tr("Analysing…"))
        self.analysis_label.show()

    def _on_analysis_ended(self) -> None:
        if not self.session.analysis.running():  # not when another run follows at once
            self.analysis_label.hide()

    def _on_analysis_progress(self, done: int, total: int, seconds: float) -> None:
        """The background analysis moved on: "Analysing 2 of 5 articles… about 12 s left"."""
        from factcheck.analysis_runner import time_left

        if total == 1:
            text = self.tr("Analysing the article…")
        else:
            text = self.tr("Analysing {done} of {total} articles…").format(done=min(done + 1, total), total=total)
        left = time_left(seconds if seconds >= 0 else None)
        if left is not None and done < total:
            template = self.tr("about {n} min left") if left[1] == "min" else self.tr("about {n} s left")
            text = f"{text} {template.format(n=left[0])}"
        self.analysis_label.setText(text)
        self.analysis_label.show()

    def _update_status_labels(self) -> None:
        store = self.session.store
        self.reviewer_label.setText(self.tr("Reviewer: {name}").format(name=store.reviewer))
        self.database_label.setText(Path(store.path).name)
        self.setWindowTitle(Path(store.path).name)  # Qt adds " — Fact-check review"
        self.database_label.setToolTip(str(store.path))
        self.saved_label.setText(self.tr("✓ All changes saved"))
        self.saved_label.setToolTip(self.tr("Every change is saved to the database file as you make it."))


    def open_search(self) -> SearchDialog:
        if self.search_dialog is None:
            from factcheck_review.ui.widgets.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.session, self)
            self.search_dialog.jump_requested.connect(self.jump_to)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()
        return self.search_dialog

    def open_sources(self) -> SourcesWindow:
        """The Sources window: the ledger across articles; its citations jump here."""
        if self.sources_window is None:
            from factcheck_review.ui.widgets.sources_window import SourcesWindow

            self.sources_window = SourcesWindow(self.session, self)
            self.sources_window.jump_requested.connect(self.jump_to)
            # The window's shortcuts with a modifier (Ctrl+Shift+V, Ctrl+F, F1…) work there too;
            # single keys (j, 1–4, a) act on the sentence table and stay in the main window.
            self.sources_window.addActions([a for a in self.actions() if _has_modifier(a)])
            frame = self.sources_window.frameGeometry()
            frame.moveCenter(self.frameGeometry().center())
            self.sources_window.move(frame.topLeft())
        self.sources_window.show()
        self.sources_window.raise_()
        self.sources_window.activateWindow()
        return self.sources_window

    def show_source(self, source_id: int) -> None:
        """A cited source activated in the detail panel: select it in the Sources window."""
        self.open_sources().show_source(source_id)

    def back_to_table(self) -> None:
        """The keyboard goes back to the sentence table (after an action, a dialog, or Esc in a
        field); what was typed in a field is saved first."""
        focused = self.focusWidget()
        if focused is not None and focused is not self.table and self.detail.isAncestorOf(focused):
            self.detail.flush()
        if self.stack.currentWidget() is self.splitter:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_note(self) -> None:
        if self._current_sentence is not None:
            self.detail.focus_note()

    def focus_source_picker(self) -> None:
        if self._current_sentence is not None:
            self.detail.focus_source_picker()

    def export_current(self) -> None:
        if self.article_id is None:
            self.dialogs.info(self.tr("Export"), self.tr("Open an article first; the export is of one article's review."))
            return
        self.export_requested.emit(self.article_id)
        self.dialogs.export(self.session, self.article_id)
        self.back_to_table()

    def open_settings(self) -> None:
        name = self.dialogs.settings(self.session.store.reviewer)
        if name and name != self.session.store.reviewer:
            self.change_reviewer(name)
        self.back_to_table()

    def change_reviewer(self, name: str) -> None:
        set_reviewer(name)
        self.detail.flush()
        self.session.store.reviewer = name
        # Undo entries act on the previous reviewer's reviews; they stay in the history only.
        self.session.undo_stack.clear()
        self.articles.reload()
        self.sentences.reload()
        self.select_article(self.article_id)
        self.verdict_bar.refresh()
        self._update_status_labels()

    def show_about(self) -> None:
        self.dialogs.info(self.tr("About Fact-check review"), about_text(self.session.store.path))

    def open_log_folder(self) -> None:
        self.dialogs.open_folder(log_dir())

    # -- databases ---------------------------------------------------------------

    def new_database(self) -> None:
        path = self.dialogs.new_database_path()
        if not path:
            return
        target = Path(path)
        if target.exists() and target.stat().st_size > 0:
            self.dialogs.error(self.tr("New database"), self.tr(
                "{path} already exists; use File > Open database to open it.").format(path=target))
            return
        self.open_database(target)

    def open_database_dialog(self) -> None:
        path = self.dialogs.open_database_path()
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> bool:
        """Switch to another database file."""
        try:
            store = open_store(path, verify=False)  # checked in the background (StoreHealth)
        except FactcheckError as error:
            self.dialogs.error(self.tr("Open database"), str(error))
            return False
        self.detail.flush()
        # The session owns the open store: every view follows (self._store_replaced is the window's part).
        self.session.replace_store(store).close()
        self.settings.setValue("last_database", str(path))
        return True

    # -- start-up and closing ------------------------------------------------------

    def start(self, article_id: str | None = None, restore_last: bool = True) -> None:
        """Select the article to show after start-up: the named one, the last one, or the first."""
        self.table.setFocus()  # keyboard first: 1–4, j/k and n work at once
        if article_id and self.select_article(article_id):
            return
        last = self.settings.value("last_article") if restore_last else None
        if isinstance(last, str) and self.select_article(last):
            return
        self.article_panel.select_first()

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if not self.fits_screen():
            self.fit_to_screen()  # saved on a bigger screen: never open partly off this one
        sort = self.settings.value("article_sort")
        if isinstance(sort, str):
            self.article_panel.restore_state({"sort": sort})

    def save_settings(self) -> None:
        if not self.persist_settings:
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("article_sort", self.article_panel.save_state()["sort"])
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every piece of background work of the window and the session (an import finishes the
        # file it is on, an analysis stores its batch, a search or profile read stops) ends, and
        # its thread with it, before the widgets go.
        self.profile_bar.shutdown()
        background.shutdown(self, self.session)
        from factcheck.analysis_runner import stop_workers  # not needed to start

        stop_workers()  # the analysis workers kept for the next article (see analysis_runner)
        self.detail.flush()
        # The undo history ends with the window and is freed now, in order: a session collected
        # later by the garbage collector with commands still on its stack crashed in
        # QUndoStack::clear (a segfault seen in the GUI tests).
        self.session.undo_stack.clear()
        self.save_settings()
        super().closeEvent(event)
