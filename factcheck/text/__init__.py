"""Text structure: paragraphs and sentences with exact character offsets.

For every sentence ``text[start:end]`` is the sentence itself; offsets come from
the segmenter's spans and are never searched for again in the text.
"""

from __future__ import annotations

from factcheck.model import Sentence
from factcheck.text.paragraphs import paragraph_spans
from factcheck.text.sentences import SentenceSpan, segment

__all__ = ["SentenceSpan", "paragraph_spans", "segment", "split_article"]


def split_article(article_id: str, text: str) -> list[Sentence]:
    """The sentences of an article, numbered from 0 in reading order."""
    return [
        Sentence(
            article_id=article_id,
            index=index,
            paragraph=span.paragraph,
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
        )
        for index, span in enumerate(segment(text))
    ]
