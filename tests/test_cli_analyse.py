"""``factcheck import`` stores first and analyses after (n of N, an ETA); ``--no-analyse``;
``show`` says when the analysis is pending; ``factcheck analyse`` runs it later."""

from __future__ import annotations

import io
import json
import random
import re

from benchmarks.corpus import article_text
from factcheck.cli import main
from factcheck.cli_analyse import ProgressLine
from factcheck.store import Store


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def write_articles(folder, count):
    rng = random.Random(21)
    paths = []
    for i in range(count):
        path = folder / f"report-{i:02d}.txt"
        path.write_text(f"Report {i}\n\n" + article_text(rng, rng.randint(5, 12)), encoding="utf-8")
        paths.append(path)
    return paths


def test_import_stores_then_analyses_with_counts_on_stderr(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    paths = write_articles(tmp_path, 6)
    code, out, err = run(capsys, "import", *paths, "--db", db)
    assert code == 0
    assert out.count("Imported “") == 6
    assert "Storing: 6 of 6 files" in err
    assert re.search(r"Analysing: 6 of 6 articles, done in [0-9.]+ s", err)
    store = Store(db, "tester")
    try:
        assert store.pending_articles() == []
        assert all(summary.pending_suggestions > 0 for summary in store.list_articles("tester"))
    finally:
        store.close()


def test_no_analyse_leaves_it_pending_until_factcheck_analyse(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    paths = write_articles(tmp_path, 3)
    code, out, err = run(capsys, "import", *paths, "--db", db, "--no-analyse")
    assert code == 0 and "Analysing" not in err and "factcheck analyse --pending" in err
    article_id = re.search(r" as ([0-9a-f]{16}) ", out).group(1)
    code, out, _ = run(capsys, "show", article_id, "--db", db)
    assert f"Analysis pending: no suggestions yet (run: factcheck analyse {article_id})." in out
    code, out, _ = run(capsys, "show", article_id, "--db", db, "--json")
    data = json.loads(out)
    assert data["analysis_pending"] is True and data["suggestions"] == []

    code, out, err = run(capsys, "analyse", article_id, "--db", db)
    assert code == 0 and "Analysing: 1 of 1 articles" in err
    code, out, _ = run(capsys, "show", article_id, "--db", db, "--json")
    data = json.loads(out)
    assert data["analysis_pending"] is False and data["suggestions"]

    code, out, err = run(capsys, "analyse", "--pending", "--db", db)
    assert code == 0 and out.startswith("Analysed 2 article(s)")
    code, out, _ = run(capsys, "analyse", "--all", "--db", db)
    assert out.startswith("Analysed 3 article(s)")


def test_analyse_needs_articles_or_all(tmp_path, capsys):
    code, _, err = run(capsys, "analyse", "--db", tmp_path / "x.sqlite3")
    assert code != 0 and err.strip().count("\n") == 0 and "--all" in err


def test_the_progress_line_counts_and_estimates():
    stream = io.StringIO()
    line = ProgressLine("Analysing", "articles", stream)
    line(0, 4, None)
    line(2, 4, 30.0)  # within a second of the last line: not printed
    line(4, 4, 0.0)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "Analysing: 0 of 4 articles"
    assert re.fullmatch(r"Analysing: 4 of 4 articles, done in [0-9.]+ s", lines[1])
    assert len(lines) == 2
