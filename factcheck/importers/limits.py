"""Size limits on what is imported: large inputs need a confirmation, bombs are refused."""

from __future__ import annotations

import zipfile

from factcheck.errors import ImportFailed

MAX_TEXT_BYTES = 20 * 1024 * 1024  # text over this needs --allow-large or a confirmation
# A .docx's parts, decompressed, may hold this many times the text limit (markup is verbose).
MAX_DOCX_EXPANSION = 4
# Compression ratio above which a large part is a decompression bomb, not a document.
BOMB_RATIO = 100
BOMB_MIN_BYTES = 5 * 1024 * 1024


class TooLarge(ImportFailed):
    """The input is over the size limit; importing it needs an explicit yes."""


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_size(size: int, name: str, allow_large: bool, what: str = "") -> None:
    """Refuse ``size`` bytes of text over the limit unless ``allow_large``."""
    if size > MAX_TEXT_BYTES and not allow_large:
        raise TooLarge(
            f"{name} is {megabytes(size)}{what}, over the {megabytes(MAX_TEXT_BYTES)} limit; import "
            "it with --allow-large (or confirm in the window) if you mean to."
        )


def check_docx_package(archive: zipfile.ZipFile, name: str, allow_large: bool) -> None:
    """Decompress every part with a running count (headers can lie), refusing bombs and,
    unless ``allow_large``, packages that expand beyond the limit."""
    budget = MAX_TEXT_BYTES * MAX_DOCX_EXPANSION
    total = 0
    for info in archive.infolist():
        size = 0
        with archive.open(info) as part:
            while chunk := part.read(1 << 20):
                size += len(chunk)
                total += len(chunk)
                compressed = max(info.compress_size, 1)
                if size > BOMB_MIN_BYTES and size / compressed > BOMB_RATIO:
                    raise ImportFailed(
                        f"{name} expands to far more than it holds ({info.filename} grows over "
                        f"{BOMB_RATIO} times); it is not imported.")
                if total > budget and not allow_large:
                    raise TooLarge(
                        f"{name} expands to over {megabytes(budget)} of document data; import it "
                        "with --allow-large (or confirm in the window) if you mean to.")
