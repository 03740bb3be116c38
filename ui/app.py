"""The application: QApplication set-up and ``main()``.

    factcheck-review [--db PATH] [--screenshot FILE.png] [--article ID] [--debug] [--language en|es]
    factcheck-review --version | --install-desktop-entry

``--screenshot`` renders the window as it looks after start-up to a PNG and exits (for the
README picture and for checks); it never asks questions and uses the offscreen platform
when no other is set.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck_review.ui import core_first  # the Qt-free core, before PySide6 (see there)
from factcheck_review.ui.i18n import (
    CHOICES,
    apply_configured_language,
    install_translators,
    resolve_language,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from factcheck import __version__
from factcheck.config import APP_NAME, configured_reviewer, set_reviewer
from factcheck.desktop_entry import APP_ID, ICON_SIZES
from factcheck.diagnostics import setup_logging
from factcheck.errors import FactcheckError
from factcheck.resources import resource

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

core_first.imports_done()  # PySide's import hook need not read those modules' source; collection resumes

ORGANIZATION_NAME = "factcheck-review developers"
ORGANIZATION_DOMAIN = "factcheckreview.org"

SCREENSHOT_SIZE = (1440, 860)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="factcheck-review",
                                     description="Review news articles sentence by sentence.")
    parser.add_argument("--db", metavar="PATH", help="database file (default: FACTCHECK_DB or the user data dir)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the window as after start-up to a PNG file and exit")
    parser.add_argument("--article", metavar="ID", help="the article to open (an id, id prefix or exact title)")
    parser.add_argument("--debug", action="store_true", help="write a verbose log (also to stderr)")
    parser.add_argument("--language", choices=CHOICES,
                        help="interface language for this run (default: as in Settings, else the system's)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add the program to the desktop's menu (under XDG_DATA_HOME) and exit")
    parser.add_argument("--version", action="version", version=f"factcheck-review {__version__}")
    return parser.parse_args(argv)


def app_icon() -> QIcon:
    """The application icon, from its SVG and PNG sizes (shared by every window and dialog)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"factcheck-review-{size}.png")))
    icon.addFile(str(resource("icons", "factcheck-review.svg")))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, high-DPI policy and the system palette (light or dark)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scale factors (150 %) as they are, not rounded: crisp text on high-DPI screens.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Qt's GUI thread pool splits the painting of larger areas across worker threads. For this
    # window's widgets, waking and waiting for them costs more than it saves: switching article
    # took 42-61 ms on two cores with the pool (an eighth of the GUI thread's time went to waking
    # and waiting for it) and 36-42 ms without. Qt reads the variable when it first paints.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    from factcheck_review.ui.start_up import pause_collection, when_started

    pause_collection()  # no garbage collection while the window is built: it resumes once painted
    configure_application(app, icon=False)

    # Once the window has painted: the wheel guard (ui/wheel_guard.py), and the icon, whose files
    # and Qt classes the first frame does not need (the desktop shows it a moment later).
    when_started(None, install_wheel_guard)
    when_started(None, lambda: app.setWindowIcon(app_icon()))
    return app


def install_wheel_guard() -> None:
    """The application's wheel filter (ui/wheel_guard.py, imported only now)."""
    from factcheck_review.ui.wheel_guard import install_wheel_guard as install

    install()


def configure_application(app: QApplication, *, icon: bool = True) -> None:
    """Names, version, desktop file and icon (unless ``icon`` is False: then the caller sets
    it): what the desktop shows for the program."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationDisplayName("Fact-check review")
    app.setDesktopFileName(APP_ID)
    if icon:
        app.setWindowIcon(app_icon())


def needs_reviewer_question() -> bool:
    """Asked once: not when FACTCHECK_REVIEWER is set or a name was saved before."""
    return not os.environ.get("FACTCHECK_REVIEWER") and configured_reviewer() is None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry:
        return install_launcher()
    setup_logging(debug=args.debug, program="factcheck-review")
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application()
    if args.language:
        install_translators(resolve_language(args.language))
    else:
        apply_configured_language()
    from factcheck_review.ui.diagnostics import install_error_dialog, route_qt_messages

    route_qt_messages()
    install_error_dialog()

    from factcheck_review.ui.main_window import MainWindow
    from factcheck_review.ui.session import QtSession

    from factcheck.store import open_store

    if not args.screenshot and needs_reviewer_question():
        from factcheck_review.ui.widgets.settings_dialog import ask_reviewer_once

        name = ask_reviewer_once()
        if name:
            set_reviewer(name)
    try:
        store = open_store(args.db, verify=bool(args.screenshot))  # checked in the background
    except FactcheckError as error:
        if args.screenshot:
            return _fail(str(error), quiet=True)
        from factcheck_review.ui.widgets.recovery_dialog import recover

        from factcheck.config import default_db_path

        recovered = recover(str(error), Path(args.db) if args.db else default_db_path())
        if recovered is None:
            return 1
        store = recovered
    article_id = None
    if args.article:
        try:
            article_id = store.resolve_article(args.article)
        except FactcheckError as error:
            if args.screenshot:
                return _fail(str(error), quiet=True)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, QCoreApplication.translate("app", "Article"), str(error))
    from factcheck_review.ui.background import GuiThreadCollector

    GuiThreadCollector.install()  # Qt objects in garbage cycles are freed on the GUI thread only
    session = QtSession(store)
    window = MainWindow(session)
    if args.screenshot:
        return save_screenshot(window, Path(args.screenshot), article_id)
    window.start(article_id)
    show_window(window)
    code = app.exec()
    window.session.store.close()  # the database open at the end (File > Open may have switched)
    return code


def show_window(window: object) -> None:
    """Show the started window; the file's integrity check and the analysis of articles stored
    without one (import --no-analyse, a run cut short) start once it has painted, so neither
    competes with the first paint. Editing waits for the check ("Checking the file…")."""
    from factcheck_review.ui.background import after_first_paint
    from factcheck_review.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show()
    window.store_health.update_labels()

    def begin() -> None:
        window.store_health.check()
        window.session.analysis.start()

    after_first_paint(window.table.viewport(), begin)


def save_screenshot(window: object, target: Path, article_id: str | None = None) -> int:
    """Render the window as after start-up (the first article unless one is named) to a PNG."""
    from factcheck_review.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    app = QApplication.instance()
    window.persist_settings = False
    window.resize(*SCREENSHOT_SIZE)
    window.start(article_id, restore_last=False)
    window.show()
    for _ in range(5):
        app.processEvents()  # type: ignore[union-attr]
    # The sourcing profile is computed off the GUI thread; the picture shows it.
    deadline = time.monotonic() + 10
    while window.article_id and not window.profile_bar.is_current() and time.monotonic() < deadline:
        app.processEvents()  # type: ignore[union-attr]
        time.sleep(0.01)
    app.processEvents()  # type: ignore[union-attr]
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target), "PNG")
    window.close()
    window.session.store.close()
    if not ok:
        return _fail(f"Cannot write the screenshot to {target}.", quiet=True)
    print(target)
    return 0


def install_launcher() -> int:
    from factcheck.desktop_entry import install_desktop_entry

    try:
        written = install_desktop_entry()
    except FactcheckError as error:
        print(f"factcheck-review: {error}", file=sys.stderr)
        return 1
    print(f"Installed the launcher: {written[0]}")
    return 0


def _fail(message: str, quiet: bool) -> int:
    print(f"factcheck-review: {message}", file=sys.stderr)
    if not quiet:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Fact-check review", message)
    return 1


if __name__ == "__main__":
    sys.exit(main())
