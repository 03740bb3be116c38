"""The PDF report, through Qt: the HTML report's body laid out by QTextDocument and
painted page by page on a QPdfWriter, with the article title in a header and
"Page N of M" in a footer on every page.

The one core module allowed to import Qt; ``factcheck.reports.render`` imports
it only when a PDF is asked for. It needs a QGuiApplication (fonts): when none
exists one is created, on the offscreen platform if there is no display.
"""

from __future__ import annotations

import os
import re
import sys

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

from factcheck.errors import FactcheckError
from factcheck.model import ArticleReview
from factcheck.reports.common import Progress, ReportData, collect, report_progress
from factcheck.reports.html import render_body
from factcheck.resources import resource

RESOLUTION = 300  # device units per inch; layout and painting share it


def _margins_in_px(css: str) -> str:
    """Qt's rich text reads margins only in px (1/96 inch, scaled to the printer): convert pt."""
    return re.sub(
        r"(margin(?:-top|-bottom|-left|-right)?:\s*)(\d+(?:\.\d+)?)pt",
        lambda m: f"{m.group(1)}{round(float(m.group(2)) * 96 / 72)}px",
        css,
    )


# Qt's rich-text engine supports a subset of CSS: colours, weights, margins, no borders on spans.
QT_CSS = _margins_in_px("""
body { font-family: "DejaVu Sans", "Helvetica", "Arial", sans-serif; font-size: 9.5pt; color: #1b1b1b; }
h1 { font-size: 17pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 10pt; margin-bottom: 3pt; }
h3 { font-size: 10.5pt; margin-top: 6pt; margin-bottom: 2pt; }
h3.sentence-head { margin-top: 7pt; margin-bottom: 1pt; background-color: #ececec; }
h4 { font-size: 9.5pt; margin-top: 4pt; margin-bottom: 1pt; }
p { margin-top: 0.5pt; margin-bottom: 0.5pt; }
table { margin-top: 2pt; margin-bottom: 2pt; }
th { background-color: #e8e8e8; }
.text { font-size: 10.5pt; margin-top: 1pt; margin-bottom: 2pt; }
.who { font-weight: 600; margin-top: 2pt; }
.good { background-color: #e3f2e6; color: #145a25; }
.bad { background-color: #fbe4e2; color: #8c1d18; }
.mid { background-color: #fdf1d6; color: #6b4a00; }
.unset { background-color: #eeeeee; color: #444444; }
.flag { background-color: #8c1d18; color: #ffffff; font-weight: 600; }
.todo { color: #444444; font-style: italic; }
.muted { color: #555555; font-style: italic; }
a { color: #0b57d0; }
""")

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 14, 18, 14)
SLACK = RESOLUTION // 30  # 0.85 mm: how far past a page end Qt may let a line start
# The share of the progress total spent on painting pages (the rest is one unit per sentence).
PAINT_UNITS = 100

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """A QGuiApplication must exist for fonts; make one (offscreen without a display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise FactcheckError("PDF export needs a graphical Qt application, not a console one.")
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["factcheck"])


def build_document(
    review: ArticleReview,
    *,
    flagged_only: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
    progress_total: int | None = None,
) -> QTextDocument:
    """The report as a QTextDocument (not yet paginated)."""
    ensure_gui_application()
    return _document(
        collect(review),
        flagged_only=flagged_only,
        with_suggestions=with_suggestions,
        progress=progress,
        progress_total=progress_total,
    )


def _document(
    data: ReportData,
    *,
    flagged_only: bool,
    with_suggestions: bool,
    progress: Progress | None,
    progress_total: int | None,
) -> QTextDocument:
    body = render_body(
        data,
        flagged_only=flagged_only,
        with_suggestions=with_suggestions,
        progress=progress,
        anchors=False,
        progress_total=progress_total,
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(QT_CSS)
    document.setDocumentMargin(0)
    document.setHtml(f"<html><body>{body}</body></html>")
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, data.review.article.title)
    return document


def render_pdf(
    review: ArticleReview,
    *,
    flagged_only: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
    page_size: str = "a4",
) -> bytes:
    """The review of one article as PDF bytes, A4 or Letter."""
    ensure_gui_application()
    data = collect(review)
    total = len(data.shown(flagged_only)) + PAINT_UNITS
    document = _document(
        data,
        flagged_only=flagged_only,
        with_suggestions=with_suggestions,
        progress=progress,
        progress_total=total,
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    title = review.article.title or "Untitled article"
    writer.setTitle(f"Review: {title}")
    writer.setCreator("factcheck-review")

    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    band_font = QFont("DejaVu Sans")
    band_font.setPointSizeF(8)
    metrics = QFontMetricsF(band_font, writer)
    band = float(int(metrics.height() * 2.2))  # header and footer bands, text plus a gap

    # Lay the document out at the writer's resolution so text measures as it will print.
    document.documentLayout().setPaintDevice(writer)
    # Whole device units: Qt's layout positions lines on whole units, and a fractional page
    # height would let a line start a hair before the page end and show on both pages.
    body_height = float(int(height - 2 * band))
    document.setPageSize(QSizeF(width, body_height))
    pages = max(1, document.pageCount())
    base = total - PAINT_UNITS

    body = _Pages(document, width, body_height)
    icon = _app_icon()  # one image for every page: the PDF holds it once
    painter = QPainter()
    if not painter.begin(writer):
        raise FactcheckError("The PDF could not be written.")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_bands(painter, band_font, metrics, title, page + 1, pages, width, height, band, icon)
            painter.save()
            painter.translate(0, band - page * body_height)
            body.paint(painter, page)
            painter.restore()
            report_progress(progress, base + (page + 1) * PAINT_UNITS // pages, total)
    finally:
        painter.end()
    return bytes(buffer.data().data())


class _Pages:
    """Paints a laid-out document page by page, in order.

    Qt's QTextLayout.draw also draws the line just above its clip rectangle; on a page
    that line is clipped out of sight but its text stays in the PDF's text layer,
    which searching and copying then find twice. So a paragraph split across the top
    of a page is left out of the layout's drawing and its lines on the page are drawn
    one by one. And Qt sometimes lets a line start a few units before the page end:
    the layout's clip stops SLACK short of the page end, so such a line is drawn only
    on the next page, whose visible area reaches SLACK up into the header's gap.
    """

    def __init__(self, document: QTextDocument, width: float, height: float) -> None:
        self.layout = document.documentLayout()
        self.width, self.height = width, height
        self.block = document.begin()  # walks forward as pages go by

    def paint(self, painter: QPainter, page: int) -> None:
        """Paint one page; the painter is translated so that the page's top is at ``page * height``."""
        top, width, height = page * self.height, self.width, self.height
        painter.setClipRect(QRectF(0, top - SLACK, width, height + SLACK))
        context = QAbstractTextDocumentLayout.PaintContext()
        # Half a unit in, so that a block ending right at the page top is not drawn again here.
        context.clip = QRectF(0, top + 0.5, width, height - SLACK - 0.5)
        split = self._paragraph_split_at(top) if page else None
        if split is not None:
            lines = split.layout()
            origin = lines.position()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                if origin.y() + line.y() >= top:
                    line.draw(painter, origin)
            # Just below the paragraph, so that the layout skips it (it draws blocks touching the clip).
            rest_top = self.layout.blockBoundingRect(split).bottom() + 0.5
            context.clip = QRectF(0, rest_top, width, top + height - SLACK - rest_top)
        self.layout.draw(painter, context)

    def _paragraph_split_at(self, y: float) -> QTextBlock | None:
        """The paragraph (outside tables) with lines both above and below ``y``, if any."""
        block = self.block
        while block.isValid() and self.layout.blockBoundingRect(block).bottom() <= y:
            block = block.next()
        self.block = block
        lines = block.layout() if block.isValid() else None
        if lines is None or lines.lineCount() < 2 or QTextCursor(block).currentTable() is not None:
            return None
        origin = lines.position().y()
        first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
        return block if origin + first.y() < y <= origin + last.y() else None


def _app_icon() -> QImage:
    image = QImage()
    image.loadFromData(resource("icons", "factcheck-review-128.png").read_bytes(), "PNG")
    return image


def _draw_bands(
    painter: QPainter,
    font: QFont,
    metrics: QFontMetricsF,
    title: str,
    page: int,
    pages: int,
    width: float,
    height: float,
    band: float,
    icon: QImage,
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    line_height = metrics.height()
    label = "Fact-check review"
    label_width = metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 3
    elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - label_width)
    top = QRectF(0, 0, width, line_height)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
    if not icon.isNull():  # the application icon just before the label
        side = line_height
        left = width - metrics.horizontalAdvance(label) - side * 1.3
        painter.drawImage(QRectF(left, 0, side, side), icon)
    rule = line_height * 1.4
    pen = QPen(Qt.GlobalColor.lightGray)
    pen.setWidthF(max(1.0, line_height / 12))
    painter.setPen(pen)
    painter.drawLine(0, int(rule), int(width), int(rule))
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    bottom = QRectF(0, height - line_height, width, line_height)
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), f"Page {page} of {pages}")
    painter.restore()

