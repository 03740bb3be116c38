"""Agreement: values worked out by hand, and Krippendorff's own published worked example."""

from __future__ import annotations

import json

import pytest
from team_fixtures import copy_of, two_files

from factcheck.cli import main
from factcheck.model import Rating
from factcheck.store import Store
from factcheck.team.agreement import agreement, cohen_kappa, krippendorff_alpha

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, values 1-5.
KRIPPENDORFF_EXAMPLE = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def test_kappa_and_alpha_worked_out_by_hand():
    # Ten sentences, "sourced" yes (1) / no (0): the reviewers agree on 8.
    ana = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    ben = [1, 1, 1, 1, 1, 0, 0, 0, 0, 1]
    # p_o = 8/10; p_e = 0.6*0.6 + 0.4*0.4 = 0.52; kappa = 0.28/0.48 = 7/12.
    assert cohen_kappa(ana, ben) == pytest.approx(7 / 12)
    # 20 values: 12 yes, 8 no; 4 disagreeing ordered pairs. D_o = 4/20, D_e = 2*12*8/(20*19);
    # alpha = 1 - D_o/D_e = 1 - 19*2/96 = 29/48.
    assert krippendorff_alpha([ana, ben], "nominal") == pytest.approx(29 / 48)
    assert cohen_kappa([1, 1], [1, 1]) is None  # chance agreement is total: not defined
    assert krippendorff_alpha([[1, 1], [1, 1]], "nominal") is None


def test_krippendorffs_published_example_through_the_store(tmp_path):
    store = Store(tmp_path / "four.sqlite3", reviewer="a")
    article_id = store.import_seed().article_id
    ratings = list(Rating)
    for who, row in zip("ABCD", KRIPPENDORFF_EXAMPLE, strict=True):
        for number, value in enumerate(row, start=1):
            if value is not None:
                sid = store.sentence_by_number(article_id, number).id
                store.set_review(sid, {"credibility": value, "rating": ratings[value - 1]}, reviewer=who)
    fields = {f.field: f for f in agreement(store.article_review(article_id)).fields}
    store.close()
    # Published: nominal alpha = 0.743, ordinal alpha = 0.815.
    assert round(fields["rating"].alpha, 3) == 0.743 and fields["rating"].level == "nominal"
    assert round(fields["credibility"].alpha, 3) == 0.815 and fields["credibility"].level == "ordinal"
    assert fields["credibility"].sentences == 11  # unit 12 has one value only: not pairable
    assert fields["rating"].kappa is None  # four reviewers: kappa is for two
    assert fields["sourced"].sentences == 0 and fields["sourced"].alpha is None


def test_two_reviewers_disagreements_listed_in_reading_order(tmp_path):
    ana, ben, article_id = two_files(tmp_path)
    target = copy_of(ana, tmp_path / "ab.sqlite3")
    with Store(target) as store:
        store.merge_file(ben)
        result = agreement(store.article_review(article_id))
    assert result.reviewers == ["ana", "ben"]
    assert [(d.number, d.field, d.values) for d in result.disagreements] == [
        (1, "credibility", {"ana": 3, "ben": 4}),
        (3, "sourced", {"ana": False, "ben": True}),
        (7, "rating", {"ana": Rating.FALSE, "ben": Rating.MISLEADING}),
    ]
    sourced = next(f for f in result.fields if f.field == "sourced")
    assert sourced.sentences == 3 and sourced.observed == pytest.approx(2 / 3)
    assert result.disagreements[1].notes == {"ben": "the capture is on record"}


def test_cli_agreement_text_and_json(tmp_path, capsys):
    ana, ben, article_id = two_files(tmp_path)
    assert main(["merge", str(ben), "--db", str(ana)]) == 0
    capsys.readouterr()
    assert main(["agreement", article_id[:8], "--db", str(ana)]) == 0
    out = capsys.readouterr().out
    assert "between ana, ben" in out and "3 disagreements (0 settled)" in out
    assert "sentence 7 rating: ana false, ben misleading" in out
    assert main(["agreement", article_id, "--db", str(ana), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["number"] for d in data["disagreements"]] == [1, 3, 7]
    assert data["disagreements"][1]["values"] == {"ana": "no", "ben": "yes"}
    assert {f["field"]: f["sentences"] for f in data["fields"]}["rating"] == 3
