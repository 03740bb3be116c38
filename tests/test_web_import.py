"""Web pages into the store: snapshots, language, `factcheck import URL`, re-fetching."""

from __future__ import annotations

import json
import zlib

import pytest

from factcheck.cli import main
from factcheck.importers.document import ImportedDocument
from factcheck.importers.fetch import fetch_page
from factcheck.store import Store, open_store
from factcheck.web_import import check_for_changes, import_url
from tests.web_server import NEWS_PAGE

RUSSIAN = ("Правительство в понедельник решило повысить налоги на 5 процентов с 1 марта 2025 года. "
           "«Это необходимо», — заявил министр финансов Антон Силуанов журналистам в Москве.")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "web.sqlite3") as s:
        yield s


def test_an_imported_url_keeps_its_page_as_a_snapshot(web, store: Store):
    final = web.page("/story.html")
    result = import_url(store, web.redirect("/s", final))
    assert result.created
    article = store.article(result.article_id)
    assert article.url == final and article.language == "en"
    [snapshot] = store.snapshots(result.article_id)
    assert snapshot.final_url == final and snapshot.redirects == (web.url("/s"),)
    assert snapshot.requested_url == web.url("/s") and snapshot.status == 200
    assert snapshot.size == len(NEWS_PAGE) and store.snapshot_html(snapshot.id) == NEWS_PAGE
    # Kept compressed: the stored blob is smaller than the page and is zlib data.
    [(blob,)] = store._read("SELECT html FROM snapshots WHERE id = ?", (snapshot.id,))
    assert len(blob) < len(NEWS_PAGE) and zlib.decompress(blob) == NEWS_PAGE


def test_the_same_page_again_adds_no_article_and_no_duplicate_snapshot(web, store: Store):
    url = web.page("/story.html")
    first = import_url(store, url)
    again = import_url(store, url)
    assert not again.created and again.article_id == first.article_id
    assert len(store.snapshots(first.article_id)) == 1


def test_a_failed_fetch_stores_nothing(web, store: Store):
    from factcheck.errors import FetchFailed

    with pytest.raises(FetchFailed):
        import_url(store, web.page("/gone", status=410))
    assert store.article_count() == 0
    assert store._read("SELECT COUNT(*) FROM snapshots") == [(0,)]


def test_a_non_english_article_is_stored_with_its_language(store):
    result = store.import_document(ImportedDocument(text=RUSSIAN, title="Налоги"))
    assert store.article(result.article_id).language == "ru"
    kinds = {g.kind for g in store.suggestions(result.article_id)}
    assert "claim.number" in kinds and "claim.date" in kinds


def test_a_non_english_article_gets_only_the_language_free_suggestions(store, seed_text):
    # The seed article said to be German: the English-reading detectors stay silent.
    result = store.import_document(ImportedDocument(text=seed_text, language="de"))
    kinds = {g.kind for g in store.suggestions(result.article_id)}
    assert kinds == {"claim.number", "claim.date", "quote.direct", "quote.scare"}


def test_an_english_article_keeps_the_whole_analysis(store, seed_text):
    result = store.import_document(ImportedDocument(text=seed_text))
    assert store.article(result.article_id).language == "en"
    kinds = {g.kind for g in store.suggestions(result.article_id)}
    assert "attribution.anonymous" in kinds and "temporal.anachronism" in kinds


def test_check_for_changes_unchanged_then_changed(web, store: Store):
    url = web.page("/live.html")
    original = import_url(store, url)
    store.update_article(original.article_id, {"title": "The reviewer's title"})
    check = check_for_changes(store, original.article_id)
    assert not check.changed and check.message == f"The text at {url} has not changed."
    assert store.article_count() == 1
    # The page's bytes change but not its text: a new snapshot, the same article.
    web.page("/live.html", body=NEWS_PAGE.replace(b"</body>", b"<!-- ad 2 --></body>"))
    assert not check_for_changes(store, original.article_id).changed
    assert len(store.snapshots(original.article_id)) == 2
    # The text changes: a new version, the reviewer's title kept and the judgments moved.
    first = store.sentences(original.article_id)[0]
    store.set_review(first.id, {"contested": True, "note": "check the vote count"})
    web.page("/live.html", body=NEWS_PAGE.replace(b"three-year", b"four-year"))
    check = check_for_changes(store, original.article_id)
    assert check.changed and check.new_article_id != original.article_id
    assert "imported as a new version" in check.message
    assert store.article_count() == 2
    assert store.previous_version(check.new_article_id) == original.article_id
    assert store.article(check.new_article_id).title == "The reviewer's title"
    assert "four-year" in store.article(check.new_article_id).text
    moved = store.review(store.sentences(check.new_article_id)[0].id)
    assert moved.contested is True and moved.note == "check the vote count"


def test_check_for_changes_without_a_url_says_so(store, seed_text):
    from factcheck.errors import FetchFailed

    result = store.import_document(ImportedDocument(text=seed_text))
    with pytest.raises(FetchFailed, match="has no web address to fetch again"):
        check_for_changes(store, result.article_id)


def test_cli_imports_a_url_and_prints_its_snapshot(web, tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    url = web.page("/news/council.html")
    code, out, err = run(capsys, "import", url, "--db", db)
    assert code == 0, err
    assert out.startswith("Imported “Council approves $48 million Riverside water plant")
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    [listed] = json.loads(out)
    code, out, _ = run(capsys, "snapshot", listed["id"][:6], "--db", db, "--list")
    assert code == 0 and url in out and f"{len(NEWS_PAGE):,} bytes" in out
    saved = tmp_path / "snapshot.html"
    code, _, err = run(capsys, "snapshot", listed["id"][:6], "--db", db, "-o", saved)
    assert code == 0 and saved.read_bytes() == NEWS_PAGE
    code, out, _ = run(capsys, "refetch", listed["id"][:6], "--db", db)
    assert code == 0 and out.strip() == f"The text at {url} has not changed."


def test_cli_a_failing_url_is_one_line_and_imports_nothing(web, tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    good = web.page("/good.html")
    bad = web.page("/missing", status=404)
    code, out, err = run(capsys, "import", good, bad, "--db", db)
    assert code == 1
    assert err == f"factcheck: The server answered 404 Not Found for {bad}.\n"
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    assert json.loads(out) == []


def test_cli_snapshot_of_a_file_article_says_there_is_none(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    from factcheck.resources import SEED_ARTICLE, seed

    run(capsys, "import", seed(SEED_ARTICLE), "--db", db)
    _, out, _ = run(capsys, "list", "--db", db, "--json")
    code, _, err = run(capsys, "snapshot", json.loads(out)[0]["id"], "--db", db)
    assert code == 1 and "has no snapshot" in err


def test_fetch_keeps_the_page_within_the_snapshot_limit(web):
    from factcheck.importers.fetch import MAX_PAGE_BYTES
    from factcheck.store.snapshots import MAX_SNAPSHOT_BYTES

    assert MAX_PAGE_BYTES == MAX_SNAPSHOT_BYTES == 20 * 1024 * 1024
    assert len(fetch_page(web.page("/ok.html")).body) < MAX_PAGE_BYTES


def test_check_of_a_non_english_file_says_its_language_and_keeps_only_language_free_kinds(tmp_path, capsys):
    path = tmp_path / "nalogi.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    code, out, _ = run(capsys, "check", path, "--json")
    data = json.loads(out)
    assert code == 0 and data["article"]["language"] == "ru"
    assert {g["kind"] for g in data["suggestions"]} <= {"claim.number", "claim.date", "quote.direct",
                                                       "quote.scare"}
