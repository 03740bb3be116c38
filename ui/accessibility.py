"""Every control tells a screen reader what it is: an accessible name (from its form label,
its text or its placeholder when it has none of its own) and a description (from its tooltip).

Called once a window or panel is built; widgets made later (suggestion cards) name themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit,
            QAbstractItemView)


def _form_label(widget: QWidget) -> str:
    """The text of the label a QFormLayout puts beside ``widget`` (or beside its row box)."""
    candidate: QWidget | None = widget
    while candidate is not None and candidate.parentWidget() is not None:
        layout = candidate.parentWidget().layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(candidate)
            if isinstance(label, QLabel) and label.text():
                return label.text().replace("&", "").rstrip(":")
        candidate = candidate.parentWidget()
        if candidate is not None and isinstance(candidate, CONTROLS):
            break
    return ""


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def name_for(widget: QWidget) -> str:
    """What a control would be called, in order: its own name, form label, text, placeholder, tooltip."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QHeaderView):
        return (QCoreApplication.translate("Accessibility", "Column headers")
                if widget.orientation() == Qt.Orientation.Horizontal
                else QCoreApplication.translate("Accessibility", "Row headers"))
    label = _form_label(widget)
    if label:
        return label
    if isinstance(widget, QAbstractButton) and _plain(widget.text()):
        return _plain(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
        return widget.placeholderText().split(":")[0].rstrip("…").strip()
    if widget.toolTip():
        return _plain(widget.toolTip().split("\n")[0])
    box = widget.parentWidget()
    while box is not None and not isinstance(box, QGroupBox):
        box = box.parentWidget()
    return _plain(box.title()) if box is not None else ""  # e.g. the list in "Reviewer's evidence"


def describe_controls(root: QWidget) -> int:
    """Give every control under ``root`` that lacks one an accessible name and description;
    returns how many controls were looked at."""
    seen = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the box's own line edit: the box carries the name
        seen += 1
        if not widget.accessibleName():
            name = name_for(widget)
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription():
            tip = widget.toolTip() or widget.statusTip()
            if isinstance(widget, QLineEdit | QPlainTextEdit) and not tip:
                tip = widget.placeholderText()
            if tip:
                widget.setAccessibleDescription(tip.replace("<b>", "").replace("</b>", "").replace("<br>", " "))
    return seen
