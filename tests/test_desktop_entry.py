"""The program as an installed desktop application: launcher, metainfo, version, logs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import __version__, cli
from factcheck.desktop_entry import APP_ID, ICON_SIZES, install_desktop_entry
from factcheck.diagnostics import log_path


def test_version_comes_from_the_package_metadata():
    from importlib.metadata import version

    assert __version__ == version("factcheck-review")


def test_python_dash_m_factcheck_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "factcheck", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"factcheck-review {__version__}"


def test_install_desktop_entry_writes_launcher_metainfo_and_icons(tmp_path):
    written = install_desktop_entry(tmp_path, command="/opt/fc/bin/factcheck-review")
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert entry in written
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # keys are case-sensitive
    parsed.read(entry, encoding="utf-8")
    group = parsed["Desktop Entry"]
    assert group["Exec"] == "/opt/fc/bin/factcheck-review %F"
    assert group["Icon"] == APP_ID
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_installed_files_pass_the_freedesktop_validators(tmp_path):
    install_desktop_entry(tmp_path)
    for tool in ("desktop-file-validate", "appstreamcli"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    desktop = subprocess.run(["desktop-file-validate", str(tmp_path / "applications" / f"{APP_ID}.desktop")],
                             capture_output=True, text=True, timeout=60)
    assert desktop.returncode == 0 and "error" not in desktop.stdout, desktop.stdout
    metainfo = subprocess.run(["appstreamcli", "validate", "--no-net",
                               str(tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml")],
                              capture_output=True, text=True, timeout=60)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr


def test_install_into_an_unwritable_place_is_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    from factcheck.errors import FactcheckError

    with pytest.raises(FactcheckError, match="Cannot install the launcher"):
        install_desktop_entry(blocker)


def test_a_bug_in_a_command_is_logged_with_its_traceback_but_no_article_text(
        monkeypatch, capsys, tmp_path, seed_text):
    def broken(args):
        raise RuntimeError("forced failure for the log")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    assert cli.main(["list"]) == 1
    err = capsys.readouterr().err
    assert "unexpected error (RuntimeError)" in err
    assert str(log_path()) in err
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "forced failure for the log" in logged
    first_sentence = seed_text.split(".")[0]
    assert first_sentence not in logged


def test_debug_logs_to_stderr_too(capsys):
    assert cli.main(["list", "--debug"]) == 0
    assert "factcheck " + __version__ + " started" in capsys.readouterr().err


def test_log_folder_is_under_the_override(tmp_path):
    assert Path(log_path()).is_relative_to(tmp_path)
