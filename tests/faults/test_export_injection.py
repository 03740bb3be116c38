"""Injection through the store into every export: article text, notes, names and URLs."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from factcheck.model import Evidence
from factcheck.reports import render
from factcheck.reports.json_read import from_json
from factcheck.store import Store
from tests.report_fixtures import PUBLISHER, inspect_html

SCRIPT = "</script><script>alert(1)</script>"
ARTICLE = (
    f"Officials said {SCRIPT} was found. <img src=x onerror=alert(2)> appeared in 2026.\n\n"
    "=HYPERLINK(\"http://evil.example\",\"x\") was typed. ＝1+1 came next. [x](javascript:alert(3)) too."
)


@pytest.fixture
def hostile_store(tmp_path):
    store = Store(tmp_path / "inject.sqlite3", f"Eve {SCRIPT}")
    article_id = store.import_text(ARTICLE, title=f"Title {SCRIPT}", outlet="<b>Outlet</b>").article_id
    sentences = store.sentences(article_id)
    for s in sentences:
        store.set_review(s.id or 0, {
            "note": f" =1+1 {SCRIPT}\n@SUM(A1)", "rating": "false", "credibility": 5,
            "evidence": Evidence(url="javascript:alert(4)", title=SCRIPT, archive_url=" JaVaScRiPt:x"),
            "sourced": True, "anonymous": False, "contested": True, "inconsistent": False})
    source = store.create_source(f"Source {SCRIPT}", "person", "<img src=x onerror=alert(5)>")
    store.cite(sentences[0].id or 0, source.id)
    store.add_link(sentences[0].id or 0, sentences[1].id or 0, "contradicts", SCRIPT)
    store.update_article(article_id, {"summary": SCRIPT, "url": "javascript:alert(6)", "rating": "false"})
    yield store, article_id
    store.close()


def test_html_has_no_active_content(hostile_store):
    store, article_id = hostile_store
    html = render(store.article_review(article_id), "html", with_suggestions=True).decode("utf-8")
    bad, text = inspect_html(html)
    assert bad == []
    assert "alert(1)" in text  # shown as text, not dropped


def test_markdown_has_no_raw_html_or_script_links(hostile_store):
    store, article_id = hostile_store
    markdown = render(store.article_review(article_id), "md", with_suggestions=True).decode("utf-8")
    assert "<script" not in markdown.lower() and "<img" not in markdown.lower()
    # An escaped "\\](" is inert text; an unescaped "](javascript:" would be a link.
    assert re.search(r"(?<!\\)\]\(\s*javascript:", markdown, re.IGNORECASE) is None


def test_csv_cells_never_start_a_formula(hostile_store):
    store, article_id = hostile_store
    data = render(store.article_review(article_id), "csv").decode("utf-8-sig")
    for row in csv.reader(io.StringIO(data)):
        for cell in row:
            visible = cell.lstrip()
            assert visible[:1] not in ("=", "+", "@", "＝", "＋", "＠") or cell.startswith("'"), cell
            assert not cell.startswith(("\t", "\r", "\n")), cell


def test_claimreview_cannot_close_its_script_element(hostile_store):
    store, article_id = hostile_store
    text = render(store.article_review(article_id), "claimreview", publisher=PUBLISHER,
                  include_unfinished=True).decode("utf-8")
    assert "</script" not in text.lower() and "<!--" not in text
    items = json.loads(text)
    assert any(SCRIPT in json.dumps(item, ensure_ascii=False) for item in items)  # kept, escaped


def test_json_round_trips_every_hostile_value(hostile_store, tmp_path):
    store, article_id = hostile_store
    bundle = store.article_review(article_id)
    again = from_json(render(bundle, "json"))
    assert again.article.text == ARTICLE and again.article.title == f"Title {SCRIPT}"
    assert [r.note for per in again.reviews.values() for r in per.values()] == [
        r.note for per in bundle.reviews.values() for r in per.values()]
