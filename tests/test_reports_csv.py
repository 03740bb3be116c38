"""The CSV export: one row per sentence per reviewer, formulas neutralised."""

from __future__ import annotations

import csv
import dataclasses
import io

from report_fixtures import hostile_review, seed_review

from factcheck.model import Review
from factcheck.reports import render
from factcheck.reports.csv import COLUMNS, neutralise


def rows_of(review, **options) -> list[dict[str, str]]:
    data = render(review, "csv", **options)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for spreadsheets
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_row_per_sentence_with_every_field():
    rows = rows_of(seed_review())
    assert len(rows) == 16
    assert list(rows[0]) == list(COLUMNS)
    seven = rows[6]
    assert seven["number"] == "7" and seven["index"] == "6"
    assert seven["text"].startswith("The Biden administration")
    assert (seven["sourced"], seven["anonymous"], seven["contested"], seven["inconsistent"]) == ("no", "no", "no", "yes")
    assert seven["rating"] == "false" and seven["credibility"] == "5" and seven["flagged"] == "yes"
    assert seven["links"].startswith("contradicts #3: The January 3rd capture")
    assert seven["evidence_url"] == "https://www.whitehouse.gov/administration/"
    assert seven["reviewer"] == "Ana Reviewer" and seven["status"] == "done"
    fourteen = rows[13]
    assert fourteen["sources"] == "Frank Mora (B)" and fourteen["admiralty"] == "B2"
    assert "’" in rows[0]["text"]  # accents and curly quotes survive


def test_rows_per_reviewer_and_unreviewed_sentences():
    review = seed_review()
    first, second = review.sentences[0], review.sentences[1]
    reviews = {sid: dict(per) for sid, per in review.reviews.items() if sid != second.id}
    reviews[first.id]["Bo Second"] = Review(first.id, "Bo Second", sourced=True)  # type: ignore[index,arg-type]
    rows = rows_of(dataclasses.replace(review, reviews=reviews))
    assert len(rows) == 17
    assert [(r["number"], r["reviewer"]) for r in rows[:3]] == [("1", "Ana Reviewer"), ("1", "Bo Second"), ("2", "")]
    assert rows[1]["sourced"] == "yes" and rows[1]["anonymous"] == ""  # not judged stays empty
    assert rows[2]["status"] == "unreviewed"


def test_formulas_are_neutralised():
    rows = rows_of(hostile_review())
    note = rows[6]["note"]
    assert note.startswith("Note: ")
    assert '\n=HYPERLINK("http://evil.example","click")' in note  # inside a cell, not at its start
    assert rows[0]["article_title"].startswith("Title <script>")
    formula = dataclasses.replace(
        seed_review(),
        article=dataclasses.replace(seed_review().article, title='=HYPERLINK("http://evil.example","x")'),
    )
    titles = {row["article_title"] for row in rows_of(formula)}
    assert titles == {"'=HYPERLINK(\"http://evil.example\",\"x\")"}
    for cell in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    assert neutralise("plain") == "plain" and neutralise("") == ""


def test_formulas_hidden_behind_spaces_line_breaks_or_fullwidth_signs_are_neutralised():
    for cell in (" =1+1", "  +1", "\n=1+1", "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)", " ＝1"):
        assert neutralise(cell) == "'" + cell, cell
    for cell in ("1 = 1", "a+b", " plain", "e-mail"):
        assert neutralise(cell) == cell


def test_a_note_that_is_a_formula():
    review = seed_review()
    sentence = review.sentences[2]
    reviews = {sid: dict(per) for sid, per in review.reviews.items()}
    old = reviews[sentence.id]["Ana Reviewer"]  # type: ignore[index]
    reviews[sentence.id]["Ana Reviewer"] = dataclasses.replace(old, note='=HYPERLINK("http://evil.example","click")')  # type: ignore[index]
    rows = rows_of(dataclasses.replace(review, reviews=reviews))
    assert rows[2]["note"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"


def test_flagged_only_and_suggestions_column():
    rows = rows_of(seed_review(), flagged_only=True, with_suggestions=True)
    assert [r["number"] for r in rows] == ["1", "5", "7", "9", "13", "16"]
    all_rows = rows_of(seed_review(), with_suggestions=True)
    assert all_rows[10]["pending_suggestions"] == "name.variant: Did you mean Bruno Rodríguez Parrilla?"
