"""A line above the sentence table when the article is not in English: the suggestion engine
then proposes only what reads the same in any language (figures, dates, quotes)."""

from __future__ import annotations

from factcheck_review.ui.i18n import current_language
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from factcheck.languages import ENGLISH, language_name
from factcheck.store import Store


def language_notice(language: str) -> str:
    """What the window says about an article's language ("" for English)."""
    if language in ENGLISH:
        return ""
    # The core names languages in English; another interface names them in their own words.
    name = language_name(language) if current_language() == "en" else QLocale(language).nativeLanguageName()
    return QCoreApplication.translate(
        "LanguageNotice", "This article is in {language}: suggestions are limited to figures, dates and "
        "quotes; attribution, hedges, names and anachronisms are read in English only.").format(
            language=name or language_name(language))


class LanguageNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(6, 2, 6, 2)
        self.setObjectName("language-notice")
        self.hide()

    def set_article(self, store: Store, article_id: str | None) -> None:
        text = language_notice(store.article(article_id).language) if article_id else ""
        self.setText(text)
        self.setVisible(bool(text))
