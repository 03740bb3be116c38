"""What every report shows, worked out once from an ArticleReview.

The Markdown, HTML and PDF writers only decide how things look; which
sentences appear, how links read ("contradicts #3"), the Admiralty codes, the
verdict counts and the inconsistency pairs are computed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from factcheck.errors import FactcheckError
from factcheck.model import (
    CREDIBILITY_GRADES,
    VERDICT_FIELDS,
    ArticleReview,
    EvidenceItem,
    LinkKind,
    Rating,
    Review,
    Sentence,
    Source,
    SourceKind,
    Suggestion,
    SuggestionState,
)
from factcheck.profile import SourcingProfile, sourcing_profile
from factcheck.reports.layers import layer_text
from factcheck.team.layers import FINAL, layer_evidence

Progress = Callable[[int, int], bool]

VERDICT_LABELS: dict[str, str] = {
    "sourced": "Sourced",
    "anonymous": "Anonymous",
    "contested": "Contested",
    "inconsistent": "Inconsistent",
}
SOURCE_KIND_LABELS: dict[SourceKind, str] = {
    SourceKind.PERSON: "person",
    SourceKind.ORGANISATION: "organisation",
    SourceKind.DOCUMENT: "document",
    SourceKind.ANONYMOUS: "anonymous group",
}
PROFILE_LABELS: tuple[tuple[str, str], ...] = (
    ("named", "Sentences with a named source"),
    ("anonymous_only", "Sentences with only anonymous sources"),
    ("unsourced", "Sentences with no source"),
    ("distinct_sources", "Distinct sources"),
    ("direct_quotations", "Direct quotations"),
    ("sentences_with_quotations", "Sentences with direct quotations"),
    ("inconsistencies", "Inconsistent sentences"),
    ("contested", "Contested sentences"),
)
# Accepted suggestions of these kinds are checks the reviewer made; reports list them.
CHECK_LABELS: dict[str, str] = {
    "name.variant": "Name",
    "temporal.anachronism": "Office holder",
    "claim.date": "Date",
    "claim.number": "Figure",
}
KB_CHECKS = ("name.variant", "temporal.anachronism")
KB_SOURCE = "factcheck-review knowledge base"
# How often progress is reported while writing sentences: often enough for a bar, cheap enough not to show.
PROGRESS_EVERY = 25


class ExportCancelled(FactcheckError):
    """The user cancelled an export through the progress callback."""

    def __init__(self, message: str = "The export was cancelled.") -> None:
        super().__init__(message)


def verdict_word(value: bool | None) -> str:
    """How a tri-state verdict reads in a report."""
    if value is None:
        return "not judged"
    return "yes" if value else "no"


def verdict_tone(field_name: str, value: bool | None) -> str:
    """``good``, ``bad`` or ``unset``: the colour class of a verdict (always shown with its word)."""
    if value is None:
        return "unset"
    good = value if field_name == "sourced" else not value
    return "good" if good else "bad"


def rating_label(rating: Rating | None) -> str:
    return rating.label if rating is not None else "Not rated"


@dataclass(frozen=True)
class LinkView:
    """A link as seen from one of its two sentences."""

    kind: LinkKind
    other_id: int
    other_label: str  # "#3", or "#4 in “Other title”" for another article
    other_number: int | None
    same_article: bool
    note: str


@dataclass(frozen=True)
class Inconsistency:
    """An inconsistent sentence and the sentence it conflicts with (None when none is linked)."""

    number: int
    text: str
    other_label: str | None
    other_text: str | None
    reason: str


@dataclass(frozen=True)
class CheckView:
    """An accepted check: a name, office holder, date or figure the reviewer confirmed."""

    number: int
    label: str  # "Name", "Date", …
    span: str  # the words in the article
    value: str  # what it was checked as: the right spelling, the ISO date, the figure
    message: str
    source: str  # where the check's facts come from ("" when from the article itself)


@dataclass
class SentenceView:
    sentence: Sentence
    reviews: list[tuple[str, Review]]
    sources: list[Source]
    links: list[LinkView]
    pending: list[Suggestion]
    flagged: bool
    reviewed: bool
    # reviewer -> the reviewer's own evidence items (apart from the article's sources)
    evidence: dict[str, tuple[EvidenceItem, ...]] = field(default_factory=dict)

    @property
    def number(self) -> int:
        return self.sentence.number


@dataclass
class ReportData:
    review: ArticleReview
    reviewers: list[str]
    sentences: list[SentenceView]
    profile: SourcingProfile
    reviewed_count: int
    review_dates: tuple[str, str] | None
    verdict_counts: dict[str, dict[str, Counter[str]]] = field(default_factory=dict)
    rating_counts: dict[str, Counter[str]] = field(default_factory=dict)
    inconsistencies: list[Inconsistency] = field(default_factory=list)
    contested: list[SentenceView] = field(default_factory=list)
    checks: list[CheckView] = field(default_factory=list)
    layers: str = ""

    @property
    def progress_text(self) -> str:
        return f"{self.reviewed_count}/{len(self.sentences)} reviewed"

    @property
    def review_date_text(self) -> str:
        if self.review_dates is None:
            return "not reviewed yet"
        first, last = self.review_dates
        return first if first == last else f"{first} to {last}"

    def shown(self, flagged_only: bool) -> list[SentenceView]:
        return [s for s in self.sentences if s.flagged] if flagged_only else self.sentences


def collect(review: ArticleReview) -> ReportData:
    """Everything the human-readable reports show, computed once."""
    by_id = {s.id: s for s in review.sentences if s.id is not None}
    sources_by_id = {s.id: s for s in review.sources}
    cited: dict[int, list[Source]] = {}
    for citation in review.citations:
        source = sources_by_id.get(citation.source_id)
        if source is not None and citation.sentence_id in by_id:
            cited.setdefault(citation.sentence_id, []).append(source)

    def label_of(sentence_id: int) -> tuple[str, int | None, bool]:
        own = by_id.get(sentence_id)
        if own is not None:
            return f"#{own.number}", own.number, True
        target = review.link_targets.get(sentence_id)
        if target is None:
            return "a deleted sentence", None, False
        article_id, title, index, _text = target
        if article_id == review.article.id:
            return f"#{index + 1}", index + 1, True
        return f"#{index + 1} in “{title or article_id}”", index + 1, False

    links: dict[int, list[LinkView]] = {}
    for link in review.links:
        for here, there in ((link.from_sentence, link.to_sentence), (link.to_sentence, link.from_sentence)):
            if here in by_id:
                label, number, same = label_of(there)
                links.setdefault(here, []).append(LinkView(link.kind, there, label, number, same, link.note))

    pending: dict[int, list[Suggestion]] = {}
    for suggestion in review.suggestions:
        if suggestion.state == SuggestionState.PENDING:
            pending.setdefault(suggestion.sentence, []).append(suggestion)

    reviewer_names: set[str] = set()
    for per_reviewer in review.reviews.values():
        reviewer_names.update(per_reviewer)
    reviewers = sorted(reviewer_names, key=str.casefold)

    views: list[SentenceView] = []
    dates: list[str] = []
    for sentence in review.sentences:
        per_reviewer = review.reviews.get(sentence.id, {}) if sentence.id is not None else {}
        ordered = [(name, per_reviewer[name]) for name in reviewers if name in per_reviewer]
        dates.extend(r.updated_at[:10] for _, r in ordered if r.updated_at)
        views.append(
            SentenceView(
                sentence=sentence,
                reviews=ordered,
                sources=cited.get(sentence.id, []) if sentence.id is not None else [],
                links=links.get(sentence.id, []) if sentence.id is not None else [],
                pending=pending.get(sentence.index, []),
                flagged=any(r.flagged for _, r in ordered),
                reviewed=any(r.reviewed for _, r in ordered),
                evidence={name: layer_evidence(review, sentence.id, name) for name, _ in ordered},
            )
        )

    data = ReportData(
        review=review,
        reviewers=reviewers,
        sentences=views,
        profile=sourcing_profile(review),
        reviewed_count=sum(1 for v in views if v.reviewed),
        review_dates=(min(dates), max(dates)) if dates else None,
    )
    for name in reviewers:
        verdicts = {f: Counter[str]() for f in VERDICT_FIELDS}
        ratings = Counter[str]()
        for view in views:
            mine = dict(view.reviews).get(name)
            for f in VERDICT_FIELDS:
                verdicts[f][verdict_word(getattr(mine, f) if mine else None)] += 1
            ratings[rating_label(mine.rating if mine else None)] += 1
        data.verdict_counts[name] = verdicts
        data.rating_counts[name] = ratings
    data.inconsistencies = list(_inconsistencies(views, review, label_of))
    data.contested = [v for v in views if any(r.contested for _, r in v.reviews)]
    data.checks = accepted_checks(review)
    data.layers = layer_text(review, reviewers)
    return data


def accepted_checks(review: ArticleReview) -> list[CheckView]:
    """The accepted name, office-holder, date and figure suggestions, in article order."""
    numbers = {s.index: s.number for s in review.sentences}
    checks = []
    for g in sorted(review.suggestions, key=lambda g: (g.sentence, g.start)):
        kind = suggestion_kind(g)
        if g.state != SuggestionState.ACCEPTED or kind not in CHECK_LABELS or g.sentence not in numbers:
            continue
        checks.append(CheckView(numbers[g.sentence], CHECK_LABELS[kind], review.article.text[g.start:g.end],
                                g.value or "", g.message, KB_SOURCE if kind in KB_CHECKS else ""))
    return checks


def evidence_parts(item: EvidenceItem) -> tuple[str, str, list[tuple[str, str]]]:
    """``(title, url, [(label, text)…])`` of an evidence item, for each writer to escape."""
    details: list[tuple[str, str]] = []
    if item.accessed:
        details.append(("accessed", item.accessed))
    if item.archive_url:
        details.append(("archived at", item.archive_url))
    if item.note:
        details.append(("note", item.note))
    return item.title, item.url, details


def _inconsistencies(
    views: list[SentenceView],
    review: ArticleReview,
    label_of: Callable[[int], tuple[str, int | None, bool]],
) -> Iterator[Inconsistency]:
    """Each inconsistent sentence paired with every sentence it contradicts, each pair once."""
    own_text = {v.sentence.id: v.sentence.text for v in views}
    seen_pairs: set[frozenset[int]] = set()
    for view in views:
        if not any(r.inconsistent for _, r in view.reviews):
            continue
        contradictions = [link for link in view.links if link.kind == LinkKind.CONTRADICTS]
        if not contradictions:
            yield Inconsistency(view.number, view.sentence.text, None, None, "")
        for link in contradictions:
            pair = frozenset((view.sentence.id or 0, link.other_id))
            if pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            other_text = own_text.get(link.other_id)
            if other_text is None:
                target = review.link_targets.get(link.other_id)
                other_text = target[3] if target else ""
            yield Inconsistency(view.number, view.sentence.text, link.other_label, other_text, link.note)


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Call the progress callback; a False answer cancels the export."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled()


def with_progress(
    views: list[SentenceView], progress: Progress | None, total: int | None = None
) -> Iterator[SentenceView]:
    """Iterate over sentences, reporting progress every few and at the end."""
    count = len(views) if total is None else total
    for done, view in enumerate(views):
        if done % PROGRESS_EVERY == 0:
            report_progress(progress, done, count)
        yield view
    report_progress(progress, len(views), count)


def header_rows(data: ReportData) -> list[tuple[str, str, bool]]:
    """The report header as ``(label, plain text, is a URL)``, for each writer to escape."""
    article = data.review.article
    rows = [
        ("Outlet", article.outlet or "unknown", False),
        ("URL", article.url or "none", bool(article.url)),
        ("Published", published_text(data.review), False),
    ]
    if article.author:
        rows.append(("Author", article.author, False))
    # The final layer is no reviewer: the editors who decided it are named instead.
    people = [name for name in data.reviewers if name != FINAL]
    editors = sorted({d.decided_by for per in data.review.decisions.values() for d in per.values()},
                     key=str.casefold)
    rows.append(("Reviewers", ", ".join(people) or ("none yet" if not editors else "none"), False))
    if editors:
        rows.append(("Adjudicated by", ", ".join(editors), False))
    rows += [
        ("Date of review", data.review_date_text, False),
        ("Progress", data.progress_text, False),
        ("Sign-off", sign_off_text(data.review), False),
        ("Layers shown", data.layers, False),
    ]
    return rows


def source_text(source: Source) -> str:
    """What a report says about a cited source, after its name."""
    described = f"{SOURCE_KIND_LABELS.get(source.kind, source.kind)}, reliability {source.reliability}"
    return f"{described}, {source.description}" if source.description else described


def suggestion_kind(suggestion: Suggestion) -> str:
    """The stable kind name ("quote.direct"), whether the kind is held as text or as an enum."""
    kind = suggestion.kind
    return str(kind.value if isinstance(kind, Enum) else kind)


def credibility_text(credibility: int) -> str:
    return f"{credibility} ({CREDIBILITY_GRADES.get(credibility, '?')})"


def published_text(review: ArticleReview) -> str:
    article = review.article
    if article.published is None:
        return "unknown"
    text = article.published.isoformat()
    return f"{text} (assumed)" if article.published_assumed else text


def sign_off_text(review: ArticleReview) -> str:
    article = review.article
    if not article.signed_off_by:
        return "not signed off"
    when = f" on {article.signed_off_at[:10]}" if article.signed_off_at else ""
    return f"signed off by {article.signed_off_by}{when}"
