"""Very long texts are analysed in runs of whole paragraphs, so memory stays bounded."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Sentence

ANALYSIS_CHUNK = 2_000_000  # characters of article text analysed at once


def analysis_chunks(sentences: Sequence[Sentence], size: int | None = None) -> list[Sequence[Sentence]]:
    """``sentences`` in consecutive runs of whole paragraphs covering about ``size`` characters
    (default ANALYSIS_CHUNK)."""
    size = size or ANALYSIS_CHUNK
    if not sentences or sentences[-1].end - sentences[0].start <= size:
        return [sentences]
    chunks: list[Sequence[Sentence]] = []
    begin = 0
    for i in range(1, len(sentences) + 1):
        at_paragraph_end = i == len(sentences) or sentences[i].paragraph != sentences[i - 1].paragraph
        if i == len(sentences) or (at_paragraph_end and sentences[i - 1].end - sentences[begin].start >= size):
            chunks.append(sentences[begin:i])
            begin = i
    return chunks
