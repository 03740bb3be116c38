"""Importers: turn a file or pasted text into an article's text and metadata.

One reader per format; :func:`read_file` picks it by the file's content (web pages, Word
documents) or else its suffix. Every
failure a user can cause is an :class:`~factcheck.errors.ImportFailed` whose
message is one sentence naming the file.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from pathlib import Path

from factcheck.errors import ImportFailed
from factcheck.importers.document import ImportedDocument, checked_text, normalise_newlines
from factcheck.importers.encoding import decode_bytes
from factcheck.importers.limits import MAX_DOCX_EXPANSION, MAX_TEXT_BYTES, TooLarge, check_size
from factcheck.importers.plain import read_plain

__all__ = [
    "SUPPORTED_SUFFIXES",
    "TooLarge",
    "ImportedDocument",
    "decode_bytes",
    "normalise_newlines",
    "read_file",
    "read_text",
]

Reader = Callable[[bytes, str], ImportedDocument]


# The Markdown, web-page and Word readers load their libraries (trafilatura alone takes a
# sixth of a second) when a file of that kind is read, not when the window starts.
def read_markdown(data: bytes, name: str) -> ImportedDocument:
    """The rendered plain text of a Markdown file (see factcheck.importers.markdown)."""
    from factcheck.importers.markdown import read_markdown as read

    return read(data, name)


def read_web_page(data: bytes, name: str) -> ImportedDocument:
    """The main text and metadata of a saved web page (see factcheck.importers.webpage)."""
    from factcheck.importers.webpage import read_web_page as read

    return read(data, name)


def read_word(data: bytes, name: str, allow_large: bool = False) -> ImportedDocument:
    """The text of a .docx file (see factcheck.importers.word)."""
    from factcheck.importers.word import read_word as read

    return read(data, name, allow_large)


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_web_page,
    ".htm": read_web_page,
    ".docx": read_word,
}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)

# Formats people try that we can name a way out for.
_ADVICE = {
    ".json": "JSON review files are not article text",
    ".doc": "save it as .docx in Word and import that",
    ".pdf": "copy its text and paste it, or save it as .txt",
    ".rtf": "save it as .docx or .txt and import that",
}


def _unsupported(path: Path) -> ImportFailed:
    suffix = path.suffix.lower()
    if suffix in _ADVICE:
        return ImportFailed(f"{path.name} cannot be imported: {_ADVICE[suffix]}.")
    kind = f"{suffix} files are" if suffix else "its content is"
    return ImportFailed(f"{path.name} cannot be imported: {kind} not {SUPPORTED_KINDS}.")


SUPPORTED_KINDS = "plain text, Markdown, a web page (HTML) or a Word document (.docx)"
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.IGNORECASE)


def sniff(data: bytes) -> str:
    """What a file's bytes are, whatever its name says: html, docx, pdf, binary or text."""
    head = data[:4096]
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            encoding = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le"}.get(bom, "utf-16-be")
            head = head[len(bom):].decode(encoding, "ignore").encode("utf-8")
            break
    stripped = head.lstrip()
    if stripped.startswith(b"<") and _HTML_START.search(stripped[:2048]):
        return "html"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data else "binary"
    if data.startswith(b"%PDF-"):
        return "pdf"
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary"
    return "text"


def _reader(path: Path, data: bytes) -> Reader:
    """The reader for a file: HTML and Word documents by their content, the rest by suffix."""
    suffix = path.suffix.lower()
    kind = sniff(data)
    if kind == "html" and suffix != ".docx":
        return read_web_page  # a page saved as .txt, .php, or with no extension at all
    if kind == "docx":
        return read_word
    if suffix in READERS:
        return READERS[suffix]  # its reader refuses binary content in its own words
    if suffix == "" and kind == "text":
        return read_plain
    if kind == "pdf":
        raise ImportFailed(f"{path.name} cannot be imported: {_ADVICE['.pdf']}.")
    raise _unsupported(path)


def read_file(path: str | os.PathLike[str], allow_large: bool = False) -> ImportedDocument:
    """Read an article from a text, Markdown, HTML or Word file.

    Web pages and Word documents are recognised by their content (a page saved as .txt
    or without an extension is read as a page); other files by their suffix, and a file
    without one as plain text. Raises ImportFailed with one clear sentence when the file
    is missing, of an unknown type, binary, undecodable, empty or whitespace only; TooLarge
    when it holds more than 20 MB of text (or its file is over the limit) and
    ``allow_large`` is False.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if path.suffix.lower() in (".txt", ".text", ".md", ".markdown"):
        check_size(size, path.name, allow_large)
    elif size > MAX_TEXT_BYTES * MAX_DOCX_EXPANSION:
        check_size(size, path.name, allow_large)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise ImportFailed(f"{path} is a folder, not a file.") from None
    except PermissionError:
        raise ImportFailed(f"{path} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFailed(f"{path} cannot be read: {error.strerror or error}.") from None
    if not data:
        raise ImportFailed(f"{path.name} is empty.")
    reader = _reader(path, data)
    if reader is read_word:
        document = read_word(data, path.name, allow_large)
    else:
        document = reader(data, path.name)
    del data
    check_size(len(document.text.encode("utf-8")), path.name, allow_large, " of text")
    return document


def read_text(text: str) -> ImportedDocument:
    """An article from pasted text: line endings normalised, empty or blank text refused."""
    return ImportedDocument(text=checked_text(text, "The pasted text"), format="paste")
