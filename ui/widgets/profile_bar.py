"""The line above the sentence table: the article's sourcing profile (issue 6, item 5).

The profile is a ``factcheck.profile_tally.ProfileTally``: what each sentence adds, with
running totals. Opening an article reads every sentence's facts once, on the bar's lane of the
background facility (ui/background.py: one worker thread keeping its own store connection). After that, an edit that names its sentences rereads the facts
of those sentences only (a few indexed reads, on the GUI thread) once a short single-shot
timer runs out (several edits in a row give one update), never inside the edit itself. A
change that can touch any sentence (a re-analysis, split or merge) reads the whole article
again on the worker. A result older than the latest request is dropped.
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from factcheck_review.ui.background import Job, Lane, Worker
from factcheck_review.ui.session import QtSession
from factcheck_review.ui.start_up import when_started
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from factcheck.store import Change, Store
from factcheck.verdict_rules import touches_profile

if TYPE_CHECKING:  # the profile's modules load with the first read, after the first paint
    from factcheck.profile import SourcingProfile
    from factcheck.profile_tally import ProfileTally

DELAY_MS = 250
MANY_SENTENCES = 500  # a change naming more sentences (a source cited everywhere) rereads all

translate = QCoreApplication.translate


def tooltip() -> str:
    return translate(
        "SourcingProfileBar",
        "<b>Sourcing profile</b> of the article's sentences<br>"
        "<b>named</b>: cites at least one named source (a person, organisation or document)<br>"
        "<b>anonymous only</b>: every source it cites is unnamed<br>"
        "<b>unsourced</b>: cites no source and nobody judged it sourced<br>"
        "<b>sources</b>: distinct sources cited; <b>quotes</b>: accepted direct quotations<br>"
        "<b>inconsistent</b> / <b>contested</b>: sentences any reviewer judged so")


def profile_text(profile: SourcingProfile) -> str:
    """ "Sourcing: 1 named · 4 anonymous only · 11 unsourced · 5 sources · 3 quotes in 2
    sentences · 1 inconsistent · 0 contested" """
    quotes = SourcingProfileBar.tr("%n quote(s)", "", profile.direct_quotations)
    if profile.direct_quotations:
        quotes = SourcingProfileBar.tr("{quotes} in %n sentence(s)", "",
                           profile.sentences_with_quotations).format(quotes=quotes)
    parts = [
        SourcingProfileBar.tr("%n named", "", profile.named),
        SourcingProfileBar.tr("%n anonymous only", "", profile.anonymous_only),
        SourcingProfileBar.tr("%n unsourced", "", profile.unsourced),
        SourcingProfileBar.tr("%n source(s)", "", profile.distinct_sources),
        quotes,
        SourcingProfileBar.tr("%n inconsistent", "", profile.inconsistencies),
        SourcingProfileBar.tr("%n contested", "", profile.contested),
    ]
    return SourcingProfileBar.tr("Sourcing: {parts}").format(parts=" · ".join(parts))



def _read_profile(article_id: str, worker: Worker) -> ProfileTally | str | None:
    """On the worker thread: every sentence's facts (None: overtaken before it started)."""
    if worker.cancelled():
        return None
    from factcheck.profile_tally import ProfileTally

    try:
        assert worker.store is not None
        return ProfileTally(worker.store.profile_facts(article_id))
    except Exception as error:  # noqa: BLE001 - shown as the bar's text, never a traceback
        return translate("SourcingProfileBar", "Sourcing profile not available: {error}").format(error=error)


class SourcingProfileBar(QLabel):
    """The article's sourcing profile in one line, kept current off the GUI thread."""

    def __init__(self, session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: str | None = None
        self.profile: SourcingProfile | None = None
        self.computations = 0  # finished computations (tests check an unrelated edit starts none)
        self.full_reads = 0  # whole-article reads started (an edit rereads its sentences only)
        self._request = 0
        self._tally: ProfileTally | None = None
        self._dirty: set[int] = set()  # sentences changed since the tally was read
        self._full = True  # the next computation reads the whole article
        self._closed = False
        self._lane = Lane("sourcing-profile", self)
        self._job: Job | None = None  # the whole-article read on its way
        self._shown = -1  # the request whose result is shown
        self._full_text = ""  # shown elided when the table is narrow; whole in the tooltip
        session.subscribe(self.apply_change, self._store_replaced)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Sourcing profile"))
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(6, 0, 6, 0)
        self.hide()

    # -- what is shown -----------------------------------------------------------

    def set_article(self, article_id: str | None) -> None:
        """Show another article's profile (None hides the bar); computed at once (at start-up, once
        the window has painted), off the GUI thread."""
        self.article_id = article_id
        self.profile = None
        self._tally = None
        self._dirty.clear()
        self._full = True
        self._request += 1  # anything still being computed is for the previous article
        self.setVisible(article_id is not None)
        self._show(self.tr("Sourcing: {parts}").format(parts="…") if article_id else "")
        if article_id is not None:
            # At start-up the read waits for the window's first paint: on a long article it
            # would hold the GIL on its worker while the window is built (ui/start_up.py).
            when_started(self, lambda: self._timer.start(0))
        else:
            self._timer.stop()

    def _store_replaced(self, store: Store) -> None:
        """Another database is open: nothing of the previous file is shown (the lane's next read
        closes its connection to the previous file)."""
        self.set_article(None)

    def apply_change(self, change: Change) -> None:
        """Recompute after a Change that can alter the counts (a short pause first: edits in a
        row give one computation)."""
        if touches_profile(change, self.article_id):
            self._request += 1
            self._dirty.update(change.sentence_ids)
            if change.structure or not change.sentence_ids or len(change.sentence_ids) > MANY_SENTENCES:
                self._full = True
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
        request = self._request
        if not self._full and self._tally is not None:
            self._update(request)
            return
        self._full = False
        self.full_reads += 1
        self._dirty.clear()  # the whole article is read; edits from now on are reread after it
        if self._job is not None:
            self._job.cancel()  # a read still queued for an older request is skipped
        store, article_id = self.session.store, self.article_id
        self._job = self._lane.run(partial(_read_profile, article_id), (store.path, store.reviewer),
                                   on_done=lambda result: self._computed(request, article_id, result))

    def busy(self) -> bool:
        """Whether a whole-article computation is still running on the worker."""
        return self._job is not None and self._job.isRunning()

    def _update(self, request: int) -> None:
        """On the GUI thread: reread the facts of the changed sentences only."""
        assert self._tally is not None and self.article_id is not None
        changed, self._dirty = sorted(self._dirty), set()
        try:
            self._tally.update(self.session.store.profile_facts(self.article_id, changed))
            result: ProfileTally | str = self._tally
        except Exception as error:  # noqa: BLE001 - shown as the bar's text, never a traceback
            result = self.tr("Sourcing profile not available: {error}").format(error=error)
        self._computed(request, self.article_id, result)

    def _computed(self, request: int, article_id: str, result: object) -> None:
        if result is None:
            return  # skipped: a newer read was asked for before it started
        self.computations += 1
        if article_id != self.article_id or self._closed:
            return
        from factcheck.profile_tally import ProfileTally

        if isinstance(result, ProfileTally):
            if result is not self._tally:  # a whole-article read: bring in edits made meanwhile
                self._tally = result
                if self._dirty and not self._full:
                    self._update(request)
                    return
            if request != self._request:
                return
            self.profile = self._tally.profile()
            self._show(profile_text(self.profile))
        elif request == self._request:
            self._show(str(result))
        else:
            return
        self._shown = request

    def full_text(self) -> str:
        """The whole line, as it reads when the bar is wide enough."""
        return self._full_text

    def _show(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(f"{html.escape(text)}<br><br>{tooltip()}" if text else tooltip())
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight, width)
                     if width > 0 else self._full_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def shutdown(self) -> None:
        """Stop computing, close the worker's connection and end its thread (the window is closing)."""
        self._timer.stop()
        self._request += 1
        self._closed = True
        self._lane.close()
