"""The main window's menus and actions, and the table of keyboard shortcuts (Help > Keyboard
shortcuts) built from them. Mixed into MainWindow: the actions call the window's methods."""

from __future__ import annotations

from typing import Any

from factcheck_review.ui.models.sentence_table import FILTERS, VERDICT_COLUMNS, table_text
from factcheck_review.ui.vocabulary import verdict_name
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

# Review menu entries by verdict (the & marks the mnemonic, which each language places itself).
CYCLE_ACTIONS = {
    "sourced": QT_TRANSLATE_NOOP("WindowActions", "Cycle &sourced"),
    "anonymous": QT_TRANSLATE_NOOP("WindowActions", "Cycle &anonymous"),
    "contested": QT_TRANSLATE_NOOP("WindowActions", "Cycle &contested"),
    "inconsistent": QT_TRANSLATE_NOOP("WindowActions", "Cycle &inconsistent"),
}

# Keys handled inside the table rather than by window actions, listed in Help > Keyboard shortcuts.
# Marked for translation here; shortcut_rows() translates them.
TABLE_KEYS: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("WindowActions", "↑ ↓  or  K J"), QT_TRANSLATE_NOOP("WindowActions", "Previous / next sentence")),
    (QT_TRANSLATE_NOOP("WindowActions", "Space"), QT_TRANSLATE_NOOP("WindowActions", "Cycle the verdict in the current column")),
    (QT_TRANSLATE_NOOP("WindowActions", "Click on a verdict"),
     QT_TRANSLATE_NOOP("WindowActions", "Cycle it: not judged → yes → no → not judged")),
    ("← →", QT_TRANSLATE_NOOP("WindowActions", "Move between columns")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


def _team(window: Any, name: str) -> Any:
    """A team window's opener (ui/widgets/team_hooks.py), imported when first used: none of
    them is needed to start."""
    def open_it() -> None:
        from factcheck_review.ui.widgets import team_hooks

        getattr(team_hooks, name)(window)
    return open_it


def _restore_backup(window: Any) -> None:
    from factcheck_review.ui.widgets.recovery_dialog import restore_backup_into

    restore_backup_into(window)


class WindowActions:
    """Menus, actions and shortcuts of MainWindow (a mixin: ``self`` is the window)."""

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, parent=self)  # by keyword: no QIcon set-up (ui/widgets/suggestion_list.py)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(key) for key in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Import files…"), self.import_files_dialog, "Ctrl+I",
                     self.tr("Import articles from .txt, .md, .html or .docx files"))
        self._action(file_menu, self.tr("&Paste article…"), self.paste_article, "Ctrl+Shift+V",
                     self.tr("Import an article by pasting its text"))
        self._action(file_menu, self.tr("Open &web page…"), self.open_web_page, "Ctrl+L",
                     self.tr("Fetch web pages by their addresses, import their articles and keep a snapshot"))
        self.export_action = self._action(file_menu, self.tr("&Export review…"), self.export_current, "Ctrl+E",
                                          self.tr("Export the article's review as a report or data"))
        self._action(file_menu, self.tr("&Merge review file…"), _team(self, "merge_review_file"), None,
                     self.tr("Bring another reviewer's file in: articles, reviews, sources, links and history"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&New database…"), self.new_database, "Ctrl+Shift+N",
                     self.tr("Start a new, empty database file"))
        self._action(file_menu, self.tr("&Open database…"), self.open_database_dialog, QKeySequence.StandardKey.Open,
                     self.tr("Switch to another database file"))
        self._action(file_menu, self.tr("&Restore backup…"), lambda: _restore_backup(self),
                     tip=self.tr("Put a backup in place of this database (the current file is kept)"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,", self.tr("Your reviewer name and the interface language"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self._install_undo_actions()
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("&Search all articles…"), self.open_search, QKeySequence.StandardKey.Find,
                     self.tr("Full-text search over the sentences and notes of every article"))

        review = bar.addMenu(self.tr("&Review"))
        self.verdict_actions = []
        for number, (column, name) in enumerate(VERDICT_COLUMNS.items(), start=1):
            self.verdict_actions.append(self._action(
                review, _tr(CYCLE_ACTIONS[name]), lambda c=column: self.cycle_verdict(c), str(number),
                self.tr("{verdict}: not judged → yes → no → not judged").format(verdict=verdict_name(name))))
        review.addSeparator()
        self._action(review, self.tr("&Next sentence"), lambda: self.table.move_rows(+1), "J")
        self._action(review, self.tr("&Previous sentence"), lambda: self.table.move_rows(-1), "K")
        self._action(review, self.tr("Next not yet &reviewed"), self.next_unreviewed, "N",
                     self.tr("Go to the next sentence not yet reviewed"))
        self._action(review, self.tr("First sentence"), lambda: self.select_row(0), "Home")
        self._action(review, self.tr("Last sentence"), lambda: self.select_row(self.sentences.rowCount() - 1), "End")
        review.addSeparator()
        self._action(review, self.tr("&Accept the first suggestion"), self.accept_first_suggestion, "A",
                     self.tr("Accept the current sentence's first pending suggestion (as listed in the panel)"))
        self._action(review, self.tr("Dismiss the first suggestion"), self.dismiss_first_suggestion, "X",
                     self.tr("Dismiss the current sentence's first pending suggestion"))
        self._action(review, self.tr("Mark &done and go to the next"), self.mark_done_and_next, "D",
                     self.tr("Mark the sentence reviewed and go to the next one not yet reviewed"))
        review.addSeparator()
        self._action(review, self.tr("Edit the &note"), self.focus_note, "Ctrl+N",
                     self.tr("Type a note on the current sentence (saved when you pause)"))
        self._action(review, self.tr("&Cite a source"), self.focus_source_picker, "Ctrl+Shift+C",
                     self.tr("Attach a source to the current sentence: type a name, Enter to cite or create it"))
        review.addSeparator()
        self._action(review, self.tr("Compare &reviewers…"), _team(self, "open_compare"), "Ctrl+Shift+R",
                     self.tr("Every reviewer's verdicts, ratings and notes side by side, disagreements marked"))
        self._action(review, self.tr("&Agreement…"), _team(self, "open_agreement"), "Ctrl+Shift+K",
                     self.tr("Observed agreement, Cohen's kappa and Krippendorff's alpha; the disagreements"))
        self._action(review, self.tr("A&djudicate disagreements…"), _team(self, "open_adjudication"), "Ctrl+Shift+J",
                     self.tr("Settle each disagreement in the final layer: 1, 2, … take a reviewer's value, 0 your own"))
        review.addSeparator()
        self._action(review, self.tr("&Merge with next sentence"), self.merge_with_next, "Ctrl+M",
                     self.tr("Join the sentence with the next one (fixing a bad split); the review is kept"))
        self._action(review, self.tr("&Split sentence…"), self.split_sentence, "Ctrl+Shift+M",
                     self.tr("Split the sentence in two at a point you choose; both parts keep the review"))

        view = bar.addMenu(self.tr("&View"))
        self.filter_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for number, (name, label) in enumerate(FILTERS.items(), start=1):
            action = self._action(view, table_text(label), lambda n=name: self.set_filter(n), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setChecked(name == "all")
            group.addAction(action)
            self.filter_actions[name] = action
        view.addSeparator()
        self._action(view, self.tr("Next article"), lambda: self._step_article(+1), "Ctrl+PgDown")
        self._action(view, self.tr("Previous article"), lambda: self._step_article(-1), "Ctrl+PgUp")
        self._action(view, self.tr("Back to the sentence table"), self.back_to_table, ["Esc", "Ctrl+T"],
                     self.tr("Leave a text field (what you typed is saved) and go back to the sentences"))
        self._action(view, self.tr("Focus the article filter"), self._focus_article_filter, "Ctrl+Shift+L")
        view.addSeparator()
        self._action(view, self.tr("&Sources…"), self.open_sources, "Ctrl+Shift+S",
                     self.tr("The sources ledger: grades, where each source is cited, merging duplicates"))

        article = bar.addMenu(self.tr("&Article"))
        self._action(article, self.tr("&Properties…"), self.edit_properties, "Alt+Return",
                     self.tr("Title, outlet, URL and publication date"))
        self._action(article, self.tr("&Versions and orphans…"), _team(self, "open_versions"), None,
                     self.tr("What changed since the previous version; re-attach judgments that found no sentence"))
        self._action(article, self.tr("View &snapshot"), self.view_snapshot, "Ctrl+Shift+P",
                     self.tr("The page as it was fetched, shown as text (nothing in it runs)"))
        self._action(article, self.tr("Check for &changes"), self.check_for_changes, "F5",
                     self.tr("Fetch the page again; a changed text is imported as a new article linked to this one"))
        self._action(article, self.tr("&Delete article…"), self.delete_article, "Ctrl+Shift+Delete",
                     self.tr("Delete the article and its reviews (can be undone)"))
        self.article_panel.list.addActions(article.actions())
        # Enabled only while an article is open.
        self.article_actions = [self.export_action, *review.actions(), *article.actions()]

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("Open &log folder"), self.open_log_folder,
                     tip=self.tr("The folder with the program's log files, to attach to a bug report"))
        self._action(help_menu, self.tr("&About"), self.show_about)

        self.article_panel.list.doubleClicked.connect(lambda index: self.edit_properties())

    def _install_undo_actions(self) -> None:
        """Undo/Redo from the session's stack ("Undo Mark sourced"); replaced when the database changes."""
        stack = self.session.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        actions = self.edit_menu.actions()
        before = actions[0] if actions else None
        if self.undo_action is not None and self.redo_action is not None:
            position = actions.index(self.redo_action) + 1
            before = actions[position] if position < len(actions) else None
            for old in (self.undo_action, self.redo_action):
                self.edit_menu.removeAction(old)
                self.removeAction(old)
                old.deleteLater()
        self.edit_menu.insertActions(before, [undo, redo])  # type: ignore[arg-type]
        self.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = [(_tr(keys), _tr(meaning)) for keys, meaning in TABLE_KEYS]
        for action in self.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys:
                # Undo/Redo name the next command ("Undo Accept suggestion"); the table says what the key does.
                text = {id(self.undo_action): self.tr("Undo"), id(self.redo_action): self.tr("Redo")}.get(
                    id(action), action.text())
                rows.append((self.tr("  or  ").join(keys), text.replace("&", "").rstrip("…")))
        return rows

    def show_shortcuts(self) -> None:
        self.dialogs.shortcuts(self.shortcut_rows())
        self.back_to_table()
