"""Article versions in the window: asking whether an import is a new version, the sentence diff
between versions, and the orphans (judgments that found no sentence) with re-attach by hand."""

from __future__ import annotations

from functools import partial
from typing import Any

from factcheck_review.ui.widgets.core_command import CoreOperation
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck.store import Change

translate = QCoreApplication.translate

DIFF_MARKS = {"same": "  ", "changed": "~ ", "added": "+ ", "removed": "− "}
DIFF_COLOURS = {"changed": "#fff3cd", "added": "#d1e7dd", "removed": "#f8d7da"}


def ReattachOrphan(orphan_id: int, sentence_id: int) -> CoreOperation:  # noqa: N802 - a command
    return CoreOperation(translate("VersionsDialog", "Re-attach orphan"), lambda store: store.reattach_orphan(orphan_id, sentence_id))


def _make_new_version(store: Any, new_id: str, old_id: str, made: list[Any]) -> Change:
    made.append(store.make_new_version(new_id, old_id))
    return made[-1].change  # type: ignore[no-any-return]


def offer_new_versions(window: Any, outcome: Any) -> list[Any]:
    """After an import: a new article with the URL or title of one already here is probably a
    corrected version; the window asks, and if so moves the judgments across."""
    store = window.session.store
    results = []
    for imported in getattr(outcome, "created", []):
        article = store.article(imported.article_id)
        previous = store.probable_previous_version(article.text, article.url, article.title, article.outlet)
        if previous is None or store.previous_version(article.id) is not None:
            continue
        old = store.article(previous)
        same_url = bool(article.url) and article.url == old.url
        question = (translate("VersionsDialog", "“{title}” looks like a new version of the article imported on "
                              "{date} (same URL). Move its reviews, sources and links to the matching sentences "
                              "of the new text?") if same_url else
                    translate("VersionsDialog", "“{title}” looks like a new version of the article imported on "
                              "{date} (same title). Move its reviews, sources and links to the matching sentences "
                              "of the new text?"))
        if not window.dialogs.confirm(translate("VersionsDialog", "New version?"),
                                      question.format(title=article.title, date=old.imported_at[:10])):
            continue
        made: list[Any] = []
        operation = partial(_make_new_version, new_id=article.id, old_id=previous, made=made)
        if window.session.push(CoreOperation(translate("VersionsDialog", "New version"), operation)) and made:
            results.append(made[-1])
            window.dialogs.info(translate("VersionsDialog", "New version"), made[-1].text())
    return results


class VersionsDialog(QDialog):
    """What changed since the previous version, and the orphans to re-attach."""

    jump_requested = Signal(str, int)

    def __init__(self, window: Any, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.session = window.session
        self.article_id = article_id
        self.setWindowTitle(self.tr("Versions and orphans"))
        self.resize(900, 600)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        self.diff = QListWidget(self)
        self.diff.setWordWrap(True)
        self.orphans = QListWidget(self)
        self.orphans.setWordWrap(True)
        reattach = QPushButton(self.tr("&Re-attach to the current sentence"), self)
        reattach.clicked.connect(self.reattach_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.diff, 3)
        self.orphans_label = QLabel(self)
        self.orphans_label.setTextFormat(Qt.TextFormat.PlainText)  # article and reviewer text is never markup
        layout.addWidget(self.orphans_label)
        layout.addWidget(self.orphans, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reattach)
        layout.addLayout(row)
        self.session.changed.connect(self._changed)  # a bound slot: dropped when the dialog goes
        self.reload()

    def _changed(self, change: object) -> None:
        self.reload()

    def reload(self) -> None:
        store = self.session.store
        previous = store.previous_version(self.article_id)
        self.diff.clear()
        if previous is None:
            self.title.setText(self.tr("This article has no earlier version in this file."))
        else:
            entries = store.version_diff(previous, self.article_id)
            changed = sum(1 for e in entries if e.kind != "same")
            self.title.setText(self.tr("Changes since the version imported on {date}: {changed} of {total} lines "
                                       "differ.").format(date=store.article(previous).imported_at[:10],
                                                         changed=changed, total=len(entries)))
            for e in entries:
                if e.kind == "removed":
                    text = DIFF_MARKS[e.kind] + self.tr("(was {number}) {text}").format(
                        number=e.old_number, text=e.old_text)
                elif e.kind == "changed":
                    text = f"{DIFF_MARKS[e.kind]}{e.new_number}. {e.new_text}\n     " + self.tr(
                        "was: {text}").format(text=e.old_text)
                else:
                    text = f"{DIFF_MARKS[e.kind]}{e.new_number}. {e.new_text}"
                item = QListWidgetItem(text)
                if e.kind in DIFF_COLOURS:
                    item.setBackground(QBrush(QColor(DIFF_COLOURS[e.kind])))
                self.diff.addItem(item)
        orphans = store.orphans(self.article_id)
        self.orphans.clear()
        for o in orphans:
            who = ", ".join(o.reviews) or self.tr("sources only")
            item = QListWidgetItem(self.tr("Old sentence {number} ({who}): {text}").format(
                number=o.old_number, who=who, text=o.old_text))
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            self.orphans.addItem(item)
        self.orphans_label.setText(self.tr("%n orphan(s): judgments that found no sentence in this version. "
                                           "Select one and a sentence in the table, then re-attach.", "",
                                           len(orphans)))

    def reattach_selected(self) -> bool:
        item = self.orphans.currentItem()
        sentence_id = self.window_.current_sentence_id()
        if item is None or sentence_id is None:
            return False
        return bool(self.session.push(ReattachOrphan(int(item.data(Qt.ItemDataRole.UserRole)), sentence_id)))


def open_versions(window: Any) -> VersionsDialog | None:
    if window.article_id is None:
        return None
    dialog = VersionsDialog(window, window.article_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.versions_dialog = dialog
    return dialog
