"""Every control has an accessible name and description, and verdict cells are announced with
their value (the keyboard-only review itself is tests/gui/test_keyboard_session.py)."""

from __future__ import annotations

from factcheck_review.ui.accessibility import CONTROLS
from factcheck_review.ui.models.sentence_table import COL_SOURCED, COL_SUGGESTIONS
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget


def controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(root)
            and not (isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox))]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_a_name(window):
    found = controls(window)
    assert len(found) > 30
    unnamed = [f"{type(w).__name__} {w.objectName()} {w.toolTip()!r}" for w in found if not spoken_name(w).strip()]
    assert unnamed == []


def test_every_field_has_a_description(window):
    fields = [w for w in controls(window) if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox)]
    assert len(fields) >= 8
    undescribed = [spoken_name(w) for w in fields if not w.accessibleDescription()]
    assert undescribed == []


def test_suggestion_buttons_say_which_suggestion(window):
    card = window.detail.suggestions.cards[0]
    assert card.accept.accessibleName() == "Accept: Anonymous source"
    assert card.accept.accessibleDescription().startswith("Sets sourced yes")
    assert card.dismiss.accessibleName() == "Dismiss: Anonymous source"


def test_verdict_cells_are_announced_with_their_value(window):
    index = window.sentences.index(0, COL_SOURCED)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Sentence 1, sourced: not judged"
    QTest.keyClick(window.table, Qt.Key.Key_1)
    assert window.sentences.index(0, COL_SOURCED).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "Sentence 1, sourced: yes"
    assert "cycle" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert window.sentences.index(0, COL_SUGGESTIONS).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "2 pending suggestions"
