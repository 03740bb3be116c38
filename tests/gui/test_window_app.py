"""The program's entry point: --screenshot, --db, --article, the reviewer question, drops."""

from __future__ import annotations

from factcheck_review.ui import app as app_module
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from factcheck.config import configured_reviewer, set_reviewer
from factcheck.store import Store


def test_screenshot_of_the_default_database_shows_the_seed(qapp, tmp_path, sql):
    target = tmp_path / "shots" / "window.png"
    assert app_module.main(["--screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == app_module.SCREENSHOT_SIZE
    # The default database was created with the seed article in it.
    assert sql(tmp_path / "default.sqlite3", "SELECT COUNT(*) FROM sentences") == [(16,)]


def test_screenshot_of_a_named_article_in_a_db(qapp, tmp_path):
    db = tmp_path / "named.sqlite3"
    store = Store(db, "tester")
    store.import_seed()
    store.import_text("The port reopened on Tuesday. Traders welcomed it.", title="Port", analyse=False)
    store.close()
    target = tmp_path / "port.png"
    assert app_module.main(["--db", str(db), "--article", "Port", "--screenshot", str(target)]) == 0
    assert QImage(str(target)).width() == app_module.SCREENSHOT_SIZE[0]


def test_screenshot_of_an_empty_db_and_an_unknown_article(qapp, tmp_path, capsys, sql):
    db = tmp_path / "empty.sqlite3"
    assert app_module.main(["--db", str(db), "--screenshot", str(tmp_path / "empty.png")]) == 0
    assert sql(db, "SELECT COUNT(*) FROM articles") == [(0,)]  # a named file starts empty
    assert app_module.main(["--db", str(db), "--article", "nope", "--screenshot", str(tmp_path / "x.png")]) == 1
    error = capsys.readouterr().err
    assert "nope" in error and error.count("\n") == 1


def test_the_reviewer_is_asked_once(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    assert app_module.needs_reviewer_question()
    asked = []
    monkeypatch.setattr("factcheck_review.ui.widgets.settings_dialog.ask_reviewer_once",
                        lambda parent=None: asked.append(1) or "Maria")
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.main(["--db", str(tmp_path / "r.sqlite3")]) == 0
    assert asked == [1] and configured_reviewer() == "Maria"
    assert not app_module.needs_reviewer_question()
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_no_question_when_the_environment_names_the_reviewer(monkeypatch):
    monkeypatch.setenv("FACTCHECK_REVIEWER", "ci")
    assert not app_module.needs_reviewer_question()
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    set_reviewer("saved")
    assert not app_module.needs_reviewer_question()


def test_dropping_files_imports_them(window, qtbot, tmp_path, db_path, sql):
    story = tmp_path / "dropped.txt"
    story.write_text("The bridge closed for repairs. Engineers said it was safe.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    with qtbot.waitSignal(window._import_runner.finished, timeout=20000):
        pass
    assert sql(db_path, "SELECT COUNT(*) FROM articles") == [(2,)]
    assert window.verdict_bar.title.full_text() == "The bridge closed for repairs. Engineers said it was safe."
