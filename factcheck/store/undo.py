"""Every operation the window undoes returns its Change with the exact inverse.

``change.inverse(store)`` undoes the operation and returns the Change of the undo, which carries
the inverse of the inverse (the redo). A GUI undo command only runs the operation and these
inverses (``ui/commands.py``); nothing outside the core knows how an action is undone.

Operations whose inverse is written where they return (reviews, evidence, claims, citations,
adjudication, re-attaching, file merge, new version) are left alone here; this mixin adds the
inverse to the others and the Change-returning forms of the few that return records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from factcheck.model import ArticleReview, Link, LinkKind, Source, SourceKind
from factcheck.store.rows import Change
from factcheck.store.snapshots import SnapshotOps
from factcheck.store.suggestions import AcceptResult


def unchanged(change: Change) -> Change:
    """``change`` (which changed nothing) with an inverse that changes nothing either."""
    return change.with_inverse(lambda store: unchanged(change))


def redone_by(change: Change, redo: Callable[[Any], Change]) -> Change:
    """``change``, whose inverse's Change gets ``redo`` (the operation run again) as its inverse."""
    undo = change.inverse
    if undo is None:
        return unchanged(change)
    return change.with_inverse(lambda store: undo(store).with_inverse(redo))


class UndoOps(SnapshotOps):
    # -- adjudication and re-attaching: their undo is written where they return; redo runs them again

    def decide(self, sentence_id: int, field: str, value: Any, note: str | None = None) -> Change:
        return redone_by(super().decide(sentence_id, field, value, note),
                         lambda store: store.decide(sentence_id, field, value, note))

    def reattach_orphan(self, orphan_id: int, sentence_id: int) -> Change:
        return redone_by(super().reattach_orphan(orphan_id, sentence_id),
                         lambda store: store.reattach_orphan(orphan_id, sentence_id))

    # -- reviews, citations: only the no-op cases lack an inverse ------------

    def set_review(self, sentence_id: int, changes: dict[str, Any], reviewer: str | None = None,
                   action: str = "Edit review") -> Change:
        change = super().set_review(sentence_id, changes, reviewer, action=action)
        return change if change.inverse else unchanged(change)

    def cite(self, sentence_id: int, source_id: int) -> Change:
        change = super().cite(sentence_id, source_id)
        return change if change.inverse else unchanged(change)

    def uncite(self, sentence_id: int, source_id: int) -> Change:
        change = super().uncite(sentence_id, source_id)
        return change if change.inverse else unchanged(change)

    # -- sentences: merge and split are undone by the article as it was ---------

    def merge_with_next(self, sentence_id: int, analyse: bool = True) -> Change:
        article_id = self.sentence(sentence_id).article_id
        before, pending = self.article_review(article_id), self.analysis_pending(article_id)
        change = super().merge_with_next(sentence_id, analyse)
        return change.with_inverse(lambda store: store.revert_to(
            before, change.action, lambda again: again.merge_with_next(sentence_id, analyse),
            pending))

    def split_sentence(self, sentence_id: int, at: int, analyse: bool = True) -> Change:
        article_id = self.sentence(sentence_id).article_id
        before, pending = self.article_review(article_id), self.analysis_pending(article_id)
        change = super().split_sentence(sentence_id, at, analyse)
        return change.with_inverse(lambda store: store.revert_to(
            before, change.action, lambda again: again.split_sentence(sentence_id, at, analyse),
            pending))

    def revert_to(self, snapshot: ArticleReview, action: str, redo: Any,
                  pending: bool = False) -> Change:
        """Put an article back as in ``snapshot``; ``redo(store)`` is the inverse of that.
        ``pending``: the snapshot was taken while the article waited for its analysis (its
        suggestions were not yet those of its text), so it waits for it again."""
        with self._write():
            self.revert_article(snapshot, action=f"Undo {action}")
            if pending:
                self._mark_analysis_pending(snapshot.article.id)
        return Change(f"Undo {action}", (snapshot.article.id,), structure=True, suggestions=True,
                      sources=True, links=True, inverse=redo)

    # -- articles ---------------------------------------------------------------

    def update_article(self, article_id: str, changes: dict[str, Any], analyse: bool = True) -> Change:
        article = self.article(article_id)
        change = super().update_article(article_id, changes, analyse)
        old = {name: getattr(article, name) for name in change.fields}
        assumed = article.published_assumed

        def undo(store: Any) -> Change:
            if "published" not in old or not assumed:
                return store.update_article(article_id, old, analyse)  # type: ignore[no-any-return]
            # The date goes back to an assumed one before the analysis reads it.
            back: Change = store.update_article(article_id, old, analyse=False)
            store.set_published_assumed(article_id, True)
            if analyse:
                store.run_analysis(article_id)
            return back.with_inverse(lambda again: again.update_article(article_id, changes, analyse))

        return change.with_inverse(undo)

    def sign_off(self, article_id: str) -> Change:
        article = self.article(article_id)
        change = super().sign_off(article_id)
        by, at = article.signed_off_by, article.signed_off_at
        return change.with_inverse(lambda store: store.set_sign_off(article_id, by, at))

    def set_sign_off(self, article_id: str, by: str, at: str) -> Change:
        article = self.article(article_id)
        change = super().set_sign_off(article_id, by, at)
        old_by, old_at = article.signed_off_by, article.signed_off_at
        return change.with_inverse(lambda store: store.set_sign_off(article_id, old_by, old_at))

    def remove_article(self, article_id: str, action: str = "Delete article") -> Change:
        """Delete an article; the inverse writes its snapshot back (``delete_article``'s own)."""
        snapshot = self.delete_article(article_id)
        return Change(action, (article_id,), structure=True, deleted=True,
                      inverse=lambda store: store.restore_article(snapshot, action))

    def restore_article(self, snapshot: ArticleReview, action: str = "Delete article") -> Change:
        """Undo of ``remove_article``: the article comes back as it was, under its ids."""
        self.restore_article_review(snapshot)
        article_id = snapshot.article.id
        return Change(f"Undo {action}", (article_id,), structure=True, restored=True,
                      inverse=lambda store: store.remove_article(article_id, action))

    # -- suggestions ----------------------------------------------------------------

    def dismiss_suggestion(self, suggestion_id: int) -> Change:
        change = super().dismiss_suggestion(suggestion_id)
        return change.with_inverse(lambda store: store.reopen_suggestion(suggestion_id))

    def reopen_suggestion(self, suggestion_id: int) -> Change:
        change = super().reopen_suggestion(suggestion_id)
        return change.with_inverse(lambda store: store.dismiss_suggestion(suggestion_id))

    def accept_suggestion(self, suggestion_id: int, overwrite: bool = False) -> AcceptResult:
        """As before; the result's Change is undone by ``undo_accept`` with that very result."""
        result = super().accept_suggestion(suggestion_id, overwrite)
        return replace(result, change=result.change.with_inverse(lambda store: store.undo_accept(result)))

    def undo_accept(self, result: AcceptResult) -> Change:
        """Reverse exactly what ``accept_suggestion`` did (a first review stays, with nothing judged)."""
        change = super().undo_accept(result)
        # Redo accepts again; the fields are as before the first accept, so overwriting is what
        # the reviewer already agreed to (or there was nothing to overwrite).
        return change.with_inverse(lambda store: store.accept_suggestion(result.suggestion_id, True).change)

    # -- sources ------------------------------------------------------------------

    def add_source(self, name: str, kind: SourceKind | str = SourceKind.PERSON, description: str = "",
                   reliability: str = "F", notes: str = "", cite_from: int | None = None,
                   action: str = "Add source") -> Change:
        """Create a source (cited from ``cite_from`` when given); the Change names it."""
        with self._write():
            source = self.create_source(name, kind, description, reliability, notes)
            cited = super().cite(cite_from, source.id) if cite_from is not None else Change(action)
        return Change(action, cited.article_ids, cited.sentence_ids, sources=True, source_id=source.id,
                      inverse=lambda store: store.remove_source(source.id, f"Undo {action}"))

    def remove_source(self, source_id: int, action: str = "Delete source") -> Change:
        """Delete a source and its citations; the inverse brings both back under the same id."""
        created_at = self._one("SELECT created_at FROM sources WHERE id = ?", (source_id,))
        source, citing = self.delete_source(source_id)
        stamp = str(created_at[0]) if created_at else ""
        return Change(action, sentence_ids=tuple(citing), sources=True, source_id=source_id,
                      inverse=lambda store: store.put_source_back(source, citing, stamp, action))

    def put_source_back(self, source: Source, citing: list[int], created_at: str, action: str) -> Change:
        with self._write() as conn:
            change = self.restore_source(source, citing)
            if created_at:
                conn.execute("UPDATE sources SET created_at = ? WHERE id = ?", (created_at, source.id))
        return Change(f"Undo {action}", change.article_ids, change.sentence_ids, sources=True,
                      source_id=source.id, inverse=lambda store: store.remove_source(source.id, action))

    def update_source(self, source_id: int, changes: dict[str, Any]) -> Change:
        source = self.source(source_id)
        change = super().update_source(source_id, changes)
        after = self.source(source_id)
        old = {n: getattr(source, n) for n in changes if getattr(source, n) != getattr(after, n)}
        return change.with_inverse(lambda store: store.update_source(source_id, old))

    def merge_sources(self, keep_id: int, other_id: int) -> Change:
        keep, other = self.source(keep_id), self.source(other_id)
        created_at = self._one("SELECT created_at FROM sources WHERE id = ?", (other_id,))
        stamp = str(created_at[0]) if created_at else ""
        other_citing = list(self._citing(other_id))
        keep_citing = set(self._citing(keep_id))
        change = super().merge_sources(keep_id, other_id)

        def unmerge(store: Any) -> Change:
            with store._write() as conn:
                for sentence_id in other_citing:
                    if sentence_id not in keep_citing:
                        store.uncite(sentence_id, keep_id)
                conn.execute("UPDATE sources SET notes = ? WHERE id = ?", (keep.notes, keep_id))
                back: Change = store.put_source_back(other, other_citing, stamp, change.action)
            return back.with_inverse(lambda again: again.merge_sources(keep_id, other_id))

        return change.with_inverse(unmerge)

    # -- links ----------------------------------------------------------------------

    def link_sentences(self, from_sentence: int, to_sentence: int, kind: LinkKind | str = LinkKind.CONTRADICTS,
                       note: str = "", action: str = "") -> Change:
        """``add_link`` as an undoable operation (nothing to undo when the link was there)."""
        existing = {link.id for link in self.links_for(from_sentence)}
        link = self.add_link(from_sentence, to_sentence, kind, note)
        change = Change(action or f"Link as {link.kind.value}", sentence_ids=(from_sentence, to_sentence),
                        links=True)
        if link.id in existing:
            return unchanged(change)
        return change.with_inverse(lambda store: store.unlink(link.id, f"Undo {change.action}"))

    def unlink(self, link_id: int, action: str = "Remove link") -> Change:
        """``remove_link`` as an undoable operation: the link comes back as it was."""
        link = self.remove_link(link_id)
        return Change(action, sentence_ids=(link.from_sentence, link.to_sentence), links=True,
                      inverse=lambda store: store.put_link_back(link, action))

    def put_link_back(self, link: Link, action: str) -> Change:
        with self._write() as conn:
            self.add_link(link.from_sentence, link.to_sentence, link.kind, link.note, link_id=link.id)
            conn.execute("UPDATE links SET reviewer = ?, created_at = ? WHERE id = ?",
                         (link.reviewer, link.created_at, link.id))
        return Change(f"Undo {action}", sentence_ids=(link.from_sentence, link.to_sentence), links=True,
                      inverse=lambda store: store.unlink(link.id, action))
