"""Plain text files (.txt, .text): the text as it is."""

from __future__ import annotations

from factcheck.importers.document import ImportedDocument, checked_text
from factcheck.importers.encoding import decode_bytes


def read_plain(data: bytes, name: str) -> ImportedDocument:
    """A plain-text file's contents, decoded, with line endings normalised."""
    text = checked_text(decode_bytes(data, name), name)
    return ImportedDocument(text=text, format="txt")
