"""The line above the sentence table: the article's sourcing profile (issue 6, item 5).

``factcheck.profile.sourcing_profile`` needs the whole ``article_review`` (every sentence,
review, citation and suggestion of the article): about half a second for a
100,000-sentence transcript. So it never runs on the GUI thread nor inside an edit: a
Change that can alter the counts starts a short single-shot timer (several edits in a row
give one computation), and the computation is a StoreJob (ui/workers.py, the window's one way
of working off the GUI thread) with its own store connection. A result older than the latest
request is dropped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from factcheck.profile import SourcingProfile, sourcing_profile
from factcheck.store import Change, Store
from factcheck.verdict_rules import touches_profile
from ui.session import QtSession
from ui.workers import StoreJob, run_job

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


class SourcingProfileBar(QLabel):
    """The article's sourcing profile in one line, kept current off the GUI thread."""

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: str | None = None
        self.profile: SourcingProfile | None = None
        self.computations = 0  # finished computations (tests check an unrelated edit starts none)
        self._request = 0
        self._jobs: list[StoreJob] = []  # computations still running (the window's one way of working off the GUI thread)
        self._shown = -1  # the request whose result is shown
        self._full_text = ""  # shown elided when the table is narrow; whole in the tooltip
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
        request, article_id = self._request, self.article_id

        def work(store: Store, report: object, cancelled: object) -> SourcingProfile:  # on the worker thread
            return sourcing_profile(store.article_review(article_id))

        job = run_job(self, self.session.store.path, self.session.store.reviewer, work,
                      on_done=lambda result: self._computed(request, article_id, result),
                      on_error=lambda text: self._computed(request, article_id,
                                                           f"Sourcing profile not available: {text}"))
        self._jobs.append(job)
        job.finished.connect(lambda: self._release(job))

    def _release(self, job: StoreJob) -> None:
        # A day of edits starts thousands of computations: each finished job is freed, after
        # its thread has fully ended (a QThread destroyed while running takes the program down).
        if job in self._jobs:
            self._jobs.remove(job)
            job.wait()
            job.setParent(None)

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
        """Stop computing (the window is closing): running computations end first."""
        self._timer.stop()
        self._request += 1
        for job in list(self._jobs):
            job.cancel()
            job.wait(60_000)
        self._jobs.clear()

    def busy(self) -> bool:
        """Whether a computation is still running."""
        return any(job.isRunning() for job in self._jobs)
