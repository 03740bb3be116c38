"""Plain text files (.txt, .text): the text as it is."""

from __future__ import annotations

from factcheck.importers.document import ImportedDocument, checked_text
from factcheck.importers.encoding import decode_text


def read_plain(data: bytes, name: str) -> ImportedDocument:
    """A plain-text file's contents, decoded, with line endings normalised."""
    decoded, encoding = decode_text(data, name)
    return ImportedDocument(text=checked_text(decoded, name), format="txt", encoding=encoding)
