"""Pending suggestions of one sentence, each with its reason, what accepting does, and
Accept / Dismiss (plus knowledge-base actions on names)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from factcheck_review.ui.background import run_once
from factcheck_review.ui.commands import AcceptSuggestion, DismissSuggestion
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.start_up import when_started
from factcheck_review.ui.vocabulary import rating_label, verdict_name, verdict_word
from factcheck_review.ui.widgets.muted import set_muted
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.model import (
    VERDICT_FIELDS,
    LinkKind,
    Rating,
    Suggestion,
    SuggestionKind,
    SuggestionState,
)
from factcheck.store.suggestions import NameAction

if TYPE_CHECKING:  # only in annotations
    from PySide6.QtGui import QAction

translate = QCoreApplication.translate

K = SuggestionKind
# Reviewer-facing names and colours; the colours are chosen to read on light and dark palettes.
SUGGESTION_KINDS: dict[str, tuple[str, str]] = {
    K.ATTRIBUTION_NAMED.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Named source"), "#2e8b57"),
    K.ATTRIBUTION_ANONYMOUS.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Anonymous source"), "#d2691e"),
    K.ATTRIBUTION_NONE.value: (QT_TRANSLATE_NOOP("SuggestionKind", "No attribution"), "#8a8a8a"),
    K.QUOTE_DIRECT.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Direct quotation"), "#3b82c4"),
    K.QUOTE_SCARE.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Scare quote"), "#9b59b6"),
    K.HEDGE.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Hedge"), "#b8860b"),
    K.TEMPORAL_ANACHRONISM.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Anachronism"), "#d6336c"),
    K.NAME_VARIANT.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Name variant"), "#e03131"),
    K.REFERENCE_AMBIGUOUS.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Ambiguous reference"), "#c2255c"),
    K.CLAIM_NUMBER.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Figure to check"), "#1c7ed6"),
    K.CLAIM_DATE.value: (QT_TRANSLATE_NOOP("SuggestionKind", "Date to check"), "#1098ad"),
}
# Fields a suggestion can set, as named inside a sentence ("sets sourced yes, rating false").
PROPOSAL_FIELDS = {
    "rating": QT_TRANSLATE_NOOP("SuggestionCard", "rating"),
    "credibility": QT_TRANSLATE_NOOP("SuggestionCard", "credibility"),
}

Confirm = Callable[[QWidget, str, str], bool]


def kind_label(kind: str) -> str:
    """A suggestion kind's name in the interface language."""
    return QCoreApplication.translate("SuggestionKind", SUGGESTION_KINDS[kind][0]) if kind in SUGGESTION_KINDS else kind


def _card_text(text: str) -> str:
    return QCoreApplication.translate("SuggestionCard", text)


def kind_colour(kind: str) -> QColor:
    return QColor(SUGGESTION_KINDS.get(kind, ("", "#808080"))[1])


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    # Imported (and its Qt classes set up) when first asked, not at start-up.
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _yes_no(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return verdict_word(value)
    plain = str(getattr(value, "value", value))
    if plain in ("yes", "no"):  # a proposal's verdicts in their JSON form
        return verdict_word(plain == "yes")
    if plain in {r.value for r in Rating}:
        return rating_label(Rating(plain)).lower()
    return plain.replace("_", " ")


def _field_name(name: str) -> str:
    return _card_text(PROPOSAL_FIELDS[name]) if name in PROPOSAL_FIELDS else verdict_name(name, lower=True)


def _link_kind(kind: str) -> str:
    from factcheck_review.ui.widgets.links_view import link_kind_label  # its dialogs load only then

    try:
        return link_kind_label(LinkKind(kind))
    except ValueError:
        return kind


def describe_proposal(suggestion: Suggestion) -> str:
    """ "Sets sourced yes, anonymous yes · cites “Multiple sources” · links contradicts #4"."""
    proposed = suggestion.proposed or {}
    parts = []
    fields = [f"{_field_name(name)} {_yes_no(proposed[name])}" for name in
              (*VERDICT_FIELDS, "rating", "credibility")
              if name in proposed]
    if fields:
        parts.append(translate("SuggestionCard", "sets {fields}").format(fields=", ".join(fields)))
    names = [str(s.get("name", "")) for s in proposed.get("sources", []) or [] if s.get("name")]
    if names:
        parts.append(translate("SuggestionCard", "cites {names}").format(names=", ".join(f"“{n}”" for n in names)))
    links = [f"{_link_kind(str(link.get('kind', 'contradicts')))} #{int(link.get('to', 0)) + 1}"
             for link in proposed.get("links", []) or []]
    if links:
        parts.append(translate("SuggestionCard", "links {links}").format(links=", ".join(links)))
    if not parts:
        return translate("SuggestionCard", "Accepting records that you checked it.")
    text = " · ".join(parts)
    return text[0].upper() + text[1:]


def _name_action_text(action: NameAction, named: bool) -> str:
    if action.kind == "different":
        return (translate("SuggestionCard", "“{name}” is a different person").format(name=action.name) if named
                else translate("SuggestionCard", "This is a different person"))
    return (translate("SuggestionCard", "Add “{name}” to the knowledge base").format(name=action.name) if named
            else translate("SuggestionCard", "Add to knowledge base"))


def _name_action_tip(action: NameAction) -> str:
    if action.kind == "different":
        return translate("SuggestionCard", "“{name}” is not {person}: stop suggesting it is a misspelling.").format(
            name=action.name, person=action.person_name)
    return translate("SuggestionCard", "Add “{name}” to your knowledge base as a known person.").format(
        name=action.name)



def _shipped_kb_loaded() -> bool:
    """Whether this process holds the shipped knowledge base; never before its package is even
    imported (imported on first need: it costs the window's first paint a few ms)."""
    loader = sys.modules.get("factcheck.kb.loader")
    return loader is not None and bool(loader.shipped_loaded())


COLOUR_BAR_WIDTH = 4  # px, the kind's colour down a card's left edge


def _title_label(parent: QWidget, text: str, *, bold: bool = False, italic: bool = False) -> QLabel:
    """A plain-text part of a card's title (analysis text is never markup), bold or italic."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    font = label.font()
    font.setBold(bold)
    font.setItalic(italic)
    label.setFont(font)
    return label


class SuggestionCard(QFrame):
    def __init__(self, suggestion: Suggestion, actions: list[NameAction], parent: QWidget,
                 span_text: str = "") -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The kind's colour as a bar down the left edge, a child Qt fills: a style sheet's
        # border-left never showed on the styled frame (and style sheets are the dearest part of a
        # widget's first polish); a Python paintEvent would cost the first frame ~2 ms.
        self.colour = kind_colour(suggestion.kind)
        self.colour_bar = QWidget(self)
        self.colour_bar.setFixedWidth(COLOUR_BAR_WIDTH)
        self.colour_bar.setAutoFillBackground(True)
        palette = self.colour_bar.palette()
        palette.setColor(QPalette.ColorRole.Window, self.colour)
        self.colour_bar.setPalette(palette)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.colour_bar)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        layout.setContentsMargins(6, 6, 8, 6)
        layout.setSpacing(3)
        # The kind in bold, then the words it is about in italics: two plain-text labels, not one
        # rich-text label, which lays out a text document of its own on every layout pass of the
        # panel (~1 ms a card before the first paint).
        title_row = QHBoxLayout()
        title_row.setSpacing(4)
        self.kind_title = _title_label(self, kind_label(suggestion.kind), bold=True)
        title_row.addWidget(self.kind_title, 0, Qt.AlignmentFlag.AlignTop)
        self.span_title: QLabel | None = None
        span = " ".join(span_text.split())
        if span and suggestion.kind != K.ATTRIBUTION_NONE.value:  # which words it is about
            span = span if len(span) <= 60 else span[:59].rstrip() + "…"
            self.span_title = _title_label(self, f"· {span}", italic=True)
            self.span_title.setWordWrap(True)
            title_row.addWidget(self.span_title, 1)
        else:
            title_row.addStretch(1)
        layout.addLayout(title_row)
        message = QLabel(self)
        message.setTextFormat(Qt.TextFormat.PlainText)  # analysis text is never markup
        message.setText(suggestion.message)
        message.setWordWrap(True)
        # Selectable once the window has painted (at once after that): a selectable label lays
        # its text out as a document, ~2 ms for the first frame's cards; it looks the same.
        when_started(message, partial(message.setTextInteractionFlags, Qt.TextInteractionFlag.TextSelectableByMouse))
        layout.addWidget(message)
        self.related = QLabel(self)
        if suggestion.related:
            refs = ", ".join(f'<a href="{i}">#{i + 1}</a>' for i in suggestion.related)
            self.related.setText(self.tr("Related: {sentences}").format(sentences=refs))
            layout.addWidget(self.related)
        proposal = QLabel(self)
        proposal.setTextFormat(Qt.TextFormat.PlainText)
        proposal.setText(describe_proposal(suggestion))
        proposal.setWordWrap(True)
        set_muted(proposal)
        layout.addWidget(proposal)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        # parent= by keyword: a positional (text, parent) has PySide weigh the (icon, text, parent)
        # overload, setting up QIcon and its 150 enum members before the first paint.
        self.accept = QPushButton(self.tr("Accept"), parent=self)
        self.accept.setToolTip(describe_proposal(suggestion))
        self.dismiss = QPushButton(self.tr("Dismiss"), parent=self)
        self.dismiss.setToolTip(self.tr("Hide this suggestion; it stays hidden when the article is analysed again."))
        label = kind_label(suggestion.kind)
        self.accept.setAccessibleName(self.tr("Accept: {label}").format(label=label))
        self.accept.setAccessibleDescription(describe_proposal(suggestion))
        self.dismiss.setAccessibleName(self.tr("Dismiss: {label}").format(label=label))
        self.dismiss.setAccessibleDescription(suggestion.message)
        buttons.addWidget(self.accept)
        buttons.addWidget(self.dismiss)
        # Knowledge-base actions never widen the card (the panel must not scroll sideways): one
        # goes on a row of its own, several fold into a "More…" menu naming each person.
        self.name_buttons: list[tuple[QPushButton, NameAction]] = []
        self.more: QToolButton | None = None
        self.more_actions: list[tuple[QAction, NameAction]] = []
        if len(actions) > 1:
            self.more = QToolButton(self)
            self.more.setText(self.tr("More…"))
            self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.more.setAccessibleName(self.tr("More actions on this suggestion"))
            from PySide6.QtWidgets import QMenu

            menu = QMenu(self.more)
            for action in actions:
                entry = menu.addAction(_name_action_text(action, named=True))
                entry.setToolTip(_name_action_tip(action))
                self.more_actions.append((entry, action))
            self.more.setMenu(menu)
            buttons.addWidget(self.more)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        if len(actions) == 1:
            action = actions[0]
            button = QPushButton(_name_action_text(action, named=False), parent=self)
            button.setToolTip(_name_action_tip(action))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            self.name_buttons.append((button, action))


class SuggestionList(QWidget):
    """Pending suggestions of the shown sentence."""

    jump_requested = Signal(str, int)  # article id, sentence row id (a related sentence)
    acted = Signal()  # after Accept, Dismiss or a knowledge-base action (done or refused)

    def __init__(self, session: QtSession, parent: QWidget | None = None,
                 confirm: Confirm = ask_yes_no) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm = confirm  # injectable so tests never block on a dialog
        self.article_id: str | None = None
        self.sentence_id: int | None = None
        self.cards: list[SuggestionCard] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        self.empty = QLabel(self.tr("No pending suggestions."), self)
        set_muted(self.empty)
        self.layout_.addWidget(self.empty)
        self.summary = QLabel(self)
        set_muted(self.summary)
        self.layout_.addWidget(self.summary)

    def set_sentence(self, article_id: str | None, sentence_id: int | None) -> list[Suggestion]:
        """Show a sentence's pending suggestions; returns all of its suggestions."""
        self.article_id, self.sentence_id = article_id, sentence_id
        return self.refresh()

    def pending(self) -> list[Suggestion]:
        if self.article_id is None or self.sentence_id is None:
            return []
        return self.session.store.suggestions(self.article_id, self.sentence_id, SuggestionState.PENDING)

    def refresh(self) -> list[Suggestion]:
        """Rebuild the cards; returns every suggestion of the sentence (all states)."""
        for card in self.cards:
            card.hide()
            card.deleteLater()  # a card's own button may be running this refresh
        self.cards = []
        everything: list[Suggestion] = []
        if self.article_id is not None and self.sentence_id is not None:
            everything = self.session.store.suggestions(self.article_id, self.sentence_id)
        pending = [s for s in everything if s.state is SuggestionState.PENDING]
        for suggestion in pending:
            span = self.session.store.span_text(self.article_id or "", suggestion.start, suggestion.end)
            card = SuggestionCard(suggestion, self._actions(suggestion), self, span)
            card.accept.clicked.connect(lambda _=False, s=suggestion: self.accept(s))
            card.dismiss.clicked.connect(lambda _=False, s=suggestion: self.dismiss(s))
            card.related.linkActivated.connect(self._related_clicked)
            for button, action in card.name_buttons:
                button.clicked.connect(lambda _=False, a=action: self.apply_name_action(a))
            for entry, action in card.more_actions:
                entry.triggered.connect(lambda _=False, a=action: self.apply_name_action(a))
            self.layout_.insertWidget(len(self.cards), card)
            self.cards.append(card)
        self.empty.setVisible(not pending)
        done = [s for s in everything if s.state is not SuggestionState.PENDING]
        accepted = sum(s.state is SuggestionState.ACCEPTED for s in done)
        dismissed = len(done) - accepted
        bits = [self.tr("%n accepted", "", accepted)] if accepted else []
        bits += [self.tr("%n dismissed", "", dismissed)] if dismissed else []
        self.summary.setText(", ".join(bits))
        self.summary.setVisible(bool(bits))
        return everything

    def _actions(self, suggestion: Suggestion) -> list[NameAction]:
        if suggestion.kind not in (K.NAME_VARIANT.value, K.ATTRIBUTION_NAMED.value) or suggestion.id is None:
            return []
        if not _shipped_kb_loaded():
            self._load_knowledge_base()  # the buttons follow when it is read
            return []
        try:
            return self.session.store.name_actions(suggestion.id)
        except FactcheckError:
            return []  # an unreadable additions file must not hide the suggestion

    _loading_kb = False

    def _load_knowledge_base(self) -> None:
        """Read the knowledge base on a worker the first time a name needs it (start-up does not
        wait for it), then show the sentence's cards again with their name buttons."""
        if self._loading_kb:
            return
        self._loading_kb = True

        def loaded(_: object = None) -> None:
            self._loading_kb = False
            if _shipped_kb_loaded():
                self.refresh()

        def read(_worker: object) -> None:
            from factcheck.kb.loader import load_kb

            load_kb()

        # Not while the window is first built and painted: the read holds the GIL (ui/start_up.py).
        when_started(self, lambda: run_once(self, "knowledge-base", read, on_done=loaded, on_error=loaded))

    def accept(self, suggestion: Suggestion) -> bool:
        """Accept; when it would change what the reviewer judged, ask first."""
        assert suggestion.id is not None
        text = self.tr("Accept {kind}").format(kind=kind_label(suggestion.kind).lower())
        conflicts = self.session.store.suggestion_conflicts(suggestion.id)
        if conflicts:
            changes = "\n".join(f"• {_field_name(name)}: {_yes_no(old)} → {_yes_no(new)}"
                                for name, (old, new) in sorted(conflicts.items()))
            if not self.confirm(self, self.tr("Change your judgment?"),
                                self.tr("Accepting this suggestion changes what you already judged:\n\n{changes}"
                                        "\n\nAccept it anyway?").format(changes=changes)):
                self.acted.emit()
                return False
        done = self.session.push(AcceptSuggestion(suggestion.id, overwrite=bool(conflicts), text=text))
        self.acted.emit()
        return done

    def dismiss(self, suggestion: Suggestion) -> bool:
        assert suggestion.id is not None
        done = self.session.push(DismissSuggestion(suggestion.id))
        self.acted.emit()
        return done

    def apply_name_action(self, action: NameAction) -> bool:
        """Tell the knowledge base about a name, then analyse the article again."""
        if self.article_id is None:
            return False
        try:
            change = self.session.store.apply_name_action(action, self.article_id)
        except FactcheckError as error:
            self.session.error.emit(str(error))
            self.acted.emit()
            return False
        self.session.announce(change)
        self.acted.emit()
        return True

    def _related_clicked(self, href: str) -> None:
        if self.article_id is None:
            return
        try:
            sentence = self.session.store.sentence_by_number(self.article_id, int(href) + 1)
        except (FactcheckError, ValueError):
            return
        if sentence.id is not None:
            self.jump_requested.emit(self.article_id, sentence.id)
