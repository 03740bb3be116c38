"""The engine stays linear in the article's length: quotation look-ups by span, and the
garbage collector paused while the detectors run (timings are in benchmarks/run.py)."""

from __future__ import annotations

import gc
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from factcheck.analysis import analyse
from factcheck.analysis.common import QuoteIndex, collector_paused
from factcheck.model import Article
from factcheck.text import split_article

spans = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 60)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=30)


@given(spans, st.integers(0, 360), st.integers(0, 80))
def test_quotations_over_a_span_are_exactly_those_a_scan_finds(quotes, start, length):
    end = start + length
    expected = [(s, e) for s, e in quotes if s < end and e > start]
    assert QuoteIndex(quotes).over(start, end) == expected


def test_the_collector_runs_again_after_an_analysis_and_stays_paused_if_it_was():
    text = "“We will win,” she said. Officials said it rained.\n"
    article = Article(id="a", text=text, published=date(2026, 1, 12))
    assert gc.isenabled()
    assert analyse(article, split_article("a", text))
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # paused by someone else: left as found
    finally:
        gc.enable()
