"""The open file's health in the window: the integrity check runs off the GUI thread right
after opening (start-up does not wait), editing is enabled when it passes, and a read-only or
damaged file says so in the title and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck_review.ui.background import run_once
from PySide6.QtCore import QObject

from factcheck.errors import StoreError
from factcheck.store.safety import check_file


class StoreHealth(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def check(self) -> None:
        """Start the check of the window's store, unless it has run already."""
        store = self.window.session.store
        if not store.verified:
            path = str(store.path)
            run_once(self, "integrity-check", lambda worker: check_file(Path(path)),
                     on_done=lambda problem: self._apply(path, problem))
        self.update_labels()
        if store.location_warning:
            self.window.dialogs.error(self.tr("Where the database lives"), store.location_warning)

    def _apply(self, path: str, problem: str | None) -> None:
        store = self.window.session.store
        if str(store.path) != path or store.verified:
            return
        try:
            store.verify(problem)
        except StoreError as error:
            self.window.dialogs.error(self.tr("Damaged database"), str(error))
        self.update_labels()

    def state(self) -> str:
        """checking, read-only, damaged or ok."""
        store = self.window.session.store
        if store.damage is not None:
            return "damaged"
        if store.read_only:
            return "read-only"
        return "ok" if store.verified else "checking"

    def update_labels(self) -> None:
        window = self.window
        name = Path(window.session.store.path).name
        state = self.state()
        window.detail.setEnabled(state == "ok")
        if state == "ok":
            window._update_status_labels()
            return
        text = {"checking": self.tr("Checking the file…"),
                "read-only": self.tr("Read-only: changes cannot be saved"),
                "damaged": self.tr("Damaged: opened read-only; export what you need or restore a backup")}[state]
        window.setWindowTitle(self.tr("{name} (read-only)").format(name=name) if state != "checking"
                              else self.tr("{name} (checking)").format(name=name))
        window.saved_label.setText(text)
        window.saved_label.setToolTip(str(window.session.store.damage or text))
        if state != "checking":
            window.statusBar().showMessage(text, 10000)
