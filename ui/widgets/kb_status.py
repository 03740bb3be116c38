"""The status-bar label that says how recent the knowledge base is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from factcheck.kb_as_of import shipped_as_of  # not factcheck.kb: it loads the whole base

translate = QCoreApplication.translate


def kb_as_of_text() -> str:
    """ "Knowledge base as of 2026-11-01": the date suggestions about office holders go to
    (read from meta.json alone, so the window's start does not wait for the data)."""
    try:
        return translate("KnowledgeBaseStatus", "Knowledge base as of {date}").format(date=shipped_as_of().isoformat())
    except ValueError:  # meta.json unreadable
        return translate("KnowledgeBaseStatus", "Knowledge base unreadable")


def kb_as_of_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(kb_as_of_text(), parent)
    label.setToolTip(translate("KnowledgeBaseStatus", "Office holders after this date, or outside the offices "
                               "listed in resources/kb/README.md, are not checked."))
    return label
