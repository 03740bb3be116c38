"""The factcheck command: the contract in DESIGN.md, and one clear line for every error."""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
import subprocess
import sys
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
def db(tmp_path):
    return tmp_path / "cli.sqlite3"


@pytest.fixture
def seeded_db(db, capsys):
    code, out, _ = run(capsys, "import", SEED_PATH, "--db", db, "--date", "2026-01-12",
                       "--title", "Venezuela reduces its security dependence on Cuba under U.S. pressure")
    assert code == 0, out
    article_id = re.search(r" as ([0-9a-f]{16}) ", out).group(1)
    return db, article_id


def test_import_twice_says_it_was_already_there(seeded_db, capsys):
    db, article_id = seeded_db
    code, out, _ = run(capsys, "import", SEED_PATH, "--db", db)
    assert code == 0 and "already there" in out and article_id in out
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    listed = json.loads(out)
    assert [a["id"] for a in listed] == [article_id]
    assert set(listed[0]) == {"id", "title", "outlet", "published", "sentences", "reviewed"}
    assert listed[0]["sentences"] == 16 and listed[0]["reviewed"] == 0
    assert listed[0]["published"] == "2026-01-12"


def test_review_then_show_json(seeded_db, capsys):
    db, article_id = seeded_db
    code, out, _ = run(capsys, "--reviewer", "ana", "review", article_id[:5], 7, "--inconsistent", "yes",
                       "--sourced", "no", "--note", "Biden left office on 2025-01-20", "--db", db)
    assert code == 0 and "Saved sentence 7" in out
    code, out, _ = run(capsys, "show", article_id, "--db", db, "--json", "--reviewer", "ana")
    shown = json.loads(out)
    assert set(shown) >= {"article", "sentences", "sources", "links", "suggestions", "profile"}
    seventh = shown["sentences"][6]
    assert (seventh["index"], seventh["number"]) == (6, 7)
    assert seventh["text"].startswith("The Biden administration")
    review = seventh["reviews"]["ana"]
    assert review["inconsistent"] == "yes" and review["sourced"] == "no"
    assert review["anonymous"] is None and review["contested"] is None  # not judged stays null
    assert shown["sentences"][0]["reviews"] == {}
    # the write went through the store and left history
    rows = sqlite3.connect(str(db)).execute("SELECT field, new FROM history WHERE entity = 'review'").fetchall()
    assert ("inconsistent", "true") in rows


def test_show_text_lists_numbered_sentences(seeded_db, capsys):
    db, article_id = seeded_db
    code, out, _ = run(capsys, "show", "Venezuela reduces its security dependence on Cuba under U.S. pressure",
                       "--db", db)
    assert code == 0
    assert re.search(r"^\s+1\. \[S· A· C· I·\] Venezuela’s interim", out, re.M)
    assert re.search(r"^\s+16\. \[", out, re.M)


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "nope"], "No article has the id or title 'nope'."),
        (["review", "{id}", "17", "--sourced", "yes"], "there is no sentence 17"),
        (["review", "{id}", "1", "--rating", "great"], "is not a rating"),
        (["review", "{id}", "1", "--credibility", "9"], "from 1 to 6"),
        (["review", "{id}", "1"], "Nothing to record"),
        (["import", "{missing}"], "does not exist"),
        (["export", "{id}", "--format", "pdf"], "A PDF needs a file"),
    ],
)
def test_errors_are_one_line_on_stderr_with_exit_1(seeded_db, capsys, tmp_path, args, message):
    db, article_id = seeded_db
    args = [a.format(id=article_id, missing=tmp_path / "missing.txt") for a in args]
    code, out, err = run(capsys, *args, "--db", db)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["review", "x", "1", "--sourced", "maybe"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_a_bad_file_imports_nothing(db, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("A good article. With two sentences.", encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    code, _, err = run(capsys, "import", good, binary, "--db", db)
    assert code == 1 and "bad.txt" in err
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert json.loads(out) == []


def test_broken_and_newer_databases_are_refused(tmp_path, capsys):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00garbage" * 512)
    code, _, err = run(capsys, "list", "--db", broken)
    assert code == 1 and "not a factcheck-review database" in err and err.count("\n") == 1
    newer = tmp_path / "newer.sqlite3"
    assert run(capsys, "list", "--db", newer)[0] == 0
    conn = sqlite3.connect(str(newer))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('factcheck', '9999_x', '')")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "list", "--db", newer)
    assert code == 1 and "newer version" in err


def test_check_prints_the_json_contract(capsys):
    code, out, _ = run(capsys, "check", SEED_PATH, "--date", "2026-01-12", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"article", "sentences", "suggestions"}
    assert len(data["sentences"]) == 16
    assert set(data["sentences"][0]) == {
        "index", "number", "start", "end", "paragraph", "text", "attribution"}
    for suggestion in data["suggestions"]:
        assert set(suggestion) == {
            "sentence", "start", "end", "kind", "message", "value", "related", "proposed",
            "confidence"}
        assert suggestion["confidence"] in ("high", "low")
    first, second = data["sentences"][0]["attribution"], data["sentences"][1]["attribution"]
    assert first["kind"] == "anonymous" and first["speaker"] == "eleven sources familiar with the matter"
    seed_text = Path(SEED_PATH).read_text(encoding="utf-8")
    assert "eleven sources familiar with the matter" in seed_text[first["start"] : first["end"]]
    assert first["sources"] == [{"name": "eleven sources familiar with the matter", "kind": "anonymous"}]
    assert second == {"kind": "none", "speaker": None, "sources": [], "start": None, "end": None,
                      "confidence": "high"}
    named = data["sentences"][13]["attribution"]
    assert named["kind"] == "named" and named["speaker"] == "Frank Mora"
    assert named["sources"] == [{"name": "Frank Mora", "kind": "person"}]
    dates = {(g["sentence"], g["value"]) for g in data["suggestions"] if g["kind"] == "claim.date"}
    assert (2, "2026-01-03") in dates


def test_backup_writes_a_readable_copy(seeded_db, tmp_path, capsys):
    db, article_id = seeded_db
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "backup", "-o", target, "--db", db)
    assert code == 0 and str(target) in out
    assert sqlite3.connect(str(target)).execute("SELECT id FROM articles").fetchall() == [(article_id,)]


def test_export_writes_the_file_atomically(seeded_db, tmp_path, capsys):
    db, article_id = seeded_db
    target = tmp_path / "review.md"
    code, _, err = run(capsys, "export", article_id, "--format", "md", "-o", target, "--db", db)
    assert code == 0 and "Wrote" in err
    assert "Venezuela reduces" in target.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.part"))


def test_json_review_exports_and_imports_back(seeded_db, tmp_path, capsys):
    db, article_id = seeded_db
    run(capsys, "review", article_id, 3, "--contested", "yes", "--note", "check the 32", "--db", db)
    exported = tmp_path / "review.json"
    assert run(capsys, "export", article_id, "--format", "json", "-o", exported, "--db", db)[0] == 0
    fresh = tmp_path / "fresh.sqlite3"
    code, out, _ = run(capsys, "import", exported, "--db", fresh)
    assert code == 0 and "Imported the review" in out
    again = tmp_path / "again.json"
    assert run(capsys, "export", article_id, "--format", "json", "-o", again, "--db", fresh)[0] == 0
    assert json.loads(again.read_text()) == json.loads(exported.read_text())


def test_help_runs_as_a_program():
    result = subprocess.run([sys.executable, "-m", "factcheck.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("import", "list", "show", "review", "check", "export", "backup"):
        assert command in result.stdout


def test_a_db_in_a_folder_that_does_not_exist_is_refused(tmp_path, capsys):
    target = tmp_path / "no-such-folder" / "review.sqlite3"
    code, out, err = run(capsys, "list", "--db", target)
    assert code == 1 and out == ""
    assert err == (f"factcheck: The folder {target.parent} does not exist; create it first or give "
                   "another path for the database.\n")
    assert not target.parent.exists()


def test_a_new_db_in_an_existing_folder_starts_empty(tmp_path, capsys):
    code, out, _ = run(capsys, "list", "--db", tmp_path / "fresh.sqlite3")
    assert code == 0 and out.startswith("No articles yet.")


def test_readme_recovery_examples_run(tmp_path, capsys):
    """The README's recovery commands run as written, on a database holding the seed."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Keeping judgments safe", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    article = tmp_path / "article.txt"
    article.write_text(SEED_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "safe.sqlite3"
    code, out, _ = run(capsys, "import", str(article), "--db", db)
    article_id = re.search(r" as ([0-9a-f]{16}) ", out).group(1)
    for line in block.strip().splitlines():
        words = shlex.split(line.split("#", 1)[0])
        assert words[0] == "factcheck"
        words = [str(tmp_path / w) if w in ("article.txt", "copy.sqlite3", "rescued.json") else w
                 for w in words[1:]]
        words = [article_id if w == "0a1c" else w for w in words]
        code, out, err = run(capsys, *words, "--db", db)
        assert code == 0, (line, err)
    assert (tmp_path / "rescued.json").exists()
    assert [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
