"""The window as a desktop citizen: icon, names, version, About, log folder, error dialog."""

from __future__ import annotations

import logging
import sys

import pytest
from factcheck_review.ui import app as app_module
from factcheck_review.ui.diagnostics import ErrorReport, route_qt_messages
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication

from factcheck import __version__
from factcheck.desktop_entry import APP_ID
from factcheck.diagnostics import log_dir, log_path, setup_logging, stop_logging


def test_application_has_icon_organisation_desktop_file_and_version(qapp):
    app_module.configure_application(qapp)
    try:
        assert not qapp.windowIcon().isNull()
        assert len(app_module.app_icon().availableSizes()) >= 8  # every PNG size loads
        assert qapp.organizationName() != qapp.applicationName()
        assert qapp.organizationDomain()
        assert qapp.desktopFileName() == APP_ID
        assert qapp.applicationVersion() == __version__
    finally:
        qapp.setOrganizationName("")
        qapp.setOrganizationDomain("")


def test_gui_version_flag(capsys):
    with pytest.raises(SystemExit) as exit_info:
        app_module.parse_args(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"factcheck-review {__version__}"


def test_about_names_the_version_and_help_opens_the_log_folder(window):
    window.show_about()
    title, text = window.dialogs.infos[-1]
    assert __version__ in text and str(log_dir()) in text
    action = next(a for a in window.actions() if a.text().replace("&", "") == "Open log folder")
    action.trigger()
    assert window.dialogs.opened_folders == [log_dir()]


def test_qt_messages_reach_the_log(qapp):
    setup_logging()
    try:
        route_qt_messages()
        qWarning("a warning from Qt itself")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "a warning from Qt itself" in log_path().read_text(encoding="utf-8")
    finally:
        stop_logging()


def test_uncaught_error_is_logged_and_shown_with_copy_details(qapp, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(ErrorReport, "open", lambda self: shown.append(self))
    previous = sys.excepthook
    setup_logging()
    try:
        from factcheck_review.ui.diagnostics import install_error_dialog

        install_error_dialog()
        try:
            raise ValueError("a bug in a slot")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        assert len(shown) == 1
        box = shown[0]
        assert "ValueError" in box.text() and str(log_path()) in box.informativeText()
        box.copy_button.click()
        assert "a bug in a slot" in QApplication.clipboard().text()
        assert "Traceback" in QApplication.clipboard().text()
        assert "a bug in a slot" in log_path().read_text(encoding="utf-8")
    finally:
        sys.excepthook = previous
        stop_logging()
