"""Refresh the interface translations: pyside6-lupdate over ui/, then pyside6-lrelease.

    python scripts/update_translations.py          # update the .ts files and compile the .qm
    python scripts/update_translations.py --check  # fail if a .ts is out of date or unfinished

lupdate keeps every translation already in a .ts file and adds the new source texts as
unfinished; translate them (Qt Linguist, or by editing the XML) and run this again. Both the
.ts and the compiled .qm are committed, so installing the program needs no Qt tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "es")
PLURALS_ONLY = ("en",)  # the source language needs only its plural forms ("1 source", "2 sources")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install the project's dependencies (PySide6) first.")
    return found


def python_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"factcheck_review_{code}.ts"


def lupdate(target: Path) -> None:
    code = target.stem.rsplit("_", 1)[1]
    options = ["-pluralonly"] if code in PLURALS_ONLY else []
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *options,
                    "-target-language", code, *python_sources(), "-ts", str(target)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def unfinished(target: Path) -> list[str]:
    """Source texts of ``target`` without a finished translation."""
    root = ET.parse(target).getroot()
    return [message.findtext("source") or "" for message in root.iter("message")
            if (message.find("translation") is None
                or message.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


def check() -> int:
    problems = []
    for code in LANGUAGES:
        current = ts_file(code)
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / current.name
            shutil.copy(current, fresh)
            lupdate(fresh)
            if fresh.read_bytes() != current.read_bytes():
                problems.append(f"{current.name} is out of date: run scripts/update_translations.py")
        missing = unfinished(current)
        if missing:
            problems.append(f"{current.name}: {len(missing)} text(s) not translated, e.g. {missing[0]!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        target = ts_file(code)
        lupdate(target)
        subprocess.run([tool("pyside6-lrelease"), str(target), "-qm", str(target.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
        missing = unfinished(target)
        if missing:
            print(f"{target.name}: {len(missing)} text(s) still to translate", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
