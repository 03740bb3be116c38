"""Changes made by another program (the CLI, a second window) show up within a second.

SQLite's ``PRAGMA data_version`` changes when another connection commits. Polling it is a
cheap read; when it moved, the window's views refresh from the file, and when a field of
the sentence the reviewer is looking at changed underneath, a banner names the field and
the value the other program wrote.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from factcheck_review.ui.vocabulary import rating_label, status_label, verdict_word
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from factcheck.model import VERDICT_FIELDS, Rating, Review, Status
from factcheck.store import Change

translate = QCoreApplication.translate

POLL_MS = 500  # well under the one second a reviewer would notice
_FIELD_NAMES = {  # marked for translation; shown through translate()
    "sourced": QT_TRANSLATE_NOOP("ExternalChanges", "Sourced"),
    "anonymous": QT_TRANSLATE_NOOP("ExternalChanges", "Anonymous"),
    "contested": QT_TRANSLATE_NOOP("ExternalChanges", "Contested"),
    "inconsistent": QT_TRANSLATE_NOOP("ExternalChanges", "Internally inconsistent"),
    "rating": QT_TRANSLATE_NOOP("ExternalChanges", "rating"),
    "credibility": QT_TRANSLATE_NOOP("ExternalChanges", "credibility"),
    "note": QT_TRANSLATE_NOOP("ExternalChanges", "note"),
    "evidence": QT_TRANSLATE_NOOP("ExternalChanges", "evidence"),
    "status": QT_TRANSLATE_NOOP("ExternalChanges", "status"),
}
_SHOWN_FIELDS = (*VERDICT_FIELDS, "rating", "credibility", "note", "evidence", "status")


def describe_value(name: str, value: Any) -> str:
    """A review field's value as the reviewer reads it."""
    if name in VERDICT_FIELDS:
        return verdict_word(value)
    empty = translate("ExternalChanges", "empty")
    if value is None or value == "":
        return empty
    if name == "rating":
        return rating_label(Rating(value)).lower()
    if name == "status":
        return status_label(Status(value)).lower()
    if name == "evidence":
        return value.url or value.title or empty
    text = str(value)
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


def changed_fields(before: Review, after: Review) -> list[str]:
    return [name for name in _SHOWN_FIELDS if getattr(before, name) != getattr(after, name)]


BANNER_STYLE = "#externalChangeBanner { background: #fff3c4; border: 1px solid #d9b84a; }"


class ChangeBanner(QFrame):
    """A strip above the detail panel: what another program changed on this sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("externalChangeBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        dismiss = QPushButton(self.tr("Dismiss"), parent=self)  # by keyword: no QIcon set-up (suggestion_list.py)
        dismiss.clicked.connect(self.hide)
        layout.addWidget(dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        if not self.styleSheet():  # set when first shown: a style sheet is dear to polish at start-up
            self.setStyleSheet(BANNER_STYLE)
        self.label.setText(text)
        self.show()


class ExternalChanges(QObject):
    """Polls the open file's data_version and refreshes ``window`` when another program wrote."""

    def __init__(self, window: Any, banner: ChangeBanner, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        self._version: int | None = self._read_version(window.session.store)
        self._mark: int | None = self._history_mark(window.session.store)
        self._deferred = False  # a change seen while the window's own analysis ran, not read yet
        self._seen: Review | None = None
        # The window's own edits and another database reach it through the session.
        window.session.subscribe(self.remember, self._store_replaced)
        window.session.analysis.ended.connect(self._analysis_ended)
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
        self._mark = self._history_mark(self.window.session.store)  # the window's own actions

    def _store_replaced(self, store: Any) -> None:
        """Another file is open: what it holds now is the starting point."""
        self._version = self._read_version(store)
        self._mark = self._history_mark(store)
        self._deferred = False
        self.remember()

    def _history_mark(self, store: Any) -> int | None:
        try:
            return int(store.last_history_id())
        except Exception:  # noqa: BLE001 - unreadable now: treat as changed
            return None

    def poll(self) -> None:
        store = self.window.session.store
        version = self._read_version(store)
        if version is None or version == self._version:
            if self._seen is None or self._seen.sentence_id != getattr(self.window.detail, "sentence_id", None):
                self.remember()
            return
        self._version = version
        mark = self._history_mark(store)
        if self.window.session.analysis.running() and mark is not None and mark == self._mark:
            # The file moved, but no reviewer acted: as far as one can tell, the window's own
            # analysis wrote (parses, suggestions it reports itself). Read the file again once
            # the analysis ends, for anything another program stored meanwhile.
            self._deferred = True
            return
        self._mark = mark
        self._deferred = False
        self._refresh()

    def _analysis_ended(self) -> None:
        if self._deferred:
            self._deferred = False
            self._version = self._read_version(self.window.session.store)
            self._refresh()

    def _refresh(self) -> None:
        before = self._seen
        self.window.refresh_from_file()
        after = self._current_review()
        if before is not None and after is not None and before.sentence_id == after.sentence_id:
            fields = changed_fields(before, after)
            if fields:
                self.banner.show_message(self._message(after, fields))
        self._seen = after

    def _message(self, after: Review, fields: list[str]) -> str:
        parts = [self.tr("{field} is now {value}").format(
            field=translate("ExternalChanges", _FIELD_NAMES[name]), value=describe_value(name, getattr(after, name)))
            for name in fields]
        note = ""
        editor = getattr(self.window.detail, "note", None)
        if "note" in fields and editor is not None and getattr(editor, "pending", False):
            note = " " + self.tr("Your unsaved typing in the note will replace it when it is saved.")
        try:
            which = self.tr("sentence {number}").format(number=self.window.session.store.sentence(after.sentence_id).number)
        except Exception:  # noqa: BLE001 - gone meanwhile: still say what changed
            which = self.tr("this sentence")
        return (self.tr("Another program changed {which} while you were looking at it: {changes}.").format(
            which=which, changes="; ".join(parts)) + note)


def change_from_file() -> Change:
    """The Change that makes every view read the file again."""
    return Change(translate("ExternalChanges", "Changed by another program"), structure=True, sources=True, links=True,
                  suggestions=True)
