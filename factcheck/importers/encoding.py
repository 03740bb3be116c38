"""Bytes to text: UTF-8 (with or without BOM) and UTF-16 with a BOM, nothing else."""

from __future__ import annotations

import codecs

from factcheck.errors import ImportFailed


def decode_bytes(data: bytes, what: str = "The file") -> str:
    """Decode a text file's bytes, refusing anything that is not UTF-8 or BOM-marked UTF-16.

    A UTF-8 or UTF-16 byte-order mark is removed. Binary data (NUL bytes, bytes that
    are not valid UTF-8) raises ImportFailed with one sentence naming ``what``.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Checked before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
        raise ImportFailed(f"{what} is UTF-32 text; save it as UTF-8 and import it again.")
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith(codecs.BOM_UTF16_LE):
        encoding, body = "utf-16-le", data[len(codecs.BOM_UTF16_LE) :]
    elif data.startswith(codecs.BOM_UTF16_BE):
        encoding, body = "utf-16-be", data[len(codecs.BOM_UTF16_BE) :]
    else:
        encoding, body = "utf-8", data
        if b"\x00" in body:
            raise ImportFailed(f"{what} is a binary file, not text.")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "utf-8":
            raise ImportFailed(
                f"{what} is not UTF-8 or UTF-16 text (it may be binary or in an older encoding)."
            ) from None
        raise ImportFailed(f"{what} is marked as UTF-16 but is not valid UTF-16.") from None
    if "\x00" in text:
        raise ImportFailed(f"{what} is a binary file, not text.")
    return text
