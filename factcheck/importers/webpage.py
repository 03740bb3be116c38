"""Saved web pages (.html, .htm): the article's main text and metadata, via trafilatura.

The page is tidied first (page_clean: blocks separated, hidden and pop-up text, captions and
prompts removed); trafilatura then finds the article among navigation, ads, related links
and footers, comments left out, and the clutter lines left are dropped (clutter). Its block
elements (headings, paragraphs, list items, quotes, table rows) become paragraphs separated
by a blank line, and a line break inside a paragraph stays a single newline.
"""

from __future__ import annotations

import copy
import datetime
import re

import trafilatura
from lxml import etree, html
from trafilatura.metadata import extract_metadata

from factcheck.errors import ImportFailed
from factcheck.importers.authors import clean_authors
from factcheck.importers.clutter import is_clutter_line, title_without_site, without_headline
from factcheck.importers.document import ImportedDocument, checked_text, normalise_newlines
from factcheck.importers.encoding import decode_bytes
from factcheck.importers.page_clean import paragraph_text_length, tidy_page

# Elements of trafilatura's XML that sit inside a block's text.
_INLINE = frozenset({"hi", "ref", "lb", "del", "span", "sub", "sup"})
RECALL_RETRY_SHARE = 0.5
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_page(data: bytes, name: str, charset: str = "") -> str:
    """A page's text: UTF-8/UTF-16 as for any file (bytes that are valid UTF-8 are UTF-8,
    whatever a server says), else the ``charset`` its server named, else the one its <meta>
    declares."""
    try:
        return decode_bytes(data, name)
    except ImportFailed:
        if b"\x00" in data:
            raise
        declared = _DECLARED_CHARSET.search(data[:4096])
        candidates = [c for c in (charset, declared.group(1).decode("ascii") if declared else "") if c]
        if not candidates:
            raise
        for candidate in candidates:
            try:
                return data.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue  # servers misname charsets; the page's own declaration may be right
        message = f"{name} cannot be read in the encoding it declares ({candidates[-1]})."
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


def _has_blocks(element: etree._Element) -> bool:
    return any(child.tag not in _INLINE for child in element)


def _blocks(element: etree._Element, blocks: list[str]) -> None:
    """Append the text of each block inside ``element`` to ``blocks``, in order."""
    for child in element:
        if child.tag == "row":
            cells = list(child)
            if len(cells) == 1 or any(_has_blocks(cell) for cell in cells):
                # A layout table: each cell's paragraphs are paragraphs, never one run of text.
                for cell in cells:
                    blocks.append(cell.text or "")
                    _blocks(cell, blocks)
                    blocks.append(cell.tail or "")
            else:
                blocks.append("\t".join(_inline_text(cell).strip() for cell in cells))
        elif _has_blocks(child):
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


def _body(tree: html.HtmlElement, favor_recall: bool) -> list[str]:
    """The article's paragraphs as trafilatura finds them in (a copy of) ``tree``."""
    extracted = trafilatura.bare_extraction(
        copy.deepcopy(tree), include_comments=False, include_tables=True, with_metadata=False,
        favor_recall=favor_recall)
    # bare_extraction gives a dict only when asked to (as_dict=True).
    if extracted is None or isinstance(extracted, dict) or extracted.body is None:
        return []
    blocks: list[str] = []
    _blocks(extracted.body, blocks)
    return [normalise_newlines(block).strip() for block in blocks if block.strip()]


def article_paragraphs(tree: html.HtmlElement) -> list[str]:
    """The article's paragraphs in a tidied page. When they hold under half the text of the
    page's <p> elements, the extraction that favours recall is tried too and the longer kept."""
    paragraphs = _body(tree, favor_recall=False)
    wanted = paragraph_text_length(tree)
    if wanted and sum(map(len, paragraphs)) < RECALL_RETRY_SHARE * wanted:
        fuller = _body(tree, favor_recall=True)
        if sum(map(len, fuller)) > sum(map(len, paragraphs)):
            paragraphs = fuller
    return [p for p in paragraphs if not is_clutter_line(p)]


def read_web_page(data: bytes, name: str, *, charset: str = "", url: str = "") -> ImportedDocument:
    """The main text of a saved news page, with its title, author, date, URL and outlet.

    ``charset`` is the one a server named for the page; ``url`` where it was fetched from
    (kept as the article's URL, the page's own canonical URL otherwise). The title loses the
    site's name, the text loses a first paragraph that repeats the title, and an author
    that does not read as a person's name is left out.
    """
    page = checked_text(decode_page(data, name, charset), name)
    try:
        tree = trafilatura.load_html(page)
        if tree is None:
            raise ValueError(name)
        # Only dates the page states in its markup, never guesses from elsewhere.
        metadata = extract_metadata(copy.deepcopy(tree), default_url=url or None,
                                    date_config={"extensive_search": False, "original_date": True})
        paragraphs = article_paragraphs(tidy_page(tree))
    except (ValueError, etree.LxmlError):
        raise ImportFailed(f"{name} could not be read as a web page.") from None
    outlet = (metadata.sitename or "").strip()
    page_url = url or (metadata.url or "").strip()
    title = title_without_site((metadata.title or "").strip(), outlet, page_url)
    paragraphs = without_headline(paragraphs, title)
    if not paragraphs:
        raise ImportFailed(f"{name} has no article text that could be found.")
    return ImportedDocument(
        text="\n\n".join(paragraphs),
        title=title,
        author=clean_authors(metadata.author or ""),
        published=_published(metadata.date),
        url=page_url,
        outlet=outlet,
        format="html",
    )
