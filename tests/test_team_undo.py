"""Undo in the core: an operation's Change carries its inverse, which puts the file back."""

from __future__ import annotations

from factcheck.model import Rating, Status
from factcheck.store import Change, Store


def test_a_review_edit_and_its_inverse(tmp_path):
    with Store(tmp_path / "u.sqlite3", reviewer="ana") as store:
        article_id = store.import_seed().article_id
        sid = store.sentence_by_number(article_id, 4).id
        store.set_review(sid, {"rating": "mixed"})
        before = store.review(sid)
        change = store.set_review(sid, {"sourced": True, "anonymous": False, "contested": False,
                                        "inconsistent": True, "rating": "false"})
        assert change.fields == ("sourced", "anonymous", "contested", "inconsistent", "rating", "status")
        assert store.review(sid).status is Status.DONE
        undo = change.inverse(store)
        review = store.review(sid)
        assert (review.sourced, review.rating, review.status) == (None, Rating.MIXED, before.status)
        assert review == before.__class__(**{**before.__dict__, "updated_at": review.updated_at})
        assert undo.action == "Undo Edit review" and set(undo.fields) == set(change.fields)
        undo.inverse(store)  # redo is the inverse of the undo
        assert store.review(sid).rating is Rating.FALSE


def test_citing_and_its_inverse(tmp_path):
    with Store(tmp_path / "u.sqlite3", reviewer="ana") as store:
        article_id = store.import_seed().article_id
        sid = store.sentence_by_number(article_id, 14).id
        mora = store.create_source("Frank Mora")
        change = store.cite(sid, mora.id)
        assert [s.name for s in store.cited_sources(sid)] == ["Frank Mora"]
        change.inverse(store)
        assert store.cited_sources(sid) == []
        before = store.table_contents()
        noop = store.uncite(sid, mora.id)  # nothing was removed: undoing it changes nothing either
        assert noop.inverse is not None and noop.inverse(store).inverse is not None
        assert store.table_contents() == before


def test_change_has_a_typed_shape():
    change = Change("Edit review", ("a",), (1,), fields=("note",), old_values={"note": ""}, new_values={"note": "x"})
    assert change.fields == ("note",) and not hasattr(change, "detail")
    assert change.old_values == {"note": ""} and change.new_values == {"note": "x"}
    assert change == Change("Edit review", ("a",), (1,), fields=("note",), old_values={"note": ""},
                            new_values={"note": "x"}, inverse=lambda store: change)
    assert change != Change("Edit review", ("a",), (1,), fields=("note",))
