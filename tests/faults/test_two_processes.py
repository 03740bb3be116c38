"""Two processes editing one file: no acknowledged edit lost, history's old values right."""

from __future__ import annotations

import json

from factcheck.store import Store
from tests.db_helpers import raw
from tests.faults.conftest import HANG_TIMEOUT, start_python

SECONDS = "3"


def _run_editors(path, jobs):
    procs = [start_python("-m", "tests.faults.editor", str(path), str(sid), field, label, SECONDS,
                          reviewer) for sid, field, label, reviewer in jobs]
    acknowledged = []
    for proc in procs:
        out, err = proc.communicate(timeout=HANG_TIMEOUT)
        assert proc.returncode == 0, err
        acknowledged.append(out.split())
    return acknowledged


def _chain(path, sentence_id, reviewer, field):
    """(old, new) pairs of the field's history, oldest first."""
    rows = raw(path, "SELECT old, new FROM history WHERE entity = 'review' AND entity_id = ?"
                     " AND field = ? ORDER BY id", (f"{sentence_id}:{reviewer}", field))
    return [(None if o is None else json.loads(o), None if n is None else json.loads(n)) for o, n in rows]


def _assert_history_chains(chain):
    # Each recorded old value is what the previous edit wrote: nothing changed unrecorded.
    for (_, previous_new), (old, _) in zip(chain, chain[1:], strict=False):
        assert old == previous_new


def test_same_sentence_different_fields_keeps_both_processes_edits(seeded_db):
    path, _, ids = seeded_db
    notes, grades = _run_editors(path, [(ids[0], "note", "A", "tester"),
                                        (ids[0], "credibility", "B", "tester")])
    assert notes and grades
    with Store(path, "tester") as store:
        review = store.review(ids[0])
    # The last acknowledged edit of each process is in the file: neither overwrote the other.
    assert review.note == notes[-1]
    assert review.credibility == int(grades[-1])
    note_chain = _chain(path, ids[0], "tester", "note")
    assert [new for _, new in note_chain] == notes
    _assert_history_chains(note_chain)
    grade_chain = _chain(path, ids[0], "tester", "credibility")
    _assert_history_chains(grade_chain)
    assert grade_chain[-1][1] == int(grades[-1])


def test_same_field_from_two_processes_records_every_overwrite(seeded_db):
    path, _, ids = seeded_db
    first, second = _run_editors(path, [(ids[1], "note", "A", "tester"),
                                        (ids[1], "note", "B", "tester")])
    chain = _chain(path, ids[1], "tester", "note")
    # Every acknowledged edit is in the history, and each one's old value is the value it replaced.
    assert sorted(new for _, new in chain) == sorted(first + second)
    _assert_history_chains(chain)
    with Store(path, "tester") as store:
        assert store.review(ids[1]).note == chain[-1][1]


def test_different_sentences_lose_nothing(seeded_db):
    path, _, ids = seeded_db
    first, second = _run_editors(path, [(ids[2], "note", "A", "tester"),
                                        (ids[3], "note", "B", "other")])
    with Store(path, "tester") as store:
        assert store.review(ids[2]).note == first[-1]
        assert store.review(ids[3], "other").note == second[-1]
    assert [new for _, new in _chain(path, ids[2], "tester", "note")] == first
    assert [new for _, new in _chain(path, ids[3], "other", "note")] == second
