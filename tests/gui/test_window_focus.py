"""The keyboard is never lost: after an action it is back on the sentence table, Esc leaves a
text field for the table, and Tab in every dialog reaches every field."""

from __future__ import annotations

import pytest
from factcheck_review.ui.widgets.article_properties import ArticlePropertiesDialog
from factcheck_review.ui.widgets.export_dialog import ExportDialog
from factcheck_review.ui.widgets.import_dialogs import PasteDialog
from factcheck_review.ui.widgets.links_view import AddLinkDialog, LinkChoice
from factcheck_review.ui.widgets.settings_dialog import SettingsDialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from factcheck.model import LinkKind


def key(window, name, modifier=Qt.KeyboardModifier.NoModifier):
    """Press a key where the keyboard is, as a person would."""
    QTest.keyClick(QApplication.focusWidget() or window, name, modifier)


def show_active(qtbot, dialog: QWidget) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))


def number_shown(window) -> int:
    return window.sentences.row(window.current_row()).sentence.number


def test_accept_then_j_moves_to_the_next_sentence(window, qtbot):
    card = window.detail.suggestions.cards[0]
    qtbot.mouseClick(card.accept, Qt.MouseButton.LeftButton)
    assert window.table.hasFocus()
    key(window, Qt.Key.Key_J)
    assert number_shown(window) == 2
    assert window.article_panel.filter_edit.text() == ""


def test_dismiss_leaves_the_keyboard_on_the_table(window, qtbot):
    qtbot.mouseClick(window.detail.suggestions.cards[0].dismiss, Qt.MouseButton.LeftButton)
    assert window.table.hasFocus()


def test_verdict_buttons_and_boxes_leave_the_keyboard_on_the_table(window, qtbot, seed_store):
    form = window.detail.verdicts
    qtbot.mouseClick(form.verdicts["sourced"].buttons[True], Qt.MouseButton.LeftButton)
    assert window.table.hasFocus()
    form.status.setFocus()
    form.status.setCurrentIndex(1)
    form.status.activated.emit(1)
    assert window.table.hasFocus()
    assert seed_store.review(window.current_sentence_id()).sourced is True


def test_esc_in_the_note_saves_it_and_goes_back_to_the_table(window, qtbot, seed_store):
    window.focus_note()
    assert window.detail.note.editor.hasFocus()
    QTest.keyClicks(window.detail.note.editor, "Checked the court record")
    key(window, Qt.Key.Key_Escape)
    assert window.table.hasFocus()
    assert seed_store.review(window.current_sentence_id()).note == "Checked the court record"
    key(window, Qt.Key.Key_J)
    assert number_shown(window) == 2


def test_esc_in_an_evidence_field_and_the_filter_box(window, qtbot, seed_store):
    window.detail.evidence.url.setFocus()
    QTest.keyClicks(window.detail.evidence.url, "https://example.org/record")
    key(window, Qt.Key.Key_Escape)
    assert window.table.hasFocus()
    window.article_panel.filter_edit.setFocus()
    key(window, Qt.Key.Key_Escape)
    assert window.table.hasFocus()


def test_enter_in_the_summary_saves_it_and_goes_back(window, qtbot, seed_store):
    summary = window.verdict_bar.summary
    summary.setFocus()
    QTest.keyClicks(summary, "Relies on anonymous sources")
    key(window, Qt.Key.Key_Return)
    assert window.table.hasFocus()
    assert seed_store.article(window.article_id).summary == "Relies on anonymous sources"


def test_after_a_dialog_the_keyboard_is_on_the_table(window, qtbot):
    window.detail.note.editor.setFocus()
    window.dialogs.properties = None  # cancelled
    window.edit_properties()
    assert window.table.hasFocus()
    window.detail.evidence.title.setFocus()
    window.show_shortcuts()
    assert window.table.hasFocus()


def test_marking_inconsistent_in_the_form_then_linking(window, qtbot, seed_store):
    target = seed_store.sentence_by_number(window.article_id, 3)
    window.dialogs.conflict_choice = LinkChoice(target.id, LinkKind.CONTRADICTS, "dates")
    qtbot.mouseClick(window.detail.verdicts.verdicts["inconsistent"].buttons[True], Qt.MouseButton.LeftButton)
    assert window.table.hasFocus()


def test_link_dialog_tab_goes_from_find_to_the_note(window, qtbot, seed_store):
    dialog = AddLinkDialog(window.session, window.current_sentence_id(), parent=window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.filter.hasFocus()
    QTest.keyClicks(dialog.filter, "Biden")
    QTest.keyClick(dialog.filter, Qt.Key.Key_Tab)
    assert dialog.note.hasFocus()
    QTest.keyClicks(dialog.note, "the capture was under Trump")
    choice = dialog.choice()
    assert choice is not None and choice.note == "the capture was under Trump"
    assert seed_store.sentence(choice.to_sentence).number == 7


FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QAbstractItemView)


def fields(dialog: QWidget) -> set[int]:
    return {id(w) for w in dialog.findChildren(QWidget)
            if isinstance(w, FIELDS) and w.isVisibleTo(dialog) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and not (isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox))}


def tab_round(dialog: QWidget) -> set[int]:
    seen: set[int] = set()
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None and (focused is dialog or dialog.isAncestorOf(focused))
        seen.add(id(focused))
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize("name", ["link", "properties", "paste", "settings", "export"])
def test_tab_in_every_dialog_reaches_every_field(window, qtbot, name):
    makers = {
        "link": lambda: AddLinkDialog(window.session, window.current_sentence_id(), parent=window),
        "properties": lambda: ArticlePropertiesDialog(window.session.store.article(window.article_id), window),
        "paste": lambda: PasteDialog(window),
        "settings": lambda: SettingsDialog("tester", window),
        "export": lambda: ExportDialog(window.session, window.article_id, window),
    }
    dialog: QDialog = makers[name]()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    wanted = fields(dialog)
    assert wanted
    missing = wanted - tab_round(dialog)
    names = [type(w).__name__ + ":" + w.objectName() for w in dialog.findChildren(QWidget) if id(w) in missing]
    assert not missing, names
    assert any(isinstance(w, QAbstractButton) for w in dialog.findChildren(QAbstractButton))
