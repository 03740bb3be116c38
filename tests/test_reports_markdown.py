"""The Markdown report."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from report_fixtures import PAYLOADS, hostile_review, inspect_html, seed_review

from factcheck.reports import render
from factcheck.reports.markdown import escape

# html=True lets raw HTML through: the escaping alone has to make the text inert.
MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")


def markdown_of(review, **options) -> str:
    return render(review, "md", **options).decode("utf-8")


def test_seed_report_header_summary_and_sentences():
    text = markdown_of(seed_review())
    assert text.startswith("# Venezuela reduces its security dependence on Cuba under U.S. pressure\n")
    for line in (
        "- **Published:** 2026-01-12 (assumed)",
        "- **Reviewers:** Ana Reviewer",
        "- **Date of review:** 2026-01-14",
        "- **Progress:** 16/16 reviewed",
        "- **Sign-off:** signed off by Ana Reviewer on 2026-01-14",
        "**Rating:** Misleading",
        "| Inconsistent | 1 | 15 | 0 |",
        "- Sentences with a named source: 1 of 16",
        "- Sentences with only anonymous sources: 4 of 16",
        "- Sentences with no source: 11 of 16",
        "- Distinct sources: 5",
        "- Direct quotations: 3",
        "- Sentences with direct quotations: 2",
    ):
        assert line in text, line
    for number in range(1, 17):
        assert f"### Sentence {number}" in text
    html = MARKDOWN.render(text)
    assert "Admiralty: <strong>B2</strong> (Frank Mora)" in html
    assert "Link: contradicts #3 — The January 3rd capture" in html
    assert "Link: contradicts #7" in html


def test_summary_lists_the_sentence_7_and_3_inconsistency_once_marked():
    unmarked = markdown_of(seed_review(mark_inconsistency=False))
    section = unmarked.split("### Inconsistencies")[1].split("###")[0]
    assert "*None marked.*" in section
    marked = markdown_of(seed_review())
    section = marked.split("### Inconsistencies")[1].split("###")[0]
    rows = [line for line in section.splitlines() if line.startswith("| **#")]
    assert len(rows) == 1
    assert rows[0].startswith("| **#7** The Biden administration has been actively pressuring")
    assert "| **\\#3** The unraveling of the Caracas-Havana security alliance" in rows[0]
    assert "The January 3rd capture of Maduro dates these events to 2026" in rows[0]


def test_unreviewed_sentences_are_marked():
    review = seed_review()
    fourth = review.sentences[3]
    reviews = {sid: per for sid, per in review.reviews.items() if sid != fourth.id}
    text = markdown_of(dataclasses.replace(review, reviews=reviews))
    assert "### Sentence 4 — NOT REVIEWED\n" in text
    assert "15/16 reviewed" in text
    assert "### Sentence 5 — flagged\n" in text


def test_flagged_only_and_with_suggestions():
    text = markdown_of(seed_review(), flagged_only=True)
    assert "## Flagged sentences (6 of 16)" in text
    shown = [int(line.split()[2]) for line in text.splitlines() if line.startswith("### Sentence ")]
    assert shown == [1, 5, 7, 9, 13, 16]
    assert "Pending suggestions" not in text
    with_suggestions = markdown_of(seed_review(), with_suggestions=True)
    section = with_suggestions.split("### Sentence 11")[1].split("### Sentence 12")[0]
    assert "- Pending suggestions:\n  - name.variant: Did you mean Bruno Rodríguez Parrilla?" in section
    assert "Speculative wording" not in with_suggestions  # dismissed suggestions are not listed


def test_several_reviewers_each_show_their_verdicts():
    review = seed_review()
    first = review.sentences[0]
    reviews = {sid: dict(per) for sid, per in review.reviews.items()}
    original = reviews[first.id]["Ana Reviewer"]  # type: ignore[index]
    reviews[first.id]["Bo Second"] = dataclasses.replace(original, reviewer="Bo Second", anonymous=False)  # type: ignore[index]
    text = markdown_of(dataclasses.replace(review, reviews=reviews))
    assert "- **Reviewers:** Ana Reviewer, Bo Second" in text
    section = text.split("### Sentence 1")[1].split("### Sentence 2")[0]
    assert "- **Ana Reviewer** (done): Sourced: **yes** · Anonymous: **yes**" in section
    assert "- **Bo Second** (done): Sourced: **yes** · Anonymous: **no**" in section
    assert "#### Bo Second" in text


def test_hostile_text_comes_out_inert():
    text = markdown_of(hostile_review(), with_suggestions=True)
    html = MARKDOWN.render(text)
    bad, visible = inspect_html(html)
    assert bad == []
    assert "<a " not in html and "<img" not in html and "<script" not in html
    for payload in PAYLOADS:
        assert payload in visible
    assert "<h1>not a heading" not in html and "# not a heading" in visible


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))))
def test_escaped_text_renders_as_exactly_the_text_given(text):
    text = " ".join(text.split())  # Markdown folds runs of white space, as HTML does
    rendered = MARKDOWN.render(escape(text))
    bad, visible = inspect_html(rendered)
    assert bad == []
    assert visible.strip() == text
    if text:
        assert rendered.startswith("<p>")
