"""The lemmatizer's word index held in sets: the same lemmas as the stock pipeline's."""

from __future__ import annotations

from factcheck.nlp.lemma_index import use_set_lemma_index
from factcheck.nlp.parser import _record, pipeline, stock_pipeline
from tests.pipeline_texts import article_sentence_texts


def test_the_index_is_held_in_sets_in_the_pipeline():
    table = pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert len(table) >= 4
    assert all(isinstance(words, frozenset) for words in table.values())
    assert sum(len(words) for words in table.values()) > 80_000


def test_lemmas_equal_the_stock_pipelines():
    """Every token's record (its lemma included), on the sample article, the test articles
    and words whose lemma the index decides."""
    stock, sets = stock_pipeline(), stock_pipeline()
    assert use_set_lemma_index(sets)
    texts = article_sentence_texts() + [
        "The ponies and the studies were copied by cops coping with their wolves.",
        "She was happier, busier and better, and he ran faster than the mice."]

    def read(nlp):
        return [_record(d) for d in nlp.pipe(texts)]

    assert read(sets) == read(stock)
    assert len(texts) > 300


def test_a_pipeline_without_a_rule_lemmatizer_is_left_alone():
    assert not use_set_lemma_index(stock_pipeline(exclude=["lemmatizer"]))
