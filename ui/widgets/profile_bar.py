"""The line above the sentence table: the article's sourcing profile (issue 6, item 5).

``factcheck.profile.sourcing_profile`` needs the whole ``article_review`` (every sentence,
review, citation and suggestion of the article): about half a second for a
100,000-sentence transcript. So it never runs on the GUI thread nor inside an edit: a
Change that can alter the counts starts a short single-shot timer (several edits in a row
give one computation), and the computation runs on one worker thread with its own store
connection. A result older than the latest request is dropped.
"""

from __future__ import annotations

import html
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from factcheck.profile import SourcingProfile, sourcing_profile
from factcheck.store import Change, Store
from ui.session import QtSession

# Review fields the profile counts; a note, rating or status edit leaves it as it is.
PROFILE_FIELDS = frozenset({"sourced", "anonymous", "contested", "inconsistent"})
DELAY_MS = 250

TOOLTIP = (
    "<b>Sourcing profile</b> of the article's sentences<br>"
    "<b>named</b>: cites at least one named source (a person, organisation or document)<br>"
    "<b>anonymous only</b>: every source it cites is unnamed<br>"
    "<b>unsourced</b>: cites no source and nobody judged it sourced<br>"
    "<b>sources</b>: distinct sources cited; <b>quotes</b>: accepted direct quotations<br>"
    "<b>inconsistent</b> / <b>contested</b>: sentences any reviewer judged so"
)


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else (many or one + 's')}"


def profile_text(profile: SourcingProfile) -> str:
    """ "Sourcing: 1 named · 4 anonymous only · 11 unsourced · 5 sources · 3 quotes in 2
    sentences · 1 inconsistent · 0 contested" """
    parts = [
        f"{profile.named} named",
        f"{profile.anonymous_only} anonymous only",
        f"{profile.unsourced} unsourced",
        _count(profile.distinct_sources, "source"),
        _count(profile.direct_quotations, "quote")
        + (f" in {_count(profile.sentences_with_quotations, 'sentence')}" if profile.direct_quotations else ""),
        f"{profile.inconsistencies} inconsistent",
        f"{profile.contested} contested",
    ]
    return "Sourcing: " + " · ".join(parts)


def touches_profile(change: Change, article_id: str | None) -> bool:
    """Whether a Change can alter the profile of ``article_id``."""
    if article_id is None:
        return False
    if change.article_ids and article_id not in change.article_ids:
        return False
    if change.structure or change.suggestions or change.links or change.sources:
        return True
    if change.sentence_ids:
        return not change.fields or bool(PROFILE_FIELDS.intersection(change.fields))
    return False


class _Relay(QObject):
    # Emitted on the worker thread; Qt delivers it on the GUI thread (queued).
    computed = Signal(int, str, object)  # request number, article id, SourcingProfile or error text


class SourcingProfileBar(QLabel):
    """The article's sourcing profile in one line, kept current off the GUI thread."""

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: str | None = None
        self.profile: SourcingProfile | None = None
        self.computations = 0  # finished computations (tests check an unrelated edit starts none)
        self._request = 0
        self._executor: ThreadPoolExecutor | None = None
        self._worker_store: Store | None = None  # used on the worker thread only
        self._shown = -1  # the request whose result is shown
        self._full_text = ""  # shown elided when the table is narrow; whole in the tooltip
        self._relay = _Relay(self)
        self._relay.computed.connect(self._computed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName("Sourcing profile")
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(6, 0, 6, 0)
        self.hide()

    # -- what is shown -----------------------------------------------------------

    def set_article(self, article_id: str | None) -> None:
        """Show another article's profile (None hides the bar); computed at once, off the GUI thread."""
        self.article_id = article_id
        self.profile = None
        self._request += 1  # anything still being computed is for the previous article
        self.setVisible(article_id is not None)
        self._show("Sourcing: …" if article_id else "")
        if article_id is not None:
            self._timer.start(0)
        else:
            self._timer.stop()

    def set_session(self, session: QtSession) -> None:
        """Another database was opened."""
        self.session = session
        self.set_article(None)
        if self._executor is not None:
            self._executor.submit(self._close_worker_store)  # the previous file's connection

    def apply_change(self, change: Change) -> None:
        """Recompute after a Change that can alter the counts (a short pause first: edits in a
        row give one computation)."""
        if touches_profile(change, self.article_id):
            self._request += 1
            self._timer.start(DELAY_MS)

    def is_current(self) -> bool:
        """True when the shown profile reflects the last change (nothing waiting or computing)."""
        if self.article_id is None:
            return True
        return not self._timer.isActive() and self._shown == self._request

    # -- computing ---------------------------------------------------------------------

    def _start(self) -> None:
        if self.article_id is None:
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sourcing-profile")
        request = self._request
        path, reviewer, article_id = Path(self.session.store.path), self.session.store.reviewer, self.article_id
        self._executor.submit(self._compute, request, path, reviewer, article_id)

    def _compute(self, request: int, path: Path, reviewer: str, article_id: str) -> None:
        """On the worker thread."""
        if request != self._request:
            return  # a newer request is queued behind this one
        try:
            store = self._store_for(path, reviewer)
            result: SourcingProfile | str = sourcing_profile(store.article_review(article_id))
        except Exception as error:  # noqa: BLE001 - shown as the bar's text, never a traceback
            result = f"Sourcing profile not available: {error}"
        try:
            self._relay.computed.emit(request, article_id, result)
        except RuntimeError:
            pass  # the window is gone

    def _store_for(self, path: Path, reviewer: str) -> Store:
        if self._worker_store is not None and Path(self._worker_store.path) != path:
            self._worker_store.close()
            self._worker_store = None
        if self._worker_store is None:
            self._worker_store = Store(path, reviewer)
        return self._worker_store

    def _computed(self, request: int, article_id: str, result: object) -> None:
        self.computations += 1
        if request != self._request or article_id != self.article_id:
            return
        self._shown = request
        if isinstance(result, SourcingProfile):
            self.profile = result
            self._show(profile_text(result))
        else:
            self._show(str(result))

    def full_text(self) -> str:
        """The whole line, as it reads when the bar is wide enough."""
        return self._full_text

    def _show(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(f"{html.escape(text)}<br><br>{TOOLTIP}" if text else TOOLTIP)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight, width)
                     if width > 0 else self._full_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def shutdown(self) -> None:
        """Stop computing and close the worker's connection (the window is closing)."""
        self._timer.stop()
        self._request += 1
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.submit(self._close_worker_store)
            executor.shutdown(wait=True)

    def _close_worker_store(self) -> None:
        """On the worker thread."""
        if self._worker_store is not None:
            self._worker_store.close()
            self._worker_store = None
