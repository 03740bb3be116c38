"""When a database cannot be used: start a new one, open another, open it read-only to export
what is readable, or restore a backup (also File > Restore backup…)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from factcheck.errors import FactcheckError
from factcheck.store import Store, open_store
from factcheck.store.recovery import restore_backup

translate = QCoreApplication.translate


def database_filter() -> str:
    """As factcheck_review.ui.window_dialogs says it (not imported: this dialog can come before the window)."""
    return translate("Dialogs", "Review databases (*.sqlite3 *.sqlite *.db);;All files (*)")

CHOICES = ("new", "open", "read_only", "restore", "quit")


def ask_choice(message: str, parent: QWidget | None = None) -> str:
    """The reviewer's choice after ``message``: one of CHOICES."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Fact-check review", message, parent=parent)
    buttons = {
        box.addButton(translate("Recovery", "New database…"), QMessageBox.ButtonRole.AcceptRole): "new",
        box.addButton(translate("Recovery", "Open database…"), QMessageBox.ButtonRole.AcceptRole): "open",
        box.addButton(translate("Recovery", "Open read-only"), QMessageBox.ButtonRole.AcceptRole): "read_only",
        box.addButton(translate("Recovery", "Restore backup…"), QMessageBox.ButtonRole.AcceptRole): "restore",
        box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole): "quit",
    }
    box.exec()
    return buttons.get(box.clickedButton(), "quit")


def pick_path(kind: str, parent: QWidget | None = None) -> str:
    """A file name from the reviewer: kind is new, open or backup."""
    if kind == "new":
        return QFileDialog.getSaveFileName(parent, translate("Recovery", "New database"), "reviews.sqlite3",
                                           database_filter())[0]
    title = translate("Recovery", "Open database") if kind == "open" else translate("Recovery", "Restore which backup?")
    return QFileDialog.getOpenFileName(parent, title, "", database_filter())[0]


def recover(message: str, path: Path, *, ask: Callable[[str], str] | None = None,
            pick: Callable[[str], str] | None = None) -> Store | None:
    """Ask until the reviewer has a usable store (or quits: None). Nothing is ever deleted."""
    ask = ask or ask_choice
    pick = pick or pick_path
    while True:
        choice = ask(message)
        try:
            if choice == "quit":
                return None
            if choice == "read_only":
                return open_store(path, read_only=True)
            if choice in ("new", "open"):
                chosen = pick(choice)
                if chosen:
                    return open_store(chosen, verify=False)
                continue
            if choice == "restore":
                backup = pick("backup")
                if backup:
                    restore_backup(backup, path)
                    return open_store(path)
        except FactcheckError as error:
            message = str(error)


def restore_backup_into(window: Any) -> bool:
    """File > Restore backup…: put a backup in place of the open file and reopen it."""
    store = window.session.store
    backup = window.dialogs.backup_path() if hasattr(window.dialogs, "backup_path") else pick_path("backup", window)
    if not backup:
        return False
    if not window.dialogs.confirm(translate("Recovery", "Restore backup"), translate(
            "Recovery", "Replace {name} with the backup {backup}? The current file is kept next to it "
            "(renamed “….replaced-DATE”), so nothing is lost.").format(name=Path(store.path).name,
                                                                        backup=Path(backup).name)):
        return False
    path = Path(store.path)
    window.detail.flush()
    try:
        from factcheck.store.recovery import check_backup

        check_backup(Path(backup))
        store.close()
        restore_backup(backup, path)
    except FactcheckError as error:
        window.dialogs.error(translate("Recovery", "Restore backup"), str(error))
        return False
    return bool(window.open_database(path))
