"""The window's one background facility (ui/background.py): work runs off the GUI thread, its
progress, partial results and result arrive on the GUI thread, cancelling stops it between
steps, and no worker thread outlives the window."""

from __future__ import annotations

import threading
from datetime import date

import shiboken6
from factcheck_review.ui.background import Lane, live_threads, run_job, shutdown
from factcheck_review.ui.commands import SetReview
from PySide6.QtCore import QObject


def test_results_and_progress_arrive_on_the_gui_thread(qtbot, seed_store):
    owner = QObject()
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def work(worker):
        assert threading.current_thread() is not gui
        for step in range(3):
            worker.progress(step, 3, f"step {step}")
            worker.partial(step * 10)
        return worker.store.progress(seed_store.list_articles()[0].id)

    lane = Lane("test", owner)
    job = lane.run(work, (seed_store.path, "tester"),
                   on_progress=lambda d, t, label: seen.append(("progress", label, threading.current_thread() is gui)),
                   on_partial=lambda value: seen.append(("partial", value, threading.current_thread() is gui)),
                   on_done=lambda value: seen.append(("done", value, threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] == "done", timeout=5000)
    assert [entry[:2] for entry in seen] == [("progress", "step 0"), ("partial", 0), ("progress", "step 1"),
                                             ("partial", 10), ("progress", "step 2"), ("partial", 20),
                                             ("done", seed_store.progress(seed_store.list_articles()[0].id))]
    assert all(on_gui for *_, on_gui in seen)
    assert job.isFinished()
    lane.close()
    assert live_threads(owner) == []


def test_a_cancelled_job_stops_at_its_next_step_and_a_failure_is_one_sentence(qtbot, seed_store):
    owner = QObject()
    started, steps, outcome = threading.Event(), [], []

    def work(store, report, cancelled):
        started.set()
        while not cancelled():
            steps.append(1)
            threading.Event().wait(0.01)
        return len(steps)

    job = run_job(owner, seed_store.path, "tester", work, on_done=outcome.append)
    assert started.wait(5)
    job.cancel()
    assert job.wait(5000)
    qtbot.waitUntil(lambda: outcome != [], timeout=5000)
    assert outcome == [len(steps)]

    errors: list[str] = []
    run_job(owner, seed_store.path, "tester", lambda *args: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    assert errors == ["The work stopped because of an unexpected error: division by zero."]
    shutdown(owner)
    assert live_threads(owner) == []


def test_a_job_whose_widget_is_gone_delivers_nothing(qtbot, seed_store):
    owner = QObject()
    release, delivered = threading.Event(), []
    job = run_job(owner, seed_store.path, "tester", lambda store, report, cancelled: release.wait(5),
                  on_done=delivered.append)
    threads = live_threads(owner)
    assert len(threads) == 1
    shiboken6.delete(owner)  # the dialog closed while its work runs
    release.set()
    qtbot.waitUntil(lambda: not threads[0].is_alive(), timeout=5000)
    qtbot.wait(50)
    assert delivered == []
    assert not shiboken6.isValid(job)


def test_no_background_thread_outlives_the_window(qtbot, seed_store, open_window, monkeypatch):
    import factcheck_review.ui.session
    from factcheck_review.ui.commands import EditArticle

    monkeypatch.setattr(factcheck_review.ui.session, "LONG_ARTICLE", 5)  # analysed off the GUI thread
    window = open_window(seed_store)
    search = window.open_search()
    search.query.setText("the")
    search.run()  # a search streaming its pages
    window.session.push(SetReview(window.current_sentence_id(), {"sourced": True}, "Mark sourced"))
    window.profile_bar._start()  # a whole-article read of the profile
    assert window.session.push(EditArticle(window.article_id, {"published": date(2026, 2, 1)}, "Change date"))
    names = {thread.name for thread in live_threads(window, window.session)}
    assert {"factcheck-search", "factcheck-sourcing-profile", "factcheck-analysis"} <= names
    window.close()
    assert live_threads(window, window.session) == []


def test_after_shutdown_a_lane_runs_nothing(qtbot, seed_store):
    owner = QObject()
    lane = Lane("test", owner)
    lane.close()
    ran: list[int] = []
    job = lane.run(lambda worker: ran.append(1), on_done=ran.append)
    qtbot.wait(50)
    assert ran == [] and job.isFinished() and job.is_cancelled()


def test_a_worker_connection_reads_without_the_integrity_check_and_checks_before_writing(qtbot, seed_store, monkeypatch):
    """The window's store checks the file once; a worker's own connection must not scan the
    whole file again for every job (seconds on a large archive), yet never writes unchecked."""
    from factcheck.store import base

    checks: list[str] = []
    real = base.quick_check
    monkeypatch.setattr(base, "quick_check", lambda conn: checks.append("check") or real(conn))
    owner = QObject()
    article_id = seed_store.list_articles()[0].id
    sentence_id = seed_store.sentences(article_id)[0].id
    results: list[object] = []
    lane = Lane("read", owner)
    lane.run(lambda worker: worker.store.progress(article_id), (seed_store.path, "tester"),
             on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    assert checks == []
    lane.run(lambda worker: worker.store.set_review(sentence_id, {"note": "from a worker"}) and None,
             (seed_store.path, "tester"), on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert checks == ["check"]
    assert seed_store.review(sentence_id, "tester").note == "from a worker"
    lane.close()
