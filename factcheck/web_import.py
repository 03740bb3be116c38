"""Web pages into the store: import a URL, and check an imported page for changes.

The CLI (``factcheck import URL``, ``factcheck refetch``) and the window (File > Open web
page…, Article > Check for changes) call these, so both fetch, extract and snapshot alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from factcheck.errors import FetchFailed
from factcheck.importers.fetch import FetchedPage, fetch_page, read_fetched_page

if TYPE_CHECKING:
    from factcheck.store import Store
    from factcheck.store.rows import ImportResult

Fetch = Callable[..., FetchedPage]


def import_url(store: Store, url: str, *, title: str = "", outlet: str = "",
               published: date | None = None, cancelled: Callable[[], bool] | None = None,
               fetch: Fetch = fetch_page) -> ImportResult:
    """Fetch ``url``, extract its article and store it with the page's snapshot."""
    page = fetch(url, cancelled=cancelled)
    document = read_fetched_page(page)
    return store.import_document(document, title=title, outlet=outlet, published=published, page=page)


@dataclass(frozen=True)
class ChangeCheck:
    """What fetching an article's page again found."""

    article_id: str  # the article checked
    changed: bool
    new_article_id: str  # the new version's id when the text changed, else ""
    url: str  # the URL fetched
    message: str  # one sentence for the reviewer


def page_url(store: Store, article_id: str) -> str:
    """The URL to fetch an article from again: its last snapshot's final URL, else its URL."""
    snapshots = store.snapshots(article_id)
    url = snapshots[0].final_url if snapshots else store.article(article_id).url
    if not url:
        raise FetchFailed("This article has no web address to fetch again; add one in its properties.")
    return url


def check_for_changes(store: Store, article_id: str, *, cancelled: Callable[[], bool] | None = None,
                      fetch: Fetch = fetch_page) -> ChangeCheck:
    """Fetch the article's page again and compare its extracted text with the stored one.

    The same text keeps the article (a new snapshot is stored when the page's bytes changed);
    a changed text is imported as the article's new version, with the reviewer's title, outlet
    and (when not assumed) publication date carried over and the judgments re-anchored.
    """
    article = store.article(article_id)
    url = page_url(store, article_id)
    page = fetch(url, cancelled=cancelled)
    document = read_fetched_page(page)
    if document.text == article.text:
        store.import_document(document, page=page)
        return ChangeCheck(article_id, False, "", url, f"The text at {url} has not changed.")
    result = store.import_document(
        document, title=article.title, outlet=article.outlet,
        published=None if article.published_assumed else article.published,
        page=page, previous_version_of=article_id)
    if not result.created:
        return ChangeCheck(article_id, True, result.article_id, url,
                           f"The text at {url} has changed back to an article already here "
                           f"({result.article_id}).")
    orphans = len(store.orphans(result.article_id))
    kept = "every judgment found its sentence" if not orphans else (
        f"{orphans} judgment(s) found no sentence and are kept as orphans")
    return ChangeCheck(article_id, True, result.article_id, url,
                       f"The text at {url} has changed; it was imported as a new version "
                       f"({result.article_id}, {result.sentences} sentences) and the judgments moved "
                       f"to it: {kept}.")
