"""One QUndoCommand per user action. Each writes to the file when done, undone and redone,
so the undo stack is history, not a list of unsaved changes.

A command's ``first_run`` performs the action (errors surface to the user before the
command joins the stack); Qt's first ``redo`` call after ``push`` is then skipped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from factcheck.model import ArticleReview, LinkKind, Source, SourceKind
from factcheck.store import AcceptResult, Change
from ui.session import QtSession

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
    session: QtSession

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._skip_redo = False

    @property
    def store(self) -> Any:
        return self.session.store

    def first_run(self) -> None:
        change = self.do()
        self._skip_redo = True
        self.session.announce(change)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.session.announce(self.do())

    def undo(self) -> None:
        self.session.announce(self.revert())

    def do(self) -> Change:
        raise NotImplementedError

    def revert(self) -> Change:
        raise NotImplementedError


class SetReview(StoreCommand):
    """Change fields of the current reviewer's review of one sentence."""

    def __init__(self, sentence_id: int, changes: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.sentence_id = sentence_id
        self.changes = changes
        self.old: dict[str, Any] = {}

    def do(self) -> Change:
        change: Change = self.store.set_review(self.sentence_id, self.changes, action=self.text())
        if not self.old:
            self.old = dict(change.detail.get("old", {}))
        return change

    def revert(self) -> Change:
        return self.store.set_review(self.sentence_id, self.old, action=translate("Commands", "Undo {action}").format(action=self.text()))


class _ArticleSnapshot(StoreCommand):
    """Structural edits (merge, split) are undone by putting the article back as it was."""

    def __init__(self, article_id: str, text: str) -> None:
        super().__init__(text)
        self.article_id = article_id
        self.snapshot: ArticleReview | None = None

    def do(self) -> Change:
        if self.snapshot is None:
            self.snapshot = self.store.article_review(self.article_id)
        return self.apply()

    def apply(self) -> Change:
        raise NotImplementedError

    def revert(self) -> Change:
        assert self.snapshot is not None
        self.store.revert_article(self.snapshot, action=translate("Commands", "Undo {action}").format(action=self.text()))
        return Change(translate("Commands", "Undo {action}").format(action=self.text()), (self.article_id,), structure=True, suggestions=True,
                      sources=True, links=True)


class MergeSentences(_ArticleSnapshot):
    def __init__(self, article_id: str, sentence_id: int) -> None:
        super().__init__(article_id, translate("Commands", "Merge sentences"))
        self.sentence_id = sentence_id

    def apply(self) -> Change:
        inline = self.session.analyses_inline(self.article_id)
        change = self.store.merge_with_next(self.sentence_id, analyse=inline)
        if not inline:
            self.session.analyse_in_background(self.article_id)
        return change


class SplitSentence(_ArticleSnapshot):
    def __init__(self, article_id: str, sentence_id: int, at: int) -> None:
        super().__init__(article_id, translate("Commands", "Split sentence"))
        self.sentence_id = sentence_id
        self.at = at

    def apply(self) -> Change:
        inline = self.session.analyses_inline(self.article_id)
        change = self.store.split_sentence(self.sentence_id, self.at, analyse=inline)
        if not inline:
            self.session.analyse_in_background(self.article_id)
        return change


class DeleteArticle(StoreCommand):
    def __init__(self, article_id: str, title: str) -> None:
        super().__init__(translate("Commands", "Delete article “{title}”").format(title=title))
        self.article_id = article_id
        self.snapshot: ArticleReview | None = None

    def do(self) -> Change:
        self.snapshot = self.store.delete_article(self.article_id)
        return Change(self.text(), (self.article_id,), structure=True, detail={"deleted": True})

    def revert(self) -> Change:
        assert self.snapshot is not None
        self.store.restore_article_review(self.snapshot)
        return Change(translate("Commands", "Undo {action}").format(action=self.text()), (self.article_id,), structure=True,
                      detail={"restored": True})


class EditArticle(StoreCommand):
    """Article properties and verdict: title, outlet, URL, date, rating, summary."""

    def __init__(self, article_id: str, changes: dict[str, Any], text: str | None = None) -> None:
        super().__init__(text or translate("Commands", "Edit article"))
        self.article_id = article_id
        self.changes = changes
        self.old: dict[str, Any] = {}

    def do(self) -> Change:
        article = self.store.article(self.article_id)
        if not self.old:
            self.old = {name: getattr(article, name) for name in self.changes}
            self.old_assumed = article.published_assumed
        return self._update(self.changes)

    def _update(self, values: dict[str, Any]) -> Change:
        # A new date re-runs the analysis: off the GUI thread for a long article.
        inline = "published" not in values or self.session.analyses_inline(self.article_id)
        change: Change = self.store.update_article(self.article_id, values, analyse=inline)
        if not inline:
            self.session.analyse_in_background(self.article_id)
        return change

    def revert(self) -> Change:
        change = self._update(self.old)
        if "published" in self.old and self.old_assumed:
            self.store.set_published_assumed(self.article_id, True)
        return change


class SignOff(StoreCommand):
    def __init__(self, article_id: str) -> None:
        super().__init__(translate("Commands", "Sign off article"))
        self.article_id = article_id
        self.previous: tuple[str, str] = ("", "")

    def do(self) -> Change:
        article = self.store.article(self.article_id)
        self.previous = (article.signed_off_by, article.signed_off_at)
        return self.store.sign_off(self.article_id)

    def revert(self) -> Change:
        return self.store.set_sign_off(self.article_id, *self.previous)


class AcceptSuggestion(StoreCommand):
    def __init__(self, suggestion_id: int, overwrite: bool = False, text: str | None = None) -> None:
        super().__init__(text or translate("Commands", "Accept suggestion"))
        self.suggestion_id = suggestion_id
        self.overwrite = overwrite
        self.result: AcceptResult | None = None

    def do(self) -> Change:
        self.result = self.store.accept_suggestion(self.suggestion_id, overwrite=self.overwrite)
        return self.result.change

    def revert(self) -> Change:
        assert self.result is not None
        return self.store.undo_accept(self.result)


class DismissSuggestion(StoreCommand):
    def __init__(self, suggestion_id: int) -> None:
        super().__init__(translate("Commands", "Dismiss suggestion"))
        self.suggestion_id = suggestion_id

    def do(self) -> Change:
        return self.store.dismiss_suggestion(self.suggestion_id)

    def revert(self) -> Change:
        return self.store.reopen_suggestion(self.suggestion_id)


class CreateSource(StoreCommand):
    """Create a source in the ledger, and cite it from a sentence when one is given."""

    def __init__(self, name: str, kind: SourceKind | str = SourceKind.PERSON, description: str = "",
                 reliability: str = "F", notes: str = "", cite_from: int | None = None) -> None:
        super().__init__(translate("Commands", "Add source “{name}”").format(name=name))
        self.values = (name, kind, description, reliability, notes)
        self.cite_from = cite_from
        self.source: Source | None = None

    def do(self) -> Change:
        source_id = self.source.id if self.source else None
        name, kind, description, reliability, notes = self.values
        self.source = self.store.create_source(name, kind, description, reliability, notes,
                                               source_id=source_id)
        if self.cite_from is not None:
            return self.store.cite(self.cite_from, self.source.id)
        return Change(self.text(), sources=True)

    def revert(self) -> Change:
        assert self.source is not None
        self.store.delete_source(self.source.id)
        ids = (self.cite_from,) if self.cite_from is not None else ()
        return Change(translate("Commands", "Undo {action}").format(action=self.text()), sentence_ids=ids, sources=True)


class EditSource(StoreCommand):
    def __init__(self, source_id: int, changes: dict[str, Any], text: str | None = None) -> None:
        super().__init__(text or translate("Commands", "Edit source"))
        self.source_id = source_id
        self.changes = changes
        self.old: dict[str, Any] = {}

    def do(self) -> Change:
        source = self.store.source(self.source_id)
        if not self.old:
            self.old = {name: getattr(source, name) for name in self.changes}
        return self.store.update_source(self.source_id, self.changes)

    def revert(self) -> Change:
        return self.store.update_source(self.source_id, self.old)


class DeleteSource(StoreCommand):
    def __init__(self, source_id: int, name: str) -> None:
        super().__init__(translate("Commands", "Delete source “{name}”").format(name=name))
        self.source_id = source_id
        self.deleted: tuple[Source, list[int]] | None = None

    def do(self) -> Change:
        self.deleted = self.store.delete_source(self.source_id)
        return Change(self.text(), sentence_ids=tuple(self.deleted[1]), sources=True)

    def revert(self) -> Change:
        assert self.deleted is not None
        return self.store.restore_source(*self.deleted)


class MergeSources(StoreCommand):
    """Fold a duplicate source into another; undo brings the duplicate and its citations back."""

    def __init__(self, keep_id: int, other_id: int) -> None:
        super().__init__(translate("Commands", "Merge sources"))
        self.keep_id = keep_id
        self.other_id = other_id
        self.other: Source | None = None
        self.other_citing: list[int] = []
        self.keep_citing: set[int] = set()

    def do(self) -> Change:
        self.other = self.store.source(self.other_id)
        self.other_citing = [u[2] for u in self.store.source_usage(self.other_id)]
        self.keep_citing = {u[2] for u in self.store.source_usage(self.keep_id)}
        return self.store.merge_sources(self.keep_id, self.other_id)

    def revert(self) -> Change:
        assert self.other is not None
        for sentence_id in self.other_citing:
            if sentence_id not in self.keep_citing:
                self.store.uncite(sentence_id, self.keep_id)
        return self.store.restore_source(self.other, self.other_citing)


class Cite(StoreCommand):
    def __init__(self, sentence_id: int, source_id: int, name: str) -> None:
        super().__init__(translate("Commands", "Cite “{name}”").format(name=name))
        self.sentence_id = sentence_id
        self.source_id = source_id

    def do(self) -> Change:
        return self.store.cite(self.sentence_id, self.source_id)

    def revert(self) -> Change:
        return self.store.uncite(self.sentence_id, self.source_id)


class Uncite(Cite):
    def __init__(self, sentence_id: int, source_id: int, name: str) -> None:
        super().__init__(sentence_id, source_id, name)
        self.setText(translate("Commands", "Remove source “{name}”").format(name=name))

    def do(self) -> Change:
        return self.store.uncite(self.sentence_id, self.source_id)

    def revert(self) -> Change:
        return self.store.cite(self.sentence_id, self.source_id)


class AddLink(StoreCommand):
    def __init__(self, from_sentence: int, to_sentence: int, kind: LinkKind | str, note: str = "") -> None:
        kind = LinkKind(kind)
        super().__init__(link_action(kind))
        self.args = (from_sentence, to_sentence, kind, note)
        self.link_id: int | None = None

    def do(self) -> Change:
        link = self.store.add_link(*self.args, link_id=self.link_id)
        self.link_id = link.id
        return Change(self.text(), sentence_ids=self.args[:2], links=True)

    def revert(self) -> Change:
        assert self.link_id is not None
        self.store.remove_link(self.link_id)
        return Change(translate("Commands", "Undo {action}").format(action=self.text()), sentence_ids=self.args[:2], links=True)


class RemoveLink(StoreCommand):
    def __init__(self, link_id: int) -> None:
        super().__init__(translate("Commands", "Remove link"))
        self.link_id = link_id
        self.removed: Any = None

    def do(self) -> Change:
        self.removed = self.store.remove_link(self.link_id)
        return Change(self.text(), sentence_ids=(self.removed.from_sentence, self.removed.to_sentence),
                      links=True)

    def revert(self) -> Change:
        link = self.removed
        self.store.add_link(link.from_sentence, link.to_sentence, link.kind, link.note, link_id=link.id)
        return Change(translate("Commands", "Undo {action}").format(action=self.text()), sentence_ids=(link.from_sentence, link.to_sentence), links=True)
