"""The ``factcheck`` command: the same store operations the window uses, from a terminal.

Errors print one line on stderr and exit 1 (2 for usage errors); never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from factcheck import __version__, cli_analyse, cli_publish, cli_recovery, cli_team
from factcheck.cli_web import add_web_commands, cmd_refetch, cmd_snapshot, fetch_document
from factcheck.diagnostics import log_exception, log_path, setup_logging, stop_logging
from factcheck.errors import FactcheckError, InvalidValue
from factcheck.model import (
    VERDICT_FIELDS,
    Article,
    ArticleReview,
    Suggestion,
    verdict_from_text,
    verdict_to_text,
)
from factcheck.views import article_json, sentence_json, show_json_lazy, show_text, suggestion_json


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _verdict(text: str) -> str:
    try:
        verdict_from_text(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not yes, no or unset") from None
    return text


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file (default: FACTCHECK_DB or review.sqlite3 in the user data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--reviewer", metavar="NAME", default=argparse.SUPPRESS,
                        help="who is reviewing (default: FACTCHECK_REVIEWER, the config file, the user name)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="write a verbose log (also to stderr)")
    common.add_argument("--read-only", action="store_true", default=argparse.SUPPRESS,
                        help="open the database for reading only (also how to export from a damaged file)")

    parser = argparse.ArgumentParser(
        prog="factcheck", parents=[common],
        description="Review news articles sentence by sentence: import, judge, check and export.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck-review {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("import", parents=[common],
                       help="import articles (.txt .md .html .docx, a review .json, or a web page's URL)")
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.add_argument("--date", type=_date, help="publication date YYYY-MM-DD (else read from the file, else today, marked assumed)")
    p.add_argument("--title", help="article title (one file only)")
    p.add_argument("--outlet", help="the outlet that published it")
    p.add_argument("--new-version-of", metavar="ARTICLE", help="a corrected text of ARTICLE: move its judgments across")
    p.add_argument("--allow-large", action="store_true",
                   help="import files holding more than 20 MB of text (refused otherwise)")
    p.add_argument("--no-analyse", action="store_true",
                   help="store the articles only; run the suggestion engine later with factcheck analyse")

    p = sub.add_parser("list", parents=[common], help="list the articles in the database")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("show", parents=[common], help="show an article's sentences, reviews and suggestions")
    p.add_argument("article", metavar="ARTICLE", help="article id (a unique prefix is enough) or exact title")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("review", parents=[common], help="record judgments on sentence N (numbers start at 1)")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("number", metavar="N", type=int)
    for name in VERDICT_FIELDS:
        p.add_argument(f"--{name}", type=_verdict, metavar="yes|no|unset")
    p.add_argument("--rating", help="accurate, mostly_accurate, mixed, misleading, false, unverifiable or unset")
    p.add_argument("--credibility", help="Admiralty information grade 1-6, or unset")
    p.add_argument("--note", help="replace the note")
    p.add_argument("--status", help="unreviewed, in_progress or done")
    p.add_argument("--claim", help="the short claim ClaimReview names for this sentence (empty: the default)")

    p = sub.add_parser("check", parents=[common], help="analyse a file without storing it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--date", type=_date, help="publication date YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("export", parents=[common], help="export a review as a report or data")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("--format", required=True,
                   choices=("md", "html", "pdf", "csv", "json", "claimreview", "annotations"))
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output; required for pdf)")
    p.add_argument("--flagged-only", action="store_true", help="only flagged sentences")
    p.add_argument("--with-suggestions", action="store_true", help="list pending suggestions too")
    p.add_argument("--page-size", choices=("a4", "letter"), default="a4", help="PDF page size")
    p.add_argument("--reviewer-layer", metavar="NAME", help="only this reviewer's layer (or final: the editor's decisions)")
    p.add_argument("--include-unfinished", action="store_true",
                   help="ClaimReview: add reviews not yet done (marked as drafts)")

    cli_analyse.add_parser(sub, common)

    p = sub.add_parser("backup", parents=[common], help="write a consistent copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", help="backup file (default: next to the database, dated)")
    cli_team.register(sub, common)
    cli_publish.register(sub, common)
    add_web_commands(sub, common)
    cli_recovery.add_parsers(sub, common)
    return parser


def _open(args: argparse.Namespace) -> Any:
    from factcheck.store import open_store

    store = open_store(getattr(args, "db", None), getattr(args, "reviewer", None),
                       read_only=getattr(args, "read_only", False))
    cli_recovery.warn_about_location(store)
    return store


# -- commands ----------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from factcheck.importers import read_file
    from factcheck.importers.fetch import is_web_address

    if args.title and len(args.files) > 1:
        raise InvalidValue("--title can only be given when importing one file.")
    # Read (or fetch) everything first: a bad one stops the import before anything is stored.
    documents: list[tuple[str, Any, Any]] = []
    for name in args.files:
        path = Path(name)
        if is_web_address(name):
            documents.append((name, *fetch_document(name)))
        elif path.suffix.lower() == ".json":
            documents.append((path.name, _read_review_json(path, args.allow_large), None))
        else:
            documents.append((path.name, read_file(path, allow_large=args.allow_large), None))
    stored = cli_analyse.ProgressLine("Storing", "files") if len(documents) > 1 else None
    created: list[str] = []
    with _open(args) as store:
        for number, (label, document, page) in enumerate(documents, 1):
            if stored:
                stored(number - 1, len(documents))
            if isinstance(document, ArticleReview):
                article_id = store.restore_article_review(document, imported=True)
                print(f"Imported the review of “{document.article.title}” as {article_id} "
                      f"({len(document.sentences)} sentences).")
                continue
            published = args.date or document.published
            if page is None and cli_team.import_version(store, document, args, published):
                continue
            previous = store.resolve_article(args.new_version_of) if args.new_version_of else None
            result = store.import_document(document, title=args.title or "", outlet=args.outlet or "",
                                           published=args.date, page=page, previous_version_of=previous,
                                           analyse=False)
            if getattr(document, "assumed_encoding", None):
                print(f"{label} is not UTF-8; it was read as {document.assumed_encoding}.",
                      file=sys.stderr)
            if result.created:
                created.append(result.article_id)
                print(f"Imported “{result.title}” as {result.article_id} ({result.sentences} sentences).")
            else:
                print(f"{label} was already there as “{result.title}” ({result.article_id}).")
        if stored:
            stored(len(documents), len(documents))
        # Text and sentences are stored (and reviewable) before the engine runs.
        if created and not args.no_analyse:
            cli_analyse.run_analysis(store, created)
        elif created:
            print("Analysis skipped; run it later with: factcheck analyse --pending", file=sys.stderr)
    return 0


def _read_review_json(path: Path, allow_large: bool = False) -> ArticleReview:
    from factcheck.errors import ImportFailed
    from factcheck.importers import decode_bytes
    from factcheck.importers.limits import MAX_DOCX_EXPANSION, check_size
    from factcheck.reports.json_read import from_json

    try:
        # A review file carries its article text several times over (sentences, history).
        size = path.stat().st_size
        check_size(size // MAX_DOCX_EXPANSION, path.name, allow_large, " of text (estimated)")
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailed(f"{path} cannot be read: {error.strerror}.") from None
    return from_json(decode_bytes(data))


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        articles = store.list_articles()
    if args.json:
        print(json.dumps([{"id": a.id, "title": a.title, "outlet": a.outlet,
                           "published": a.published.isoformat() if a.published else None,
                           "sentences": a.sentences, "reviewed": a.reviewed} for a in articles],
                         ensure_ascii=False, indent=2))
        return 0
    if not articles:
        print("No articles yet. Import one with: factcheck import FILE")
        return 0
    for a in articles:
        published = a.published.isoformat() if a.published else "no date"
        assumed = " (assumed)" if a.published_assumed else ""
        outlet = f" — {a.outlet}" if a.outlet else ""
        print(f"{a.id}  {a.title}{outlet}  [{published}{assumed}]  {a.reviewed}/{a.sentences} reviewed"
              f"  {a.flagged} flagged")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        article_id = store.resolve_article(args.article)
        bundle = store.article_review(article_id)
        reviewer = store.reviewer
        pending = store.analysis_pending(article_id)
    if args.json:
        from factcheck.jsonstream import write_json

        # Streamed: a huge article fits.
        write_json(show_json_lazy(bundle) | {"analysis_pending": pending}, sys.stdout.write)
        sys.stdout.write("\n")
        return 0
    print(show_text(bundle, reviewer))
    if pending:
        print(f"\nAnalysis pending: no suggestions yet (run: factcheck analyse {article_id}).")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    for name in VERDICT_FIELDS:
        value = getattr(args, name)
        if value is not None:
            changes[name] = verdict_from_text(value)
    if args.rating is not None:
        changes["rating"] = None if args.rating.lower() == "unset" else args.rating
    if args.credibility is not None:
        changes["credibility"] = None if args.credibility.lower() == "unset" else args.credibility
    if args.note is not None:
        changes["note"] = args.note
    if args.status is not None:
        changes["status"] = args.status
    if not changes and args.claim is None:
        raise InvalidValue("Nothing to record: give at least one of --sourced, --anonymous, --contested, "
                           "--inconsistent, --rating, --credibility, --note, --status or --claim.")
    with _open(args) as store:
        article_id = store.resolve_article(args.article)
        sentence = store.sentence_by_number(article_id, args.number)
        change = store.set_review(sentence.id, changes, action="Review from the command line")
        fields = list(change.fields)
        if args.claim is not None and store.set_claim_text(sentence.id, args.claim).fields:
            fields.append("claim")
        review = store.review(sentence.id)
    summary = ", ".join(f"{v} {verdict_to_text(getattr(review, v)) or 'not judged'}" for v in VERDICT_FIELDS)
    what = "Saved" if fields else "No change to"
    print(f"{what} sentence {sentence.number} ({review.status.label.lower()}): {summary}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from factcheck.analysis import analyse
    from factcheck.importers import read_file
    from factcheck.importers.language import detect_language, for_language
    from factcheck.store.articles import article_id_for
    from factcheck.text import split_article

    document = read_file(args.file)
    published = args.date or document.published
    article_id, _ = article_id_for(document.text)
    article = Article(id=article_id, text=document.text, title=document.title, outlet=document.outlet,
                      url=document.url, author=document.author,
                      published=published or datetime.now(UTC).date(),
                      published_assumed=published is None,
                      language=document.language or detect_language(document.text))
    sentences = split_article(article_id, document.text)
    suggestions = for_language(article.language, analyse(article, sentences))
    if args.json:
        from factcheck.attribution_view import attribution_by_sentence

        states = attribution_by_sentence(suggestions, len(sentences))
        print(json.dumps({"article": article_json(article) | {"sentences": len(sentences)},
                          "sentences": [sentence_json(s) | {"attribution": states[s.index]}
                                        for s in sentences],
                          "suggestions": [suggestion_json(g) for g in suggestions]},
                         ensure_ascii=False, indent=2))
        return 0
    by_sentence: dict[int, list[Suggestion]] = {}
    for g in suggestions:
        by_sentence.setdefault(g.sentence, []).append(g)
    print(f"{len(sentences)} sentences, {len(suggestions)} suggestions "
          f"(dates resolved against {article.published}{' (assumed)' if published is None else ''})")
    for s in sentences:
        if s.index in by_sentence:
            print(f"\n{s.number:>4}. {s.text}")
            for g in by_sentence[s.index]:
                value = f" = {g.value}" if g.value else ""
                print(f"        ◆ {g.kind}{value}: {g.message}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from factcheck.reports import render
    from factcheck.reports.files import write_report

    if args.format == "pdf" and not args.output:
        raise InvalidValue("A PDF needs a file: add -o FILE.pdf.")
    with _open(args) as store:
        bundle = store.article_review(store.resolve_article(args.article))
    if args.reviewer_layer:
        from factcheck.team.layers import layer_bundle

        bundle = layer_bundle(bundle, args.reviewer_layer)
    options = {"flagged_only": args.flagged_only, "with_suggestions": args.with_suggestions,
               "page_size": args.page_size, "include_unfinished": args.include_unfinished}
    if not args.output:
        sys.stdout.buffer.write(render(bundle, args.format, **options))
        sys.stdout.flush()
        return 0
    size = write_report(bundle, args.format, args.output, **options)
    print(f"Wrote {args.output} ({size:,} bytes).", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from factcheck.store.rows import now_iso

    with _open(args) as store:
        target = Path(args.output) if args.output else store.path.with_name(
            f"{store.path.stem}-backup-{now_iso()[:19].replace(':', '')}{store.path.suffix}")
        store.backup(target)
    print(f"Backed up to {target}.")
    return 0


def _with_store(command: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        with _open(args) as store:
            return int(command(args, store))
    return run


COMMANDS = {"import": cmd_import, "list": cmd_list, "show": cmd_show, "review": cmd_review,
            "check": cmd_check, "export": cmd_export, "backup": cmd_backup, **cli_team.COMMANDS,
            **cli_publish.COMMANDS, **cli_recovery.COMMANDS, "snapshot": _with_store(cmd_snapshot),
            "refetch": _with_store(cmd_refetch), "analyse": cli_analyse.cmd_analyse}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(debug=getattr(args, "debug", False), program="factcheck")
    try:
        return COMMANDS[args.command](args)
    except FactcheckError as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        print("factcheck: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"factcheck: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except sqlite3.Error as error:  # one that escaped the store: still one sentence
        from factcheck.store.safety import describe

        print(f"factcheck: {describe(error, Path(getattr(args, 'db', None) or 'the database'))}",
              file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - a bug still gets one line, not a traceback
        log_exception(error, f"factcheck {args.command}")
        print(f"factcheck: unexpected error ({type(error).__name__}): {error}; "
              f"the details are in {log_path()}", file=sys.stderr)
        return 1
    finally:
        stop_logging()


if __name__ == "__main__":
    sys.exit(main())
