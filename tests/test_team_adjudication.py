"""Adjudication: the final layer, who decided and when, reports that use it, sign-off rules."""

from __future__ import annotations

from html import escape

import pytest
from team_fixtures import copy_of, two_files

from factcheck.cli import main
from factcheck.errors import InvalidValue
from factcheck.model import Rating
from factcheck.reports import render
from factcheck.reports.layers import FINAL_LAYER_TEXT
from factcheck.reports.markdown import escape as escape_md
from factcheck.store import Store
from factcheck.team.layers import FINAL, layer_bundle, representative_review


@pytest.fixture
def merged(tmp_path):
    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "team.sqlite3")
    store = Store(target, reviewer="eve")
    store.merge_file(ben)
    yield store, article_id
    store.close()


def test_deciding_sets_the_final_layer_with_who_and_when(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 7).id
    assert len(store.unsettled(article_id)) == 3
    store.decide(sid, "rating", "false")
    final = store.review(sid, FINAL)
    assert final.rating is Rating.FALSE
    # The final layer starts from what the reviewers agreed on.
    assert (final.contested, final.inconsistent, final.credibility) == (True, True, 5)
    value, by, at = store.decisions(article_id)[(sid, "rating")]
    assert (value, by) == ("false", "eve") and at.endswith("Z")
    assert [(d.number, d.field) for d in store.unsettled(article_id)] == [(1, "credibility"), (3, "sourced")]
    assert FINAL not in store.reviewer_ids()  # a layer, not a person


def test_reports_use_the_final_layer_and_say_so(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 7).id
    bundle = store.article_review(article_id)
    # Two reviewers, nobody decided, nobody signed off: the most recently edited review that is done.
    assert representative_review(bundle, sid)[0] == "ben"
    store.decide(sid, "rating", "misleading", note="Trump, not Biden, was in office")
    bundle = store.article_review(article_id)
    assert representative_review(bundle, sid)[0] == FINAL
    assert set(layer_bundle(bundle).reviews[sid]) == {FINAL}
    assert set(layer_bundle(bundle).reviews[store.sentence_by_number(article_id, 3).id]) == {"ana", "ben"}
    markdown = render(bundle, "md").decode()
    shown = f"{FINAL_LAYER_TEXT} for adjudicated sentences, each reviewer's layer (ana, ben) elsewhere"
    assert f"**Layers shown:** {escape_md(shown)}" in markdown and "Trump, not Biden, was in office" in markdown
    html = render(bundle, "html").decode()
    assert escape(shown) in html
    only_ben = render(layer_bundle(bundle, "ben"), "md").decode()
    assert FINAL_LAYER_TEXT not in only_ben and "Trump, not Biden" not in only_ben
    with pytest.raises(InvalidValue, match="No reviewer layer 'zoe'"):
        layer_bundle(bundle, "zoe")


def test_sign_off_needs_every_disagreement_settled(merged):
    store, article_id = merged
    for s in store.sentences(article_id):
        store.set_review(s.id, {"status": "done"})
    with pytest.raises(InvalidValue, match="3 disagreements between reviewers are not settled"):
        store.sign_off(article_id)
    store.decide(store.sentence_by_number(article_id, 1).id, "credibility", 3)
    store.decide(store.sentence_by_number(article_id, 3).id, "sourced", True)
    store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
    store.sign_off(article_id)
    assert store.article(article_id).signed_off_by == "eve"


def test_undeciding_takes_the_value_back_out(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 3).id
    store.decide(sid, "sourced", True)
    store.undecide(sid, "sourced")
    assert (sid, "sourced") not in store.decisions(article_id)
    assert FINAL not in store.reviews_for(sid)


def test_cli_adjudicate_and_export_a_layer(merged, capsys, tmp_path):
    store, article_id = merged
    db = str(store.path)
    assert main(["adjudicate", article_id, "7", "rating", "false", "--db", db, "--reviewer", "eve"]) == 0
    assert "Final layer, sentence 7: rating false (decided by eve); 2 disagreements left." in capsys.readouterr().out
    assert main(["export", article_id, "--format", "md", "--reviewer-layer", "final", "--db", db]) == 0
    out = capsys.readouterr().out
    assert escape_md(FINAL_LAYER_TEXT) in out and "- **final** (done)" in out and "- **ana**" not in out
    assert main(["export", article_id, "--format", "md", "--reviewer-layer", "nobody", "--db", db]) == 1
    assert "No reviewer layer 'nobody'" in capsys.readouterr().err


def test_restoring_the_final_state_undoes_a_decision_exactly(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 1).id
    store.decide(sid, "credibility", 3)
    first = store.final_state(sid, "credibility")
    store.decide(sid, "credibility", 4, note="two sources later confirmed")
    assert store.review(sid, FINAL).credibility == 4
    store.restore_final(sid, "credibility", first)
    assert store.final_state(sid, "credibility") == first
    store.restore_final(sid, "credibility", (None, None))
    assert FINAL not in store.reviews_for(sid) and store.decisions(article_id) == {}


def test_the_layers_read_from_the_reviews_are_those_of_the_whole_review(merged):
    """The export dialog lists the layers from ``review_layers`` (the reviews alone), which must
    name what ``layer_names`` finds in the article's whole review, final layer included."""
    from factcheck.team.layers import layer_names

    store, article_id = merged
    assert store.review_layers(article_id) == layer_names(store.article_review(article_id)) == ["ana", "ben"]
    store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
    assert store.review_layers(article_id) == layer_names(store.article_review(article_id)) == ["ana", "ben", FINAL]
    other = store.import_text("One sentence. Another one.", title="Not reviewed", analyse=False).article_id
    assert store.review_layers(other) == [] == layer_names(store.article_review(other))
