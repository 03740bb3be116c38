"""The article list: every article with its progress, sortable and filterable.

A list of summaries (a few numbers per article, not their sentences), so 5,000 articles
are cheap; a review edit refreshes only the row of its article.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from factcheck.errors import FactcheckError
from factcheck.store import ArticleSummary, Change, Store

translate = QCoreApplication.translate

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole

SORT_KEYS: dict[str, str] = {  # labels marked for translation; shown through list_text()
    "imported": QT_TRANSLATE_NOOP("ArticleList", "Recently imported"),
    "title": QT_TRANSLATE_NOOP("ArticleList", "Title"),
    "published": QT_TRANSLATE_NOOP("ArticleList", "Publication date"),
    "progress": QT_TRANSLATE_NOOP("ArticleList", "Least reviewed first"),
    "flagged": QT_TRANSLATE_NOOP("ArticleList", "Most flagged first"),
}


def list_text(text: str) -> str:
    """A text of the article list's tables (SORT_KEYS) in the interface language."""
    return QCoreApplication.translate("ArticleList", text)


def progress_text(summary: ArticleSummary) -> str:
    return translate("ArticleList", "{reviewed}/{sentences} reviewed").format(
        reviewed=summary.reviewed, sentences=summary.sentences)


def date_text(summary: ArticleSummary, long: bool = False) -> str:
    """The publication date; an assumed one (the import date) is marked "?"."""
    if summary.published is None:
        return translate("ArticleList", "no date")
    text = summary.published.isoformat()
    if summary.published_assumed:
        return translate("ArticleList", "{date} (assumed)").format(date=text) if long else f"{text}?"
    return text


def meta_text(summary: ArticleSummary) -> str:
    """"Outlet · 2026-01-12 · 12/16 reviewed · ⚑ 3" (the second line of a list entry)."""
    parts = [summary.outlet] if summary.outlet else []
    parts += [date_text(summary), progress_text(summary)]
    if summary.flagged:
        parts.append(translate("ArticleList", "⚑ {count} flagged").format(count=summary.flagged))
    return " · ".join(parts)


class ArticleListModel(QAbstractListModel):
    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.articles: list[ArticleSummary] = []
        self._rows: dict[str, int] = {}

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self.articles = self.store.list_articles(self.store.reviewer)
        except FactcheckError as error:
            # A damaged page under the list: show nothing rather than fail; the window's
            # integrity check (StoreHealth) then says what is wrong and disables editing.
            logging.getLogger(__name__).warning("article list unreadable: %s", error)
            self.articles = []
        self._rows = {a.id: i for i, a in enumerate(self.articles)}
        self.endResetModel()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.reload()

    def row_of(self, article_id: str) -> int | None:
        return self._rows.get(article_id)

    def summary(self, article_id: str) -> ArticleSummary | None:
        row = self._rows.get(article_id)
        return self.articles[row] if row is not None else None

    def apply_change(self, change: Change) -> None:
        """Refresh the rows of the articles a store operation touched."""
        if change.structure and (change.deleted or change.restored):
            self.reload()
            return
        ids = set(change.article_ids)
        if not ids and change.sentence_ids:
            ids = {self.store.sentence(i).article_id for i in change.sentence_ids
                   if self._sentence_exists(i)}
        for article_id in ids:
            row = self._rows.get(article_id)
            if row is None:
                self.reload()  # an article this list has not seen (an import)
                return
            self.articles[row] = self._fresh(self.articles[row], change)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def _sentence_exists(self, sentence_id: int) -> bool:
        from factcheck.errors import NotFound

        try:
            self.store.sentence(sentence_id)
        except NotFound:
            return False
        return True

    def _fresh(self, old: ArticleSummary, change: Change) -> ArticleSummary:
        # The store keeps these counts as rows change: one indexed read, nothing recounted.
        return self.store.article_summary(old.id, self.store.reviewer)

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.articles)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.articles):
            return None
        summary = self.articles[index.row()]
        if role == _DISPLAY:
            return summary.title
        if role == SUMMARY_ROLE:
            return summary
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role == _TOOLTIP:
            lines = [summary.title, meta_text(summary).replace(date_text(summary), date_text(summary, long=True))]
            if summary.pending_suggestions:
                lines.append(self.tr("%n pending suggestion(s)", "", summary.pending_suggestions))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title}. {meta_text(summary)}"
        return None


class ArticleFilterModel(QSortFilterProxyModel):
    """Filter by words in title or outlet; sort by a chosen key; optionally hide finished ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sort_key = "imported"
        self.unfinished_only = False
        self._words: list[str] = []
        self._rank: list[int] = []

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt name
        # Connected before the proxy's own handlers, so a re-sort sees fresh ranks.
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._forget_ranks)
        super().setSourceModel(model)

    def _forget_ranks(self, *args: Any) -> None:
        self._rank = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.9+: replaces invalidateFilter()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_unfinished_only(self, value: bool) -> None:
        self.beginFilterChange()  # Qt 6.9+: replaces invalidateFilter()
        self.unfinished_only = value
        self.endFilterChange()

    def set_sort_key(self, key: str) -> None:
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        self.sort_key = key
        self._rank = []
        self.invalidate()
        self.apply_sort()

    def apply_sort(self) -> None:
        """Sort by the chosen key. The store lists the most recently imported first, so that
        order needs no sorting at all (5,000 articles would cost 60,000 calls of lessThan)."""
        self.sort(-1 if self.sort_key == "imported" else 0)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ArticleListModel):
            return True
        summary = model.articles[source_row]
        if self.unfinished_only and summary.sentences and summary.reviewed >= summary.sentences:
            return False
        if not self._words:
            return True
        haystack = f"{summary.title} {summary.outlet}".casefold()
        return all(word in haystack for word in self._words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        # Ranks are computed once per sort in Python, so each comparison is two list look-ups.
        if not self._rank:
            model = self.sourceModel()
            articles = model.articles if isinstance(model, ArticleListModel) else []
            order = sorted(range(len(articles)), key=lambda i: _sort_value(articles[i], self.sort_key, i))
            self._rank = [0] * len(articles)
            for rank, row in enumerate(order):
                self._rank[row] = rank
        return self._rank[left.row()] < self._rank[right.row()]


def _sort_value(summary: ArticleSummary, key: str, row: int) -> tuple:
    title = summary.title.casefold()
    if key == "title":
        return (title, row)
    if key == "published":  # newest first
        return (-(summary.published.toordinal() if summary.published else 0), title, row)
    if key == "progress":
        share = summary.reviewed / summary.sentences if summary.sentences else 1.0
        return (share, title, row)
    if key == "flagged":
        return (-summary.flagged, title, row)
    return (row,)  # the store lists the most recently imported first
