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


def _readme_block(section: str) -> list[str]:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split(f"## {section}", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.strip().splitlines()]


def test_readme_publishing_examples_run(seeded_db, capsys, tmp_path, monkeypatch):
    import shlex

    db, article_id = seeded_db
    monkeypatch.chdir(tmp_path)
    for command in _readme_block("Publishing: ClaimReview and Web Annotations"):
        words = [article_id if w == "0a1c" else w for w in shlex.split(command)]
        assert words[0] == "factcheck"
        code, out, err = run(capsys, *words[1:], "--db", db)
        assert code == 0, (command, err)
    items = json.loads((tmp_path / "claims.jsonld").read_text(encoding="utf-8"))
    assert items[0]["url"] == f"https://checks.example/reviews/{article_id}#s7"
    assert json.loads((tmp_path / "annotations.jsonld").read_text(encoding="utf-8"))["total"] == 1


def test_readme_datasette_examples_run(tmp_path, capsys, monkeypatch):
    import asyncio
    import shlex
    import subprocess
    import sys

    from datasette.app import Datasette

    monkeypatch.chdir(tmp_path)
    assert run(capsys, "import", SEED_PATH, "--db", tmp_path / "review.sqlite3")[0] == 0
    commands = _readme_block("Open your reviews in Datasette")
    for command in commands:
        words = shlex.split(command)
        if words[0] == "factcheck":
            assert run(capsys, *words[1:])[0] == 0
        elif words[0] == "sqlite-utils":
            result = subprocess.run([sys.executable, "-m", "sqlite_utils", *words[1:]], capture_output=True, text=True)
            assert result.returncode == 0 and "Biden administration" in result.stdout, result.stderr
        else:  # the server: the same files through Datasette's own client
            assert words[:3] == ["datasette", "review.sqlite3", "-m"]
            metadata = json.loads((tmp_path / words[3]).read_text(encoding="utf-8"))
            ds = Datasette([str(tmp_path / "review.sqlite3")], metadata=metadata)

            async def fetch(client=ds.client):
                return await client.get("/review/sentences.json?_search=Biden&_shape=array")

            rows = asyncio.run(fetch()).json()
            assert [r["idx"] for r in rows] == [6]


def test_show_json_lists_every_evidence_item(seeded_db, capsys):
    from factcheck.model import EvidenceItem
    from factcheck.store import Store

    db, article_id = seeded_db
    with Store(db, reviewer="tester") as store:
        seven = store.sentence_by_number(article_id, 7)
        store.add_evidence(seven.id, EvidenceItem(url="https://a.example/", title="A"))
        store.add_evidence(seven.id, EvidenceItem(title="B", note="phone call"))
    data = json.loads(run(capsys, "show", article_id, "--json", "--db", db)[1])
    review = data["sentences"][6]["reviews"]["tester"]
    assert [e["title"] for e in review["evidence_items"]] == ["A", "B"]
    assert review["evidence"]["url"] == "https://a.example/"  # the first item, as before
