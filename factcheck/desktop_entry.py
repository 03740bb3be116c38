"""Installing the launcher: the freedesktop .desktop file, AppStream metainfo and icons.

``factcheck-review --install-desktop-entry`` copies them under the user's XDG data folder
(``$XDG_DATA_HOME``, else ``~/.local/share``), pointing the launcher at this installation.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.resources import resource

APP_ID = "org.factcheckreview.FactcheckReview"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launcher_command() -> str:
    """The command the launcher runs: this installation's ``factcheck-review`` when it has one."""
    script = Path(sys.executable).parent / "factcheck-review"
    return str(script) if script.exists() else "factcheck-review"


def desktop_entry_text(command: str | None = None) -> str:
    text = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    command = command or launcher_command()
    quoted = f'"{command}"' if any(c.isspace() for c in command) else command
    return "\n".join(f"Exec={quoted} %F" if line.startswith("Exec=") else line
                     for line in text.splitlines()) + "\n"


def install_desktop_entry(data_home: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the launcher, metainfo and icons; returns the files written."""
    base = data_home or xdg_data_home()
    written: list[Path] = []
    try:
        applications = base / "applications"
        applications.mkdir(parents=True, exist_ok=True)
        entry = applications / f"{APP_ID}.desktop"
        entry.write_text(desktop_entry_text(command), encoding="utf-8")
        written.append(entry)
        metainfo = base / "metainfo"
        metainfo.mkdir(parents=True, exist_ok=True)
        target = metainfo / f"{APP_ID}.metainfo.xml"
        target.write_bytes(resource("desktop", f"{APP_ID}.metainfo.xml").read_bytes())
        written.append(target)
        for size in ICON_SIZES:
            folder = base / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{APP_ID}.png"
            target.write_bytes(resource("icons", f"factcheck-review-{size}.png").read_bytes())
            written.append(target)
        folder = base / "icons" / "hicolor" / "scalable" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{APP_ID}.svg"
        target.write_bytes(resource("icons", "factcheck-review.svg").read_bytes())
        written.append(target)
    except OSError as error:
        raise FactcheckError(f"Cannot install the launcher under {base}: {error.strerror or error}.") from None
    _refresh_caches(base)
    return written


def _refresh_caches(base: Path) -> None:
    # Desktop environments pick the new launcher up sooner; missing tools are fine.
    import subprocess

    for command in (["update-desktop-database", "-q", str(base / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(base / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=30)
