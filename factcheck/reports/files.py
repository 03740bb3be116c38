"""Writing a report to a file: all or nothing, shared by the CLI and the window."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.model import ArticleReview
from factcheck.reports import render
from factcheck.reports.common import Progress


def write_report(review: ArticleReview, fmt: str, target: str | Path, *, flagged_only: bool = False,
                 with_suggestions: bool = False, page_size: str = "a4",
                 progress: Progress | None = None, include_unfinished: bool = False) -> int:
    """Render ``review`` as ``fmt`` into ``target``; returns the size in bytes.

    The file appears only once complete: a failed or cancelled export leaves no half-written file.
    """
    data = render(review, fmt, flagged_only=flagged_only, with_suggestions=with_suggestions,
                  page_size=page_size, progress=progress, include_unfinished=include_unfinished)
    target = Path(target)
    if target.is_dir():
        raise FactcheckError(f"{target} is a folder; choose a file name for the export.")
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise FactcheckError(f"Cannot write {target}: {error.strerror or error}.") from None
    return len(data)
