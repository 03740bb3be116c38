"""Paragraphs: where they start and end in an article's text.

Blank lines separate paragraphs when the text has any blank line; otherwise every
line is a paragraph (pasted web text and transcripts often use single newlines).
Line breaks are the ones ``str.splitlines`` knows, so ``\\r\\n``, ``\\r`` and
U+2028 behave like ``\\n``.
"""

from __future__ import annotations

import re

# The line boundaries of str.splitlines, "\r\n" first so it counts as one break.
LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line breaks excluded; an empty text has no lines."""
    lines: list[tuple[int, int]] = []
    start = 0
    for brk in LINE_BREAK.finditer(text):
        lines.append((start, brk.start()))
        start = brk.end()
    if start < len(text):
        lines.append((start, len(text)))
    return lines


def _tighten(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) so that the span has no whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph, in order, without surrounding whitespace.

    The list index is the paragraph number. Blank (empty or whitespace-only) lines
    separate paragraphs when the text has at least one blank line between two
    non-blank lines; otherwise each non-blank line is a paragraph. A text of only
    whitespace has no paragraphs.
    """
    lines = _lines(text)
    blank = [text[s:e].isspace() or s == e for s, e in lines]
    content = [i for i, is_blank in enumerate(blank) if not is_blank]
    if not content:
        return []
    # Blank lines before the first or after the last paragraph separate nothing.
    blank_line_mode = any(blank[content[0] : content[-1] + 1])

    spans: list[tuple[int, int]] = []
    if not blank_line_mode:
        for i in content:
            spans.append(_tighten(text, *lines[i]))
        return spans

    run_start: int | None = None
    for i, (start, _end) in enumerate(lines):
        if blank[i]:
            if run_start is not None:
                spans.append(_tighten(text, run_start, lines[i - 1][1]))
                run_start = None
        elif run_start is None:
            run_start = start
    if run_start is not None:
        spans.append(_tighten(text, run_start, lines[-1][1]))
    return spans
