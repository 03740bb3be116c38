"""Each undoable store operation: op, its inverse, the inverse of the inverse (the redo), and
that inverse again; the file's tables match before and after at every step.

The history table only grows (an undo is recorded too), so it is left out of the comparison;
the clock is held still, so a row put back is compared with its timestamps too. An undone first
judgment leaves the sentence's review row with nothing judged (as the window always did), so the
sentences edited here have a review row already.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import EvidenceItem, Status
from factcheck.store import Change, Store

STORE_MODULES = ("articles", "base", "bundle", "evidence", "layers", "recovery", "reviews", "rows",
                 "sources", "versions")


@pytest.fixture
def store(tmp_path, monkeypatch):
    for name in STORE_MODULES:
        module = importlib.import_module(f"factcheck.store.{name}")
        if hasattr(module, "now_iso"):
            monkeypatch.setattr(module, "now_iso", lambda: "2026-01-02T03:04:05Z")
    with Store(tmp_path / "u.sqlite3", reviewer="ana") as opened:
        yield opened


def contents(store: Store) -> dict[str, list[tuple]]:
    return {name: rows for name, rows in store.table_contents().items() if name != "history"}


def round_trip(store: Store, operation: Callable[[Store], Change]) -> Change:
    """Run ``operation`` and walk undo, redo, undo; returns the operation's Change."""
    before = contents(store)
    change = operation(store)
    after = contents(store)
    assert after != before, f"{change.action} changed nothing"
    assert change.inverse is not None, f"{change.action} has no inverse"
    undo = change.inverse(store)
    assert contents(store) == before, f"undo of {change.action}"
    assert undo.inverse is not None
    redo = undo.inverse(store)
    assert contents(store) == after, f"redo of {change.action}"
    assert redo.inverse is not None
    redo.inverse(store)
    assert contents(store) == before, f"second undo of {change.action}"
    return change


def sentence(store: Store, article_id: str, number: int) -> int:
    return store.sentence_by_number(article_id, number).id or 0


@pytest.fixture
def seeded(store):
    return store, store.import_seed().article_id


def test_review_edits_and_notes(seeded):
    store, article_id = seeded
    sid = sentence(store, article_id, 4)
    store.set_review(sid, {"rating": "mixed"})
    change = round_trip(store, lambda s: s.set_review(sid, {"sourced": True, "note": "Checked <b>it</b>"},
                                                       action="Mark sourced"))
    assert change.action == "Mark sourced" and "note" in change.fields


def test_article_edits_sign_off_and_delete(seeded):
    store, article_id = seeded
    assumed = store.article(article_id).published_assumed
    change = round_trip(store, lambda s: s.update_article(article_id, {"title": "Another", "published": "2001-02-03"}))
    assert set(change.fields) == {"title", "published"}
    assert store.article(article_id).published_assumed == assumed
    round_trip(store, lambda s: s.set_sign_off(article_id, "ana", "2026-01-01T00:00:00Z"))
    round_trip(store, lambda s: s.remove_article(article_id))


def test_sign_off_of_a_reviewed_article(store):
    article_id = store.import_text("The mayor said the bridge is safe. Engineers disagree.", title="Bridge").article_id
    for number in (1, 2):
        store.set_review(sentence(store, article_id, number), {"status": Status.DONE})
    round_trip(store, lambda s: s.sign_off(article_id))


def test_merging_and_splitting_sentences(seeded):
    store, article_id = seeded
    first, second = sentence(store, article_id, 2), sentence(store, article_id, 3)
    store.set_review(second, {"note": "second"})
    round_trip(store, lambda s: s.merge_with_next(first))
    text = store.sentence(first).text
    at = store.sentence(first).start + text.index(" ", len(text) // 2) + 1
    round_trip(store, lambda s: s.split_sentence(first, at))


def test_accepting_and_dismissing_suggestions(seeded):
    store, article_id = seeded
    pending = store.suggestions(article_id)
    with_sources = [g for g in pending if (g.proposed or {}).get("sources")]
    assert with_sources and len(pending) > 1
    accepted = with_sources[0]
    store.set_review(sentence(store, article_id, accepted.sentence + 1), {"note": "seen"})
    change = round_trip(store, lambda s: s.accept_suggestion(accepted.id or 0, overwrite=True).change)
    assert change.sources and change.suggestions
    other = next(g for g in pending if g.id != accepted.id)
    round_trip(store, lambda s: s.dismiss_suggestion(other.id or 0))


def test_sources_and_citations(seeded):
    store, article_id = seeded
    sid, other = sentence(store, article_id, 14), sentence(store, article_id, 15)
    change = round_trip(store, lambda s: s.add_source("Frank Mora", "person", cite_from=sid))
    assert change.source_id is not None and change.article_ids == (article_id,)
    mora = store.create_source("Frank Mora", notes="historian")
    dup = store.create_source("F. Mora", notes="same man")
    store.cite(sid, dup.id)
    store.cite(other, mora.id)
    round_trip(store, lambda s: s.update_source(mora.id, {"description": "historian", "reliability": "B"}))
    round_trip(store, lambda s: s.cite(sid, mora.id))
    round_trip(store, lambda s: s.uncite(other, mora.id))
    round_trip(store, lambda s: s.remove_source(dup.id))
    merged = round_trip(store, lambda s: s.merge_sources(mora.id, dup.id))
    assert merged.merged_source == (mora.id, dup.id)


def test_links(seeded):
    store, article_id = seeded
    a, b = sentence(store, article_id, 5), sentence(store, article_id, 9)
    round_trip(store, lambda s: s.link_sentences(a, b, "contradicts", "dates differ"))
    link = store.add_link(a, b, "corroborates", "same figure")
    round_trip(store, lambda s: s.unlink(link.id))
    again = store.link_sentences(a, b, "corroborates")  # already there: nothing to undo
    before = contents(store)
    assert again.inverse is not None and again.inverse(store).inverse is not None
    assert contents(store) == before


def test_evidence_and_claims(seeded):
    store, article_id = seeded
    sid = sentence(store, article_id, 6)
    store.add_evidence(sid, EvidenceItem(url="https://example.org/a", title="A"))
    change = round_trip(store, lambda s: s.add_evidence(sid, EvidenceItem(url="https://example.org/b", title="B")))
    assert change.evidence_id is not None
    first = store.evidence_items(sid)[0].id or 0
    round_trip(store, lambda s: s.update_evidence(first, EvidenceItem(url="https://example.org/c", title="C")))
    round_trip(store, lambda s: s.remove_evidence(first))
    change = round_trip(store, lambda s: s.set_claim_text(sid, "Cuban advisers are leaving"))
    assert change.fields == ("claim",) and change.old_values == {"claim": None}


def test_adjudication(tmp_path, store):
    article_id = store.import_seed().article_id
    sid = sentence(store, article_id, 4)
    store.set_review(sid, {"sourced": True, "status": Status.DONE})
    other = Store(store.path, reviewer="ben")
    try:
        other.set_review(sid, {"sourced": False, "status": Status.DONE})
    finally:
        other.close()
    round_trip(store, lambda s: s.decide(sid, "sourced", True, note="The minister is named."))


def test_merging_a_file_and_a_new_version(tmp_path, store):
    article_id = store.import_seed().article_id
    with Store(tmp_path / "other.sqlite3", reviewer="ben") as other:
        theirs = other.import_seed().article_id
        other.set_review(sentence(other, theirs, 3), {"rating": "false", "note": "From ben"})
    summary: Any = None

    def merge(s: Store) -> Change:
        nonlocal summary
        summary = s.merge_file(tmp_path / "other.sqlite3")
        return summary.change

    assert round_trip(store, merge).restored
    text = store.article(article_id).text.replace("Cuban", "Cuban and Nicaraguan", 1)
    round_trip(store, lambda s: s.import_new_version(text, article_id).change)
