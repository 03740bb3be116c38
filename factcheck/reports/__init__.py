"""Reports a person reads (Markdown, HTML, PDF) and data other tools read (CSV, JSON, ClaimReview).

Each is a pure function of an :class:`~factcheck.model.ArticleReview`;
:func:`render` picks one by format name and returns the file's bytes. The PDF
writer is the one core module that uses Qt, and it is imported only when a
PDF is asked for.

Options: ``flagged_only`` and ``with_suggestions`` shape the Markdown, HTML,
PDF and CSV outputs; JSON is always the complete review, and ClaimReview and
Web Annotations cover every judged sentence, so they ignore them.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.errors import InvalidValue
from factcheck.model import ArticleReview
from factcheck.publisher import Publisher
from factcheck.reports.common import ExportCancelled, Progress
from factcheck.team.layers import layer_bundle

FORMATS: tuple[str, ...] = ("md", "html", "pdf", "csv", "json", "claimreview", "annotations")
PAGE_SIZES: tuple[str, ...] = ("a4", "letter")
_SUFFIXES = {
    "md": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "csv": ".csv",
    "json": ".json",
    "claimreview": ".jsonld",
    "annotations": ".jsonld",
}

__all__ = ["FORMATS", "PAGE_SIZES", "ExportCancelled", "render", "suffix"]


def suffix(fmt: str) -> str:
    """The file name suffix for a format, e.g. ``".md"``."""
    _check(fmt)
    return _SUFFIXES[fmt]


def render(
    review: ArticleReview,
    fmt: str,
    *,
    flagged_only: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
    page_size: str = "a4",
    publisher: Publisher | None = None,
    include_unfinished: bool = False,
) -> bytes:
    """The review of one article in format ``fmt`` (one of FORMATS), as file bytes.

    ``progress(done, total)`` is called now and then; returning False cancels
    and raises ExportCancelled. ``page_size`` ("a4" or "letter") is for PDF.
    ``publisher`` (default: the saved publisher profile) is needed for ClaimReview and
    embedded in HTML as JSON-LD when complete; ``include_unfinished`` adds reviews not
    yet done to ClaimReview, marked as drafts.
    """
    _check(fmt)
    # Adjudicated sentences show their final-layer review; the JSON stays the complete record.
    review = review if fmt == "json" else layer_bundle(review)
    if fmt == "json":
        from factcheck.reports.json_data import to_json

        return to_json(review).encode("utf-8")
    if fmt == "claimreview":
        from factcheck.reports.claimreview import render_claimreview

        return render_claimreview(review, publisher=publisher, include_unfinished=include_unfinished,
                                  progress=progress).encode("utf-8")
    if fmt == "annotations":
        from factcheck.reports.annotations import render_annotations

        return render_annotations(review).encode("utf-8")
    if fmt == "html":
        from factcheck.reports.html import render_html

        return render_html(review, flagged_only=flagged_only, with_suggestions=with_suggestions,
                           progress=progress, publisher=publisher,
                           include_unfinished=include_unfinished).encode("utf-8")
    if fmt == "pdf":
        if page_size.lower() not in PAGE_SIZES:
            raise InvalidValue(f"Unknown page size {page_size!r}: use one of {', '.join(PAGE_SIZES)}.")
        from factcheck.reports.pdf import render_pdf  # Qt is loaded only here

        return render_pdf(
            review,
            flagged_only=flagged_only,
            with_suggestions=with_suggestions,
            progress=progress,
            page_size=page_size.lower(),
        )
    writer = _text_writer(fmt)
    text = writer(review, flagged_only=flagged_only, with_suggestions=with_suggestions, progress=progress)
    # The CSV's byte-order mark makes spreadsheet programs read the file as UTF-8.
    return text.encode("utf-8-sig" if fmt == "csv" else "utf-8")


def _text_writer(fmt: str) -> Callable[..., str]:
    if fmt == "md":
        from factcheck.reports.markdown import render_markdown

        return render_markdown
    from factcheck.reports.csv import render_csv

    return render_csv


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InvalidValue(f"Unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
