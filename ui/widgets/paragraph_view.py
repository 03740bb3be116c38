"""The whole paragraph around the current sentence: the sentence highlighted, pending
suggestion spans underlined in their kind's colour with the message as tooltip, and the
paragraph's other sentences one click away."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck_review.ui.widgets.suggestion_list import kind_colour, kind_label
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from factcheck.model import Suggestion, SuggestionKind
from factcheck.store.suggestions import Paragraph

if TYPE_CHECKING:  # only in signatures: set up when the event first comes, not at start-up
    from PySide6.QtCore import QUrl

MAX_HEIGHT = 260


class ParagraphView(QTextBrowser):
    sentence_clicked = Signal(int)  # sentence row id of another sentence of the paragraph

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The sentence in its paragraph"))
        self.setAccessibleDescription(self.tr("The current sentence is highlighted; suggestion spans are marked"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(8)
        self.anchorClicked.connect(self._anchor_clicked)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._filling = False  # while show_paragraph builds the text: one fit at its end
        self.paragraph: Paragraph | None = None
        self.sentence_id: int | None = None
        self.spans: list[tuple[int, int, Suggestion]] = []  # paragraph-relative, for tests and tooltips

    def show_paragraph(self, paragraph: Paragraph | None, sentence_id: int | None,
                       suggestions: Iterable[Suggestion] = ()) -> None:
        self.paragraph, self.sentence_id = paragraph, sentence_id
        self.spans = []
        # The height is fitted once, to the finished text: fitted as the text is replaced and
        # formatted, the view shrank to the empty document and grew back, its scroll bar came and
        # went, and the whole detail panel was laid out again each time.
        self._filling = True
        try:
            self._fill(paragraph, sentence_id, suggestions)
        finally:
            self._filling = False
        self._fit()

    def _fill(self, paragraph: Paragraph | None, sentence_id: int | None, suggestions: Iterable[Suggestion]) -> None:
        # Qt gives new plain text the format at the view's cursor: after a click in a sentence,
        # that was its link, and the spaces between the next paragraph's sentences linked to it.
        self.setCurrentCharFormat(QTextCharFormat())
        if paragraph is None:
            self.clear()
            return
        self.setPlainText(paragraph.text)
        palette = self.palette()
        for sentence in paragraph.sentences:
            fmt = QTextCharFormat()
            if sentence.id == sentence_id:
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(70)
                fmt.setBackground(highlight)
                fmt.setForeground(palette.color(QPalette.ColorRole.Text))
            else:
                faded = QColor(palette.color(QPalette.ColorRole.Text))
                faded.setAlpha(150)
                fmt.setForeground(faded)
                fmt.setAnchor(True)
                fmt.setAnchorHref(f"sentence:{sentence.id}")
                fmt.setToolTip(self.tr("Sentence {number} — click to go to it").format(number=sentence.number))
            self._format(sentence.start - paragraph.start, sentence.end - paragraph.start, fmt)
        for suggestion in suggestions:
            start = max(0, suggestion.start - paragraph.start)
            end = min(len(paragraph.text), suggestion.end - paragraph.start)
            if end <= start:
                continue
            fmt = QTextCharFormat()
            # "No attribution" spans the whole claim: a quiet dotted line; the rest stand out.
            quiet = suggestion.kind == SuggestionKind.ATTRIBUTION_NONE.value
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if quiet
                                  else QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(kind_colour(suggestion.kind))
            if not quiet:
                tint = kind_colour(suggestion.kind)
                tint.setAlpha(45)
                fmt.setBackground(tint)
            fmt.setToolTip(f"{kind_label(suggestion.kind)}: {suggestion.message}")
            self._format(start, end, fmt, merge=True)
            self.spans.append((start, end, suggestion))

    def _format(self, start: int, end: int, fmt: QTextCharFormat, merge: bool = False) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if merge:
            cursor.mergeCharFormat(fmt)
        else:
            cursor.setCharFormat(fmt)

    def _anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("sentence:"):
            self.sentence_clicked.emit(int(text.split(":", 1)[1]))

    def _fit(self) -> None:
        if self._filling:
            return
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(48, min(MAX_HEIGHT, height)))

    def sizeHint(self) -> QSize:
        return QSize(320, self.height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().resizeEvent(event)
        self._fit()
