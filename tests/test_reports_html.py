"""The HTML report: self-contained, inert, verdicts as colour plus text."""

from __future__ import annotations

import re

from report_fixtures import PAYLOADS, hostile_review, inspect_html, seed_review

from factcheck.reports import render


def html_of(review, **options) -> str:
    return render(review, "html", **options).decode("utf-8")


def test_seed_report_is_one_self_contained_page():
    page = html_of(seed_review())
    bad, text = inspect_html(page)
    assert bad == []
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "<link" not in page and "@import" not in page
    # No external requests: the only URLs are links a reader may follow (the evidence).
    assert re.findall(r"(?:src|href)=\"(https?:[^\"]*)\"", page) == ["https://www.whitehouse.gov/administration/"]
    assert "url(" not in page
    assert "<style>" in page and "@media print" in page
    for expected in (
        "Venezuela reduces its security dependence on Cuba under U.S. pressure",
        "16/16 reviewed",
        "signed off by Ana Reviewer on 2026-01-14",
        "2026-01-12 (assumed)",
        "Sentences with only anonymous sources",
    ):
        assert expected in text
    for number in range(1, 17):
        assert f'id="s{number}"' in page


def test_verdicts_are_colour_plus_text():
    page = html_of(seed_review())
    sentence_7 = page.split('id="s7"')[1].split('id="s8"')[0]
    assert '<span class="v bad">&nbsp;Inconsistent: yes&nbsp;</span>' in sentence_7
    assert '<span class="v good">&nbsp;Contested: no&nbsp;</span>' in sentence_7
    assert '<span class="r bad">&nbsp;False&nbsp;</span>' in sentence_7
    assert "Admiralty: <b>C5</b>" not in sentence_7  # sentence 7 cites no source
    assert 'Link: contradicts <a href="#s3">#3</a>' in sentence_7
    sentence_14 = page.split('id="s14"')[1].split('id="s15"')[0]
    assert "Admiralty: <b>B2</b> (Frank Mora)" in sentence_14


def test_summary_shows_the_inconsistency_side_by_side_with_its_reason():
    page = html_of(seed_review())
    summary = page.split("<h3>Inconsistencies</h3>")[1].split("<h3>")[0]
    rows = re.findall(r"<tr><td><b>#(\d+)</b>.*?</td><td><b>(#\d+)</b> (.*?)</td><td>(.*?)</td></tr>", summary)
    assert len(rows) == 1
    number, other, other_text, reason = rows[0]
    assert (number, other) == ("7", "#3")
    assert other_text.startswith("The unraveling of the Caracas-Havana security alliance")
    assert reason.startswith("The January 3rd capture of Maduro")
    unmarked = html_of(seed_review(mark_inconsistency=False))
    assert "None marked." in unmarked.split("<h3>Inconsistencies</h3>")[1].split("<h3>")[0]


def test_hostile_text_comes_out_inert():
    page = html_of(hostile_review(), with_suggestions=True)
    bad, text = inspect_html(page)
    assert bad == []
    assert "javascript" not in "".join(re.findall(r'href="([^"]*)"', page)).lower()
    for payload in PAYLOADS:
        assert payload in text
    assert "<title>Review: Title &lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_flagged_only():
    page = html_of(seed_review(), flagged_only=True)
    assert re.findall(r'id="s(\d+)"', page) == ["1", "5", "7", "9", "13", "16"]
    assert "Flagged sentences (6 of 16)" in page
    assert "Link: contradicts #3" in page and 'href="#s3"' not in page  # sentence 3 is not shown


def test_several_sources_each_show_their_admiralty_code():
    import dataclasses

    review = seed_review()
    fourteen = review.sentences[13]
    analysts = next(s for s in review.sources if s.name == "Analysts")
    extra = dataclasses.replace(review.citations[0], sentence_id=fourteen.id, source_id=analysts.id)
    page = html_of(dataclasses.replace(review, citations=review.citations + (extra,)))
    sentence_14 = page.split('id="s14"')[1].split('id="s15"')[0]
    assert "Admiralty: <b>B2</b> (Frank Mora), <b>F2</b> (Analysts)" in sentence_14
