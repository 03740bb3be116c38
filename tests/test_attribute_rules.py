"""The English model's attribute rules matched by an index: the same parses as spaCy's Matcher."""

from __future__ import annotations

import pytest

from factcheck.nlp.attribute_rules import IndexedRules, UnknownRule, use_indexed_rules
from factcheck.nlp.parser import _record, stock_pipeline
from tests.pipeline_texts import article_sentence_texts


class Doc(list):
    """Tokens as the index reads them."""


class Tok:
    def __init__(self, text, tag="NN", dep="dep"):
        self.lower_, self.tag_, self.dep_, self.is_space = text.lower(), tag, dep, text.isspace()


def doc(*tokens):
    return Doc(Tok(*t) if isinstance(t, tuple) else Tok(t) for t in tokens)


def test_rules_match_by_form_tag_dependency_and_their_tests():
    rules = IndexedRules([
        [[{"TAG": "NN"}]],
        [[{"LOWER": "gon"}, {"LOWER": "na"}]],
        [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]],
        [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]],
        [[{"TAG": {"NOT_IN": ["NN"]}}]],
        [[{"IS_SPACE": True}]],
    ])
    found = rules.matches(doc("Gon", "na", ("there", "EX", "expl"), ("are", "VBP"),
                              ("ai", "VBZ"), ("n't", "RB"), ("  ", "_SP")))
    assert found == [(0, 0, 1), (0, 1, 2), (1, 0, 2), (2, 2, 4), (3, 4, 6),
                     (4, 2, 3), (4, 3, 4), (4, 4, 5), (4, 5, 6), (4, 6, 7), (5, 6, 7)]
    # a two-token rule at the last token, and a test that fails on the second token
    assert rules.matches(doc("gon")) == [(0, 0, 1)]
    assert rules.matches(doc(("ai", "VBZ"), ("not", "RB"))) == [(4, 0, 1), (4, 1, 2)]


@pytest.mark.parametrize("spec", [{"SHAPE": "Xxx"}, {"LOWER": {"FUZZY": "x"}},
                                  {"TAG": "NN", "OP": "+"}])
def test_a_rule_it_cannot_read_leaves_the_ruler_to_spacy(spec):
    with pytest.raises(UnknownRule):
        IndexedRules([[[spec]]])


def test_parses_equal_the_stock_pipelines():
    """Every token's attributes (morphology included) as the Matcher-run ruler sets them, on
    the sample article, the test articles and words the rules mend."""
    stock, indexed = stock_pipeline(), stock_pipeline()
    assert use_indexed_rules(indexed)
    texts = article_sentence_texts() + [
        "He ain't gonna win, let's face it.  There are two of them.",
        "We gotta go.\n\nThere's a cat, isn't there?", "Y'all 'd got ta see it.",
        "He knew nothin', and y' all know it."]

    def read(nlp):
        return [(_record(d), [str(t.morph) for t in d]) for d in nlp.pipe(texts)]

    assert read(indexed) == read(stock)
    assert len(texts) > 300
