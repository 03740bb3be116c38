"""The counts the article list shows are kept by triggers; they must always equal a recount."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from factcheck.model import SuggestionState
from factcheck.store import Store
from tests.db_helpers import raw

FLAGGED = "(r.anonymous = 1 OR r.contested = 1 OR r.inconsistent = 1 OR r.rating IN ('misleading', 'false'))"


def recount(store: Store, article_id: str, reviewer: str) -> dict[str, int]:
    """The same numbers counted from the rows themselves, with another connection."""
    def one(sql: str) -> int:
        return int(raw(store, sql, (article_id, reviewer) if sql.count("?") == 2 else (article_id,))[0][0])

    return {
        "sentences": one("SELECT COUNT(*) FROM sentences WHERE article_id = ?"),
        "reviewed": one("SELECT COUNT(*) FROM reviews r JOIN sentences s ON s.id = r.sentence_id"
                        " WHERE s.article_id = ? AND r.reviewer = ? AND r.status = 'done'"),
        "flagged": one("SELECT COUNT(*) FROM reviews r JOIN sentences s ON s.id = r.sentence_id"
                       f" WHERE s.article_id = ? AND r.reviewer = ? AND {FLAGGED}"),
        "pending_suggestions": one("SELECT COUNT(*) FROM suggestions WHERE article_id = ? AND state = 'pending'"),
        "suggested_sentences": one("SELECT COUNT(DISTINCT sentence_id) FROM suggestions"
                                   " WHERE article_id = ? AND state = 'pending'"),
    }


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "counts.sqlite3", "tester")
    yield store
    store.close()


def test_kept_counts_follow_every_kind_of_change(store, seed_text):
    article_id = store.import_seed().article_id
    other = store.import_text("Officials said 40 people came on May 3. Nobody else spoke.", title="Other").article_id

    def check() -> None:
        for aid in (article_id, other):
            assert store.counts(aid) == recount(store, aid, "tester"), aid

    check()
    assert store.counts(article_id)["pending_suggestions"] > 0
    s1, s2, s3, s4 = (store.sentence_by_number(article_id, n) for n in (1, 2, 3, 4))
    store.set_review(s1.id, {"sourced": True, "anonymous": True, "contested": False, "inconsistent": False})
    store.set_review(s2.id, {"rating": "false"})
    store.set_review(s3.id, {"status": "done"})
    check()
    assert store.counts(article_id)["reviewed"] == 2 and store.counts(article_id)["flagged"] == 2
    store.set_review(s2.id, {"rating": None})
    store.set_review(s3.id, {"status": "in_progress"})
    check()

    pending = store.suggestions(article_id, state=SuggestionState.PENDING)
    store.dismiss_suggestion(pending[0].id)
    check()
    store.reopen_suggestion(pending[0].id)
    result = store.accept_suggestion(pending[1].id, overwrite=True)
    check()
    store.undo_accept(result)
    check()

    # Another reviewer's work is counted for them, not for "tester".
    colleague = Store(store.path, "colleague")
    try:
        colleague.set_review(s4.id, {"contested": True, "status": "done"})
        assert colleague.counts(article_id) == recount(store, article_id, "colleague")
    finally:
        colleague.close()
    check()

    store.merge_with_next(s1.id)  # deletes s2 (and its reviews, suggestions by cascade)
    check()
    store.split_sentence(s1.id, s1.start + s1.text.index(" ", 10))
    check()
    store.run_analysis(article_id)
    check()
    # A new date rewrites the rows it changes, a dismissed one among them.
    dated = [g for g in store.suggestions(article_id) if g.kind == "claim.date"]
    store.dismiss_suggestion(dated[0].id)
    store.update_article(article_id, {"published": date(2027, 2, 1)})
    assert {g.value for g in store.suggestions(article_id) if g.kind == "claim.date"} != {
        g.value for g in dated}
    check()

    snapshot = store.delete_article(article_id)
    assert store.counts(article_id)["sentences"] == 0
    assert raw(store, "SELECT COUNT(*) FROM reviewer_counts WHERE article_id = ?", (article_id,)) == [(0,)]
    store.restore_article_review(snapshot)
    check()


def test_the_article_list_reads_the_kept_counts(store):
    article_id = store.import_seed().article_id
    summary = store.list_articles("tester")[0]
    assert (summary.sentences, summary.reviewed, summary.flagged) == (16, 0, 0)
    sentence = store.sentence_by_number(article_id, 5)
    store.set_review(sentence.id, {"sourced": True, "anonymous": True, "contested": True,
                                   "inconsistent": False})
    summary = store.list_articles("tester")[0]
    assert (summary.reviewed, summary.flagged) == (1, 1)
    assert store.article_summary(article_id) == summary
    assert store.list_articles("colleague")[0].reviewed == 0


def test_an_older_file_gets_its_counts_when_migrated(tmp_path):
    """A file written before the counts existed is counted once, by the migration."""
    path = tmp_path / "old.sqlite3"
    store = Store(path, "tester")
    article_id = store.import_seed().article_id
    sentence = store.sentence_by_number(article_id, 2)
    store.set_review(sentence.id, {"sourced": True, "anonymous": False, "contested": True, "inconsistent": False})
    expected = store.counts(article_id)
    store.close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE article_counts; DROP TABLE reviewer_counts; DROP TABLE analysis_pending;"
                       " DELETE FROM _sqlite_migrations WHERE name = '0009_scale_indexes';")
    for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND name LIKE '%counts%')"
            " OR name IN ('suggestions_sentence_state', 'suggestions_article_state', 'suggestion_states_article',"
            " 'reviews_flagged')"
    ).fetchall():
        conn.execute(f"DROP {kind.upper()} {name}")
    conn.commit()
    conn.close()
    store = Store(path, "tester")
    try:
        assert store.counts(article_id) == expected
        assert expected["reviewed"] == 1 and expected["flagged"] == 1
    finally:
        store.close()


def test_the_flagged_page_query_says_flagged_as_the_partial_index_does():
    from factcheck.store.reviews import FLAGGED_INDEXED
    from factcheck.store.schema import _FLAGGED_SQL

    assert FLAGGED_INDEXED == _FLAGGED_SQL  # else SQLite cannot use reviews_flagged
