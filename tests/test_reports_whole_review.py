"""Reports tell the whole review: checks made, the reviewer's evidence apart, the layers shown."""

from __future__ import annotations

import csv
import dataclasses
import io

from report_fixtures import REVIEWER, inspect_html, seed_review

from factcheck.model import EvidenceItem, SuggestionState
from factcheck.reports import render


def reviewed():
    review = seed_review()
    suggestions = tuple(
        dataclasses.replace(g, state=SuggestionState.ACCEPTED)
        if g.kind in ("name.variant", "claim.date") else g
        for g in review.suggestions
    )
    seven = review.sentences[6]
    evidence = {seven.id: {REVIEWER: (
        EvidenceItem(url="https://www.whitehouse.gov/administration/", title="The Administration",
                     accessed="2026-01-14"),
        EvidenceItem(url="https://www.senate.gov/inauguration", title="Inauguration <2025>",
                     archive_url="https://web.archive.org/web/2025/x", note="sworn in 20 January"),
        EvidenceItem(url="javascript:alert(1)", title="<script>alert(1)</script>"),
    )}}
    return dataclasses.replace(review, suggestions=suggestions, evidence=evidence)


def test_markdown_lists_checks_evidence_and_layers():
    text = render(reviewed(), "md").decode()
    checks = text.split("### Checks made", 1)[1].split("## Sentences", 1)[0]
    assert "**#11** Name: “Bruno Rodríguez Padilla” → **Bruno Rodríguez Parrilla**" in checks
    assert "Source: factcheck-review knowledge base." in checks
    assert "**#3** Date: “January 3rd” → **2026-01-03**" in checks
    assert "**#7** Office holder: “The Biden administration”" in checks
    seven = text.split("### Sentence 7", 1)[1].split("### Sentence 8", 1)[0]
    assert seven.count("    - ") == 3  # three evidence items under the reviewer
    assert "sworn in 20 January" in seven and "archived at <https://web.archive.org/web/2025/x>" in seven
    assert "**Layers shown:** the layer of Ana Reviewer" in text


def test_html_lists_checks_and_evidence_and_stays_inert():
    html = render(reviewed(), "html").decode()
    assert inspect_html(html)[0] == []
    assert "<b>#11</b> Name: “Bruno Rodríguez Padilla” → <b>Bruno Rodríguez Parrilla</b>" in html
    seven = html.split('id="s7"', 1)[1].split('id="s8"', 1)[0]
    assert seven.count('class="evidence"') == 3
    assert '<a href="https://www.senate.gov/inauguration"' in seven and "Inauguration &lt;2025&gt;" in seven
    assert 'href="javascript' not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in seven
    assert "Layers shown" in html


def test_csv_holds_every_evidence_item_and_reads_with_utf8_sig():
    data = render(reviewed(), "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    seven = rows[6]
    assert seven["evidence_url"] == "https://www.whitehouse.gov/administration/"
    items = seven["evidence_items"].split(" | ")
    assert len(items) == 3 and items[1].startswith("Inauguration <2025> <https://www.senate.gov/inauguration>")
    assert "note sworn in 20 January" in items[1]


def test_json_lists_every_evidence_item():
    import json

    data = json.loads(render(reviewed(), "json"))
    assert len(data["sentences"][6]["reviews"][REVIEWER]["evidence"]) == 3


def test_two_reviewers_the_report_says_which_layer_claimreview_uses():
    review = reviewed()
    first = review.sentences[0]
    reviews = {sid: dict(per) for sid, per in review.reviews.items()}
    reviews[first.id]["Ben"] = dataclasses.replace(reviews[first.id][REVIEWER], reviewer="Ben")  # type: ignore[index]
    text = render(dataclasses.replace(review, reviews=reviews), "md").decode()
    assert "each reviewer's layer (Ana Reviewer, Ben); ClaimReview uses Ana Reviewer's, who signed off" in text


def test_the_pdf_lists_checks_evidence_and_layers():
    from factcheck.reports.pdf import build_document

    text = build_document(reviewed()).toPlainText()
    assert "Checks made" in text and "#11 Name: “Bruno Rodríguez Padilla” → Bruno Rodríguez Parrilla" in text
    assert "Reviewer's evidence:" in text and "sworn in 20 January" in text
    assert "Layers shown" in text
