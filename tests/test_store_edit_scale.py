"""Scale: an edit on a long article costs what it costs on a short one.

Counted, not timed: the SQLite instructions an edit runs (a progress handler every 100
instructions) on a 20-sentence article and on a 20,000-sentence one. Reading every sentence
of the long one takes hundreds of thousands of those steps.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest

from factcheck.model import Suggestion
from factcheck.store import Store

STEP = 100


@contextlib.contextmanager
def sqlite_steps(conn: sqlite3.Connection) -> Iterator[list[int]]:
    """[hundreds of SQLite instructions] run on ``conn`` inside the block."""
    work = [0]

    def step() -> int:
        work[0] += 1
        return 0

    conn.set_progress_handler(step, STEP)
    try:
        yield work
    finally:
        conn.set_progress_handler(None, 0)


def transcript(sentences: int) -> str:
    parts = []
    for i in range(sentences):
        parts.append(f"Speaker {i % 7 + 1} said the figure was {i + 1} this year.")
        parts.append("\n\n" if i % 5 == 4 else " ")
    return "".join(parts).strip()


def with_contradiction(store: Store, sentences: int) -> tuple[str, int, int]:
    """An article of ``sentences`` sentences whose sentence 10 has a suggestion proposing
    "inconsistent" and a link to sentence 3 (as a date's contradiction does)."""
    article_id = store.import_text(transcript(sentences), title=f"Transcript {sentences}", analyse=False).article_id
    stored = store.sentences(article_id)
    found = [Suggestion(sentence=10, start=stored[10].start, end=stored[10].end, kind="temporal.anachronism",
                        message="Dates differ.", related=(3,), key=f"test-{sentences}",
                        proposed={"inconsistent": "yes", "links": [{"kind": "contradicts", "to": 3,
                                                                    "note": "dates differ"}]})]
    store.store_found_analysis(article_id, found, stored)
    suggestion = store.suggestions(article_id)[0]
    assert suggestion.id is not None
    return article_id, suggestion.id, stored[3].id or 0


@pytest.mark.parametrize("undo", [False, True])
def test_accepting_a_suggestion_costs_the_same_on_a_long_article(tmp_path, undo):
    store = Store(tmp_path / "review.sqlite3", "tester")
    try:
        work = {}
        for sentences in (20, 20_000):
            article_id, suggestion_id, target = with_contradiction(store, sentences)
            with sqlite_steps(store.conn) as steps:
                result = store.accept_suggestion(suggestion_id)
                if undo:
                    store.undo_accept(result)
            work[sentences] = steps[0]
            sentence_id = result.sentence_id
            links = store.links_for(sentence_id)
            if undo:
                assert links == []
            else:
                assert [link.to_sentence for link in links] == [target]  # the linked sentence, by its index
                assert store.review(sentence_id).inconsistent is True
        # Reading the 20,000 sentences alone takes some 200,000 steps.
        assert work[20_000] <= work[20] + 200, work
    finally:
        store.close()
