"""The CSV export: one row per sentence per reviewer, every field.

A sentence nobody has reviewed still gets one row, with an empty reviewer.
Cells that begin with ``=``, ``+``, ``-``, ``@`` (also after leading spaces, and in their
fullwidth forms), a tab, a carriage return or a line break are prefixed with a single
quote, so a spreadsheet shows them as text instead of running them as a formula. The file
is UTF-8 with a byte-order mark (so that spreadsheet programs read accents right) and CRLF
line ends: read it in Python with ``open(path, encoding="utf-8-sig", newline="")``, or the
first header comes out as ``'\ufeffarticle_id'``. ``evidence_*`` hold the first evidence
item; ``evidence_items`` holds every one of them.
"""

from __future__ import annotations

import csv
import io
import unicodedata

from factcheck.admiralty import admiralty_codes
from factcheck.model import VERDICT_FIELDS, ArticleReview, EvidenceItem, Review, Source
from factcheck.reports.common import (
    Progress,
    collect,
    evidence_parts,
    suggestion_kind,
    verdict_word,
    with_progress,
)

COLUMNS: tuple[str, ...] = (
    "article_id",
    "article_title",
    "number",
    "index",
    "paragraph",
    "start",
    "end",
    "text",
    "reviewer",
    "status",
    *VERDICT_FIELDS,
    "rating",
    "credibility",
    "admiralty",
    "flagged",
    "sources",
    "links",
    "note",
    "evidence_url",
    "evidence_title",
    "evidence_accessed",
    "evidence_archive_url",
    "updated_at",
    "evidence_items",
)
SUGGESTIONS_COLUMN = "pending_suggestions"
_FORMULA_STARTS = ("=", "+", "-", "@")
_CONTROL_STARTS = ("\t", "\r", "\n")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not evaluate as a formula.

    Spreadsheets skip leading spaces and line breaks and read fullwidth ``＝＋－＠`` as
    their ASCII forms, so the first visible character is compared after NFKC folding.
    """
    if cell.startswith(_CONTROL_STARTS):
        return "'" + cell
    visible = cell.lstrip()
    if visible and unicodedata.normalize("NFKC", visible[0]).startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def render_csv(
    review: ArticleReview,
    *,
    flagged_only: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
) -> str:
    """The review as CSV text (without the byte-order mark; :func:`render` adds it)."""
    data = collect(review)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS + ((SUGGESTIONS_COLUMN,) if with_suggestions else ()))
    article = data.review.article
    for view in with_progress(data.shown(flagged_only), progress):
        s = view.sentence
        base = [article.id, article.title, s.number, s.index, s.paragraph, s.start, s.end, s.text]
        sources = "; ".join(f"{src.name} ({src.reliability})" for src in view.sources)
        links = "; ".join(
            f"{link.kind.value} {link.other_label}" + (f": {link.note}" if link.note else "")
            for link in view.links
        )
        extra = (
            ["; ".join(f"{suggestion_kind(sg)}: {sg.message}" for sg in view.pending)] if with_suggestions else []
        )
        reviews: list[tuple[str, Review | None]] = list(view.reviews) or [("", None)]
        for name, r in reviews:
            writer.writerow(
                [neutralise(str(cell)) for cell in base + [name] + _review_cells(r, view.sources) + [sources, links]
                 + _tail(r) + [_evidence_items(view.evidence.get(name, ()))] + extra]
            )
    return buffer.getvalue()


def _review_cells(r: Review | None, sources: list[Source]) -> list[str]:
    if r is None:
        return ["unreviewed", *([""] * len(VERDICT_FIELDS)), "", "", "", ""]
    codes = " ".join(code for _, code in admiralty_codes(sources, r.credibility))
    return [
        r.status.value,
        *(_verdict(getattr(r, f)) for f in VERDICT_FIELDS),
        r.rating.value if r.rating else "",
        "" if r.credibility is None else str(r.credibility),
        codes,
        "yes" if r.flagged else "no",
    ]


def _tail(r: Review | None) -> list[str]:
    if r is None:
        return ["", "", "", "", "", ""]
    ev = r.evidence
    return [r.note, ev.url, ev.title, ev.accessed, ev.archive_url, r.updated_at]


def _evidence_items(items: tuple[EvidenceItem, ...]) -> str:
    """Every evidence item in one cell: "title <url> (accessed …; archived at …; note …)", " | " between."""
    cells = []
    for item in items:
        title, url, details = evidence_parts(item)
        head = " ".join(p for p in (title, f"<{url}>" if url else "") if p)
        tail = "; ".join(f"{label} {text}" for label, text in details)
        cells.append(f"{head} ({tail})" if tail else head)
    return " | ".join(cells)


def _verdict(value: bool | None) -> str:
    # Empty for "not judged" so the column filters cleanly; "yes"/"no" as in the JSON.
    return "" if value is None else verdict_word(value)
