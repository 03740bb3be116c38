"""The left-hand article list (sort, filter) and the article verdict bar above the sentence
table (overall rating, summary, sign-off). The article properties dialog is in
article_properties.py, imported when first opened."""

from __future__ import annotations

from typing import Any

from factcheck_review.ui.commands import EditArticle, SignOff
from factcheck_review.ui.models.article_list import (
    ARTICLE_ID_ROLE,
    SORT_KEYS,
    SUMMARY_ROLE,
    ArticleFilterModel,
    ArticleListModel,
    list_text,
    meta_text,
)
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.start_up import when_started
from factcheck_review.ui.vocabulary import rating_label
from factcheck_review.ui.widgets.elided_label import ElidedLabel
from factcheck_review.ui.widgets.muted import set_muted
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import Article, Rating
from factcheck.store import ArticleSummary

translate = QCoreApplication.translate


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then outlet · date · progress · flags, and a progress bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.lineSpacing() * 2 + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        summary: ArticleSummary = index.data(SUMMARY_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(8, 4, -8, -6)
        metrics = QFontMetrics(option.font)
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = QFontMetrics(title_font).elidedText(summary.title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), metrics.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        meta = metrics.elidedText(meta_text(summary), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + metrics.lineSpacing(), rect.width(), metrics.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), meta)
        # A thin progress bar: how much of the article is reviewed.
        bar = QRect(rect.left(), rect.bottom() - 1, rect.width(), 3)
        painter.setPen(Qt.PenStyle.NoPen)
        track = palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRect(bar)
        if summary.sentences:
            done = QRect(bar)
            done.setWidth(int(bar.width() * summary.reviewed / summary.sentences))
            painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText if selected
                                           else QPalette.ColorRole.Highlight))
            painter.drawRect(done)
        painter.restore()


class ArticlePanel(QWidget):
    """Article list with a filter box and a sort choice."""

    article_selected = Signal(object)  # article id or None
    properties_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ArticleFilterModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.apply_sort()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or outlet"))
        # Its clear button (an icon and an action, ~0.6 ms) comes once the window has painted: the
        # box is empty until then, so the button would not show anyway.
        when_started(self, lambda: self.filter_edit.setClearButtonEnabled(True))
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.sort_combo = QComboBox()
        self.sort_combo.setToolTip(self.tr("The order of the article list"))
        for key, label in SORT_KEYS.items():
            self.sort_combo.addItem(list_text(label), key)
        self.sort_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_sort_key(self.sort_combo.currentData()))
        self.unfinished = QCheckBox(self.tr("Unfinished only"))
        self.unfinished.toggled.connect(self.proxy.set_unfinished_only)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(ArticleDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles are elided
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.count_label = QLabel()
        set_muted(self.count_label)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        heading = QLabel(self.tr("Articles"))
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        sort_row = QHBoxLayout()
        sort_row.addWidget(QLabel(self.tr("Sort:")))
        sort_row.addWidget(self.sort_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout.addLayout(header)
        layout.addWidget(self.filter_edit)
        layout.addLayout(sort_row)
        layout.addWidget(self.unfinished)
        layout.addWidget(self.list, 1)
        self._update_count()

    def _update_count(self, *args: Any) -> None:
        # Page by page, the rows not read yet are shown too once scrolled to: all of them count.
        total = self.model.total
        shown = self.proxy.rowCount() if self.proxy.filtering() else total
        self.count_label.setText(f"{total}" if shown == total else self.tr("{shown} of {total}").format(
            shown=shown, total=total))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.article_selected.emit(current.data(ARTICLE_ID_ROLE) if current.isValid() else None)

    def current_article_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ARTICLE_ID_ROLE) if index.isValid() else None

    def select_article(self, article_id: str | None) -> bool:
        """Make an article current (clearing the filter if it hides it)."""
        if article_id is None:
            self.list.setCurrentIndex(QModelIndex())
            return False
        row = self.model.row_of(article_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filter_edit.clear()
            self.unfinished.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row))
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def keep_current(self, article_id: str) -> None:
        """After the list was read again: the open article is current in it again, when the
        filter shows it (the filter is left as the reviewer set it)."""
        row = self.model.row_of(article_id)
        index = self.proxy.mapFromSource(self.model.index(row)) if row is not None else QModelIndex()
        if index.isValid() and self.list.currentIndex() != index:
            self.list.setCurrentIndex(index)

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def save_state(self) -> dict[str, Any]:
        return {"sort": self.sort_combo.currentData()}

    def restore_state(self, state: dict[str, Any]) -> None:
        position = self.sort_combo.findData(state.get("sort"))
        if position >= 0:
            self.sort_combo.setCurrentIndex(position)


class ArticleVerdictBar(QWidget):
    """Above the table: the article's title and progress, overall rating, summary and sign-off."""

    acted = Signal()  # after the rating is chosen, Enter in the summary, or a sign-off

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: str | None = None
        self._article: Article | None = None
        self._loading = False
        self.title = ElidedLabel()  # a long title ends with "…"; the whole one is its tooltip
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_muted(self.meta)
        self.rating = QComboBox()
        self.rating.addItem(self.tr("Not rated"), None)
        for rating in Rating:
            self.rating.addItem(rating_label(rating), rating.value)
        self.rating.setToolTip(self.tr("The article's overall rating"))
        self.rating.currentIndexChanged.connect(self._rating_changed)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("Summary of the article's verdict (saved when you press Enter or leave)"))
        self.summary.editingFinished.connect(self._summary_changed)
        self.summary.returnPressed.connect(self.acted)  # Enter saves (editingFinished) and goes back
        self.summary.setMinimumWidth(80)
        self.sign_off = QPushButton(self.tr("Sign off"))
        self.sign_off.setToolTip(self.tr("Sign the article off as reviewed (once every sentence is reviewed)"))
        self.sign_off.clicked.connect(self._sign_off)
        self.signed = QLabel()
        self.signed.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Overall:")))
        row.addWidget(self.rating)
        row.addWidget(self.summary, 1)
        row.addWidget(self.signed)
        row.addWidget(self.sign_off)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addLayout(row)

    def set_article(self, article_id: str | None, summary: ArticleSummary | None = None) -> None:
        self.article_id = article_id
        self.refresh(summary)

    def refresh(self, summary: ArticleSummary | None = None, article_changed: bool = True) -> None:
        """Show the article; ``summary`` (from the article list) saves re-counting its sentences,
        and ``article_changed=False`` (after a review edit) skips re-reading the article."""
        self._loading = True
        try:
            store = self.session.store
            enabled = self.article_id is not None
            for widget in (self.rating, self.summary, self.sign_off):
                widget.setEnabled(enabled)
            if not enabled:
                self.title.set_full_text("")
                self.meta.setText("")
                self.signed.setText("")
                self._article = None
                return
            if article_changed or self._article is None or self._article.id != self.article_id:
                self._article = store.article(self.article_id or "")
            article = self._article
            if summary is not None and summary.id == article.id:
                total, reviewed, flagged = summary.sentences, summary.reviewed, summary.flagged
            else:
                total, reviewed = store.progress(article.id, store.reviewer)
                flagged = store.sentence_count(article.id, "flagged")
            self.title.set_full_text(article.title)
            date = article.published.isoformat() if article.published else translate("ArticleList", "no date")
            if article.published_assumed:
                date = self.tr("{date} (assumed — set it in Properties)").format(date=date)
            parts = [article.outlet or self.tr("Outlet unknown"), date,
                     translate("ArticleList", "{reviewed}/{sentences} reviewed").format(reviewed=reviewed, sentences=total)]
            if flagged:
                parts.append(translate("ArticleList", "⚑ {count} flagged").format(count=flagged))
            self.meta.setText(" · ".join(parts))
            self.rating.setCurrentIndex(max(0, self.rating.findData(article.rating.value if article.rating else None)))
            if not self.summary.hasFocus():
                self.summary.setText(article.summary)
            if article.signed_off_by:
                self.signed.setText(self.tr("Signed off by {name}, {date}").format(
                    name=article.signed_off_by, date=article.signed_off_at[:10]))
            else:
                self.signed.setText("")
            complete = total > 0 and reviewed >= total
            self.sign_off.setEnabled(complete)
            self.sign_off.setText(self.tr("Sign off again") if article.signed_off_by else self.tr("Sign off"))
            self.sign_off.setToolTip(self.tr("Sign the article off as reviewed") if complete else
                                     self.tr("%n sentence(s) still to review before signing off", "",
                                             total - reviewed))
        finally:
            self._loading = False

    def _rating_changed(self) -> None:
        if self._loading or self.article_id is None:
            return
        value = self.rating.currentData()
        rating = Rating(value) if value else None
        text = (self.tr("Rate article {rating}").format(rating=rating_label(rating).lower()) if rating
                else self.tr("Clear article rating"))
        self.session.push(EditArticle(self.article_id, {"rating": rating}, text))
        self.acted.emit()

    def _summary_changed(self) -> None:
        if self._loading or self.article_id is None:
            return
        text = self.summary.text().strip()
        if text != self.session.store.article(self.article_id).summary:
            self.session.push(EditArticle(self.article_id, {"summary": text}, self.tr("Edit article summary")))

    def _sign_off(self) -> None:
        if self.article_id is not None:
            self.session.push(SignOff(self.article_id))
        self.acted.emit()
