"""Markdown files (.md, .markdown): the plain text a reader sees once it is rendered.

Headings, paragraphs, list items, quotes and code blocks become paragraphs separated
by a blank line; links and emphasis keep only their text; images and raw HTML go.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.errors import ImportFailed
from factcheck.importers.document import ImportedDocument, checked_text
from factcheck.importers.encoding import decode_text

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(children: Sequence[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        # link_open/close, em/strong markers, images and inline HTML add no text.
    return "".join(parts)


def markdown_blocks(source: str) -> tuple[list[str], str]:
    """The rendered text blocks of a Markdown document, and its first heading."""
    blocks: list[str] = []
    title = ""
    row: list[str] | None = None
    in_heading = False
    for token in _PARSER.parse(source):
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("\t".join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or []).strip()
            if row is not None:
                row.append(text)
            elif text:
                blocks.append(text)
                if in_heading and not title:
                    title = text
            in_heading = False
        elif token.type in ("fence", "code_block"):
            code = token.content.strip("\n")
            if code.strip():
                blocks.append(code)
    return [block for block in blocks if block.strip()], title


def read_markdown(data: bytes, name: str) -> ImportedDocument:
    """The rendered plain text of a Markdown file; its first heading is the title."""
    decoded, encoding = decode_text(data, name)
    source = checked_text(decoded, name)
    blocks, title = markdown_blocks(source)
    if not blocks:
        raise ImportFailed(f"{name} has no text once its Markdown is rendered.")
    return ImportedDocument(text="\n\n".join(blocks), title=title, format="md", encoding=encoding)
