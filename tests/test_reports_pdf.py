"""The PDF report (Qt): pages, header and page numbers, inert text."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from report_fixtures import PAYLOADS, hostile_review, seed_review

from factcheck.reports import ExportCancelled, render


def pdf_text(data: bytes, tmp_path) -> str | None:
    """The PDF's text through pdftotext (poppler), when it is installed."""
    if shutil.which("pdftotext") is None:
        return None
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def test_seed_pdf_has_pages_a4_and_letter(tmp_path):
    a4 = render(seed_review(), "pdf")
    assert a4.startswith(b"%PDF-") and b"%%EOF" in a4[-32:]
    assert page_count(a4) >= 2
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842(\.0+)?\]", a4)
    letter = render(seed_review(), "pdf", page_size="letter")
    assert re.search(rb"/MediaBox \[0 0 612(\.0+)? 792(\.0+)?\]", letter)
    text = pdf_text(a4, tmp_path)
    if text is not None:
        pages = text.split("\f")[: page_count(a4)]
        for number, page in enumerate(pages, start=1):
            assert "Venezuela reduces its security dependence on Cuba" in page.splitlines()[0]
            assert f"Page {number} of {len(pages)}" in page
        assert "16/16 reviewed" in text
        assert "#7 The Biden administration" in text and "#3 The unraveling" in text


def test_the_document_holds_the_report_text():
    from factcheck.reports.pdf import build_document

    text = build_document(seed_review(), with_suggestions=True).toPlainText()
    assert "16/16 reviewed" in text
    assert "Sentences with only anonymous sources" in text
    assert "Sentence 16" in text
    assert "Did you mean Bruno Rodríguez Parrilla?" in text
    assert "Inconsistent: yes" in text


def test_hostile_text_is_printed_literally_and_links_only_to_http(tmp_path):
    from factcheck.reports.pdf import build_document

    review = hostile_review()
    plain = build_document(review).toPlainText()
    for payload in PAYLOADS:
        assert payload in plain
    data = render(review, "pdf")
    uris = re.findall(rb"/URI\s*\(([^)]*)\)", data)
    # The title is kept as text in the metadata; no link or action carries it.
    assert all(uri.startswith((b"http://", b"https://")) for uri in uris)
    for action in (b"/JavaScript", b"/JS", b"/Launch", b"/OpenAction", b"/AA"):
        assert action not in data
    text = pdf_text(data, tmp_path)
    if text is not None:
        flat = " ".join(text.split())
        assert "<script>alert(1)</script>" in flat and "[x](javascript:alert(1))" in flat


def test_evidence_links_become_link_annotations():
    data = render(seed_review(), "pdf")
    assert re.findall(rb"/URI\s*\(([^)]*)\)", data) == [b"https://www.whitehouse.gov/administration/"]


def test_progress_reaches_the_end_and_can_cancel():
    calls: list[tuple[int, int]] = []
    render(seed_review(), "pdf", progress=lambda done, total: calls.append((done, total)) or True)
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with pytest.raises(ExportCancelled):
        render(seed_review(), "pdf", progress=lambda done, total: done < 20)


def test_each_line_is_in_the_text_layer_once(tmp_path):
    """Page breaks leave no hidden copies of lines (Qt draws one line above a page's clip)."""
    from report_fixtures import large_review

    review = large_review(300)
    data = render(review, "pdf")
    assert page_count(data) > 30
    text = pdf_text(data, tmp_path)
    if text is not None:
        headings = [line.strip() for line in text.splitlines() if re.fullmatch(r"Sentence \d+( Flagged)?", line.strip())]
        assert len(headings) == 300 and len(set(headings)) == 300
        assert sum(1 for line in text.splitlines() if line.startswith("Rating: ")) == 300 + 1  # and the article's


def test_the_header_s_icon_is_held_once_however_many_pages():
    # Every page's header shows the application icon; the PDF keeps one image for all of them
    # (each page used to load and embed its own copy: 2.6 MB for 1,000 sentences, 1.0 MB now).
    from report_fixtures import large_review

    short, long = render(seed_review(), "pdf"), render(large_review(300), "pdf")
    assert page_count(long) > 5 * page_count(short)
    images = [len(re.findall(rb"/Subtype\s*/Image\b", data)) for data in (short, long)]
    assert images[0] >= 1 and images[1] == images[0]  # the icon (and its transparency mask)
