"""The right-hand panel: everything about the current sentence — its paragraph, pending
suggestions, verdicts, note, sources, links, evidence and history. Thin: every edit is a
command pushed through the session, and the panel redraws from the store on ``changed``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from factcheck_review.ui.session import QtSession
from factcheck_review.ui.start_up import when_started
from factcheck_review.ui.vocabulary import attribution_text, status_label
from factcheck_review.ui.widgets.kb_status import kb_as_of_text
from factcheck_review.ui.widgets.muted import set_muted
from factcheck_review.ui.widgets.paragraph_view import ParagraphView
from factcheck_review.ui.widgets.suggestion_list import Confirm, SuggestionList, ask_yes_no
from factcheck_review.ui.widgets.verdict_form import NoteEditor, VerdictForm
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError, NotFound
from factcheck.model import Review, SuggestionState
from factcheck.office_titles import names_an_office
from factcheck.store import Change, Store

if TYPE_CHECKING:  # built once the window has painted (DetailPanel._build_lower)
    from factcheck_review.ui.widgets.evidence_list import EvidenceList
    from factcheck_review.ui.widgets.history_view import HistoryView
    from factcheck_review.ui.widgets.links_view import ChooseLink, LinksView
    from factcheck_review.ui.widgets.source_picker import SourcesBox
    from PySide6.QtGui import QHideEvent

# (parent, session, sentence id) -> True when a link was added
ConflictPicker = Callable[[QWidget, QtSession, int], bool]


def _uncovered_titles(text: str, store: Store) -> list[tuple[str, str]]:
    """(title, name) for each office title in ``text`` the knowledge base does not cover."""
    from factcheck.analysis.coverage import uncovered_titles

    return [(item.title, item.name) for item in uncovered_titles(text, store.knowledge_base())]


def _group(title: str, child: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(child)
    return box


class DetailPanel(QWidget):
    """The shown sentence: its paragraph, suggestions, verdict and note at the top; its sources,
    links, the reviewer's evidence and its history below them. The lower four are built (and
    their modules imported) once the window has painted, or when first used: the first paint
    shows the top of the panel only."""

    jump_requested = Signal(str, int)  # article id, sentence row id
    source_requested = Signal(int)  # a cited source activated: show it in the Sources window
    # After an action taken in the panel (a button, a choice, a dialog): the window puts the
    # keyboard back on the sentence table.
    action_done = Signal()

    def __init__(self, session: QtSession, parent: QWidget | None = None, *,
                 confirm: Confirm = ask_yes_no, choose_link: ChooseLink | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: str | None = None
        self.sentence_id: int | None = None
        # Sentences per article for "Sentence 4 of 16": counting a long transcript costs ~10 ms an edit.
        self._totals: dict[str, int] = {}
        # Called after the reviewer marks the sentence inconsistent; replaceable in tests.
        def pick_conflict(parent: QWidget | None, session: QtSession, sentence_id: int) -> bool:
            # Imported with its dialog on first use, not before the window's first paint.
            from factcheck_review.ui.widgets.links_view import offer_conflict_link

            return offer_conflict_link(parent, session, sentence_id, choose_link)

        self.conflict_picker: ConflictPicker = pick_conflict
        self.setMinimumWidth(340)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(self.tr("Select a sentence to review it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_muted(self.placeholder)
        self.stack.addWidget(self.placeholder)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The vertical bar's room is kept from the start (the panel nearly always scrolls once its
        # lower sections are built): text never re-wraps when the panel starts to scroll, and the
        # first frame is laid out once instead of again without the bar's width (~2.5 ms).
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.stack.addWidget(self.scroll)
        content = QWidget(self.scroll)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)

        self.heading = QLabel(content)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(content)
        set_muted(self.subheading)
        self.subheading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)

        self.paragraph = ParagraphView(content)
        self.suggestions = SuggestionList(session, content, confirm=confirm)
        self.verdicts = VerdictForm(session, content)
        self.note = NoteEditor(session, content)

        layout.addWidget(self.paragraph)
        self.suggestions_box = _group(self.tr("Suggestions"), self.suggestions, content)
        layout.addWidget(self.suggestions_box)
        # Offices the knowledge base cannot check, said quietly (greyed, one line each).
        self.kb_note = QLabel(content)
        self.kb_note.setWordWrap(True)
        self.kb_note.setEnabled(False)
        self.kb_note.setToolTip(kb_as_of_text())
        layout.addWidget(self.kb_note)
        layout.addWidget(_group(self.tr("Verdict"), self.verdicts, content))
        layout.addWidget(_group(self.tr("Note"), self.note, content))
        layout.addStretch(1)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._content, self._layout, self._choose_link = content, layout, choose_link
        self._lower: tuple[SourcesBox, LinksView, EvidenceList, HistoryView, QGroupBox] | None = None

        self.paragraph.sentence_clicked.connect(self._paragraph_clicked)
        self.suggestions.jump_requested.connect(self.jump_requested)
        self.verdicts.inconsistent_marked.connect(self._inconsistent_marked)
        for part in (self.suggestions, self.verdicts):
            part.acted.connect(self.action_done)
        session.changed.connect(self._changed)
        session.store_replaced.connect(self._store_replaced)
        self.set_sentence(None, None)
        when_started(self, self._build_lower)

    # -- the lower sections, built after the first paint -------------------------------

    def _build_lower(self) -> tuple[SourcesBox, LinksView, EvidenceList, HistoryView, QGroupBox]:
        if self._lower is not None:
            return self._lower
        from factcheck_review.ui.widgets.evidence_list import EvidenceList
        from factcheck_review.ui.widgets.history_view import HistoryView
        from factcheck_review.ui.widgets.links_view import LinksView
        from factcheck_review.ui.widgets.source_picker import SourcesBox

        content, layout = self._content, self._layout
        sources = SourcesBox(self.session, content)
        links = LinksView(self.session, content, choose=self._choose_link)
        evidence = EvidenceList(self.session, content)
        history = HistoryView(content)
        sources_box = _group(self.tr("Sources"), sources, content)
        at = layout.count() - 1  # before the stretch
        for position, box in enumerate((sources_box, _group(self.tr("Links"), links, content),
                                        _group(self.tr("Reviewer's evidence"), evidence, content),
                                        _group(self.tr("History"), history, content))):
            layout.insertWidget(at + position, box)
        links.jump_requested.connect(self.jump_requested)
        sources.cited.source_activated.connect(self.source_requested)
        for part in (links, sources.picker):
            part.acted.connect(self.action_done)
        self._lower = (sources, links, evidence, history, sources_box)
        self._fill_lower()
        # Laid out now, before anything paints again: a frame with the panel squeezed into
        # the height it had without them would flicker.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return self._lower

    def _fill_lower(self) -> None:
        """The shown sentence's sources, links, evidence and history, once they are built (the
        rest of the panel shows it already)."""
        if self.sentence_id is None:
            self._clear_lower()
            return
        try:
            self._refresh_lower(self.sentence_id, self.session.store.review(self.sentence_id))
        except FactcheckError:
            self.refresh()  # says in the panel what cannot be read

    def _clear_lower(self) -> None:
        """No sentence: the lower sections (built) show nothing."""
        self.evidence.set_review(None, None)
        self.sources.show_sentence(None, [], None)
        self.links.set_sentence(None)

    @property
    def sources(self) -> SourcesBox:
        return self._build_lower()[0]

    @property
    def links(self) -> LinksView:
        return self._build_lower()[1]

    @property
    def evidence(self) -> EvidenceList:
        return self._build_lower()[2]

    @property
    def history(self) -> HistoryView:
        return self._build_lower()[3]

    @property
    def sources_box(self) -> QGroupBox:
        return self._build_lower()[4]

    # -- what is shown ---------------------------------------------------------

    def set_sentence(self, article_id: str | None, sentence_id: int | None) -> None:
        """Show a sentence (None clears the panel). Unsaved note typing is saved first."""
        self.flush()
        if sentence_id != self.sentence_id:
            self.scroll.verticalScrollBar().setValue(0)  # another sentence: its text and suggestions first
            self.scroll.horizontalScrollBar().setValue(0)
        if sentence_id is None:
            self.article_id, self.sentence_id = article_id, None
        else:
            if article_id is None:
                article_id = self.session.store.sentence(sentence_id).article_id
            self.article_id, self.sentence_id = article_id, sentence_id
        self.refresh()

    def focus_note(self) -> None:
        """For a window shortcut: start typing the note of the shown sentence."""
        self.scroll.ensureWidgetVisible(self.note)
        self.note.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_source_picker(self) -> None:
        """For a window shortcut: cite a source from the keyboard."""
        self.scroll.ensureWidgetVisible(self.sources)
        self.sources.picker.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush(self) -> None:
        """Save what is typed but not yet saved (note, evidence and claim, a known source's name)."""
        self.note.save()
        if self._lower is not None:
            self.evidence.save()
            self.sources.picker.save()

    def refresh(self) -> None:
        try:
            self._refresh()
        except FactcheckError as error:
            # Part of the file cannot be read (a damaged database): say so in the panel, in one
            # sentence, instead of failing inside a slot.
            self.placeholder.setText(str(error))
            self.placeholder.setWordWrap(True)
            self.stack.setCurrentWidget(self.placeholder)

    def _refresh(self) -> None:
        store = self.session.store
        sentence_id = self.sentence_id
        if sentence_id is None:
            self.placeholder.setText(self.tr("Select a sentence to review it."))
            for part in (self.verdicts, self.note):
                part.set_review(None, None)
            if self._lower is not None:
                self._clear_lower()
            self.suggestions.set_sentence(None, None)
            self.stack.setCurrentWidget(self.placeholder)
            return
        try:
            sentence = store.sentence(sentence_id)
        except NotFound:  # deleted or merged away
            self.sentence_id = None
            self.refresh()
            return
        review = store.review(sentence_id)
        paragraph = store.paragraph_of(sentence_id)
        total = self._totals.get(sentence.article_id)
        if total is None:
            total = self._totals[sentence.article_id] = store.sentence_count(sentence.article_id)
        self.heading.setText(self.tr("Sentence {number} of {total}").format(number=sentence.number, total=total))
        everything = self.suggestions.set_sentence(sentence.article_id, sentence_id)
        self.subheading.setText(self.tr("{status} · paragraph {number} · {attribution}").format(
            status=status_label(review.status), number=sentence.paragraph + 1,
            attribution=attribution_text(everything, analysed=not store.analysis_pending(sentence.article_id))))
        pending = [s for s in everything if s.state is SuggestionState.PENDING]
        self.paragraph.show_paragraph(paragraph, sentence_id, pending)
        self.suggestions_box.setTitle(self.tr("Suggestions ({count})").format(count=len(pending)) if pending
                                      else self.tr("Suggestions"))
        # The engine and the knowledge base are loaded only for a sentence that names an office.
        uncovered = _uncovered_titles(sentence.text, store) if names_an_office(sentence.text) else []
        self.kb_note.setText("\n".join(
            self.tr("Not in the knowledge base: “{title}” — whether {name} held it then is not checked.")
            .format(title=title, name=name) for title, name in uncovered))
        self.kb_note.setVisible(bool(uncovered))
        for part in (self.verdicts, self.note):
            part.set_review(sentence_id, review)
        self.stack.setCurrentWidget(self.scroll)
        if self._lower is not None:
            self._refresh_lower(sentence_id, review)

    def _refresh_lower(self, sentence_id: int, review: Review) -> None:
        store = self.session.store
        self.evidence.set_review(sentence_id, review)
        cited = store.cited_sources(sentence_id)
        self.sources.show_sentence(sentence_id, cited, review.credibility)
        self.sources_box.setTitle(self.tr("Sources ({count})").format(count=len(cited)) if cited
                                  else self.tr("Sources"))
        self.links.set_sentence(sentence_id)
        citations = store.history(entity="citation", entity_prefix=str(sentence_id), limit=100)
        citations += store.history(entity="evidence", entity_prefix=str(sentence_id), limit=100)
        history = sorted(store.sentence_history(sentence_id) + citations, key=lambda h: h.id, reverse=True)
        self.history.show_history(history)

    # -- reacting --------------------------------------------------------------

    def _store_replaced(self, store: object) -> None:
        self._totals.clear()

    def _changed(self, change: Change) -> None:
        if change.structure or change.deleted or change.restored:
            self._totals.clear()
        if self.sentence_id is None:
            return
        ours = not change.article_ids or self.article_id in change.article_ids
        if (self.sentence_id in change.sentence_ids or change.sources
                or (ours and (change.structure or change.suggestions or change.links))):
            self.refresh()

    def _paragraph_clicked(self, sentence_id: int) -> None:
        if self.article_id is not None:
            self.jump_requested.emit(self.article_id, sentence_id)

    def _inconsistent_marked(self, sentence_id: int) -> None:
        self.conflict_picker(self, self.session, sentence_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
