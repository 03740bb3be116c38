"""Importing a read document with its language and, for a web page, its raw-HTML snapshot.

A snapshot is the page exactly as the server sent it (zlib-compressed), with the URL asked
for, the final URL after redirects, every redirect, the fetch time and the sha256 of the
bytes, so a review stays tied to what was reviewed. A page re-fetched with a changed text
is imported as a new version of the article, its judgments re-anchored (VersionOps).
"""

from __future__ import annotations

import json
import zlib
from datetime import date
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError, NotFound
from factcheck.store.rows import ImportResult
from factcheck.store.versions import VersionOps

if TYPE_CHECKING:
    from factcheck.importers.document import ImportedDocument
    from factcheck.importers.fetch import FetchedPage
    from factcheck.store.snapshot_record import Snapshot

MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024
_COLUMNS = ("id, article_id, requested_url, final_url, redirects, status, content_type, fetched_at,"
            " sha256, size")


def _snapshot(row: tuple) -> Snapshot:
    from factcheck.store.snapshot_record import Snapshot

    return Snapshot(row[0], row[1], row[2], row[3], tuple(json.loads(row[4] or "[]")), row[5],
                    row[6], row[7], row[8], row[9])


class SnapshotOps(VersionOps):
    def import_document(
        self,
        document: ImportedDocument,
        *,
        title: str = "",
        outlet: str = "",
        published: date | None = None,
        page: FetchedPage | None = None,
        previous_version_of: str | None = None,
        analyse: bool = True,
    ) -> ImportResult:
        """Store a read document (text, metadata, language) and its page's snapshot in one
        transaction, then analyse it. ``title``/``outlet``/``published`` override the document's.

        ``previous_version_of`` names the article this text replaces (a re-fetched page whose
        text changed): the new article becomes its new version and the judgments move across.
        """
        from factcheck.importers.language import detect_language

        if page is not None and len(page.body) > MAX_SNAPSHOT_BYTES:
            raise FactcheckError(f"{page.final_url} is larger than the 20 MB limit for a snapshot.")
        language = document.language or detect_language(document.text)
        when = published or document.published
        # The undo of a new version copies the file: taken before this action's transaction.
        undo = self._snapshot("New version") if previous_version_of else None
        with self._write() as conn:
            result = self.import_text(
                document.text, title=title or document.title, outlet=outlet or document.outlet,
                url=document.url, author=document.author, published=when,
                published_assumed=when is None, analyse=False)
            if result.created:
                conn.execute("UPDATE articles SET language = ? WHERE id = ?", (language, result.article_id))
            if page is not None:
                self._add_snapshot(result.article_id, page)
            if previous_version_of and result.created:
                self.make_new_version(result.article_id, previous_version_of, _undo=undo)
        if result.created and analyse:
            sentences = self.sentences(result.article_id)
            found = self.analysis_for(self.article(result.article_id), sentences)
            with self._write():
                self._store_analysis(result.article_id, found, sentences)
        return result

    def _add_snapshot(self, article_id: str, page: FetchedPage) -> None:
        latest = self.snapshots(article_id)
        if latest and latest[0].sha256 == page.sha256:
            return  # the same bytes again: the first snapshot already holds them
        self.conn.execute(
            "INSERT INTO snapshots (article_id, requested_url, final_url, redirects, status, content_type,"
            " fetched_at, sha256, size, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, page.requested_url, page.final_url, json.dumps(list(page.redirects)),
             page.status, page.content_type, page.fetched_at, page.sha256, len(page.body),
             zlib.compress(page.body, 6)))

    def snapshots(self, article_id: str) -> list[Snapshot]:
        """The article's snapshots, newest first."""
        rows = self._read(f"SELECT {_COLUMNS} FROM snapshots WHERE article_id = ?"
                          " ORDER BY fetched_at DESC, id DESC", (article_id,))
        return [_snapshot(row) for row in rows]

    def snapshot_html(self, snapshot_id: int) -> bytes:
        """The raw HTML of a snapshot, exactly as fetched."""
        row = self._one("SELECT html FROM snapshots WHERE id = ?", (snapshot_id,))
        if row is None:
            raise NotFound(f"No snapshot with id {snapshot_id}.")
        return zlib.decompress(row[0])
