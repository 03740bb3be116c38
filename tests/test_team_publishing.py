"""Where team review meets publishing: one review per sentence for every export, who is named
for the final layer, and a final-layer item's status."""

from __future__ import annotations

import json

import pytest
from team_fixtures import copy_of, two_files

from factcheck.cli import main
from factcheck.errors import InvalidValue
from factcheck.model import EvidenceItem
from factcheck.publisher import Publisher
from factcheck.reports import render
from factcheck.store import Store
from factcheck.team.layers import FINAL, representative_review

PUBLISHER = Publisher(name="Example Checks", url="https://checks.example/",
                      review_url="https://checks.example/r/{article}/{sentence}", language="en")


@pytest.fixture
def merged(tmp_path):
    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "team.sqlite3")
    store = Store(target, reviewer="eve")
    store.merge_file(ben)
    yield store, article_id
    store.close()


def claimreviews(store, article_id, **options):
    return json.loads(render(store.article_review(article_id), "claimreview", publisher=PUBLISHER, **options))


def item_for(items, number):
    found = [i for i in items if i["url"].endswith(f"/{number}")]
    assert len(found) <= 1
    return found[0] if found else None


def people_named(data) -> set[str]:
    """Every Person's name anywhere in a JSON-LD document."""
    if isinstance(data, list):
        return set().union(*(people_named(x) for x in data)) if data else set()
    if not isinstance(data, dict):
        return set()
    own = {data["name"]} if data.get("@type", data.get("type")) == "Person" else set()
    return own.union(*(people_named(v) for v in data.values()))


def test_every_export_picks_the_same_review(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 7).id
    store.decide(sid, "rating", "false", note="Trump, not Biden, was in office")
    bundle = store.article_review(article_id)
    assert representative_review(bundle, sid)[0] == FINAL
    items = claimreviews(store, article_id)
    seven = item_for(items, 7)
    assert seven["reviewRating"]["alternateName"] == "False"
    assert seven["reviewBody"] == "Trump, not Biden, was in office"
    annotations = json.loads(render(bundle, "annotations"))["first"]["items"]
    by_number = {a["factcheck:sentenceNumber"]: a for a in annotations}
    assert by_number[7]["factcheck:layer"] == FINAL
    assert "Trump, not Biden, was in office" in json.dumps(by_number[7]["body"])
    # A sentence nobody adjudicated: the same reviewer represents it in both exports.
    three = store.sentence_by_number(article_id, 3).id
    layer = representative_review(bundle, three)[0]
    assert by_number[3]["factcheck:layer"] == layer and by_number[3]["creator"]["name"] == layer


def test_a_final_layer_item_names_the_editor_never_a_person_called_final(merged):
    store, article_id = merged
    store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
    items = claimreviews(store, article_id)
    seven = item_for(items, 7)
    assert seven["author"] == {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example/"}
    assert seven["editor"] == {"@type": "Person", "name": "eve"}
    # A sentence nobody adjudicated names no editor.
    assert "editor" not in item_for(items, 1)
    annotations = render(store.article_review(article_id), "annotations")
    assert FINAL not in people_named(items) | people_named(json.loads(annotations))
    seven_note = [a for a in json.loads(annotations)["first"]["items"] if a["factcheck:sentenceNumber"] == 7][0]
    assert seven_note["creator"] == {"type": "Person", "name": "eve"}


def test_a_final_layer_item_rests_on_the_reviewers_claim_text_and_evidence(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 7).id
    store.set_claim_text(sid, "Biden is pressuring Venezuela", reviewer="ana")
    store.add_evidence(sid, EvidenceItem("https://www.whitehouse.gov/administration/", "The Administration"),
                       reviewer="ana")
    store.add_evidence(sid, EvidenceItem("https://archive.example/capture", "Capture"), reviewer="ben")
    store.decide(sid, "rating", "false")
    seven = item_for(claimreviews(store, article_id), 7)
    assert seven["claimReviewed"] == "Biden is pressuring Venezuela"
    assert seven["citation"] == ["https://www.whitehouse.gov/administration/", "https://archive.example/capture"]
    store.set_claim_text(sid, "Washington is pressuring Caracas", reviewer="ben")  # they differ now
    assert item_for(claimreviews(store, article_id), 7)["claimReviewed"].startswith("The Biden administration")
    store.set_claim_text(sid, "The US pressures Venezuela", reviewer=FINAL)
    assert item_for(claimreviews(store, article_id), 7)["claimReviewed"] == "The US pressures Venezuela"
    report = render(store.article_review(article_id), "md").decode()
    assert "The Administration" in report and "Capture" in report  # the reviewers' evidence stays listed


def test_a_final_layer_without_its_decisions_names_nobody(merged):
    store, article_id = merged
    store.decide(store.sentence_by_number(article_id, 7).id, "rating", "false")
    bundle = store.article_review(article_id)
    from dataclasses import replace

    annotations = json.loads(render(replace(bundle, decisions={}), "annotations"))["first"]["items"]
    seven = [a for a in annotations if a["factcheck:sentenceNumber"] == 7][0]
    assert "creator" not in seven and seven["factcheck:layer"] == FINAL


def test_a_final_layer_review_is_done_once_its_sentence_is_settled(merged):
    store, article_id = merged
    sid = store.sentence_by_number(article_id, 3).id
    store.set_review(sid, {"rating": "mixed"}, reviewer="ben")  # now sourced and rating are disputed
    store.decide(sid, "rating", "accurate")
    assert store.review(sid, FINAL).status.value == "in_progress"
    assert item_for(claimreviews(store, article_id), 3) is None
    draft = item_for(claimreviews(store, article_id, include_unfinished=True), 3)
    assert draft["creativeWorkStatus"] == "Draft"
    store.decide(sid, "sourced", True)
    assert store.review(sid, FINAL).status.value == "done"
    item = item_for(claimreviews(store, article_id), 3)
    assert item is not None and "creativeWorkStatus" not in item
    # A reviewer's later edit opens a new disagreement: the final layer is unfinished again.
    change = store.set_review(sid, {"credibility": 4}, reviewer="ben")
    assert store.review(sid, FINAL).status.value == "in_progress"
    change.inverse(store)
    assert store.review(sid, FINAL).status.value == "done"
    # Marking the final layer done by hand does not publish it past an open disagreement.
    store.set_review(sid, {"credibility": 4}, reviewer="ben")
    store.set_review(sid, {"status": "done"}, reviewer=FINAL)
    assert store.review(sid, FINAL).status.value == "in_progress"


def test_after_sign_off_every_final_layer_item_is_published(merged):
    store, article_id = merged
    for s in store.sentences(article_id):
        store.set_review(s.id, {"status": "done"})
    with pytest.raises(InvalidValue, match="not settled"):
        store.sign_off(article_id)
    for number, name, value in ((1, "credibility", 3), (3, "sourced", True), (7, "rating", "false")):
        store.decide(store.sentence_by_number(article_id, number).id, name, value)
    store.sign_off(article_id)
    bundle = store.article_review(article_id)
    finals = [per[FINAL] for per in bundle.reviews.values() if FINAL in per]
    assert len(finals) == 3 and all(r.reviewed for r in finals)
    items = claimreviews(store, article_id)
    assert {1, 3, 7} <= {int(i["url"].rsplit("/", 1)[1]) for i in items if i["url"][-1].isdigit()}
    assert not any("creativeWorkStatus" in i for i in items)


def test_cli_claimreview_of_an_adjudicated_sentence(merged, capsys):
    store, article_id = merged
    db = str(store.path)
    for key, value in (("publisher.name", "Example Checks"), ("publisher.url", "https://checks.example/"),
                       ("publisher.review_url", "https://checks.example/r/{article}/{sentence}")):
        assert main(["config", "set", key, value]) == 0
    assert main(["adjudicate", article_id, "7", "rating", "false", "--db", db, "--reviewer", "eve"]) == 0
    capsys.readouterr()
    assert main(["export", article_id, "--format", "claimreview", "--db", db]) == 0
    items = json.loads(capsys.readouterr().out)
    seven = item_for(items, 7)
    assert seven["editor"]["name"] == "eve" and seven["author"]["@type"] == "Organization"
    assert main(["export", article_id, "--format", "md", "--db", db]) == 0
    report = capsys.readouterr().out
    assert "ClaimReview uses the final layer" in report
    assert "**Reviewers:** ana, ben\n" in report and "**Adjudicated by:** eve" in report


def test_joining_or_splitting_an_adjudicated_sentence_keeps_the_decisions(merged):
    store, article_id = merged
    seven = store.sentence_by_number(article_id, 7)
    store.decide(seven.id, "rating", "false")
    store.split_sentence(seven.id, seven.start + seven.text.index(" to sever") + 1, analyse=False)
    halves = [store.sentence_by_number(article_id, n).id for n in (7, 8)]
    decided = store.decisions(article_id)
    assert [decided[(sid, "rating")][:2] for sid in halves] == [("false", "eve")] * 2
    store.merge_with_next(halves[0], analyse=False)
    assert store.decisions(article_id)[(halves[0], "rating")][:2] == ("false", "eve")
    assert store.review(halves[0], FINAL).rating.value == "false"
    six = store.sentence_by_number(article_id, 6).id
    store.merge_with_next(six, analyse=False)  # sentence 6 takes in the adjudicated 7
    assert store.decisions(article_id)[(six, "rating")][:2] == ("false", "eve")
