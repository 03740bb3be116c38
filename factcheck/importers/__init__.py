"""Importers: turn a file or pasted text into an article's text and metadata.

One reader per format; :func:`read_file` picks it by the file's suffix. Every
failure a user can cause is an :class:`~factcheck.errors.ImportFailed` whose
message is one sentence naming the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from factcheck.errors import ImportFailed
from factcheck.importers.document import ImportedDocument, checked_text, normalise_newlines
from factcheck.importers.encoding import decode_bytes
from factcheck.importers.markdown import read_markdown
from factcheck.importers.plain import read_plain
from factcheck.importers.webpage import read_web_page
from factcheck.importers.word import read_word

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ImportedDocument",
    "decode_bytes",
    "normalise_newlines",
    "read_file",
    "read_text",
]

Reader = Callable[[bytes, str], ImportedDocument]

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
    supported = ", ".join(SUPPORTED_SUFFIXES)
    if suffix in _ADVICE:
        return ImportFailed(f"{path.name} cannot be imported: {_ADVICE[suffix]}.")
    kind = f"{suffix} files" if suffix else "files without an extension"
    return ImportFailed(f"{path.name} cannot be imported: {kind} are not supported ({supported}).")


def read_file(path: str | os.PathLike[str]) -> ImportedDocument:
    """Read an article from a .txt, .md, .html or .docx file (chosen by its suffix).

    Raises ImportFailed with one clear sentence when the file is missing, of an
    unknown type, binary, undecodable, empty or whitespace only.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise _unsupported(path)
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
    return reader(data, path.name)


def read_text(text: str) -> ImportedDocument:
    """An article from pasted text: line endings normalised, empty or blank text refused."""
    return ImportedDocument(text=checked_text(text, "The pasted text"), format="paste")
