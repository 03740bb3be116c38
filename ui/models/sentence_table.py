"""The sentence table: one row per sentence of an article, read from the store page by page.

Only the pages the view asks for are read (an LRU cache of a few pages of ``PAGE_SIZE``
rows), so a 100,000-sentence transcript opens as fast as a short article. A filtered table
first reads which sentences it shows (``Store.filter_positions``), so each of its pages is a
range of sentences, never a walk over the rows before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from typing import Any

from factcheck_review.ui.vocabulary import (
    rating_label,
    short_state,
    verdict_name,
    verdict_word,
    word,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from factcheck.admiralty import shown_codes
from factcheck.attribution_view import SHORT_STATES
from factcheck.errors import FactcheckError
from factcheck.model import VERDICT_FIELDS, Rating
from factcheck.store import Change, SentenceRow, Store
from factcheck.verdict_rules import verdict_action as english_verdict_action

PAGE_SIZE = 200
CACHED_PAGES = 8

COL_NUMBER, COL_SENTENCE, COL_SOURCED, COL_ANONYMOUS, COL_CONTESTED, COL_INCONSISTENT, \
    COL_RATING, COL_CREDIBILITY, COL_NOTE, COL_SUGGESTIONS = range(10)
VERDICT_COLUMNS: dict[int, str] = {
    COL_SOURCED: "sourced", COL_ANONYMOUS: "anonymous",
    COL_CONTESTED: "contested", COL_INCONSISTENT: "inconsistent",
}
# Short headers keep the sentence column wide; the tooltips say them in full.
# Marked for translation here, translated where shown (headerData, menus).
HEADERS = ("#", QT_TRANSLATE_NOOP("SentenceTable", "Sentence"), QT_TRANSLATE_NOOP("SentenceTable", "Src."),
           QT_TRANSLATE_NOOP("SentenceTable", "Anon."), QT_TRANSLATE_NOOP("SentenceTable", "Cont."),
           QT_TRANSLATE_NOOP("SentenceTable", "Incon."), QT_TRANSLATE_NOOP("SentenceTable", "Rating"),
           QT_TRANSLATE_NOOP("SentenceTable", "Cred."), QT_TRANSLATE_NOOP("SentenceTable", "Note"), "◆")
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("SentenceTable", "Sentence number"),
    QT_TRANSLATE_NOOP("SentenceTable", "The sentence as it appears in the article"),
    QT_TRANSLATE_NOOP("SentenceTable", "Sourced: is the claim attributed to a source, named or not? (key 1)"),
    QT_TRANSLATE_NOOP("SentenceTable", "Anonymous: is at least one of its sources unnamed? (key 2)"),
    QT_TRANSLATE_NOOP("SentenceTable", "Contested: is the claim disputed by other sources? (key 3)"),
    QT_TRANSLATE_NOOP("SentenceTable", "Inconsistent: does it conflict with another sentence of the article? (key 4)"),
    QT_TRANSLATE_NOOP("SentenceTable", "Your rating of the sentence"),
    QT_TRANSLATE_NOOP("SentenceTable", "Credibility (Admiralty grade): source reliability letter and "
                                       "information credibility digit"),
    QT_TRANSLATE_NOOP("SentenceTable", "Has a note"),
    QT_TRANSLATE_NOOP("SentenceTable", "Attribution the analysis reads (named / anon. / none) and ◆ n: pending "
                                       "suggestions to accept (a) or dismiss (x)"),
)
FILTERS: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("SentenceTable", "All sentences"),
    "unreviewed": QT_TRANSLATE_NOOP("SentenceTable", "Not yet reviewed"),
    "flagged": QT_TRANSLATE_NOOP("SentenceTable", "Flagged"),
    "suggestions": QT_TRANSLATE_NOOP("SentenceTable", "Has suggestions"),
}


def table_text(text: str) -> str:
    """A text of this module's tables (HEADERS, FILTERS, …) in the interface language."""
    return QCoreApplication.translate("SentenceTable", text)

# Custom roles (module constants: data() is hot code).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the SentenceRow
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2  # True / False / None for verdict columns
SENTENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ACCESSIBLE_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # every cell's, made once
_RIGHT_TOP = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_RIGHT_MIDDLE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Undo-stack names of setting a verdict, whole so each language can word them its own way.
VERDICT_ACTIONS: dict[tuple[str, bool | None], str] = {
    ("sourced", True): QT_TRANSLATE_NOOP("SentenceTable", "Mark sourced"),
    ("sourced", False): QT_TRANSLATE_NOOP("SentenceTable", "Mark not sourced"),
    ("sourced", None): QT_TRANSLATE_NOOP("SentenceTable", "Clear sourced"),
    ("anonymous", True): QT_TRANSLATE_NOOP("SentenceTable", "Mark anonymous"),
    ("anonymous", False): QT_TRANSLATE_NOOP("SentenceTable", "Mark not anonymous"),
    ("anonymous", None): QT_TRANSLATE_NOOP("SentenceTable", "Clear anonymous"),
    ("contested", True): QT_TRANSLATE_NOOP("SentenceTable", "Mark contested"),
    ("contested", False): QT_TRANSLATE_NOOP("SentenceTable", "Mark not contested"),
    ("contested", None): QT_TRANSLATE_NOOP("SentenceTable", "Clear contested"),
    ("inconsistent", True): QT_TRANSLATE_NOOP("SentenceTable", "Mark inconsistent"),
    ("inconsistent", False): QT_TRANSLATE_NOOP("SentenceTable", "Mark not inconsistent"),
    ("inconsistent", None): QT_TRANSLATE_NOOP("SentenceTable", "Clear inconsistent"),
}


def verdict_action(name: str, value: bool | None) -> str:
    """The undo-stack name of a verdict edit in the interface language (the core's
    factcheck.verdict_rules.verdict_action says it in English: "Mark sourced")."""
    text = VERDICT_ACTIONS.get((name, value))
    return table_text(text) if text is not None else english_verdict_action(name, value)


def credibility_text(row: SentenceRow) -> str:
    return shown_codes(row.source_codes, row.review.credibility)


def rating_text(rating: Rating | None) -> str:
    return rating_label(rating)


class SentenceTableModel(QAbstractTableModel):
    """Rows of one article (optionally filtered) for the current reviewer."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.article_id: str | None = None
        self.filter = "all"
        self._count = 0
        self._positions: list[int] | None = None  # filtered: row -> sentence index
        self._pages: OrderedDict[int, list[SentenceRow]] = OrderedDict()
        # Translated once (data() is hot code); the language is set before any window exists.
        self._headers = [table_text(text) for text in HEADERS]
        self._header_tips = [table_text(text) for text in HEADER_TIPS]
        self._words = {value: verdict_word(value) for value in (True, False, None)}
        self._names = {field: verdict_name(field) for field in VERDICT_COLUMNS.values()}
        self._states = {kind: short_state(kind) for kind in SHORT_STATES}

    # -- what is shown -------------------------------------------------------

    def set_article(self, article_id: str | None, filter: str | None = None) -> None:
        self.beginResetModel()
        self.article_id = article_id
        if filter is not None:
            self.filter = filter
        self._reload_count()
        self.endResetModel()

    def set_filter(self, filter: str) -> None:
        if filter not in FILTERS:
            raise ValueError(f"unknown filter {filter!r}")
        self.set_article(self.article_id, filter)

    def set_store(self, store: Store) -> None:
        self.store = store
        self.set_article(None)

    def reload(self) -> None:
        self.set_article(self.article_id)

    def _reload_count(self) -> None:
        self._pages.clear()
        self._positions = None
        if self.article_id and self.filter != "all":
            self._positions = self.store.filter_positions(self.article_id, self.filter)
            self._count = len(self._positions)
        else:
            self._count = self.store.sentence_count(self.article_id, self.filter) if self.article_id else 0

    def _read(self, row: int, count: int) -> list[SentenceRow]:
        """``count`` rows from table row ``row``, read by their range of sentences."""
        assert self.article_id is not None
        if self._positions is None:
            return self.store.sentence_page(self.article_id, row, count, filter=self.filter)
        last = min(len(self._positions), row + count) - 1
        return self.store.sentence_page(self.article_id, 0, count, filter=self.filter,
                                        indexes=(self._positions[row], self._positions[last]))

    # -- paging --------------------------------------------------------------

    def row(self, row: int) -> SentenceRow | None:
        """The SentenceRow at a table row (reading its page when not cached)."""
        if not 0 <= row < self._count or self.article_id is None:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._read(page_no * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def cached_row_of(self, sentence_id: int) -> int | None:
        for page_no, page in self._pages.items():
            for offset, entry in enumerate(page):
                if entry.sentence.id == sentence_id:
                    return page_no * PAGE_SIZE + offset
        return None

    def position_of(self, sentence_id: int) -> int | None:
        """Table row of a sentence under the current filter, or None when it is filtered out."""
        cached = self.cached_row_of(sentence_id)
        if cached is not None:
            return cached
        if self.article_id is None:
            return None
        try:
            sentence = self.store.sentence(sentence_id)
        except FactcheckError:
            return None
        if sentence.article_id != self.article_id:
            return None
        if self._positions is None:
            return sentence.index if sentence.index < self._count else None
        at = bisect_left(self._positions, sentence.index)
        return at if at < len(self._positions) and self._positions[at] == sentence.index else None

    def row_at_or_after(self, sentence_index: int) -> int | None:
        """The first table row whose sentence comes at or after ``sentence_index`` in the article
        (the last row when none does); reads only the few pages a binary search touches."""
        if not self._count:
            return None
        low, high = 0, self._count - 1
        while low < high:
            middle = (low + high) // 2
            entry = self.row(middle)
            if entry is not None and entry.sentence.index < sentence_index:
                low = middle + 1
            else:
                high = middle
        return low

    def sentence_id(self, row: int) -> int | None:
        entry = self.row(row)
        return entry.sentence.id if entry else None

    # -- refreshing from a Change ------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Refresh exactly what a store operation changed."""
        if self.article_id is None:
            return
        if change.deleted or change.restored:
            if change.deleted and self.article_id in change.article_ids:
                self.set_article(None)  # the window then opens another article
            return
        if change.article_ids and self.article_id not in change.article_ids and not change.sources:
            return
        if change.structure:
            self.reload()
            return
        if change.sentence_ids and self._positions is not None:
            moved = self._membership_moves(change.sentence_ids)
            if moved is None:
                self.reload()  # too many to check one by one: the filter is read again
                return
            if moved:
                self._move_rows(moved)  # a review edit moved rows in or out of the filtered table
                return
        touched_all = change.sources or (change.suggestions and not change.sentence_ids)
        if touched_all:
            self._pages.clear()
            if self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(HEADERS) - 1))
            return
        for sentence_id in change.sentence_ids:
            row = self.cached_row_of(sentence_id)
            if row is None:
                continue  # not read yet: it will be read fresh when shown
            fresh = self._read(row, 1)
            page_no, offset = divmod(row, PAGE_SIZE)
            if fresh and fresh[0].sentence.id == sentence_id:
                self._pages[page_no][offset] = fresh[0]
            else:
                self._pages.pop(page_no, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def _membership_moves(self, sentence_ids: tuple[int, ...]) -> list[tuple[int, bool]] | None:
        """The sentences of this article whose place in the filtered table an edit changed, as
        (sentence index, shown now); None when there are too many to check one by one."""
        assert self._positions is not None
        if len(sentence_ids) > 200:
            return None  # cheaper to read the filter again than to check each one
        moves = []
        for sentence_id in sentence_ids:
            try:
                sentence = self.store.sentence(sentence_id)
            except FactcheckError:
                return None
            if sentence.article_id != self.article_id:
                continue
            at = bisect_left(self._positions, sentence.index)
            shown = at < len(self._positions) and self._positions[at] == sentence.index
            if shown != self.store.in_filter(sentence_id, self.filter):
                moves.append((sentence.index, not shown))
        return moves

    def _move_rows(self, moves: list[tuple[int, bool]]) -> None:
        """Rows in or out of the filtered table: the table resets as when the filter is read
        again, but from its own list of sentences, patched (reading "To review" on a
        100,000-sentence transcript again took ~0.1 s an edit)."""
        assert self._positions is not None
        self.beginResetModel()
        for index, shown in moves:
            at = bisect_left(self._positions, index)
            if shown:
                self._positions.insert(at, index)
            else:
                del self._positions[at]
        self._pages.clear()
        self._count = len(self._positions)
        self.endResetModel()

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == _DISPLAY:
                return self._headers[section]
            if role == _TOOLTIP:
                return self._header_tips[section]
            if role == _ALIGN and section != COL_SENTENCE:
                # Over the right-aligned numbers and the centred symbols and ratings.
                return _RIGHT_MIDDLE if section == COL_NUMBER else _CENTER
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry = self.row(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._display(entry, column)
        if role == VERDICT_ROLE:
            field = VERDICT_COLUMNS.get(column)
            return getattr(entry.review, field) if field else None
        if role == ROW_ROLE:
            return entry
        if role == SENTENCE_ID_ROLE:
            return entry.sentence.id
        if role == _ALIGN:
            return _RIGHT_TOP if column == COL_NUMBER else (
                None if column == COL_SENTENCE else _CENTER)
        if role == _TOOLTIP:
            return self._tooltip(entry, column)
        if role == _ACCESSIBLE:
            field = VERDICT_COLUMNS.get(column)
            if field:  # announced with the value, not the symbol: "Sentence 3, sourced: yes"
                return self.tr("Sentence {number}, {verdict}: {value}").format(
                    number=entry.sentence.number, verdict=verdict_name(field, lower=True),
                    value=self._words[getattr(entry.review, field)])
            if column == COL_SUGGESTIONS:
                count = entry.pending_suggestions
                return self.tr("%n pending suggestion(s)", "", count) if count else self.tr("No pending suggestions")
            if column == COL_NOTE:
                return self.tr("Has a note") if entry.has_note else self.tr("No note")
            if column == COL_CREDIBILITY:
                return credibility_text(entry) or self.tr("Credibility not graded")
            return self._display(entry, column)
        if role == _ACCESSIBLE_DESCRIPTION and column in VERDICT_COLUMNS:
            return self.tr("Press {key} or Space to cycle: not judged, yes, no").format(key=column - 1)
        return None

    def _display(self, entry: SentenceRow, column: int) -> Any:
        if column == COL_NUMBER:
            return str(entry.sentence.number)
        if column == COL_SENTENCE:
            return entry.sentence.text
        if column in VERDICT_COLUMNS:
            return self._words[getattr(entry.review, VERDICT_COLUMNS[column])]
        if column == COL_RATING:
            return rating_text(entry.review.rating)
        if column == COL_CREDIBILITY:
            return credibility_text(entry)
        if column == COL_NOTE:
            return "✎" if entry.has_note else ""
        if column == COL_SUGGESTIONS:
            state = self._states.get(entry.attribution, "")
            return f"{state}\n◆ {entry.pending_suggestions}" if entry.pending_suggestions else state
        return None

    def _tooltip(self, entry: SentenceRow, column: int) -> str | None:
        if column == COL_SENTENCE:
            return entry.sentence.text
        if column in VERDICT_COLUMNS:
            field = VERDICT_COLUMNS[column]
            value = getattr(entry.review, field)
            return self.tr("{verdict}: {value} — click or press {key} to change").format(
                verdict=self._names[field], value=self._words[value], key=column - 1)
        if column == COL_NOTE and entry.has_note:
            return entry.review.note
        if column == COL_SUGGESTIONS:
            state = (self.tr("Attribution the analysis reads: {state}").format(state=word(entry.attribution))
                     if entry.attribution else self.tr("The analysis has not read this sentence yet"))
            if entry.pending_suggestions:
                return state + "; " + self.tr("%n pending suggestion(s): see the detail panel", "",
                                              entry.pending_suggestions)
            return state
        if column == COL_CREDIBILITY:
            if entry.review.credibility is None:
                return self.tr("Not graded: choose a credibility in the detail panel")
            return self.tr("Sources cited (reliability letter, credibility digit)")
        return None


assert tuple(VERDICT_COLUMNS.values()) == VERDICT_FIELDS
