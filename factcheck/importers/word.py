"""Word documents (.docx): the body's paragraphs and table rows, in order."""

from __future__ import annotations

import io
import zipfile
import zlib

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from factcheck.errors import ImportFailed
from factcheck.importers.document import ImportedDocument, normalise_newlines
from factcheck.importers.limits import check_docx_package

# python-docx's own blank template names this author; it says nothing about the article.
_TEMPLATE_AUTHOR = "python-docx"


def _blocks(document: docx.document.Document) -> list[str]:
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    # A merged cell appears once per grid column it spans.
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(cell.text)
                blocks.append("\t".join(cells))
    # Word users separate paragraphs with empty ones; the blank line between blocks
    # is the only separator we keep.
    return [normalise_newlines(block).strip() for block in blocks if block.strip()]


def read_word(data: bytes, name: str, allow_large: bool = False) -> ImportedDocument:
    """The text of a .docx file, one paragraph per Word paragraph, with its title and author.

    The package is decompressed with a running count first: a decompression bomb is refused,
    and one that expands beyond the size limit needs ``allow_large``.
    """
    if not data:
        raise ImportFailed(f"{name} is empty.")
    damaged = ImportFailed(f"{name} is not a Word (.docx) document or is damaged.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_docx_package(archive, name, allow_large)
        document = docx.Document(io.BytesIO(data))
        blocks = _blocks(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, EOFError,
            zlib.error, NotImplementedError, etree.XMLSyntaxError):
        raise damaged from None
    if not blocks:
        raise ImportFailed(f"{name} has no text in it.")
    properties = document.core_properties
    author = properties.author or ""
    if author == _TEMPLATE_AUTHOR:
        author = ""
    return ImportedDocument(
        text="\n\n".join(blocks),
        title=(properties.title or "").strip(),
        author=author.strip(),
        format="docx",
    )
