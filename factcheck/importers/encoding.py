"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or detected without),
and legacy encodings (Windows-1252, Latin-1, Cyrillic code pages…) detected with
charset-normalizer. Binary data is refused."""

from __future__ import annotations

import codecs

from factcheck.errors import ImportFailed

# Single-byte code pages of Latin-script languages: for these charset-normalizer's guess on a
# short text wavers between siblings (cp1250 for French), and Windows-1252 is the one news
# text in these languages is written in.
_LATIN_FAMILY = frozenset({"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1257",
                           "iso8859_4", "iso8859_13", "mac_roman", "mac_latin2", "cp850", "cp437",
                           "iso8859_3", "iso8859_9", "cp1254", "iso8859_16", "iso8859_14"})
# Other legacy encodings news text is really written in; a rarer guess on a short text
# (cp1006 for "Schön") is less likely than Windows-1252.
_MAJOR = frozenset({"cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "cp1253", "iso8859_7",
                    "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620", "cp1258",
                    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "gb2312", "gbk",
                    "big5", "big5hkscs", "cp950", "euc_kr", "cp949", "johab"})
_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1", "utf_16_le": "UTF-16 (little-endian)",
          "utf_16_be": "UTF-16 (big-endian)", "cp1251": "Windows-1251", "koi8_r": "KOI8-R"}


def encoding_label(codec: str) -> str:
    """The name people know an encoding by (``cp1252`` -> ``Windows-1252``)."""
    return _NAMES.get(codec, codec.replace("_", "-").upper())


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: most of its high bytes are zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    odd, even = data[1::2], data[0::2]
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) >= 0.6 * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if _looks_like_text(text) else None
    return None


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f") + text.count("\x7f")
    return controls == 0 and not any(0x80 <= ord(c) < 0xA0 for c in text)


def _legacy(data: bytes) -> tuple[str, str] | None:
    """(text, codec) of a file in a legacy encoding, or None for binary data."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    codec = best.encoding
    if codec not in _MAJOR:
        try:
            text = data.decode("cp1252")
            codec = "cp1252"
        except UnicodeDecodeError:
            text = str(best)
    else:
        text = str(best)
    return (text, codec) if _looks_like_text(text) else None


def decode_bytes(data: bytes, what: str = "The file") -> str:
    """Decode a text file's bytes (see :func:`decode_text`), dropping the encoding's name."""
    return decode_text(data, what)[0]


def decode_text(data: bytes, what: str = "The file") -> tuple[str, str]:
    """Decode a text file's bytes; returns (text, codec).

    A UTF-8 or UTF-16 byte-order mark is removed. Text that is not UTF-8 is tried as UTF-16
    without a mark, then as a legacy encoding; binary data raises ImportFailed with one
    sentence naming ``what``.
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
            text16 = _utf16_without_bom(body)
            if text16 is None:
                raise ImportFailed(f"{what} is a binary file, not text.")
            return text16, "utf_16_le" if body[1] == 0 else "utf_16_be"
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "utf-8":
            legacy = _legacy(body)
            if legacy is None:
                raise ImportFailed(f"{what} is a binary file, not text.") from None
            return legacy
        raise ImportFailed(f"{what} is marked as UTF-16 but is not valid UTF-16.") from None
    if "\x00" in text:
        raise ImportFailed(f"{what} is a binary file, not text.")
    return text, encoding.replace("-", "_")
