"""The Export dialog writes the chosen format off the GUI thread and offers to open it."""

from __future__ import annotations

import json

import pytest
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.widgets.export_dialog import ExportDialog

from factcheck.store import Store


@pytest.fixture
def session(tmp_path, qtbot):
    store = Store(tmp_path / "export.sqlite3", reviewer="ana")
    article_id = store.import_seed().article_id
    yield QtSession(store), article_id
    store.close()


def test_export_html_runs_and_offers_to_open(session, tmp_path, qtbot):
    qt_session, article_id = session
    first = qt_session.store.sentence_by_number(article_id, 1)
    qt_session.store.set_review(first.id, {"note": "<script>alert(1)</script>"})
    opened = []
    dialog = ExportDialog(qt_session, article_id, ask_to_open=lambda path: True, open_file=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith(".html")
    target = tmp_path / "out" / "review.html"
    target.parent.mkdir()
    dialog.choose("html", target)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert opened == [target]
    html = target.read_text(encoding="utf-8")
    assert "Venezuela reduces its security dependence" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_export_json_and_format_switch_changes_the_suffix(session, tmp_path, qtbot):
    qt_session, article_id = session
    dialog = ExportDialog(qt_session, article_id, ask_to_open=lambda path: False)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    assert dialog.path_edit.text().endswith(".json")
    assert not dialog.page_size.isEnabled() and not dialog.flagged_only.isEnabled()
    target = tmp_path / "review.json"
    dialog.choose("json", target)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert len(json.loads(target.read_text(encoding="utf-8"))["sentences"]) == 16


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(session, tmp_path, qtbot):
    qt_session, article_id = session
    errors = []
    dialog = ExportDialog(qt_session, article_id, ask_to_open=lambda path: False, show_error=errors.append)
    qtbot.addWidget(dialog)
    target = tmp_path / "no-such-folder" / "review.md"
    dialog.choose("md", target)
    dialog.start_export()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "Cannot write" in errors[0] and errors[0].count("\n") == 0
    assert not target.exists() and not target.parent.exists()
    assert dialog.export_button.isEnabled()


def test_claimreview_without_a_publisher_says_how_to_set_it(session, tmp_path, qtbot):
    from factcheck.config import set_setting

    qt_session, article_id = session
    seven = qt_session.store.sentence_by_number(article_id, 7)
    qt_session.store.set_review(seven.id, {"rating": "false"})  # in progress, not done
    errors = []
    dialog = ExportDialog(qt_session, article_id, ask_to_open=lambda path: False, show_error=errors.append)
    qtbot.addWidget(dialog)
    target = tmp_path / "review.jsonld"
    dialog.choose("claimreview", target)
    dialog.start_export()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "Settings" in errors[0] and "publisher" in errors[0] and not target.exists()
    set_setting("publisher.name", "Example Checks")
    set_setting("publisher.url", "https://checks.example/")
    set_setting("publisher.review_url", "https://checks.example/{article}/{sentence}")
    assert dialog.include_unfinished.isEnabled()
    dialog.include_unfinished.setChecked(True)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    [item] = json.loads(target.read_text(encoding="utf-8"))
    assert item["creativeWorkStatus"] == "Draft" and item["url"].endswith("/7")
