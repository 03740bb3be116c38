"""File > Open web page…, View snapshot, Check for changes and the language notice, against
the local test server."""

from __future__ import annotations

from factcheck_review.ui.widgets.snapshot_view import SnapshotDialog
from factcheck_review.ui.widgets.web_import_dialog import WebImportDialog, web_addresses
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from factcheck.importers.document import ImportedDocument
from tests.web_server import NEWS_PAGE


def finish(qtbot, runner):
    with qtbot.waitSignal(runner.finished, timeout=20000) as done:
        pass
    return done.args


def test_open_web_page_imports_several_urls_off_the_gui_thread(window, qtbot, web, db_path, sql):
    urls = [web.page("/one.html"), web.page("/two.html", body=NEWS_PAGE.replace(b"three-year", b"long")),
            web.page("/gone", status=404)]
    window.dialogs.urls = urls
    window.open_web_page()
    [outcome] = finish(qtbot, window._import_runner)
    assert len(outcome.created) == 2
    assert outcome.failures == [f"The server answered 404 Not Found for {urls[2]}."]
    assert sql(db_path, "SELECT COUNT(*) FROM snapshots") == [(2,)]
    assert window.articles.rowCount() == 3
    assert window.article_id == outcome.created[-1].article_id
    assert window.dialogs.errors == [("Import", outcome.failures[0])]


def test_ctrl_l_opens_web_page(window, qtbot, web):
    window.dialogs.urls = [web.page("/ctrl-l.html")]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [outcome] = finish(qtbot, window._import_runner)
    assert len(outcome.created) == 1
    keys = {text: key for key, text in window.shortcut_rows()}
    assert keys["Open web page"] == QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)


def test_cancel_stops_fetching_and_keeps_what_was_imported(window, qtbot, web):
    urls = [web.page("/slow.html", body=NEWS_PAGE + b" " * 200_000, trickle=0.01)] + [
        web.page(f"/p{i}.html") for i in range(5)]
    runner = window.import_urls(urls)
    runner.progress.canceled.emit()  # what the Cancel button does
    [outcome] = finish(qtbot, runner)
    assert outcome.cancelled and len(outcome.imported) < len(urls)
    assert outcome.failures == []


def test_the_dialog_takes_only_web_addresses(qtbot):
    dialog = WebImportDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.text.setPlainText("https://a.example/1\n\n  https://a.example/1 \nhttp://b.example/2")
    assert ok.isEnabled() and dialog.urls() == ["https://a.example/1", "http://b.example/2"]
    dialog.text.setPlainText("https://a.example/1\nnews.html")
    assert not ok.isEnabled() and "news.html" in dialog.problem.text()
    assert web_addresses("javascript:alert(1)") == ([], ["javascript:alert(1)"])


def test_view_snapshot_shows_the_html_as_text_never_running_it(qtbot, web, seed_store):
    from factcheck.web_import import import_url

    hostile = (b"<html><head><title>Hostile</title><script>document.title='ran'</script></head><body>"
               b"<article><p>The council voted on Monday to close the old bridge, the mayor said.</p>"
               b"<p>Repairs would cost more than the city can pay this year, officials said.</p>"
               b"<img src=x onerror=alert(1)></article></body></html>")
    result = import_url(seed_store, web.page("/hostile.html", body=hostile))
    dialog = SnapshotDialog(seed_store, result.article_id)
    qtbot.addWidget(dialog)
    assert dialog.html.toPlainText() == hostile.decode()  # every character shown, as characters
    assert dialog.html.isReadOnly()
    assert "/hostile.html" in dialog.summary.text()
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_view_snapshot_action_asks_for_the_open_article(window):
    window.view_snapshot()
    assert window.dialogs.snapshots_shown == [window.article_id]


def test_check_for_changes_from_the_article_menu(qtbot, web, seed_store, open_window):
    from factcheck.web_import import import_url

    url = web.page("/live.html")
    original = import_url(seed_store, url)
    window = open_window(seed_store, original.article_id)
    [check, error] = finish(qtbot, window.check_for_changes())
    assert error == "" and not check.changed
    assert window.dialogs.infos[-1] == ("Check for changes", f"The text at {url} has not changed.")
    web.page("/live.html", body=NEWS_PAGE.replace(b"three-year", b"four-year"))
    [check, error] = finish(qtbot, window.check_for_changes())
    assert check.changed and window.article_id == check.new_article_id
    assert "the judgments moved to it" in window.dialogs.infos[-1][1]
    web.page("/live.html", status=500)
    [check, error] = finish(qtbot, window.check_for_changes())
    assert check is None and window.dialogs.errors[-1] == (
        "Check for changes", f"The server answered 500 Internal Server Error for {url}.")


def test_the_window_says_when_an_article_is_not_in_english(qtbot, seed_store, open_window):
    russian = ("Правительство в понедельник решило повысить налоги на 5 процентов. "
               "Об этом сообщили официальные лица в Москве.")
    result = seed_store.import_document(ImportedDocument(text=russian, title="Налоги"))
    window = open_window(seed_store, result.article_id)
    assert window.article_id == result.article_id
    assert window.language_notice.isVisible()
    assert window.language_notice.text().startswith("This article is in Russian: suggestions are limited")
    [seed_id] = [a.id for a in seed_store.list_articles() if a.id != result.article_id]
    assert window.select_article(seed_id)  # the English seed article
    assert not window.language_notice.isVisible()


def test_a_link_dropped_from_a_browser_is_fetched(window, qtbot, web, db_path, sql):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl(web.page("/dropped.html"))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    [outcome] = finish(qtbot, window._import_runner)
    assert len(outcome.created) == 1
    assert sql(db_path, "SELECT final_url FROM snapshots") == [(web.url("/dropped.html"),)]


def test_pasted_text_gets_its_language_too(window, qtbot, db_path, sql):
    from factcheck_review.ui.widgets.import_dialogs import PastedArticle

    text = ("Правительство в понедельник решило повысить налоги на 5 процентов. "
            "Об этом сообщили официальные лица в Москве.")
    [outcome] = finish(qtbot, window.import_pasted(PastedArticle(text, "Налоги", "", None)))
    assert sql(db_path, "SELECT language FROM articles WHERE title = 'Налоги'") == [("ru",)]
    assert window.language_notice.isVisible()


def test_the_web_actions_have_shortcuts_of_their_own(window):
    from collections import Counter

    keys = Counter(k.toString() for action in window.actions() for k in action.shortcuts())
    assert [key for key, count in keys.items() if count > 1] == []
    texts = {action.text().replace("&", ""): action.shortcut().toString() for action in window.actions()}
    assert texts["Open web page…"] == "Ctrl+L" and texts["Check for changes"] == "F5"
