"""What every importer returns, and the text checks they share."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from factcheck.errors import ImportFailed


@dataclass(frozen=True)
class ImportedDocument:
    """An article's text as extracted from a file or a paste, with what the file said about it.

    ``text`` is kept as extracted (only line endings are normalised to ``\\n``);
    ``format`` names the reader that produced it: txt, md, html, docx or paste;
    ``language`` is the ISO 639-1 code the page declares or detection found ("" = not known).
    """

    text: str
    title: str = ""
    author: str = ""
    published: datetime.date | None = None
    url: str = ""
    outlet: str = ""
    format: str = ""
    language: str = ""  # ISO 639-1 code; empty until detected
    encoding: str = field(default="", compare=False)  # the codec the file was decoded with, when it was a text file

    @property
    def assumed_encoding(self) -> str | None:
        """The encoding's name when the file was not UTF-8 (it was detected, so assumed)."""
        from factcheck.importers.encoding import encoding_label

        return encoding_label(self.encoding) if self.encoding not in ("", "utf_8") else None


_LINE_ENDING = re.compile(r"\r\n?")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    return _LINE_ENDING.sub("\n", text)


def checked_text(text: str, what: str) -> str:
    """``text`` with normalised line endings, or ImportFailed if it has no article in it.

    ``what`` names the source in the message, e.g. "report.txt" or "The pasted text".
    """
    if "\x00" in text:
        raise ImportFailed(f"{what} contains binary data (NUL characters), not text.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFailed(f"{what} contains characters that are not valid Unicode.") from None
    if not text:
        raise ImportFailed(f"{what} is empty.")
    if text.isspace():
        raise ImportFailed(f"{what} contains only whitespace.")
    return normalise_newlines(text)
