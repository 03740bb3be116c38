"""A pasted article often starts with its headline on a line of its own. When no title is
given, that line is the title, not the first sentence to review (it would also get
suggestions of its own)."""

from __future__ import annotations

MAX_HEADLINE = 200  # characters; a longer first line is a paragraph, not a headline
SENTENCE_END = (".", ";", ":", ",")  # a headline rarely ends like a sentence ("?" and "!" may)


def split_headline(text: str) -> tuple[str, str]:
    """(headline, body) when ``text`` opens with a headline line followed by more text;
    otherwise ("", text) unchanged. The body is the text after the headline's line break,
    exactly as it was (only the blank lines between them are left out)."""
    stripped = text.lstrip()
    line, newline, rest = stripped.partition("\n")
    headline = " ".join(line.split())
    if (not newline or not rest.strip() or not headline or len(headline) > MAX_HEADLINE
            or headline.endswith(SENTENCE_END)):
        return "", text
    return headline, rest.lstrip("\r\n")
