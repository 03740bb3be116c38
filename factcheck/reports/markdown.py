"""The Markdown report.

Every piece of user text (article text, title, notes, source names, URLs) goes
through :func:`escape`, so a note cannot become a link, an image, HTML or a
block marker: Markdown punctuation is backslash-escaped and ``& < >`` become
entities. Only http(s) URLs become (auto)links.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.admiralty import admiralty_codes
from factcheck.model import VERDICT_FIELDS, ArticleReview
from factcheck.reports.common import (
    PROFILE_LABELS,
    VERDICT_LABELS,
    Progress,
    ReportData,
    SentenceView,
    collect,
    credibility_text,
    evidence_parts,
    header_rows,
    rating_label,
    source_text,
    suggestion_kind,
    verdict_word,
    with_progress,
)
from factcheck.urls import is_web_url

# Escaped wherever they appear: emphasis, code, links, images, tables, strikethrough, HTML;
# line breaks of every kind become spaces, for one-line contexts (headings, items, table cells).
_INLINE = {ch: "\\" + ch for ch in "\\`*_{}[]|~!"}
_INLINE.update({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_INLINE.update({ch: " " for ch in "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"})
_INLINE_CHARS = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Escaped only where they could open a block (a heading, list item, setext underline or
# ordered list item), so that "U.S." and "Díaz-Canel" stay readable in the raw file.
_BLOCK_MARKER = re.compile(r"^([ \t]*(?:\d{1,9}(?=[.)]))?)([#+=.)-])")
_BLOCK_START_CHARS = frozenset(" \t#+=-0123456789")


def _inline(match: re.Match[str]) -> str:
    return _INLINE[match.group()]


def escape(text: str) -> str:
    """User text as inert one-line Markdown: it renders as exactly the characters given.

    Its start is treated as the start of a line, since it may follow "> ".
    """
    text = _INLINE_CHARS.sub(_inline, text)
    if text[:1] in _BLOCK_START_CHARS:
        text = _BLOCK_MARKER.sub(r"\1\\\2", text, count=1)
    return text


def escape_lines(text: str, indent: str = "") -> str:
    """Multi-line user text (a note, a summary) with its line breaks kept as hard breaks."""
    lines = [line.strip() for line in text.splitlines()]
    return ("  \n" + indent).join(escape(line) for line in lines if line)


def url_text(url: str) -> str:
    """An http(s) URL as an autolink; anything else as plain, escaped text."""
    if is_web_url(url):
        return f"<{url.strip()}>"
    return escape(url)


def render_markdown(
    review: ArticleReview,
    *,
    flagged_only: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
) -> str:
    """The review of one article as a Markdown document."""
    data = collect(review)
    out: list[str] = []
    add = out.append
    _header(data, add)
    _summary(data, add)
    shown = data.shown(flagged_only)
    if flagged_only:
        add(f"## Flagged sentences ({len(shown)} of {len(data.sentences)})\n")
    else:
        add("## Sentences\n")
    if not shown:
        add("*No sentences to show.*\n")
    for view in with_progress(shown, progress):
        _sentence(view, with_suggestions, add)
    return "\n".join(out)


def _header(data: ReportData, add: Callable[[str], None]) -> None:
    article = data.review.article
    add(f"# {escape(article.title or 'Untitled article')}\n")
    rows = header_rows(data)
    add("\n".join(f"- **{name}:** {url_text(v) if url else escape(v)}" for name, v, url in rows) + "\n")
    add("## Article verdict\n")
    if article.rating is None and not article.summary:
        add("*No article verdict yet.*\n")
        return
    add(f"**Rating:** {escape(rating_label(article.rating))}\n")
    if article.summary:
        add(escape_lines(article.summary) + "\n")


def _summary(data: ReportData, add: Callable[[str], None]) -> None:
    add("## Review summary\n")
    add("### Verdicts\n")
    if not data.reviewers:
        add("*No sentence has been reviewed yet.*\n")
    for name in data.reviewers:
        if len(data.reviewers) > 1:
            add(f"#### {escape(name)}\n")
        counts = data.verdict_counts[name]
        table = ["| Verdict | Yes | No | Not judged |", "|---|---:|---:|---:|"]
        for f in VERDICT_FIELDS:
            c = counts[f]
            table.append(f"| {VERDICT_LABELS[f]} | {c['yes']} | {c['no']} | {c['not judged']} |")
        add("\n".join(table) + "\n")
        ratings = data.rating_counts[name]
        add("Ratings: " + " · ".join(f"{escape(label)} {n}" for label, n in sorted(ratings.items())) + "\n")

    add("### Sourcing profile\n")
    profile = data.profile
    lines = []
    for key, label in PROFILE_LABELS:
        value = getattr(profile, key)
        suffix = f" of {profile.sentences}" if key in ("named", "anonymous_only", "unsourced") else ""
        lines.append(f"- {label}: {value}{suffix}")
    add("\n".join(lines) + "\n")

    add("### Inconsistencies\n")
    if not data.inconsistencies:
        add("*None marked.*\n")
    else:
        table = ["| Sentence | Conflicts with | Reason |", "|---|---|---|"]
        for item in data.inconsistencies:
            mine = f"**#{item.number}** {escape(item.text)}"
            other = (
                f"**{escape(item.other_label)}** {escape(item.other_text or '')}"
                if item.other_label
                else "*no conflicting sentence linked*"
            )
            table.append(f"| {mine} | {other} | {escape(item.reason) or '—'} |")
        add("\n".join(table) + "\n")

    add("### Contested claims\n")
    if not data.contested:
        add("*None marked.*\n")
    else:
        add("\n".join(f"- **#{v.number}** {escape(v.sentence.text)}" for v in data.contested) + "\n")

    add("### Checks made\n")
    if not data.checks:
        add("*No name, office, date or figure checks accepted.*\n")
    else:
        add("\n".join(
            f"- **#{c.number}** {escape(c.label)}: “{escape(c.span)}”"
            + (f" → **{escape(c.value)}**" if c.value else "")
            + f" — {escape(c.message)}" + (f" Source: {escape(c.source)}." if c.source else "")
            for c in data.checks) + "\n")


def _sentence(view: SentenceView, with_suggestions: bool, add: Callable[[str], None]) -> None:
    marks = []
    if view.flagged:
        marks.append("flagged")
    if not view.reviewed:
        marks.append("NOT REVIEWED")
    add(f"### Sentence {view.number}" + (" — " + ", ".join(marks) if marks else "") + "\n")
    add(f"> {escape(view.sentence.text)}\n")
    items: list[str] = []
    if not view.reviews:
        items.append("- *Not reviewed yet.*")
    for name, r in view.reviews:
        verdicts = " · ".join(
            f"{VERDICT_LABELS[f]}: **{verdict_word(getattr(r, f))}**" for f in VERDICT_FIELDS
        )
        items.append(f"- **{escape(name)}** ({r.status.label.lower()}): {verdicts}")
        details = [f"Rating: **{escape(rating_label(r.rating))}**"]
        if r.credibility is not None:
            details.append(f"Credibility: {credibility_text(r.credibility)}")
        codes = admiralty_codes(view.sources, r.credibility)
        if codes:
            details.append("Admiralty: " + ", ".join(f"**{code}** ({escape(src.name)})" for src, code in codes))
        items.append("  - " + " · ".join(details))
        if r.note:
            items.append("  - Note: " + escape_lines(r.note, indent="    "))
        evidence = view.evidence.get(name, ())
        if evidence:
            items.append("  - Reviewer's evidence:")
        for item in evidence:
            title, url, facts = evidence_parts(item)
            parts = ([escape(title)] if title else []) + ([url_text(url)] if url else [])
            parts += [f"{label} {url_text(text) if label == 'archived at' else escape(text)}"
                      for label, text in facts]
            items.append("    - " + " · ".join(parts))
    if view.sources:
        names = (f"{escape(s.name)} ({escape(source_text(s))})" for s in view.sources)
        items.append("- Sources: " + "; ".join(names))
    for link in view.links:
        note = f" — {escape(link.note)}" if link.note else ""
        items.append(f"- Link: {link.kind.value} {escape(link.other_label)}{note}")
    if with_suggestions and view.pending:
        items.append("- Pending suggestions:")
        items.extend(f"  - {escape(suggestion_kind(s))}: {escape(s.message)}" for s in view.pending)
    add("\n".join(items) + "\n")
