"""Team review commands: merge, agreement, adjudicate, history, orphans, re-attach, versions.

``register(sub, common)`` adds them to the ``factcheck`` parser; ``COMMANDS`` maps names to functions.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from factcheck.errors import InvalidValue
from factcheck.model import Rating, verdict_from_text, verdict_to_text
from factcheck.team.agreement import AGREEMENT_FIELDS, Agreement


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("merge", parents=[common], help="bring another reviewer's file into this one")
    p.add_argument("other", metavar="OTHER.sqlite3")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("agreement", parents=[common], help="agreement between reviewers: kappa, alpha, disagreements")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("adjudicate", parents=[common], help="decide one field of sentence N in the final layer")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("number", metavar="N", type=int)
    p.add_argument("field", choices=AGREEMENT_FIELDS)
    p.add_argument("value", help="yes/no/unset for verdicts, a rating, or a credibility grade 1-6")

    p = sub.add_parser("history", parents=[common], help="every recorded change to sentence N")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("number", metavar="N", type=int)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("orphans", parents=[common], help="judgments that found no sentence in a new version")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("reattach", parents=[common], help="put an orphan's judgments on sentence N")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("orphan", metavar="ORPHAN", type=int, help="the orphan's id (from factcheck orphans)")
    p.add_argument("number", metavar="N", type=int)

    p = sub.add_parser("rename-reviewer", parents=[common], help="show a reviewer's layer under another name")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")

    p = sub.add_parser("versions", parents=[common], help="what changed since the previous version (sentence diff)")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("--json", action="store_true", help="print JSON")


def _open(args: argparse.Namespace) -> Any:
    from factcheck.store import open_store

    return open_store(getattr(args, "db", None), getattr(args, "reviewer", None))


def _json(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return verdict_to_text(value)
    if isinstance(value, Rating):
        return value.value
    return value


def cmd_merge(args: argparse.Namespace) -> int:
    with _open(args) as store:
        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{done}/{total} articles", end="", file=sys.stderr, flush=True)

        summary = store.merge_file(args.other, progress)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2, default=_json))
    else:
        print(summary.text())
    return 0


def agreement_json(result: Agreement, settled: set[tuple[int, str]]) -> dict[str, Any]:
    return {
        "article": result.article_id, "reviewers": result.reviewers,
        "fields": [{"field": f.field, "level": f.level, "sentences": f.sentences, "observed": f.observed,
                    "kappa": f.kappa, "alpha": f.alpha} for f in result.fields],
        "disagreements": [{"sentence": d.number - 1, "number": d.number, "field": d.field,
                           "values": {k: _json(v) for k, v in d.values.items()}, "notes": d.notes,
                           "settled": (d.sentence_id, d.field) in settled} for d in result.disagreements],
    }


def agreement_text(title: str, result: Agreement, settled: set[tuple[int, str]]) -> str:
    def num(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    lines = [f"Agreement on “{title}” between {', '.join(result.reviewers) or 'no reviewers'}",
             f"{'field':<13}{'sentences':>10}{'observed':>10}{'kappa':>8}{'alpha':>8}  level"]
    for f in result.fields:
        lines.append(f"{f.field:<13}{f.sentences:>10}{num(f.observed):>10}{num(f.kappa):>8}{num(f.alpha):>8}  {f.level}")
    lines.append(f"{len(result.disagreements)} disagreements"
                 f" ({sum(1 for d in result.disagreements if (d.sentence_id, d.field) in settled)} settled):")
    for d in result.disagreements:
        values = ", ".join(f"{who} {_json(v)}" for who, v in d.values.items())
        mark = "  [settled]" if (d.sentence_id, d.field) in settled else ""
        lines.append(f"  sentence {d.number} {d.field}: {values}{mark}")
    return "\n".join(lines)


def cmd_agreement(args: argparse.Namespace) -> int:
    from factcheck.team.agreement import agreement

    with _open(args) as store:
        article_id = store.resolve_article(args.article)
        bundle = store.article_review(article_id)
        settled = set(store.decisions(article_id))
    result = agreement(bundle)
    if args.json:
        print(json.dumps(agreement_json(result, settled), ensure_ascii=False, indent=2))
    else:
        print(agreement_text(bundle.article.title, result, settled))
    return 0


def parse_value(field: str, text: str) -> Any:
    """A field value as typed on the command line."""
    if field in ("rating", "credibility"):
        return None if text.lower() == "unset" else text
    try:
        return verdict_from_text(text)
    except ValueError:
        raise InvalidValue(f"{field} must be yes, no or unset, not {text!r}.") from None


def cmd_adjudicate(args: argparse.Namespace) -> int:
    with _open(args) as store:
        article_id = store.resolve_article(args.article)
        sentence = store.sentence_by_number(article_id, args.number)
        store.decide(sentence.id, args.field, parse_value(args.field, args.value))
        value = getattr(store.review(sentence.id, "final"), args.field)
        left = len(store.unsettled(article_id))
    print(f"Final layer, sentence {sentence.number}: {args.field} {_json(value)} (decided by {store.reviewer});"
          f" {left} disagreements left.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as store:
        sentence = store.sentence_by_number(store.resolve_article(args.article), args.number)
        rows = store.sentence_history_json(sentence.id)
    if args.json:
        print(json.dumps({"sentence": sentence.index, "number": sentence.number, "text": sentence.text,
                          "history": rows}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"Nothing recorded on sentence {sentence.number} yet.")
    for h in rows:
        print(f"{h['at']}  {h['reviewer'] or '—'}  {h['action']}: {h['field']} {h['old']!r} -> {h['new']!r}")
    return 0


def cmd_orphans(args: argparse.Namespace) -> int:
    with _open(args) as store:
        orphans = store.orphans(store.resolve_article(args.article))
    if args.json:
        print(json.dumps([{"id": o.id, "old_article": o.old_article_id, "old_number": o.old_number,
                           "old_text": o.old_text, "prefix": o.prefix, "suffix": o.suffix,
                           "reviews": o.reviews, "sources": o.sources, "evidence": o.evidence,
                           "claims": o.claims,
                           "decisions": {name: {"value": json.loads(v) if v else None, "decided_by": by,
                                                "decided_at": at} for name, (v, by, at) in o.decisions.items()}}
                          for o in orphans],
                         ensure_ascii=False, indent=2))
        return 0
    if not orphans:
        print("No orphans: every judgment has its sentence.")
    for o in orphans:
        print(f"{o.id}: old sentence {o.old_number} ({', '.join(o.reviews) or 'sources only'}): {o.old_text}")
    return 0


def cmd_reattach(args: argparse.Namespace) -> int:
    with _open(args) as store:
        article_id = store.resolve_article(args.article)
        sentence = store.sentence_by_number(article_id, args.number)
        store.reattach_orphan(args.orphan, sentence.id)
    print(f"Re-attached orphan {args.orphan} to sentence {sentence.number}.")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    with _open(args) as store:
        article_id = store.resolve_article(args.article)
        previous = store.previous_version(article_id)
        if previous is None:
            raise InvalidValue("This article has no earlier version in this file.")
        diff = store.version_diff(previous, article_id)
    if args.json:
        print(json.dumps({"previous": previous, "article": article_id,
                          "sentences": [e.__dict__ for e in diff]}, ensure_ascii=False, indent=2))
        return 0
    marks = {"same": " ", "changed": "~", "added": "+", "removed": "-"}
    for e in diff:
        if e.kind == "same":
            continue
        where = f"{e.old_number or '':>3} -> {e.new_number or '':<3}"
        text = e.new_text if e.kind != "removed" else e.old_text
        print(f"{marks[e.kind]} {where} {text}" + (f"\n      was: {e.old_text}" if e.kind == "changed" else ""))
    return 0


def cmd_rename_reviewer(args: argparse.Namespace) -> int:
    with _open(args) as store:
        store.rename_reviewer(args.old, args.new)
    print(f"The layer of “{args.old}” is now shown as “{args.new}”.")
    return 0


def import_version(store: Any, document: Any, args: argparse.Namespace, published: Any) -> bool:
    """The ``import --new-version-of`` path; also reports a probable new version. True when handled."""
    if args.new_version_of:
        previous = store.resolve_article(args.new_version_of)
        result = store.import_new_version(document.text, previous, title=args.title or document.title,
                                          outlet=args.outlet or document.outlet, url=document.url,
                                          author=document.author, published=published)
        print(result.text())
        return True
    previous = store.probable_previous_version(document.text, document.url, args.title or document.title,
                                               args.outlet or document.outlet)
    if previous is not None:
        print(f"This looks like a new version of {previous} (same URL or title); it is imported separately."
              f" To move the judgments across, import it with --new-version-of {previous}.", file=sys.stderr)
    return False


COMMANDS = {"merge": cmd_merge, "agreement": cmd_agreement, "adjudicate": cmd_adjudicate,
            "history": cmd_history, "orphans": cmd_orphans, "reattach": cmd_reattach, "versions": cmd_versions,
            "rename-reviewer": cmd_rename_reviewer}
