"""One fetch of an article's page: its own module, imported when snapshots are first read
(Store.snapshots), not with the store: a frozen dataclass costs the window's start about half a
millisecond."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Snapshot:
    """What is known of one fetch of an article's page (the HTML itself is read on demand)."""

    id: int
    article_id: str
    requested_url: str
    final_url: str
    redirects: tuple[str, ...]
    status: int
    content_type: str
    fetched_at: str
    sha256: str
    size: int  # bytes of raw HTML, before compression
