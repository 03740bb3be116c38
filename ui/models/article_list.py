"""The article list: every article with its progress, sortable and filterable.

A list of summaries (a few numbers per article, not their sentences), read a page at a time
in the store's order (most recently imported first): the list reads the rows it shows, and
more as it is scrolled (Qt's canFetchMore/fetchMore), so opening a 5,000-article database
reads 200 of them. Sorting by another key, filtering or looking up an article not read yet
reads the rest first. The counts come from the store's kept tables, and a review edit rereads
only the row of its article.
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
PAGE_ROWS = 200  # articles read at a time: a window's list shows a few dozen

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
        self.articles: list[ArticleSummary] = []  # the rows read so far, in the store's order
        self.total = 0  # articles in the file
        self.pages_read = 0  # reads of list rows (tests count them)
        self.whole = False  # every row is needed (sorted by another key, or filtered): read them all
        self._rows: dict[str, int] = {}

    def reload(self) -> None:
        """Read the list again from its first page."""
        self.beginResetModel()
        try:
            self.total = self.store.article_count()
            self.articles = self._page(0, None if self.whole else PAGE_ROWS)
        except FactcheckError as error:
            # A damaged page under the list: show nothing rather than fail; the window's
            # integrity check (StoreHealth) then says what is wrong and disables editing.
            logging.getLogger(__name__).warning("article list unreadable: %s", error)
            self.articles, self.total = [], 0
        self._rows = {a.id: i for i, a in enumerate(self.articles)}
        self.endResetModel()

    def _page(self, offset: int, limit: int | None = PAGE_ROWS) -> list[ArticleSummary]:
        self.pages_read += 1
        return self.store.list_articles(self.store.reviewer, limit=limit, offset=offset)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.articles) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        """The next page of rows (the view asks when it is scrolled to the end)."""
        self._read_more(parent, PAGE_ROWS)

    def fetch_all(self) -> None:
        """Read every row not read yet, in one statement (to sort by another key, filter or
        find an article)."""
        self._read_more(QModelIndex(), None)

    def _read_more(self, parent: QModelIndex | QPersistentModelIndex, limit: int | None) -> None:
        if not self.canFetchMore(parent):
            return
        try:
            page = [a for a in self._page(len(self.articles), limit) if a.id not in self._rows]
        except FactcheckError as error:
            logging.getLogger(__name__).warning("article list unreadable: %s", error)
            page = []
        if not page:  # fewer articles than counted (deleted meanwhile): the list is complete
            self.total = len(self.articles)
            return
        first = len(self.articles)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.articles.extend(page)
        self._rows.update((a.id, first + i) for i, a in enumerate(page))
        self.endInsertRows()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.reload()

    def row_of(self, article_id: str) -> int | None:
        """The article's row, reading the rest of the list if it is in the file but not among
        the rows read yet (an id from elsewhere reads nothing more)."""
        row = self._rows.get(article_id)
        if row is None and self.canFetchMore() and self._exists(article_id):
            self.fetch_all()
            row = self._rows.get(article_id)
        return row

    def _exists(self, article_id: str) -> bool:
        from factcheck.errors import NotFound

        try:
            self.store.article_summary(article_id, self.store.reviewer)
        except NotFound:
            return False
        return True

    def summary(self, article_id: str) -> ArticleSummary | None:
        row = self.row_of(article_id)
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
                if self.canFetchMore() and self.store.article_count() == self.total:
                    continue  # on a page not read yet: read with its fresh counts when it is
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

    def filtering(self) -> bool:
        """Whether rows are hidden (words typed, or finished articles left out)."""
        return bool(self._words) or self.unfinished_only

    def _read_all(self) -> None:
        model = self.sourceModel()
        if isinstance(model, ArticleListModel):
            model.whole = True  # and after a reload
            model.fetch_all()

    def _pages_will_do(self) -> None:
        """The store's order, nothing hidden: the list may go back to reading page by page."""
        model = self.sourceModel()
        if isinstance(model, ArticleListModel) and self.sort_key == "imported" and not self.filtering():
            model.whole = False

    def set_text(self, text: str) -> None:
        if text.split():
            self._read_all()  # a filter looks at every article, not the rows read so far
        self.beginFilterChange()  # Qt 6.9+: replaces invalidateFilter()
        self._words = text.casefold().split()
        self.endFilterChange()
        self._pages_will_do()

    def set_unfinished_only(self, value: bool) -> None:
        if value:
            self._read_all()
        self.beginFilterChange()  # Qt 6.9+: replaces invalidateFilter()
        self.unfinished_only = value
        self.endFilterChange()
        self._pages_will_do()

    def set_sort_key(self, key: str) -> None:
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        self.sort_key = key
        if key != "imported":
            self._read_all()  # another order needs every article (the store's is read page by page)
        self._rank = []
        self.invalidate()
        self.apply_sort()
        self._pages_will_do()

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
