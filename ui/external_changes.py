"""Changes made by another program (the CLI, a second window) show up within a second.

SQLite's ``PRAGMA data_version`` changes when another connection commits. Polling it is a
cheap read; when it moved, the window's views refresh from the file, and when a field of
the sentence the reviewer is looking at changed underneath, a banner names the field and
the value the other program wrote.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from factcheck.model import VERDICT_FIELDS, Review, verdict_to_text
from factcheck.store import Change

POLL_MS = 500  # well under the one second a reviewer would notice
_FIELD_NAMES = {"sourced": "Sourced", "anonymous": "Anonymous", "contested": "Contested",
                "inconsistent": "Internally inconsistent", "rating": "rating",
                "credibility": "credibility", "note": "note", "evidence": "evidence", "status": "status"}
_SHOWN_FIELDS = (*VERDICT_FIELDS, "rating", "credibility", "note", "evidence", "status")


def describe_value(name: str, value: Any) -> str:
    """A review field's value as the reviewer reads it."""
    if name in VERDICT_FIELDS:
        return verdict_to_text(value) or "not judged"
    if value is None or value == "":
        return "empty"
    if name == "rating":
        return str(value.value).replace("_", " ")
    if name == "status":
        return str(value.label).lower()
    if name == "evidence":
        return value.url or value.title or "empty"
    text = str(value)
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


def changed_fields(before: Review, after: Review) -> list[str]:
    return [name for name in _SHOWN_FIELDS if getattr(before, name) != getattr(after, name)]


class ChangeBanner(QFrame):
    """A strip above the detail panel: what another program changed on this sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalChangeBanner")
        self.setStyleSheet("#externalChangeBanner { background: #fff3c4; border: 1px solid #d9b84a; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        dismiss = QPushButton("Dismiss", self)
        dismiss.clicked.connect(self.hide)
        layout.addWidget(dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class ExternalChanges(QObject):
    """Polls the open file's data_version and refreshes ``window`` when another program wrote."""

    def __init__(self, window: Any, banner: ChangeBanner, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        self._store: Any = None
        self._version: int | None = None
        self._seen: Review | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _read_version(self, store: Any) -> int | None:
        try:
            row = store.conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else None

    def _current_review(self) -> Review | None:
        sentence_id = getattr(self.window.detail, "sentence_id", None)
        if sentence_id is None:
            return None
        try:
            return self.window.session.store.review(sentence_id)
        except Exception:  # noqa: BLE001 - the sentence may be gone; nothing to compare
            return None

    def remember(self, *_: object) -> None:
        """What the window shows now (called after the window's own edits, too)."""
        self._seen = self._current_review()

    def poll(self) -> None:
        store = self.window.session.store
        version = self._read_version(store)
        if store is not self._store:  # another file was opened: start over
            self._store, self._version = store, version
            self.window.session.changed.connect(self.remember)
            self.remember()
            return
        if version is None or version == self._version:
            if self._seen is None or self._seen.sentence_id != getattr(self.window.detail, "sentence_id", None):
                self.remember()
            return
        self._version = version
        before = self._seen
        self.window.refresh_from_file()
        after = self._current_review()
        if before is not None and after is not None and before.sentence_id == after.sentence_id:
            fields = changed_fields(before, after)
            if fields:
                self.banner.show_message(self._message(after, fields))
        self._seen = after

    def _message(self, after: Review, fields: list[str]) -> str:
        parts = [f"{_FIELD_NAMES[name]} is now {describe_value(name, getattr(after, name))}" for name in fields]
        note = ""
        editor = getattr(self.window.detail, "note", None)
        if "note" in fields and editor is not None and getattr(editor, "pending", False):
            note = " Your unsaved typing in the note will replace it when it is saved."
        try:
            which = f"sentence {self.window.session.store.sentence(after.sentence_id).number}"
        except Exception:  # noqa: BLE001 - gone meanwhile: still say what changed
            which = "this sentence"
        return (f"Another program changed {which} while you were looking at it: "
                + "; ".join(parts) + "." + note)


def change_from_file() -> Change:
    """The Change that makes every view read the file again."""
    return Change("Changed by another program", structure=True, sources=True, links=True,
                  suggestions=True)
