"""Datasette metadata for a review file: what each table, view and column means.

``factcheck datasette-metadata --db review.sqlite3 -o metadata.json`` writes it;
``datasette review.sqlite3 -m metadata.json`` shows the descriptions, searches
sentences with ``?_search=`` (the file's own full-text index, which Datasette
finds by itself) and labels sentence links with their text.
"""

from __future__ import annotations

from typing import Any

from factcheck import __version__
from factcheck.model import CREDIBILITY_GRADES, RELIABILITY_GRADES, Rating

_VERDICT = "1 = yes, 0 = no, empty (null) = not judged: never the same as no."
_CREDIBILITY = "Admiralty information grade: " + "; ".join(f"{k} {v}" for k, v in CREDIBILITY_GRADES.items()) + "."
_RELIABILITY = "Admiralty source grade: " + "; ".join(f"{k} {v}" for k, v in RELIABILITY_GRADES.items()) + "."
_RATING = "One of " + ", ".join(r.value for r in Rating) + "; empty = not rated."
_STATUS = "unreviewed, in_progress or done (done = reviewed)."
_VERDICT_LABEL = "yes, no or not judged."

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per imported article: its text, metadata and the article-level verdict.",
        "columns": {
            "id": "Article id: the first 16 hex digits of the text's sha256.",
            "sha256": "sha256 of the article text (UTF-8).",
            "published": "Publication date (YYYY-MM-DD).",
            "published_assumed": "1 when the publication date was assumed (the import date), not read or set.",
            "rating": "Article-level rating. " + _RATING,
            "summary": "The reviewer's summary of the article verdict.",
            "signed_off_by": "Who signed the review off (empty = not signed off).",
            "signed_off_at": "When the review was signed off (UTC).",
            "text": "The article text, verbatim; sentence offsets index into it.",
        },
    },
    "sentences": {
        "description": "The article's sentences. Search them (text and notes) with the search box.",
        "label_column": "text",
        "columns": {
            "idx": "0-based position in the article; people see number = idx + 1.",
            "paragraph": "0-based paragraph number.",
            "start": "Offset of the first character in articles.text (Unicode code points).",
            "end": "Offset after the last character in articles.text (Unicode code points).",
            "text": "The sentence, exactly articles.text[start:end].",
            "notes": "Every reviewer's note on the sentence, joined: kept for full-text search.",
        },
    },
    "reviews": {
        "description": "One row per sentence and reviewer: that reviewer's judgments.",
        "columns": {
            "sourced": "Is the claim attributed to a source? " + _VERDICT,
            "anonymous": "Is at least one of its sources unnamed? " + _VERDICT,
            "contested": "Is the claim contested? " + _VERDICT,
            "inconsistent": "Does it contradict another sentence? " + _VERDICT,
            "rating": _RATING,
            "credibility": _CREDIBILITY,
            "status": _STATUS,
            "evidence_url": "The first evidence item's URL (the evidence table holds all of them).",
            "updated_at": "Last edit (UTC).",
        },
    },
    "evidence": {
        "description": "The reviewer's own evidence, several items per sentence: not the article's sources.",
        "columns": {
            "position": "Order of the item within the sentence and reviewer (0 first).",
            "accessed": "When the reviewer read it (YYYY-MM-DD).",
            "archive_url": "An archived copy of the page.",
        },
    },
    "claims": {
        "description": "The short claim a reviewer wrote for a sentence's ClaimReview.",
    },
    "sources": {
        "description": "The source ledger: people, organisations, documents and anonymous groups the articles cite.",
        "columns": {"kind": "person, organisation, document or anonymous.", "reliability": _RELIABILITY},
    },
    "citations": {"description": "Which sentence cites which source (the article's own attributions)."},
    "links": {
        "description": "Links between sentences: contradicts, corroborates or same-claim.",
        "columns": {"from_sentence": "The sentence the link starts from.",
                    "to_sentence": "The sentence it points to."},
    },
    "suggestions": {
        "description": "Judgments the program proposed; state pending, accepted or dismissed.",
        "columns": {"start": "Span start in articles.text (code points).",
                    "end": "Span end in articles.text (code points)."},
    },
    "history": {"description": "Every change to a review, source, link or article, append-only (old and new as JSON)."},
    "flagged_sentences": {
        "description": "Sentences some reviewer flagged: anonymous, contested or inconsistent yes, or rated misleading or false.",
        "columns": {"anonymous": _VERDICT_LABEL, "contested": _VERDICT_LABEL,
                    "inconsistent": _VERDICT_LABEL, "credibility": _CREDIBILITY},
    },
    "review_labels": {
        "description": "Every review with its values spelt out: yes, no or not judged; the rating; the credibility grade.",
    },
    "review_summary": {
        "description": "Per article and reviewer: how many sentences are done, flagged, and how each was judged.",
    },
}


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette ``metadata.json`` content for a review file opened as ``database``
    (Datasette names a database after its file name without the suffix)."""
    return {
        "title": "factcheck-review",
        "description": f"Sentence-by-sentence reviews of news articles (factcheck-review {__version__}).",
        "databases": {database: {"tables": TABLES}},
    }
