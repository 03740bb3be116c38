"""CLI commands for web pages: ``factcheck snapshot`` and ``factcheck refetch``, and the URL
side of ``factcheck import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_web_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``snapshot`` and ``refetch`` on the CLI's subcommand parser."""
    p = sub.add_parser("snapshot", parents=[common],
                       help="print (or save) the raw HTML kept when an article's page was fetched")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("-o", "--output", metavar="FILE", help="write the HTML to FILE instead of printing it")
    p.add_argument("--list", action="store_true", help="list the article's snapshots instead")

    p = sub.add_parser("refetch", parents=[common],
                       help="fetch an article's page again; a changed text becomes a new, linked article")
    p.add_argument("article", metavar="ARTICLE")


def fetch_document(url: str) -> tuple[Any, Any]:
    """(ImportedDocument, FetchedPage) for a URL given to ``factcheck import``."""
    from factcheck.importers.fetch import fetch_page, read_fetched_page

    page = fetch_page(url)
    return read_fetched_page(page), page


def cmd_snapshot(args: argparse.Namespace, store: Any) -> int:
    article_id = store.resolve_article(args.article)
    snapshots = store.snapshots(article_id)
    if not snapshots:
        print(f"factcheck: the article {article_id} was not fetched from the web, so it has no snapshot.",
              file=sys.stderr)
        return 1
    if args.list:
        for s in snapshots:
            via = f" (via {' -> '.join(s.redirects)})" if s.redirects else ""
            print(f"{s.fetched_at}  {s.final_url}{via}  {s.size:,} bytes  sha256 {s.sha256}")
        return 0
    html = store.snapshot_html(snapshots[0].id)
    if args.output:
        Path(args.output).write_bytes(html)
        print(f"Wrote {args.output} ({len(html):,} bytes, fetched {snapshots[0].fetched_at}).",
              file=sys.stderr)
    else:
        sys.stdout.buffer.write(html)
        sys.stdout.flush()
    return 0


def cmd_refetch(args: argparse.Namespace, store: Any) -> int:
    from factcheck.web_import import check_for_changes

    check = check_for_changes(store, store.resolve_article(args.article))
    print(check.message)
    return 0
