"""W3C Web Annotations and the JSON export's schema version 2 (checked against docs/)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from jsonld_helpers import OA, expand, value
from report_fixtures import REVIEWER, seed_review

from factcheck.model import EvidenceItem, Rating, Review, Status
from factcheck.reports import render
from factcheck.reports.annotations import annotation_collection, utf16_offset
from factcheck.reports.claim_text import CLAIM_LIMIT, default_claim
from factcheck.reports.json_data import to_dict, to_json
from factcheck.reports.json_read import from_json
from factcheck.store import Store

SCHEMA_FILE = Path(__file__).parent.parent / "docs" / "review-export.schema.json"
RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"


def test_one_annotation_per_judged_sentence_with_both_selectors():
    review = seed_review()
    collection = json.loads(render(review, "annotations"))
    items = collection["first"]["items"]
    assert collection["type"] == "AnnotationCollection" and collection["total"] == len(items) == 16
    text = review.article.text
    for item, sentence in zip(items, review.sentences, strict=True):
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"]:position["end"]] == quote["exact"] == sentence.text
        assert text[:position["start"]].endswith(quote["prefix"])
        assert text[position["end"]:].startswith(quote["suffix"])
        assert item["target"]["source"].startswith("urn:sha256:")  # the seed has no URL
    seven = items[6]
    assert seven["body"][0]["value"].startswith("Rating: False.") and "Inconsistent: yes." in seven["body"][0]["value"]
    assert {b["purpose"] for b in seven["body"]} == {"assessing", "commenting", "tagging", "linking"}


def test_annotations_expand_as_w3c_web_annotations():
    review = dataclasses.replace(seed_review(), article=dataclasses.replace(
        seed_review().article, url="https://news.example/a"))
    expanded = expand(json.loads(render(review, "annotations")))
    annotations = [n for n in _nodes(expanded) if OA + "Annotation" in n.get("@type", [])]
    assert len(annotations) == 16
    first = annotations[0]
    assert value(first, OA + "motivatedBy") == OA + "assessing"
    target = value(first, OA + "hasTarget")
    assert value(target, OA + "hasSource") == "https://news.example/a"
    selectors = target[OA + "hasSelector"]
    kinds = {s["@type"][0] for s in selectors}
    assert kinds == {OA + "TextQuoteSelector", OA + "TextPositionSelector"}
    position = next(s for s in selectors if s["@type"] == [OA + "TextPositionSelector"])
    assert value(position, OA + "start") == review.sentences[0].start
    body = first[OA + "hasBody"][0]
    assert value(body, RDF_VALUE).startswith("Rating: Unverifiable.")


def _nodes(expanded):
    for node in expanded:
        yield node
        for values in node.values():
            if isinstance(values, list):
                yield from _nodes([v for v in values if isinstance(v, dict)])


def test_offsets_are_code_points_with_utf16_beside_them():
    text = "Intro 🙂 here. The claim is false."
    review = seed_review()
    from factcheck.text import split_article

    sentences = tuple(dataclasses.replace(s, id=900 + s.index) for s in split_article("x", text))
    article = dataclasses.replace(review.article, text=text)
    reviews = {sentences[1].id: {"ana": Review(sentences[1].id, "ana", rating=Rating.FALSE, status=Status.DONE)}}
    data = annotation_collection(dataclasses.replace(review, article=article, sentences=sentences, reviews=reviews,
                                                     citations=(), links=(), suggestions=(), link_targets={}))
    position = data["first"]["items"][0]["target"]["selector"][1]
    assert text[position["start"]:position["end"]] == "The claim is false."
    assert position["factcheck:utf16End"] - position["factcheck:utf16Start"] == len("The claim is false.")
    assert position["factcheck:utf16Start"] == position["start"] + 1  # the emoji is two UTF-16 units
    assert len(text.encode("utf-16-le")) // 2 == utf16_offset(text, len(text))


def test_json_export_validates_against_the_published_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    data = to_dict(seed_review())
    validator.validate(data)
    broken = json.loads(json.dumps(data))
    broken["history"][0]["new"] = True  # the old true/false history values no longer pass
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)
    broken = json.loads(json.dumps(data))
    del broken["article"]["sha256"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_version_1_files_still_import():
    data = to_dict(seed_review())
    data["schema_version"] = 1
    del data["offset_unit"]
    del data["article"]["sha256"]
    for sentence in data["sentences"]:
        del sentence["claims"]
        for r in sentence["reviews"].values():
            items = r["evidence"]
            r["evidence"] = ({k: items[0][k] for k in ("url", "title", "accessed", "archive_url")} if items
                             else {"url": "", "title": "", "accessed": "", "archive_url": ""})
    data["history"][0]["new"] = True  # version 1 wrote verdicts in history as true/false
    again = from_json(json.dumps(data))
    assert again == seed_review()


def test_evidence_lists_and_claims_travel_through_json_and_the_store(tmp_path):
    with Store(tmp_path / "a.sqlite3", reviewer="ana") as store:
        article_id = store.import_seed().article_id
        s7 = store.sentence_by_number(article_id, 7)
        store.set_review(s7.id, {"rating": "false"})
        store.add_evidence(s7.id, EvidenceItem(url="https://a.example/", title="A", note="term dates"))
        store.add_evidence(s7.id, EvidenceItem(url="https://b.example/", title="B"))
        store.set_claim_text(s7.id, "Biden is president in 2026")
        text = to_json(store.article_review(article_id))
    data = json.loads(text)
    assert [e["title"] for e in data["sentences"][6]["reviews"]["ana"]["evidence"]] == ["A", "B"]
    assert data["sentences"][6]["claims"] == {"ana": "Biden is president in 2026"}
    with Store(tmp_path / "b.sqlite3", reviewer="ana") as other:
        new_id = other.restore_article_review(from_json(text), imported=True)
        seven = other.sentence_by_number(new_id, 7)
        assert [(i.title, i.note) for i in other.evidence_items(seven.id)] == [("A", "term dates"), ("B", "")]
        assert other.claim_text(seven.id) == "Biden is president in 2026"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Since mid-December, Washington has blocked Venezuela’s oil shipments to Cuba, creating economic "
     "strangulation on the island nation.", "Washington has blocked Venezuela’s oil shipments to Cuba"),
    ("Analysts suggest Rodríguez is navigating a delicate balance—distancing herself from Cuban influence "
     "while avoiding complete abandonment of the relationship.", "Analysts suggest Rodríguez is navigating a delicate balance"),
    ("The summit ended.", "The summit ended"),
])
def test_default_claim_is_cut_at_a_clause_boundary(sentence, claim):
    assert default_claim(sentence) == claim


def test_default_claim_without_a_boundary_is_cut_at_a_word():
    sentence = seed_review().sentences[6].text  # no comma or clause word before character 75
    claim = default_claim(sentence)
    assert len(claim) <= CLAIM_LIMIT and claim.endswith("…") and sentence.startswith(claim[:-1])
    assert REVIEWER  # the fixture's reviewer is the signer
