"""Saved web pages (.html, .htm): the article's main text and metadata, via trafilatura.

trafilatura finds the article among navigation, ads, related links and footers;
comments are left out. Its block elements (headings, paragraphs, list items,
quotes, table rows) become paragraphs separated by a blank line, and a line break
inside a paragraph stays a single newline.
"""

from __future__ import annotations

import datetime
import re

import trafilatura
from lxml import etree

from factcheck.errors import ImportFailed
from factcheck.importers.document import ImportedDocument, checked_text, normalise_newlines
from factcheck.importers.encoding import decode_bytes

# Elements of trafilatura's XML that sit inside a block's text.
_INLINE = frozenset({"hi", "ref", "lb", "del", "span", "sub", "sup"})
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_page(data: bytes, name: str, charset: str = "") -> str:
    """A page's text: in the ``charset`` its server named, else UTF-8/UTF-16 as for any
    file, else the charset its <meta> declares."""
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # servers misname charsets; the page's own declaration may be right
    try:
        return decode_bytes(data, name)
    except ImportFailed:
        declared = _DECLARED_CHARSET.search(data[:4096])
        if declared is None or b"\x00" in data:
            raise
        charset = declared.group(1).decode("ascii")
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            message = f"{name} cannot be read in the encoding it declares ({charset})."
            raise ImportFailed(message) from None


def _inline_text(element: etree._Element) -> str:
    """An element's text, with <lb/> as a newline."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(element: etree._Element, blocks: list[str]) -> None:
    """Append the text of each block inside ``element`` to ``blocks``, in order."""
    for child in element:
        if child.tag == "row":
            blocks.append("\t".join(_inline_text(cell).strip() for cell in child))
        elif any(grandchild.tag not in _INLINE for grandchild in child):
            # A list, a quote of paragraphs, a table: its blocks, not one run of text.
            blocks.append(child.text or "")
            _blocks(child, blocks)
        else:
            blocks.append(_inline_text(child))
        blocks.append(child.tail or "")


def _published(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_web_page(data: bytes, name: str, *, charset: str = "", url: str = "") -> ImportedDocument:
    """The main text of a saved news page, with its title, author, date, URL and outlet.

    ``charset`` is the one a server named for the page; ``url`` where it was fetched from
    (kept as the article's URL, the page's own canonical URL otherwise).
    """
    page = checked_text(decode_page(data, name, charset), name)
    try:
        extracted = trafilatura.bare_extraction(
            page,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            # Only dates the page states in its markup, never guesses from elsewhere.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, etree.LxmlError):
        raise ImportFailed(f"{name} could not be read as a web page.") from None
    # bare_extraction gives a dict only when asked to (as_dict=True).
    if extracted is None or isinstance(extracted, dict) or extracted.body is None:
        raise ImportFailed(f"{name} has no article text that could be found.")
    blocks: list[str] = []
    _blocks(extracted.body, blocks)
    paragraphs = [normalise_newlines(block).strip() for block in blocks if block.strip()]
    if not paragraphs:
        raise ImportFailed(f"{name} has no article text that could be found.")
    return ImportedDocument(
        text="\n\n".join(paragraphs),
        title=(extracted.title or "").strip(),
        author=(extracted.author or "").strip(),
        published=_published(extracted.date),
        url=url or (extracted.url or "").strip(),
        outlet=(extracted.sitename or "").strip(),
        format="html",
    )
