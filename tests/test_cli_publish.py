"""``factcheck config``, ClaimReview and annotation exports from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.resources import seed

SEED_PATH = Path(str(seed("venezuela-cuba-security.txt")))


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seeded_db(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    code, out, _ = run(capsys, "import", SEED_PATH, "--db", db, "--date", "2026-01-12")
    assert code == 0, out
    return db, re.search(r" as ([0-9a-f]{16}) ", out).group(1)


def configure(capsys):
    for key, value in (("publisher.name", "Example Checks"), ("publisher.url", "https://checks.example/"),
                       ("publisher.review_url", "https://checks.example/r/{article}/{sentence}")):
        assert run(capsys, "config", "set", key, value)[0] == 0


def test_config_set_get_list_and_clear(capsys):
    assert run(capsys, "config", "get", "publisher.name") == (1, "", "factcheck: publisher.name is not set.\n")
    code, out, _ = run(capsys, "config", "set", "publisher.name", "  Example Checks ")
    assert code == 0 and out == "publisher.name = Example Checks\n"
    assert run(capsys, "config", "get", "publisher.name")[1] == "Example Checks\n"
    run(capsys, "config", "set", "publisher.language", "pt-BR")
    assert "publisher.language = pt-BR" in run(capsys, "config", "list")[1]
    assert run(capsys, "config", "set", "publisher.name", "")[1] == "publisher.name cleared.\n"
    assert run(capsys, "config", "get", "publisher.name")[0] == 1


@pytest.mark.parametrize(("key", "value", "says"), [
    ("publisher.url", "javascript:alert(1)", "http:// or https://"),
    ("publisher.logo", "ftp://x.example/logo.png", "http:// or https://"),
    ("publisher.review_url", "https://checks.example/{article}", "must contain {article} and {sentence}"),
    ("publisher.language", "English please", "language tag"),
    ("publisher.colour", "red", "Unknown setting"),
])
def test_bad_settings_are_one_clear_sentence_and_change_nothing(capsys, key, value, says):
    code, out, err = run(capsys, "config", "set", key, value)
    assert code == 1 and out == "" and says in err and err.count("\n") == 1
    if key != "publisher.colour":
        assert run(capsys, "config", "get", key)[0] == 1


def test_claimreview_is_refused_until_the_publisher_is_set(seeded_db, capsys):
    db, article_id = seeded_db
    run(capsys, "review", article_id, 7, "--db", db, "--sourced", "no", "--anonymous", "no",
        "--contested", "no", "--inconsistent", "yes", "--rating", "false",
        "--claim", "The Biden administration is pressuring Venezuela in 2026")
    code, out, err = run(capsys, "export", article_id, "--format", "claimreview", "--db", db)
    assert code == 1 and out == ""
    assert err.startswith("factcheck: ClaimReview needs the publisher's name, url, review_url")
    assert "factcheck config set publisher.name" in err and err.count("\n") == 1
    configure(capsys)
    code, out, _ = run(capsys, "export", article_id, "--format", "claimreview", "--db", db)
    items = json.loads(out)
    assert [i["url"] for i in items] == [f"https://checks.example/r/{article_id}/7"]
    assert items[0]["claimReviewed"] == "The Biden administration is pressuring Venezuela in 2026"
    # sentence 3 rated but still in progress: only with --include-unfinished, as a draft
    run(capsys, "review", article_id, 3, "--db", db, "--rating", "mixed")
    assert len(json.loads(run(capsys, "export", article_id, "--format", "claimreview", "--db", db)[1])) == 1
    code, out, _ = run(capsys, "export", article_id, "--format", "claimreview", "--db", db, "--include-unfinished")
    drafts = [i for i in json.loads(out) if i.get("creativeWorkStatus") == "Draft"]
    assert [d["url"].rsplit("/", 1)[1] for d in drafts] == ["3"]


def test_annotations_export(seeded_db, capsys, tmp_path):
    db, article_id = seeded_db
    run(capsys, "review", article_id, 12, "--db", db, "--contested", "yes")
    target = tmp_path / "a.jsonld"
    assert run(capsys, "export", article_id, "--format", "annotations", "-o", target, "--db", db)[0] == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    [annotation] = data["first"]["items"]
    assert annotation["target"]["selector"][0]["exact"].startswith("Subsequent phone conversations")
    assert "Contested: yes." in annotation["body"][0]["value"]
