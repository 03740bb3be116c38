"""The mouse wheel over a combo or spin box changes nothing unless the box has keyboard focus."""

from __future__ import annotations

import pytest
from factcheck_review.ui.widgets.article_properties import ArticlePropertiesDialog
from factcheck_review.ui.widgets.export_dialog import ExportDialog
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

TABLES = ("articles", "reviews", "citations", "links", "sources", "suggestion_states", "history")


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def boxes(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, QComboBox | QAbstractSpinBox)]


def box_value(box: QWidget) -> object:
    return box.currentIndex() if isinstance(box, QComboBox) else box.text()


def dump(sql, path) -> dict[str, list[tuple]]:
    return {table: sql(path, f"SELECT * FROM {table}") for table in TABLES}


def spin_every_box(root: QWidget) -> int:
    turned = 0
    for box in boxes(root):
        if not box.isEnabled():
            continue
        box.clearFocus()
        for notches in (-1, -1, -2, 1, -3):
            wheel(box, notches)
        turned += 1
    return turned


def test_wheel_over_every_box_of_the_window_saves_nothing(window, qtbot, db_path, sql):
    window.table.setFocus()
    window.select_row(6)  # sentence 7: the one the wheel used to move from In progress to Unreviewed
    window.detail.verdicts.status.setCurrentIndex(1)
    window.detail.verdicts._status_chosen(1)
    before = dump(sql, db_path)
    values = {id(b): box_value(b) for b in boxes(window)}
    assert len(values) >= 5  # rating, credibility, status, the article's rating, sort, source kind…
    assert spin_every_box(window) >= 5
    qtbot.wait(50)
    assert dump(sql, db_path) == before
    assert {id(b): box_value(b) for b in boxes(window)} == values
    assert window.table.hasFocus()


def test_wheel_still_works_on_the_box_being_used(window, qtbot, db_path, sql):
    rating = window.detail.verdicts.rating
    rating.setFocus()
    qtbot.waitUntil(rating.hasFocus)
    wheel(rating, -1)  # the reviewer chose the box: the wheel picks a value, as in any program
    assert rating.currentIndex() == 1
    assert sql(db_path, "SELECT COUNT(*) FROM reviews WHERE rating IS NOT NULL") == [(1,)]


def test_boxes_never_take_focus_from_the_wheel(window):
    for box in boxes(window):
        assert box.focusPolicy() != Qt.FocusPolicy.WheelFocus, box


@pytest.mark.parametrize("opener", ["sources", "export", "properties"])
def test_wheel_in_the_secondary_windows_saves_nothing(window, qtbot, db_path, sql, opener):
    if opener == "sources":
        first = window.session.store.suggestions(window.article_id, window.current_sentence_id())[0]
        assert window.detail.suggestions.accept(first)  # cites "eleven sources familiar with the matter"
        dialog = window.open_sources()
        dialog.show_source(window.session.store.cited_sources(window.current_sentence_id())[0].id)
    elif opener == "export":
        dialog = ExportDialog(window.session, window.article_id, window)
    else:
        dialog = ArticlePropertiesDialog(window.session.store.article(window.article_id), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dump(sql, db_path)
    values = {id(b): box_value(b) for b in boxes(dialog)}
    assert spin_every_box(dialog) >= 1
    assert dump(sql, db_path) == before
    assert {id(b): box_value(b) for b in boxes(dialog)} == values
