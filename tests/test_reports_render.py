"""The dispatcher: formats, suffixes, progress and cancelling, Qt loaded only for PDF."""

from __future__ import annotations

import subprocess
import sys

import pytest
from report_fixtures import PUBLISHER, seed_review

from factcheck.errors import FactcheckError, InvalidValue
from factcheck.reports import FORMATS, ExportCancelled, render, suffix


def test_every_format_renders_the_reviewed_seed():
    review = seed_review()
    for fmt in FORMATS:
        data = render(review, fmt, publisher=PUBLISHER)
        assert isinstance(data, bytes) and len(data) > 1000, fmt
    assert [suffix(fmt) for fmt in FORMATS] == [".md", ".html", ".pdf", ".csv", ".json", ".jsonld", ".jsonld"]


def test_unknown_format_or_page_size_is_one_clear_sentence():
    with pytest.raises(InvalidValue, match="Unknown export format 'docx'"):
        render(seed_review(), "docx")
    with pytest.raises(InvalidValue, match="Unknown page size"):
        render(seed_review(), "pdf", page_size="A3")
    with pytest.raises(InvalidValue):
        suffix("txt")


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "claimreview"])
def test_progress_and_cancel(fmt):
    calls: list[tuple[int, int]] = []
    render(seed_review(), fmt, progress=lambda done, total: calls.append((done, total)) or True,
           publisher=PUBLISHER)
    assert calls[0] == (0, 16) and calls[-1] == (16, 16)
    with pytest.raises(ExportCancelled) as raised:
        render(seed_review(), fmt, progress=lambda done, total: False, publisher=PUBLISHER)
    assert isinstance(raised.value, FactcheckError)
    assert str(raised.value) == "The export was cancelled."


def test_only_pdf_loads_qt():
    code = (
        "import sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from report_fixtures import PUBLISHER, seed_review\n"
        "from factcheck.reports import FORMATS, render\n"
        "for fmt in FORMATS:\n"
        "    if fmt != 'pdf':\n"
        "        render(seed_review(), fmt, publisher=PUBLISHER)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_pdf_makes_its_own_offscreen_application_when_none_exists(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ.pop('QT_QPA_PLATFORM', None); os.environ.pop('DISPLAY', None); os.environ.pop('WAYLAND_DISPLAY', None)\n"
        "sys.path.insert(0, 'tests')\n"
        "from report_fixtures import seed_review\n"
        "from factcheck.reports import render\n"
        "data = render(seed_review(), 'pdf')\n"
        "print(data[:5].decode(), os.environ.get('QT_QPA_PLATFORM'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["%PDF-", "offscreen"]
