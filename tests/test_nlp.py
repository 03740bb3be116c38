"""The linguistic layer: parses with exact offsets, once per distinct text, kept in the store."""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
from datetime import date

import pytest

from factcheck import nlp
from factcheck.analysis import DETECTORS, analyse
from factcheck.model import Article
from factcheck.nlp import parse_sentences
from factcheck.resources import seed
from factcheck.store import open_store
from factcheck.text import split_article

SEED = seed("venezuela-cuba-security.txt").read_text(encoding="utf-8")


def test_tokens_and_entities_carry_exact_article_offsets():
    sentences = split_article("seed", SEED)
    parsed = parse_sentences(sentences)
    assert [p.index for p in parsed] == [s.index for s in sentences]
    for sentence, p in zip(sentences, parsed, strict=True):
        assert (p.start, p.end, p.text) == (sentence.start, sentence.end, sentence.text)
        for token in p.tokens:
            assert SEED[token.start : token.end] == token.text
        for entity in p.entities:
            assert SEED[entity.start : entity.end] == entity.text
    mora = next(p for p in parsed if "Frank Mora" in p.text)
    assert any(e.text == "Frank Mora" and e.label == "PERSON" for e in mora.entities)
    said = [t for t in mora.tokens if t.lemma == "note"]
    assert said and said[0].pos == "VERB"


def test_parsed_sentences_cannot_be_changed():
    parsed = parse_sentences(split_article("seed", SEED))
    with pytest.raises(AttributeError):  # a token is a named tuple
        parsed[0].tokens[0].lemma = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed[0].text = "x"  # type: ignore[misc]


class CountingCache:
    def __init__(self):
        self.records: dict = {}

    def cached_parses(self, keys):
        return {k: self.records[k] for k in keys if k in self.records}

    def kept_keys(self, keys):
        return {k for k in keys if k in self.records}

    def keep_parses(self, records):
        self.records.update(records)


def test_each_distinct_text_is_parsed_once(monkeypatch):
    parsed_texts: list[str] = []
    real = nlp.parser.parse_texts

    def counting(texts):
        texts = list(texts)
        parsed_texts.extend(texts)
        return real(texts)

    monkeypatch.setattr(nlp.parser, "parse_texts", counting)
    nlp.forget_parses()
    text = "Officials said the bridge was unsafe. Officials said the bridge was unsafe. It fell."
    sentences = split_article("t", text)
    cache = CountingCache()
    parsed = parse_sentences(sentences, cache=cache)
    assert len(parsed) == 3 and parsed[0].start != parsed[1].start
    assert sorted(parsed_texts) == sorted({s.text for s in sentences})
    nlp.forget_parses()
    parse_sentences(sentences, cache=cache)  # memory emptied: the cache answers
    assert len(parsed_texts) == 2


def test_forgetting_all_but_one_article_keeps_its_very_parse_objects():
    first = split_article("a", "Officials said the bridge was unsafe. It fell.")
    second = split_article("b", "The mayor said the road was closed. It was.")
    nlp.forget_parses()
    kept_first, kept_second = parse_sentences(first), parse_sentences(second)
    nlp.forget_parses(keep=second)
    again = parse_sentences(second)
    assert all(a is b for a, b in zip(again, kept_second, strict=True))
    others = parse_sentences(first)
    assert others == kept_first and not any(a is b for a, b in zip(others, kept_first, strict=True))
    nlp.forget_parses()
    assert not any(a is b for a, b in zip(parse_sentences(second), kept_second, strict=True))


def test_analysing_again_after_a_date_change_parses_nothing(tmp_path, monkeypatch):
    nlp.forget_parses()
    store = open_store(tmp_path / "r.sqlite3")
    result = store.import_text(SEED, title="Seed", published=date(2026, 1, 12))
    assert store.parse_count() == 16
    nlp.forget_parses()  # as in a new process: only the file's cache is left

    def refuse(texts):
        raise AssertionError(f"parsed again: {list(texts)[:1]}")

    monkeypatch.setattr(nlp.parser, "parse_texts", refuse)
    store.run_analysis(result.article_id)
    store.close()


def test_the_window_and_the_store_do_not_import_spacy():
    code = (
        "import sys\n"
        "import factcheck.analysis, factcheck.store, factcheck.cli, factcheck.nlp\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_detectors_give_the_same_suggestions_in_any_order():
    article = Article(id="seed", text=SEED, published=date(2026, 1, 12))
    sentences = split_article("seed", SEED)
    expected = analyse(article, sentences)
    names = list(DETECTORS)
    rng = random.Random(7)
    for _ in range(4):
        rng.shuffle(names)
        assert analyse(article, sentences, order=names) == expected
    assert analyse(article, sentences, order=list(reversed(list(DETECTORS)))) == expected


def test_parses_this_process_already_had_are_kept_in_a_new_file_too(tmp_path):
    parse_sentences(split_article("seed", SEED))  # in this process's memory now
    store = open_store(tmp_path / "other.sqlite3")
    store.import_text(SEED, title="Seed", published=date(2026, 1, 12))
    assert store.parse_count() == 16
    store.close()


def test_shipped_sample_parses_are_what_the_model_gives():
    from factcheck.nlp.shipped import seed_parse_records, shipped_parses

    assert shipped_parses() == seed_parse_records()


def test_the_first_start_analyses_the_sample_without_the_model(tmp_path):
    code = (
        "import sys\n"
        "from factcheck.store import Store\n"
        f"store = Store({str(tmp_path / 'first.sqlite3')!r}, 'tester')\n"
        "store.import_seed()\n"
        "print(len(store.suggestions(store.list_articles()[0].id)) > 0, 'spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["True", "False"], result.stderr


def test_a_long_article_is_parsed_by_two_processes_with_the_same_records(monkeypatch):
    from factcheck.nlp import parser

    # 40 texts: three batches of 16 over the two processes, each record under its own text.
    texts = [f"Senator Jane Roe said on day {i} that {i} people voted." for i in range(40)]
    alone = parser.parse_texts(texts)
    monkeypatch.setattr(parser, "PARALLEL_FROM", 4)
    monkeypatch.setattr(parser.os, "cpu_count", lambda: 2)
    # Earlier GUI tests may leave a Qt worker thread alive; this test is about one thread only.
    monkeypatch.setattr(parser.threading, "active_count", lambda: 1)
    assert parser._processes(len(texts)) == 2
    assert parser.parse_texts(texts) == alone
    monkeypatch.setattr(parser.threading, "active_count", lambda: 3)
    assert parser._processes(len(texts)) == 1  # never forked beside other threads (the window)
    monkeypatch.setattr(parser.threading, "active_count", lambda: 1)
    monkeypatch.setattr(parser.multiprocessing.current_process(), "daemon", True)
    assert parser._processes(len(texts)) == 1  # a pool's worker starts no processes


def test_model_loaded_says_whether_a_parse_would_load_the_model():
    from factcheck.nlp import model_loaded, parse_texts

    parse_texts(["The council met on Tuesday."])
    assert model_loaded()
