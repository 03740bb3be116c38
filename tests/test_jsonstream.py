"""Streamed JSON is byte for byte the JSON json.dumps writes."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from factcheck.jsonstream import Lazy, write_json
from factcheck.store import Store
from factcheck.store.chunks import analysis_chunks
from factcheck.text import split_article
from factcheck.views import show_json, show_json_lazy

_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
_json = st.recursive(_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)), max_leaves=20)


def _streamed(value) -> str:
    out = io.StringIO()
    write_json(value, out.write)
    return out.getvalue()


def _lazify(value):
    if isinstance(value, list):
        return Lazy(_lazify(v) for v in value)
    if isinstance(value, dict):
        return {k: _lazify(v) for k, v in value.items()}
    return value


@given(_json)
def test_streamed_json_is_what_json_dumps_writes(value):
    assert _streamed(_lazify(value)) == json.dumps(value, ensure_ascii=False, indent=2)


def test_show_json_streams_the_same_document(tmp_path, seed_text):
    with Store(tmp_path / "s.sqlite3", "tester") as store:
        article_id = store.import_text(seed_text, title="Seed").article_id
        store.set_review(store.sentences(article_id)[0].id, {"note": "a “note”", "sourced": True})
        bundle = store.article_review(article_id)
    assert _streamed(show_json_lazy(bundle)) == json.dumps(show_json(bundle), ensure_ascii=False, indent=2)


def test_a_long_text_is_analysed_in_runs_of_whole_paragraphs(seed_text):
    text = "\n\n".join([seed_text] * 6)
    sentences = split_article("x", text)
    chunks = analysis_chunks(sentences, size=len(seed_text) * 2)
    assert len(chunks) > 1
    assert [s for chunk in chunks for s in chunk] == sentences
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert before[-1].paragraph != after[0].paragraph  # a paragraph is never cut
    assert analysis_chunks(sentences, size=len(text)) == [sentences]


def test_a_huge_import_stores_the_suggestions_run_analysis_finds(tmp_path, seed_text, monkeypatch):
    from factcheck.store import articles, chunks

    text = "\n\n".join(seed_text.replace("32", str(n)) for n in range(5))
    monkeypatch.setattr(chunks, "ANALYSIS_CHUNK", len(seed_text) * 2)
    monkeypatch.setattr(articles, "ANALYSIS_CHUNK", len(seed_text) * 2)
    with Store(tmp_path / "huge.sqlite3", "tester") as store:
        article_id = store.import_text(text, title="Huge").article_id
        stored = [(g.sentence, g.start, g.kind, g.key) for g in store.suggestions(article_id)]
        assert stored
        store.run_analysis(article_id)
        again = [(g.sentence, g.start, g.kind, g.key) for g in store.suggestions(article_id)]
    assert sorted(stored) == sorted(again)
