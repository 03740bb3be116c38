"""Hostile imports: each gives one sentence or a correct import with exact offsets, in time."""

from __future__ import annotations

import codecs
import io
import signal
import zipfile
from contextlib import contextmanager

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ImportFailed
from factcheck.importers import TooLarge, read_file
from factcheck.importers.encoding import decode_text
from factcheck.importers.limits import MAX_TEXT_BYTES
from factcheck.store import Store
from factcheck.text import segment
from factcheck.text.sentences import MAX_SENTENCE

HANG_SECONDS = 120  # only a hang trips this, never a slow machine


@contextmanager
def hang_guard(seconds: int = HANG_SECONDS):
    def hung(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _bomb() -> bytes:
    """A small .docx whose document.xml expands to about 20 MB of near-identical paragraphs."""
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes(["x"])))
    body = b"<w:p><w:r><w:t>A.</w:t></w:r></w:p>" * 600_000
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head, _, tail = data.partition(b"<w:body>")
                data = head + b"<w:body>" + body + tail
            target.writestr(info.filename, data, compresslevel=9)
    return out.getvalue()


def _broken_xml_docx() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes(["A sentence."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<w:p><unclosed></w:body>")
            target.writestr(info.filename, data)
    return out.getvalue()


RTL = "قال الوزير إن 32 مستشاراً غادروا كاراكاس. אמר השר כי השיחות יימשכו."
EMOJI = "The 👩‍👩‍👧‍👦 family said 🇻🇪 flags flew. Officials 🙂 agreed on Jan. 3."
COMBINING = "Se\u0301bastien Lecornu e\u0301tait la\u0300. Zalgo t̷̢͉̀e̵̛͓x̶̗̓t̴̰̿ stays whole."

CASES = {
    "empty.txt": (b"", "refused"),
    "blank.txt": (b" \n\t \n", "refused"),
    "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "refused"),
    "nul.txt": (b"plain text with a \x00 in it and more plain text after it", "refused"),
    "invalid-utf8.txt": (bytes(range(128, 256)) * 64 + b"\x00\x01\x02", "refused"),
    "windows-1252.txt": ("Caf\u00e9 cr\u00e8me \u2014 \u201cquoted\u201d.".encode("cp1252"), "imported"),
    "utf16-no-bom.txt": ("UTF-16 without a mark. A second sentence.".encode("utf-16-le"), "imported"),
    "utf32.txt": (codecs.BOM_UTF32_LE + "x".encode("utf-32-le"), "refused"),
    "rtl.txt": (RTL.encode(), "imported"),
    "emoji.txt": (EMOJI.encode(), "imported"),
    "combining.txt": (COMBINING.encode(), "imported"),
    "one-long-line.txt": (("officials in Caracas met Cuban advisers on January 3 and " * 7000).encode(), "imported"),
    "no-spaces.txt": (b"x" * 400_000, "imported"),
    "bomb.docx": (_bomb(), "refused"),
    "broken-xml.docx": (_broken_xml_docx(), "refused"),
    "not-a-zip.docx": (b"PK\x03\x04 this is not really a zip file", "refused"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_gives_one_sentence_or_an_exact_import(name, tmp_path):
    data, expected = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with hang_guard():
        try:
            document = read_file(path)
        except ImportFailed as error:
            assert expected == "refused", str(error)
            message = str(error)
            assert "\n" not in message and name in message and message.endswith(".")
            return
        assert expected == "imported"
        with Store(tmp_path / "hostile.sqlite3", "tester") as store:
            result = store.import_text(document.text, title=name)
            article = store.article(result.article_id)
            sentences = store.sentences(result.article_id)
    assert article.text == document.text
    assert sentences
    for s in sentences:
        assert article.text[s.start:s.end] == s.text and len(s.text) <= MAX_SENTENCE
    covered = "".join(s.text for s in sentences)
    assert "".join(covered.split()) == "".join(article.text.split())


def test_a_file_over_the_limit_needs_allow_large(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"The minister said the figure was 32 on Monday. "
    with path.open("wb") as out:
        for _ in range(MAX_TEXT_BYTES // len(line) + 10):
            out.write(line)
    with pytest.raises(TooLarge) as refused:
        read_file(path)
    assert "--allow-large" in str(refused.value) and "\n" not in str(refused.value)
    with hang_guard():
        assert read_file(path, allow_large=True).text.startswith("The minister")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(min_size=0, max_size=40),
                          st.sampled_from([" ", "\n", "\n\n", ". ", "x" * 5000, "a b " * 2000])),
                max_size=12).map("".join))
def test_segmenter_bounds_every_sentence_and_loses_no_character(text):
    spans = segment(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end and span.end - span.start <= MAX_SENTENCE
        piece = text[span.start:span.end]
        assert piece == piece.strip()
        previous_end = span.end
    assert "".join("".join(text[s.start:s.end] for s in spans).split()) == "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_in_one_sentence(data):
    try:
        text, codec = decode_text(data, "f.txt")
    except ImportFailed as error:
        assert "\n" not in str(error)
        return
    assert isinstance(text, str) and codec and "\x00" not in text
