"""``factcheck analyse`` and the progress lines of ``factcheck import``: "n of N" and an ETA on
stderr, while the suggestion engine runs on every core at lower priority."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from factcheck.analysis_runner import analyse_articles, eta_text
from factcheck.errors import InvalidValue


class ProgressLine:
    """ "Analysing: 12 of 120 articles, about 8 s left" on stderr, at most once a second
    (and always for the last one); rewritten in place on a terminal."""

    def __init__(self, verb: str, noun: str, stream: TextIO | None = None) -> None:
        self.verb, self.noun = verb, noun
        self.stream = stream or sys.stderr
        self._last = 0.0
        self._started = time.perf_counter()
        self._tty = self.stream.isatty()

    def __call__(self, done: int, total: int, left: float | None = None) -> None:
        now = time.perf_counter()
        if done < total and now - self._last < 1.0:
            return
        self._last = now
        if left is None and done:
            left = (now - self._started) / done * (total - done)
        eta = eta_text(left) if done < total else f"done in {now - self._started:.1f} s"
        line = f"{self.verb}: {done} of {total} {self.noun}" + (f", {eta}" if eta else "")
        if self._tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("analyse", parents=[common],
                       help="(re)run the suggestion engine on articles, with progress")
    p.add_argument("articles", nargs="*", metavar="ARTICLE", help="article ids (a unique prefix is enough) or titles")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every article in the database")
    which.add_argument("--pending", action="store_true", help="the articles whose analysis has not run yet")


def run_analysis(store: Any, article_ids: list[str], stream: TextIO | None = None) -> int:
    """Analyse ``article_ids`` with a progress line; returns the suggestions stored."""
    if not article_ids:
        return 0
    run = analyse_articles(store, article_ids, progress=ProgressLine("Analysing", "articles", stream))
    return run.suggestions


def cmd_analyse(args: argparse.Namespace) -> int:
    from factcheck.cli import _open

    if not args.articles and not (args.all or args.pending):
        raise InvalidValue("Name the articles to analyse, or give --all or --pending.")
    if args.articles and (args.all or args.pending):
        raise InvalidValue("Give article names or --all/--pending, not both.")
    with _open(args) as store:
        if args.all:
            ids = [summary.id for summary in store.list_articles(store.reviewer)]
        elif args.pending:
            ids = store.pending_articles()
        else:
            ids = [store.resolve_article(ref) for ref in args.articles]
        count = run_analysis(store, ids)
    print(f"Analysed {len(ids)} article(s): {count} suggestion(s).")
    return 0
