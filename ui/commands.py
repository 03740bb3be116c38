"""Thin undo commands: the core performs each action and returns its Change with the inverse.

``StoreCommand`` runs its operation once (``first_run``: errors surface to the user before the
command joins the stack; Qt's first ``redo`` after ``push`` is then skipped), calls
``change.inverse(store)`` on undo and the inverse of that inverse on redo. Each step writes to
the file, so the undo stack is history, not a list of unsaved changes. The classes below only
name an action and say which store operation it is.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from factcheck_review.ui.session import QtSession
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from factcheck.model import LinkKind, Source, SourceKind
from factcheck.store import Change

Operation = Callable[[Any], Change]
translate = QCoreApplication.translate

LINK_ACTIONS = {
    LinkKind.CONTRADICTS: QT_TRANSLATE_NOOP("Commands", "Link as contradicts"),
    LinkKind.CORROBORATES: QT_TRANSLATE_NOOP("Commands", "Link as corroborates"),
    LinkKind.SAME_CLAIM: QT_TRANSLATE_NOOP("Commands", "Link as same-claim"),
}


def link_action(kind: LinkKind) -> str:
    """The undo-stack name of linking two sentences as ``kind``."""
    return translate("Commands", LINK_ACTIONS[kind])


class StoreCommand(QUndoCommand):
    """``operation(store) -> Change`` carrying its inverse; ``done`` when the operation already
    ran elsewhere (a merge on a worker thread): the command then announces it and keeps its inverse."""

    def __init__(self, text: str, operation: Operation | None = None, done: Change | None = None) -> None:
        super().__init__(text)
        self._session: weakref.ref[QtSession] | None = None
        self.operation = operation
        self._done = done
        self._skip_redo = False
        self._undo: Operation | None = None
        self._redo: Operation | None = None

    @property
    def session(self) -> QtSession:
        session = self._session() if self._session is not None else None
        if session is None:
            raise RuntimeError(f"{self.text()}: the window's session is gone")
        return session

    @session.setter
    def session(self, session: QtSession) -> None:
        # Weak: the session's undo stack owns its commands; a command holding the session back
        # made a reference cycle that the garbage collector broke in an order Qt cannot survive
        # (the undo stack deleted commands already freed).
        self._session = weakref.ref(session)

    @property
    def store(self) -> Any:
        return self.session.store

    def do(self) -> Change:
        """The action itself (the first time only; redo replays the inverse's inverse)."""
        if self._done is not None:
            change, self._done = self._done, None
            return change
        if self.operation is None:
            raise NotImplementedError
        return self.operation(self.store)

    def after(self, change: Change, undone: bool) -> None:
        """Hook after every step (the first run, redo, and undo when ``undone``)."""

    def first_run(self) -> None:
        self._step(self.do())
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._redo is None:
            raise RuntimeError(f"{self.text()} cannot be redone")
        self._step(self._redo(self.store), undone=False)

    def undo(self) -> None:
        if self._undo is None:
            raise RuntimeError(f"{self.text()} cannot be undone")
        self._step(self._undo(self.store), undone=True)

    def _step(self, change: Change, undone: bool = False) -> None:
        if undone:
            self._redo = change.inverse
        else:
            self._undo = change.inverse
        self.after(change, undone)
        self.session.announce(change)


class SetReview(StoreCommand):
    """Change fields of the current reviewer's review of one sentence."""

    def __init__(self, sentence_id: int, changes: dict[str, Any], text: str) -> None:
        super().__init__(text, lambda store: store.set_review(sentence_id, changes, action=text))
        self.sentence_id = sentence_id
        self.changes = changes


class _Reanalysing(StoreCommand):
    """An action that re-runs the analysis: off the GUI thread for a long article."""

    parses = False  # the analysis has new sentence text to parse (a merge, a split)

    def __init__(self, text: str, article_id: str, operation: Callable[[Any, bool], Change],
                 needs_analysis: bool = True) -> None:
        super().__init__(text, lambda store: operation(store, self.inline))
        self.article_id = article_id
        self.needs_analysis = needs_analysis
        self.inline = True

    def do(self) -> Change:
        self.inline = not self.needs_analysis or self.session.analyses_inline(self.article_id,
                                                                             self.parses)
        if self.inline and self.needs_analysis:
            self.session.before_inline_analysis()
        return super().do()

    def after(self, change: Change, undone: bool) -> None:
        # An undone merge or split puts the article's suggestions back with it.
        if not self.inline and (not undone or not change.structure):
            self.session.analyse_in_background(self.article_id)


class MergeSentences(_Reanalysing):
    parses = True

    def __init__(self, article_id: str, sentence_id: int) -> None:
        super().__init__(translate("Commands", "Merge sentences"), article_id,
                         lambda store, inline: store.merge_with_next(sentence_id, analyse=inline))
        self.sentence_id = sentence_id


class SplitSentence(_Reanalysing):
    parses = True

    def __init__(self, article_id: str, sentence_id: int, at: int) -> None:
        super().__init__(translate("Commands", "Split sentence"), article_id,
                         lambda store, inline: store.split_sentence(sentence_id, at, analyse=inline))
        self.sentence_id = sentence_id
        self.at = at


class EditArticle(_Reanalysing):
    """Article properties and verdict: title, outlet, URL, date, rating, summary."""

    def __init__(self, article_id: str, changes: dict[str, Any], text: str | None = None) -> None:
        super().__init__(text or translate("Commands", "Edit article"), article_id,
                         lambda store, inline: store.update_article(article_id, changes, analyse=inline),
                         needs_analysis="published" in changes)
        self.changes = changes


class DeleteArticle(StoreCommand):
    def __init__(self, article_id: str, title: str) -> None:
        text = translate("Commands", "Delete article “{title}”").format(title=title)
        super().__init__(text, lambda store: store.remove_article(article_id, text))
        self.article_id = article_id


class SignOff(StoreCommand):
    def __init__(self, article_id: str) -> None:
        super().__init__(translate("Commands", "Sign off article"), lambda store: store.sign_off(article_id))
        self.article_id = article_id


class AcceptSuggestion(StoreCommand):
    def __init__(self, suggestion_id: int, overwrite: bool = False, text: str | None = None) -> None:
        super().__init__(text or translate("Commands", "Accept suggestion"), lambda store: store.accept_suggestion(suggestion_id, overwrite=overwrite).change)
        self.suggestion_id = suggestion_id


class DismissSuggestion(StoreCommand):
    def __init__(self, suggestion_id: int) -> None:
        super().__init__(translate("Commands", "Dismiss suggestion"), lambda store: store.dismiss_suggestion(suggestion_id))
        self.suggestion_id = suggestion_id


class CreateSource(StoreCommand):
    """Create a source in the ledger, and cite it from a sentence when one is given."""

    def __init__(self, name: str, kind: SourceKind | str = SourceKind.PERSON, description: str = "",
                 reliability: str = "F", notes: str = "", cite_from: int | None = None) -> None:
        text = translate("Commands", "Add source “{name}”").format(name=name)
        super().__init__(text, lambda store: store.add_source(name, kind, description, reliability, notes,
                                                              cite_from=cite_from, action=text))
        self.source: Source | None = None

    def after(self, change: Change, undone: bool) -> None:
        if self.source is None and change.source_id is not None:
            self.source = self.store.source(change.source_id)


class EditSource(StoreCommand):
    def __init__(self, source_id: int, changes: dict[str, Any], text: str | None = None) -> None:
        super().__init__(text or translate("Commands", "Edit source"), lambda store: store.update_source(source_id, changes))


class DeleteSource(StoreCommand):
    def __init__(self, source_id: int, name: str) -> None:
        text = translate("Commands", "Delete source “{name}”").format(name=name)
        super().__init__(text, lambda store: store.remove_source(source_id, text))


class MergeSources(StoreCommand):
    """Fold a duplicate source into another; undo brings the duplicate and its citations back."""

    def __init__(self, keep_id: int, other_id: int) -> None:
        super().__init__(translate("Commands", "Merge sources"), lambda store: store.merge_sources(keep_id, other_id))


class Cite(StoreCommand):
    def __init__(self, sentence_id: int, source_id: int, name: str) -> None:
        super().__init__(translate("Commands", "Cite “{name}”").format(name=name), lambda store: store.cite(sentence_id, source_id))


class Uncite(StoreCommand):
    def __init__(self, sentence_id: int, source_id: int, name: str) -> None:
        super().__init__(translate("Commands", "Remove source “{name}”").format(name=name), lambda store: store.uncite(sentence_id, source_id))


class AddLink(StoreCommand):
    def __init__(self, from_sentence: int, to_sentence: int, kind: LinkKind | str, note: str = "") -> None:
        text = link_action(LinkKind(kind))
        super().__init__(text, lambda store: store.link_sentences(from_sentence, to_sentence, kind, note, text))


class RemoveLink(StoreCommand):
    def __init__(self, link_id: int) -> None:
        super().__init__(translate("Commands", "Remove link"), lambda store: store.unlink(link_id))
