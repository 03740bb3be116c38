"""The history of one sentence's review: who changed what, when, old → new."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from factcheck_review.ui.vocabulary import rating_label, status_label, verdict_word
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from factcheck.model import VERDICT_FIELDS, HistoryEntry, Rating, Status

translate = QCoreApplication.translate

# The fields a sentence's history shows, as a reviewer names them; others as the core does.
FIELD_NAMES = {
    "sourced": QT_TRANSLATE_NOOP("HistoryView", "sourced"),
    "anonymous": QT_TRANSLATE_NOOP("HistoryView", "anonymous"),
    "contested": QT_TRANSLATE_NOOP("HistoryView", "contested"),
    "inconsistent": QT_TRANSLATE_NOOP("HistoryView", "inconsistent"),
    "rating": QT_TRANSLATE_NOOP("HistoryView", "rating"),
    "credibility": QT_TRANSLATE_NOOP("HistoryView", "credibility"),
    "status": QT_TRANSLATE_NOOP("HistoryView", "status"),
    "note": QT_TRANSLATE_NOOP("HistoryView", "note"),
    "evidence": QT_TRANSLATE_NOOP("HistoryView", "evidence"),
    "archive_url": QT_TRANSLATE_NOOP("HistoryView", "archive URL"),
    "source": QT_TRANSLATE_NOOP("HistoryView", "source"),
    "end": QT_TRANSLATE_NOOP("HistoryView", "end"),
    "orphan": QT_TRANSLATE_NOOP("HistoryView", "orphan"),
}


def format_value(field: str, value: Any) -> str:
    """A history value as a reviewer reads it."""
    if value is None:
        return verdict_word(None) if field in VERDICT_FIELDS else "—"
    if isinstance(value, bool):
        return verdict_word(value)
    if isinstance(value, dict):  # evidence
        shown = [str(v) for v in (value.get("title"), value.get("url"), value.get("accessed")) if v]
        return " · ".join(shown) if shown else "—"
    text = str(value)
    if field == "rating" and text in {r.value for r in Rating}:
        return rating_label(Rating(text)).lower()
    if field == "status" and text in {s.value for s in Status}:
        return status_label(Status(text)).lower()
    if field in ("rating", "status"):
        return text.replace("_", " ")
    if field == "note":
        text = " ".join(text.split())
        text = text if len(text) <= 60 else text[:59] + "…"
        return f"“{text}”" if text else translate("HistoryView", "(empty)")
    return text


def format_when(at: str) -> str:
    """ISO UTC time -> local "2026-01-12 14:03"."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def describe(entry: HistoryEntry) -> str:
    name = translate("HistoryView", FIELD_NAMES[entry.field]) if entry.field in FIELD_NAMES else entry.field
    return f"{name}: {format_value(entry.field, entry.old)} → {format_value(entry.field, entry.new)}"


class HistoryView(QTreeWidget):
    """Newest first; the action's name ("Mark sourced", "Undo Edit note") as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
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
