"""Two reviewers' files made through the store API, with known disagreements."""

from __future__ import annotations

from pathlib import Path

from factcheck.model import EvidenceItem, Rating
from factcheck.store import Store


def reviewer_file(path: Path, reviewer: str, verdicts: dict[int, dict]) -> tuple[Store, str]:
    """A file with the seed article and ``verdicts`` (sentence number -> review fields)."""
    store = Store(path, reviewer=reviewer)
    article_id = store.import_seed().article_id
    for number, fields in verdicts.items():
        store.set_review(store.sentence_by_number(article_id, number).id, fields)
    return store, article_id


ANA = {
    1: {"sourced": True, "anonymous": True, "contested": False, "inconsistent": False, "rating": Rating.UNVERIFIABLE,
        "credibility": 3, "note": "eleven unnamed sources"},
    3: {"sourced": False, "anonymous": False, "contested": False, "inconsistent": False, "rating": Rating.ACCURATE,
        "credibility": 2},
    7: {"sourced": False, "anonymous": False, "contested": True, "inconsistent": True, "rating": Rating.FALSE,
        "credibility": 5, "note": "Biden was not in office"},
}
BEN = {
    1: {"sourced": True, "anonymous": True, "contested": False, "inconsistent": False, "rating": Rating.UNVERIFIABLE,
        "credibility": 4},
    3: {"sourced": True, "anonymous": False, "contested": False, "inconsistent": False, "rating": Rating.ACCURATE,
        "credibility": 2, "note": "the capture is on record"},
    7: {"sourced": False, "anonymous": False, "contested": True, "inconsistent": True, "rating": Rating.MISLEADING,
        "credibility": 5},
    9: {"sourced": True, "anonymous": True, "rating": Rating.MIXED},
}


def two_files(tmp_path: Path) -> tuple[Path, Path, str]:
    """ana's and ben's files (closed), each with citations, a link and a dismissed suggestion."""
    a, article_id = reviewer_file(tmp_path / "ana.sqlite3", "ana", ANA)
    b, _ = reviewer_file(tmp_path / "ben.sqlite3", "ben", BEN)
    mora = a.create_source("Frank Mora", "person", "former US official", "B")
    a.cite(a.sentence_by_number(article_id, 14).id, mora.id)
    mora_b = b.create_source("Frank Mora", "person", "", "B")
    b.cite(b.sentence_by_number(article_id, 14).id, mora_b.id)
    office = b.create_source("White House", "organisation", "", "C")
    b.cite(b.sentence_by_number(article_id, 9).id, office.id)
    b.add_link(b.sentence_by_number(article_id, 7).id, b.sentence_by_number(article_id, 3).id, "contradicts",
               "Biden vs January 3")
    pending = [g for g in b.suggestions(article_id) if g.state.value == "pending"]
    b.dismiss_suggestion(pending[0].id)
    # Each reviewer's own evidence list and claim texts (the publishing tables merge too).
    seven_a, seven_b = a.sentence_by_number(article_id, 7).id, b.sentence_by_number(article_id, 7).id
    a.add_evidence(seven_a, EvidenceItem("https://www.whitehouse.gov/administration/", "The Administration"))
    a.add_evidence(seven_a, EvidenceItem("https://archive.example/capture", "Capture report", "2026-01-13",
                                         note="confirms January 3"))
    a.set_claim_text(seven_a, "The Biden administration is pressuring Venezuela")
    b.add_evidence(seven_b, EvidenceItem("https://archive.example/capture", "Capture report"))
    b.set_claim_text(b.sentence_by_number(article_id, 3).id, "32 Cuban personnel were killed")
    a.close()
    b.close()
    return tmp_path / "ana.sqlite3", tmp_path / "ben.sqlite3", article_id


def copy_of(path: Path, target: Path) -> Path:
    with Store(path) as store:
        store.backup(target)
    return target
