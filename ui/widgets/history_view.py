"""The history of one sentence's review: who changed what, when, old → new."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from factcheck.model import HistoryEntry

FIELD_NAMES = {"archive_url": "archive URL"}


def format_value(field: str, value: Any) -> str:
    """A history value as a reviewer reads it."""
    if value is None:
        return "not judged" if field in ("sourced", "anonymous", "contested", "inconsistent") else "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):  # evidence
        shown = [str(v) for v in (value.get("title"), value.get("url"), value.get("accessed")) if v]
        return " · ".join(shown) if shown else "—"
    text = str(value)
    if field in ("rating", "status"):
        return text.replace("_", " ")
    if field == "note":
        text = " ".join(text.split())
        text = text if len(text) <= 60 else text[:59] + "…"
        return f"“{text}”" if text else "(empty)"
    return text


def format_when(at: str) -> str:
    """ISO UTC time -> local "2026-01-12 14:03"."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def describe(entry: HistoryEntry) -> str:
    name = FIELD_NAMES.get(entry.field, entry.field)
    return f"{name}: {format_value(entry.field, entry.old)} → {format_value(entry.field, entry.new)}"


class HistoryView(QTreeWidget):
    """Newest first; the action's name ("Mark sourced", "Undo Edit note") as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(["When", "Who", "Change"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMinimumHeight(90)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def show_history(self, entries: list[HistoryEntry]) -> None:
        self.clear()
        for entry in entries:
            item = QTreeWidgetItem([format_when(entry.at), entry.reviewer, describe(entry)])
            item.setToolTip(2, f"{entry.action}\n{describe(entry)}")
            item.setToolTip(0, entry.at)
            self.addTopLevelItem(item)
        rows = min(max(len(entries), 2), 8)
        row_height = self.sizeHintForRow(0) if entries else self.fontMetrics().height() + 6
        self.setFixedHeight(self.header().sizeHint().height() + rows * row_height + 2 * self.frameWidth() + 2)
