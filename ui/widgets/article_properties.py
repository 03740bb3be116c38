"""The article properties dialog: title, outlet, URL and publication date (imported when first
opened, so its Qt classes are not set up before the window's first paint)."""

from __future__ import annotations

from typing import Any

from factcheck_review.ui.widgets.dialog_buttons import ok_cancel_buttons
from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck.model import Article


class ArticlePropertiesDialog(QDialog):
    """Title, outlet, URL and publication date. A changed date re-runs the analysis."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(self.tr("Article properties"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(article.title)
        self.outlet = QLineEdit(article.outlet)
        self.url = QLineEdit(article.url)
        self.url.setPlaceholderText("https://…")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        if article.published:
            self.date.setDate(QDate(article.published.year, article.published.month, article.published.day))
        else:
            self.date.setDate(QDate.currentDate())
        note = QLabel(self.tr("This date is assumed (the import date). Set the real one: the analysis resolves "
                              "dates and checks office holders against it.") if article.published_assumed else
                      self.tr("Changing the date re-runs the analysis."))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("Publication &date:"), self.date)
        form.addRow("", note)
        form.addRow(self.tr("Id:"), QLabel(article.id))
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        """Only the fields the reviewer changed (confirming an assumed date counts as a change)."""
        article = self.article
        values: dict[str, Any] = {}
        for name, edit in (("title", self.title), ("outlet", self.outlet), ("url", self.url)):
            if edit.text().strip() != getattr(article, name):
                values[name] = edit.text().strip()
        published = self.date.date().toPython()
        if published != article.published or article.published_assumed:
            values["published"] = published
        return values
