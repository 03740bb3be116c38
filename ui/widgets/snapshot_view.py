"""Article > View snapshot: the page as it was fetched, shown as text.

The HTML is shown as its characters in a plain-text view: nothing in it is rendered, loaded
or run (no scripts, no images, no requests), whatever the page contains.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck.errors import FactcheckError
from factcheck.store import Snapshot, Store

translate = QCoreApplication.translate


def snapshot_text(html: bytes, charset: str = "") -> str:
    """The snapshot's bytes as text for reading (undecodable bytes shown as replacement marks)."""
    from factcheck.importers.webpage import decode_page

    try:
        return decode_page(html, "The snapshot", charset)
    except FactcheckError:
        return html.decode("utf-8", "replace")


def snapshot_summary(snapshot: Snapshot) -> str:
    lines = [translate("SnapshotDialog", "Fetched {date} from {url}").format(
        date=snapshot.fetched_at, url=snapshot.final_url)]
    if snapshot.redirects:
        lines.append(translate("SnapshotDialog", "Redirected from {urls}").format(urls=" → ".join(snapshot.redirects)))
    lines.append(translate("SnapshotDialog", "{size} bytes of {type}, sha256 {hash}").format(
        size=QLocale().toString(snapshot.size), type=snapshot.content_type, hash=snapshot.sha256))
    return "\n".join(lines)


class SnapshotDialog(QDialog):
    """The article's snapshots (newest first), each shown as the raw HTML text."""

    def __init__(self, store: Store, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.snapshots = store.snapshots(article_id)
        self.setWindowTitle(self.tr("Snapshot of the page"))
        self.resize(900, 640)
        self.choice = QComboBox()
        for snapshot in self.snapshots:
            self.choice.addItem(snapshot.fetched_at)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # a URL is never markup
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.html = QPlainTextEdit()
        self.html.setReadOnly(True)
        self.html.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.html.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.html, 1)
        layout.addWidget(buttons)
        self.choice.setVisible(len(self.snapshots) > 1)
        self.choice.currentIndexChanged.connect(self.show_snapshot)
        if self.snapshots:
            self.show_snapshot(0)
        else:
            self.summary.setText(self.tr("This article was not fetched from the web, so there is no snapshot."))

    def show_snapshot(self, index: int) -> None:
        if not 0 <= index < len(self.snapshots):
            return
        snapshot = self.snapshots[index]
        self.summary.setText(snapshot_summary(snapshot))
        self.html.setPlainText(snapshot_text(self.store.snapshot_html(snapshot.id)))
