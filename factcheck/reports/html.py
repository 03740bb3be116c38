"""The HTML report: one self-contained file, inline CSS, no scripts, no external requests.

With a complete publisher profile the page also carries the article's ClaimReview
as a JSON-LD data block (``<script type="application/ld+json">``: data, never run).

Every piece of user text goes through :func:`html.escape`; a URL becomes a
link only when it is http(s). Verdicts are shown as a word plus a colour,
never colour alone. The body is made of headings, paragraphs and spans (one
small table per summary), so that the PDF writer can lay out the same body
with Qt's rich-text engine, which grows much faster than linearly on big
tables.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape as _escape

from factcheck.admiralty import admiralty_codes
from factcheck.errors import InvalidValue
from factcheck.model import VERDICT_FIELDS, ArticleReview
from factcheck.publisher import Publisher, load_publisher
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
    verdict_tone,
    verdict_word,
    with_progress,
)
from factcheck.reports.jsonld import script_element
from factcheck.resources import resource
from factcheck.urls import is_web_url

RATING_TONES = {
    "accurate": "good",
    "mostly_accurate": "good",
    "mixed": "mid",
    "misleading": "bad",
    "false": "bad",
    "unverifiable": "unset",
}

BROWSER_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .5rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
table { border-collapse: collapse; margin: .4rem 0 .8rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; }
.meta td:first-child { font-weight: 600; white-space: nowrap; }
.sentence { border-left: 4px solid #bbb; padding: .1rem 0 .1rem .8rem; margin: 1rem 0;
  break-inside: avoid; page-break-inside: avoid; }
.sentence.flagged { border-left-color: #b3261e; }
.sentence.unreviewed { border-left-style: dashed; }
.text { font-size: 1.05rem; margin: .2rem 0 .4rem; }
.review { margin: .3rem 0; }
.review p, .sentence p { margin: .15rem 0; }
.who { font-weight: 600; }
.tag, .v, .r { display: inline-block; padding: 0 .1rem; border-radius: 3px; border: 1px solid;
  font-size: .9rem; margin: 0 .15rem .15rem 0; }
.good { background: #e3f2e6; color: #145a25; border-color: #7fb98d; }
.bad { background: #fbe4e2; color: #8c1d18; border-color: #e0958e; }
.mid { background: #fdf1d6; color: #6b4a00; border-color: #d9b45c; }
.unset { background: #eeeeee; color: #444; border-color: #bbb; }
.tag.flag { background: #8c1d18; color: #fff; border-color: #8c1d18; }
.tag.todo { background: #fff; color: #444; border-style: dashed; }
.muted { color: #555; font-style: italic; }
.brand { color: #555; margin: 0 0 .5rem; display: flex; align-items: center; gap: .4rem; }
a { color: #0b57d0; overflow-wrap: anywhere; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  a { color: inherit; }
  .good, .bad, .mid, .unset, .tag.flag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
"""

# Blocks the browser would not run anyway; said out loud for anyone who opens the file.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"


# Cell spacing as attributes: Qt's rich-text engine (the PDF) ignores CSS padding on cells.
_TABLE = ' cellspacing="0" cellpadding="4"'


def esc(text: str) -> str:
    return _escape(text, quote=True)


def esc_lines(text: str) -> str:
    """Multi-line user text with its line breaks kept."""
    return "<br>".join(esc(line) for line in text.splitlines())


def app_icon_svg(size: int = 24) -> str:
    """The application icon as inline SVG (our own file: no external or data: URL in the page)."""
    svg = resource("icons", "factcheck-review.svg").read_text(encoding="utf-8")
    svg = svg[svg.index("<svg"):]
    return svg.replace('width="256" height="256"', f'width="{size}" height="{size}" aria-hidden="true"', 1).strip()


def link_or_text(url: str, label: str | None = None) -> str:
    """An http(s) URL as a link (label escaped); any other URL as plain text."""
    shown = esc(label if label else url)
    if is_web_url(url):
        return f'<a href="{esc(url.strip())}" rel="noopener noreferrer nofollow">{shown}</a>'
    return shown if label is None else f"{shown} ({esc(url)})"


def render_html(
    review: ArticleReview,
    *,
    flagged_only: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
    publisher: Publisher | None = None,
    include_unfinished: bool = False,
) -> str:
    """The review of one article as a complete, self-contained HTML page.

    The ClaimReview JSON-LD is embedded when the publisher profile (``publisher``, else
    the saved one) has a name, URL and review URL pattern.
    """
    data = collect(review)
    publisher = publisher if publisher is not None else load_publisher()
    jsonld = ""
    if publisher.complete:
        from factcheck.reports.claimreview import claim_reviews

        try:
            items = claim_reviews(review, publisher=publisher, include_unfinished=include_unfinished)
        except InvalidValue:  # a hand-edited profile with a bad address: the report, without markup
            items = []
        jsonld = script_element(items) if items else ""
    title = esc(data.review.article.title or "Untitled article")
    icon = app_icon_svg()
    body = render_body(
        data, flagged_only=flagged_only, with_suggestions=with_suggestions, progress=progress
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(data.review.article.language or "en")}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>Review: {title}</title>\n<style>{BROWSER_CSS}</style>\n{jsonld}</head>\n<body>\n"
        f'<p class="brand">{icon} Fact-check review</p>\n'
        f"{body}</body>\n</html>\n"
    )


def render_body(
    data: ReportData,
    *,
    flagged_only: bool,
    with_suggestions: bool,
    progress: Progress | None,
    anchors: bool = True,
    progress_total: int | None = None,
) -> str:
    """The report body, shared by the HTML page and the PDF (which passes ``anchors=False``)."""
    out: list[str] = []
    add = out.append
    _header(data, add)
    _summary(data, add)
    shown = data.shown(flagged_only)
    if flagged_only:
        add(f"<h2>Flagged sentences ({len(shown)} of {len(data.sentences)})</h2>\n")
    else:
        add("<h2>Sentences</h2>\n")
    if not shown:
        add('<p class="muted">No sentences to show.</p>\n')
    # In-page links only to sentences this report shows (and none in the PDF).
    targets = {view.number for view in shown} if anchors else set()
    for view in with_progress(shown, progress, progress_total):
        _sentence(view, with_suggestions, targets, add)
    return "".join(out)


def _chip(css: str, text: str) -> str:
    # The no-break spaces pad the colour around the word in the PDF, where spans have no padding.
    return f'<span class="{css}">&nbsp;{text}&nbsp;</span>'


def _header(data: ReportData, add: Callable[[str], None]) -> None:
    article = data.review.article
    add(f"<h1>{esc(article.title or 'Untitled article')}</h1>\n")
    add(f'<table class="meta"{_TABLE}>\n')
    add("".join(
        f"<tr><td>{name}</td><td>{link_or_text(v) if url else esc(v)}</td></tr>\n"
        for name, v, url in header_rows(data)
    ))
    add("</table>\n<h2>Article verdict</h2>\n")
    if article.rating is None and not article.summary:
        add('<p class="muted">No article verdict yet.</p>\n')
        return
    tone = RATING_TONES.get(article.rating.value, "unset") if article.rating else "unset"
    add(f"<p>Rating: {_chip('r ' + tone, esc(rating_label(article.rating)))}</p>\n")
    if article.summary:
        add(f"<p>{esc_lines(article.summary)}</p>\n")


def _summary(data: ReportData, add: Callable[[str], None]) -> None:
    add("<h2>Review summary</h2>\n")
    add("<h3>Verdicts</h3>\n")
    if not data.reviewers:
        add('<p class="muted">No sentence has been reviewed yet.</p>\n')
    for name in data.reviewers:
        if len(data.reviewers) > 1:
            add(f"<h4>{esc(name)}</h4>\n")
        counts = data.verdict_counts[name]
        add(f"<table{_TABLE}><tr><th>Verdict</th><th>Yes</th><th>No</th><th>Not judged</th></tr>\n")
        for f in VERDICT_FIELDS:
            c = counts[f]
            add(
                f"<tr><td>{VERDICT_LABELS[f]}</td><td class=\"n\">{c['yes']}</td>"
                f"<td class=\"n\">{c['no']}</td><td class=\"n\">{c['not judged']}</td></tr>\n"
            )
        add("</table>\n")
        ratings = data.rating_counts[name]
        add("<p>Ratings: " + " · ".join(f"{esc(k)} {n}" for k, n in sorted(ratings.items())) + "</p>\n")

    add(f"<h3>Sourcing profile</h3>\n<table{_TABLE}>\n")
    profile = data.profile
    for key, label in PROFILE_LABELS:
        value = getattr(profile, key)
        of = f" of {profile.sentences}" if key in ("named", "anonymous_only", "unsourced") else ""
        add(f'<tr><td>{label}</td><td class="n">{value}{of}</td></tr>\n')
    add("</table>\n<h3>Inconsistencies</h3>\n")
    if not data.inconsistencies:
        add('<p class="muted">None marked.</p>\n')
    else:
        add(f"<table{_TABLE}><tr><th>Sentence</th><th>Conflicts with</th><th>Reason</th></tr>\n")
        for item in data.inconsistencies:
            other = (
                f"<b>{esc(item.other_label)}</b> {esc(item.other_text or '')}"
                if item.other_label
                else '<span class="muted">no conflicting sentence linked</span>'
            )
            add(
                f"<tr><td><b>#{item.number}</b> {esc(item.text)}</td><td>{other}</td>"
                f"<td>{esc(item.reason) or '—'}</td></tr>\n"
            )
        add("</table>\n")
    add("<h3>Contested claims</h3>\n")
    if not data.contested:
        add('<p class="muted">None marked.</p>\n')
    for view in data.contested:
        add(f"<p><b>#{view.number}</b> {esc(view.sentence.text)}</p>\n")
    add("<h3>Checks made</h3>\n")
    if not data.checks:
        add('<p class="muted">No name, office, date or figure checks accepted.</p>\n')
    for check in data.checks:
        value = f" → <b>{esc(check.value)}</b>" if check.value else ""
        source = f" Source: {esc(check.source)}." if check.source else ""
        add(f"<p><b>#{check.number}</b> {esc(check.label)}: “{esc(check.span)}”{value} — "
            f"{esc(check.message)}{source}</p>\n")


def _sentence(
    view: SentenceView, with_suggestions: bool, targets: set[int], add: Callable[[str], None]
) -> None:
    classes = "sentence" + (" flagged" if view.flagged else "") + ("" if view.reviewed else " unreviewed")
    ident = f' id="s{view.number}"' if targets else ""
    tags = []
    if view.flagged:
        tags.append(_chip("tag flag", "Flagged"))
    if not view.reviewed:
        tags.append(_chip("tag todo", "Not reviewed"))
    add(
        f'<div class="{classes}"{ident}>\n<h3 class="sentence-head">Sentence {view.number} {" ".join(tags)}</h3>\n'
        f'<p class="text">{esc(view.sentence.text)}</p>\n'
    )
    if not view.reviews:
        add('<p class="muted">Not reviewed yet.</p>\n')
    for name, r in view.reviews:
        verdicts = " ".join(
            _chip(f"v {verdict_tone(f, getattr(r, f))}", f"{VERDICT_LABELS[f]}: {verdict_word(getattr(r, f))}")
            for f in VERDICT_FIELDS
        )
        tone = RATING_TONES.get(r.rating.value, "unset") if r.rating else "unset"
        details = [f"Rating: {_chip('r ' + tone, esc(rating_label(r.rating)))}"]
        if r.credibility is not None:
            details.append(f"Credibility: {credibility_text(r.credibility)}")
        codes = admiralty_codes(view.sources, r.credibility)
        if codes:
            details.append("Admiralty: " + ", ".join(f"<b>{code}</b> ({esc(src.name)})" for src, code in codes))
        add(
            f'<div class="review"><p class="who">{esc(name)} · {r.status.label.lower()}</p>\n'
            f"<p>{verdicts}</p>\n<p>{' · '.join(details)}</p>\n"
        )
        if r.note:
            add(f"<p>Note: {esc_lines(r.note)}</p>\n")
        items = view.evidence.get(name, ())
        if items:
            add("<p>Reviewer's evidence:</p>\n")
        for item in items:
            title, url, facts = evidence_parts(item)
            parts = [link_or_text(url, title or None)] if url else [esc(title)]
            parts += [f"{label} {link_or_text(text) if label == 'archived at' else esc(text)}"
                      for label, text in facts]
            add(f'<p class="evidence">• {" · ".join(p for p in parts if p)}</p>\n')
        add("</div>\n")
    if view.sources:
        names = (f"<b>{esc(s.name)}</b> ({esc(source_text(s))})" for s in view.sources)
        add(f"<p>Sources: {'; '.join(names)}</p>\n")
    for link in view.links:
        target = esc(link.other_label)
        if link.same_article and link.other_number in targets:
            target = f'<a href="#s{link.other_number}">{target}</a>'
        note = f" — {esc(link.note)}" if link.note else ""
        add(f"<p>Link: {esc(link.kind.value)} {target}{note}</p>\n")
    if with_suggestions and view.pending:
        add("<p>Pending suggestions:</p>\n")
        add("".join(f"<p>• {esc(suggestion_kind(s))}: {esc(s.message)}</p>\n" for s in view.pending))
    add("</div>\n")
