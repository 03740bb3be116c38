"""The publisher profile in Settings: the same settings ``factcheck config`` reads."""

from __future__ import annotations

from factcheck_review.ui.widgets.settings_dialog import SettingsDialog

from factcheck.config import get_setting, set_setting


def test_publisher_fields_are_saved_and_bad_values_keep_the_dialog_open(qtbot):
    set_setting("publisher.name", "Old Name")
    dialog = SettingsDialog("ana")
    qtbot.addWidget(dialog)
    assert dialog.publisher["publisher.name"].text() == "Old Name"
    dialog.publisher["publisher.name"].setText("Example Checks")
    dialog.publisher["publisher.url"].setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.isVisibleTo(dialog)
    assert "http:// or https://" in dialog.problem.text()
    assert get_setting("publisher.url") is None
    dialog.publisher["publisher.url"].setText("https://checks.example/")
    dialog.publisher["publisher.review_url"].setText("https://checks.example/{article}/{sentence}")
    dialog.accept()
    assert dialog.result() == 1
    assert (get_setting("publisher.name"), get_setting("publisher.url")) == ("Example Checks", "https://checks.example/")
    assert get_setting("publisher.review_url") == "https://checks.example/{article}/{sentence}"
