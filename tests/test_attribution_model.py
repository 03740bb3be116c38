"""The learned attribution model: the shipped weights file, and what it does to sentences."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from factcheck.analysis.attribution import (
    model_features,
    read_attributions,
    subject_speaker,
    surroundings,
)
from factcheck.analysis.attribution_model import (
    FORMAT,
    AttributionModel,
    LogisticModel,
    clause_subjects,
    default_model,
    main_subject,
    quote_marks,
)
from factcheck.analysis.common import quote_spans
from factcheck.nlp import parse_sentences
from factcheck.resources import resource
from factcheck.text import split_article

ROOT = Path(__file__).resolve().parent.parent
LEAD = "Voters head to the polls in Ohio today.\n\nClinton said on Monday that she would win the state. "
END = " She spoke to reporters in Toledo."


def _state(sentence: str, model=...):
    """The attribution state of ``sentence`` between LEAD and END."""
    text = LEAD + sentence + END
    sentences = split_article("t", text)
    parsed = parse_sentences(sentences)
    if model is ...:
        states = read_attributions(parsed, quote_spans(text), text)
    else:
        states = read_attributions(parsed, quote_spans(text), text, model=model)
    [k] = [k for k, s in enumerate(sentences) if s.text == sentence]
    return text, states[k]


def test_shipped_file_has_the_format_and_only_feature_names():
    data = json.loads(resource("nlp", "attribution_model.json").read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    assert "train" in data["trained_on"]
    for head in ("attributed",):
        part = data[head]
        assert 0.0 < part["threshold"] < 1.0
        assert isinstance(part["bias"], float)
        assert part["weights"], head
        for name, weight in part["weights"].items():
            assert isinstance(weight, float)
            # Feature names are short tokens ("root=say", "subj=pron_he"), never text.
            assert " " not in name and len(name) <= 60, name
    assert all(name[:2] in ("a:", "k:") for name in data["attributed"]["weights"])
    model = default_model()
    assert model is not None
    assert model.attributed.threshold == data["attributed"]["threshold"]


def test_a_file_of_another_format_is_refused_in_one_sentence():
    with pytest.raises(ValueError, match="format"):
        AttributionModel.from_json({"format": FORMAT + 1})
    bad = {"format": FORMAT, "attributed": {"weights": {"a:x": "high"}, "bias": 0,
                                            "threshold": 0.5}}
    with pytest.raises(ValueError, match="weights"):
        AttributionModel.from_json(bad)


def test_logistic_model_scores_its_features():
    model = LogisticModel({"yes": 3.0, "no": -3.0}, 0.0, 0.5)
    assert model.probability([]) == pytest.approx(0.5)
    assert model.says(["yes"]) and not model.says(["no"])
    assert model.probability(["yes", "unknown"]) == model.probability(["yes"])
    assert AttributionModel.from_json(AttributionModel(model, "t").as_json()).attributed == model


def test_the_model_attributes_a_stance_the_rules_miss_to_the_subject():
    sentence = "She took aim at Trump's “reckless” record on trade."
    _, rules = _state(sentence, model=None)
    text, learned = _state(sentence)
    assert rules.kind == "none"
    assert learned.kind == "named"
    speaker = learned.speaker
    assert speaker is not None and speaker.text == "She" and speaker.name == "Clinton"
    assert text[speaker.start : speaker.end] == "She"  # the span comes from the parse
    assert learned.confidence == "low"


@pytest.mark.parametrize(
    "sentence",
    [
        "The economy grew by 3 percent last year.",
        "The bridge was closed for “urgent” repairs on Monday.",
        "The ministry declined to say how many troops were sent.",
    ],
)
def test_the_model_leaves_events_and_refusals_unattributed(sentence):
    assert _state(sentence)[1].kind == "none"


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Officials familiar with the talks said the deal was close.", "anonymous"),
        ("Clinton campaign allies argued that the deal was close.", "anonymous"),
        ("Senator Jane Roe said the deal was close.", "named"),
        ("The State Department said the deal was close.", "named"),
        ("“He hates this part,” one senior Liberal said.", "anonymous"),
        ("Some economists doubt the plan will work.", "anonymous"),
    ],
)
def test_named_or_anonymous_as_the_rules_read_the_speaker(sentence, kind):
    state = _state(sentence)[1]
    assert state.kind == kind
    assert state.speaker is not None and state.speaker.kind == kind


def test_training_fit_is_deterministic_and_learns_the_sign():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_attribution
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    rows = [([0], True), ([1], False)] * 20 + [([0, 2], True), ([1, 2], False)] * 5
    first = train_attribution.fit(rows, 3)
    second = train_attribution.fit(rows, 3)
    assert (first[0] == second[0]).all() and first[1] == second[1]
    weights = first[0]
    assert weights[0] > 0.2 > -0.2 > weights[1]
    assert abs(weights[2]) < 0.2


def test_a_quantifier_subject_speaks_through_its_of_phrase():
    # "Many" is tagged an adjective: the speaker is the group after "of".
    _, state = _state("Many of her Republican supporters say they empathize with her.", model=None)
    assert state.kind == "anonymous"
    assert state.speaker is not None and state.speaker.text == "Many of her Republican supporters"


def test_the_subject_of_a_clause_under_an_empty_subject_is_no_source():
    text = LEAD + "It was widely reported that the minister resigned." + END
    parsed = parse_sentences(split_article("t", text))
    assert main_subject(parsed[2]) is None
    assert main_subject(parsed[1]) is not None  # "Clinton said …"


def test_a_subordinate_clause_subject_is_a_candidate_when_the_main_one_cannot_speak():
    text = LEAD + "The measure stalled in the Senate after state lawmakers rejected the amendment." + END
    parsed = parse_sentences(split_article("t", text))
    sentence = parsed[2]
    subjects = [sentence.tokens[i].text for i in clause_subjects(sentence)]
    assert subjects == ["lawmakers"]
    speaker = subject_speaker(sentence, frozenset(), lambda s, _: s, [])
    assert speaker is not None and speaker.text == "state lawmakers"
    assert speaker.kind == "anonymous"
    names = model_features(parsed, quote_spans(text),
                           read_attributions(parsed, quote_spans(text), text, model=None), 2)
    assert "a:sub_subj=advcl&noun&speaks=True" in names


def test_it_doing_something_is_a_subject_but_an_empty_it_is_not():
    text = LEAD + "It also offers flexible work hours for parents. It is likely that she wins." + END
    parsed = parse_sentences(split_article("t", text))
    doing, empty = parsed[2], parsed[3]
    subject = main_subject(doing)
    assert subject is not None and doing.tokens[subject].text == "It"
    assert main_subject(empty) is None


def test_no_clause_subject_under_an_empty_subject():
    text = LEAD + "It was widely reported that the minister resigned." + END
    parsed = parse_sentences(split_article("t", text))
    assert clause_subjects(parsed[2]) == []
    assert subject_speaker(parsed[2], frozenset(), lambda s, _: s, []) is None


def test_surroundings_tell_paragraphs_and_neighbouring_quotations():
    text = "Polls open at noon.\n\n“We will win,” she said. She spoke in Toledo.\n\nVoters waited."
    parsed = parse_sentences(split_article("t", text))
    states = read_attributions(parsed, quote_spans(text), text, model=None)
    around = surroundings(parsed, states, text)
    assert [a.paragraph for a in around] == [0, 1, 1, 2]
    assert [(a.opens_paragraph, a.closes_paragraph) for a in around] == [
        (True, True), (True, False), (False, True), (True, True)]
    assert around[2].previous_quotes == "qo" and around[1].following_quotes == ""
    assert around[0].after_following == "none" and around[3].before_previous == "named"
    names = model_features(parsed, quote_spans(text), states, 2, around=around[2])
    assert "k:para_prev=named" in names or "a:para_prev=named" in names
    assert quote_marks("“We will win,” she said.") == "qo"
    assert quote_marks("He said “no.”") == "qc"


def _doubter() -> AttributionModel:
    """A model that finds nothing attributed: whatever it weighs goes back to none."""
    return AttributionModel(LogisticModel({}, -50.0, 0.5), "test")


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump said the mayor was the founder of the group on Wednesday at a rally, and he "
        "repeated it on a radio show on Thursday, where he seemed to differ with his aides.",
        "“That is a legitimate concern,” Dana Whitlock told a reporter on Monday when asked "
        "about the plans of the county board for the coming year.",
    ],
)
def test_a_report_read_from_say_or_tell_is_not_weighed_by_the_model(sentence):
    assert _state(sentence, model=_doubter())[1].kind == "named"


def test_a_stance_the_rules_read_is_still_weighed_by_the_model():
    sentence = "Senator Jane Roe wants a vote on the bill this week."
    assert _state(sentence, model=None)[1].kind == "named"
    assert _state(sentence, model=_doubter())[1].kind == "none"
