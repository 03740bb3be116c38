"""ArticleReview builders for the report and profile tests (and benchmarks/reports_speed.py).

``seed_review()`` is the seed article as a reviewer leaves it after accepting its
attribution, quote and anachronism suggestions: the sources, citations, verdicts
and the sentence 7 -> sentence 3 ``contradicts`` link those create.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from html.parser import HTMLParser

from factcheck.model import (
    Article,
    ArticleReview,
    Citation,
    Evidence,
    HistoryEntry,
    Link,
    LinkKind,
    Rating,
    Review,
    Sentence,
    Source,
    SourceKind,
    Status,
    Suggestion,
    SuggestionKind,
    SuggestionState,
    suggestion_key,
)
from factcheck.publisher import Publisher
from factcheck.resources import seed
from factcheck.text import split_article

SEED_TEXT = seed("venezuela-cuba-security.txt").read_text(encoding="utf-8")
SEED_TITLE = "Venezuela reduces its security dependence on Cuba under U.S. pressure"
REVIEWER = "Ana Reviewer"
PUBLISHER = Publisher(name="Example Checks", url="https://checks.example/",
                      review_url="https://checks.example/reviews/{article}/{sentence}")
ID_OFFSET = 100  # sentence row ids differ from indexes and numbers, as in the store


def split_sentences(article_id: str, text: str, first_id: int = ID_OFFSET + 1) -> tuple[Sentence, ...]:
    """The article's sentences with store-like row ids."""
    return tuple(
        dataclasses.replace(sentence, id=first_id + sentence.index)
        for sentence in split_article(article_id, text)
    )


def _span(sentence: Sentence, needle: str) -> tuple[int, int]:
    at = sentence.text.index(needle)
    return sentence.start + at, sentence.start + at + len(needle)


def _suggestion(
    sentence: Sentence,
    needle: str,
    kind: SuggestionKind,
    message: str,
    state: SuggestionState,
    ident: int,
    **extra: object,
) -> Suggestion:
    start, end = _span(sentence, needle)
    return Suggestion(
        sentence=sentence.index,
        start=start,
        end=end,
        kind=kind.value,
        message=message,
        state=state,
        key=suggestion_key(kind.value, needle, sentence.text),
        id=ident,
        **extra,  # type: ignore[arg-type]
    )


def seed_review(*, mark_inconsistency: bool = True) -> ArticleReview:
    """The reviewed seed article (see the module docstring)."""
    article = Article(
        id="a1b2c3d4e5f60718",
        text=SEED_TEXT,
        title=SEED_TITLE,
        published=date(2026, 1, 12),
        published_assumed=True,
        imported_at="2026-01-13T09:00:00+00:00",
        rating=Rating.MISLEADING,
        summary="Mostly anonymous sourcing; names the Biden administration for events of January 2026.",
        signed_off_by=REVIEWER,
        signed_off_at="2026-01-14T17:30:00+00:00",
    )
    sentences = split_sentences(article.id, SEED_TEXT)
    assert len(sentences) == 16, [s.text for s in sentences]
    s = {n: sentences[n - 1] for n in range(1, 17)}  # by number as shown

    sources = (
        Source(1, "Frank Mora", SourceKind.PERSON, "former U.S. ambassador to the Organization of American States", "B"),
        Source(2, "eleven sources familiar with the matter", SourceKind.ANONYMOUS, reliability="F"),
        Source(3, "Multiple sources", SourceKind.ANONYMOUS, reliability="F"),
        Source(4, "A White House official", SourceKind.ANONYMOUS, reliability="C"),
        Source(5, "Analysts", SourceKind.ANONYMOUS, reliability="F"),
    )
    cited = {14: 1, 1: 2, 5: 3, 9: 4, 13: 5}
    citations = tuple(Citation(s[n].id, source) for n, source in cited.items())  # type: ignore[arg-type]

    reviews: dict[int, dict[str, Review]] = {}
    for n, sentence in s.items():
        named, anonymous = n == 14, n in (1, 5, 9, 13)
        reviews[sentence.id] = {  # type: ignore[index]
            REVIEWER: Review(
                sentence_id=sentence.id,  # type: ignore[arg-type]
                reviewer=REVIEWER,
                sourced=named or anonymous,
                anonymous=anonymous,
                contested=n == 16,
                inconsistent=(n == 7) if mark_inconsistency else (None if n == 7 else False),
                rating=Rating.FALSE if n == 7 else (Rating.UNVERIFIABLE if anonymous else Rating.ACCURATE),
                credibility=5 if n == 7 else (2 if n == 14 else 3),
                status=Status.DONE,
                updated_at=f"2026-01-14T{10 + n // 4:02d}:{n:02d}:00+00:00",
            )
        }
    r7 = reviews[s[7].id][REVIEWER]  # type: ignore[index]
    reviews[s[7].id][REVIEWER] = dataclasses.replace(  # type: ignore[index]
        r7,
        note="Joe Biden left office on 20 January 2025; in January 2026 it is the Trump administration.",
        evidence=Evidence(
            url="https://www.whitehouse.gov/administration/",
            title="The Administration",
            accessed="2026-01-14",
        ),
    )
    links = (
        Link(
            1,
            s[7].id,  # type: ignore[arg-type]
            s[3].id,  # type: ignore[arg-type]
            LinkKind.CONTRADICTS,
            "The January 3rd capture of Maduro dates these events to 2026, after Biden's term ended.",
        ),
    )
    accepted, pending = SuggestionState.ACCEPTED, SuggestionState.PENDING
    suggestions = (
        _suggestion(s[1], "according to eleven sources familiar with the matter", SuggestionKind.ATTRIBUTION_ANONYMOUS, "Attributed to unnamed sources.", accepted, 1),
        _suggestion(s[5], "Multiple sources confirm", SuggestionKind.ATTRIBUTION_ANONYMOUS, "Attributed to unnamed sources.", accepted, 2),
        _suggestion(s[9], "A White House official stated", SuggestionKind.ATTRIBUTION_ANONYMOUS, "Attributed to an unnamed official.", accepted, 3),
        _suggestion(s[13], "Analysts suggest", SuggestionKind.ATTRIBUTION_ANONYMOUS, "Attributed to unnamed analysts.", accepted, 4),
        _suggestion(s[14], "noted Frank Mora", SuggestionKind.ATTRIBUTION_NAMED, "Attributed to Frank Mora.", accepted, 5),
        _suggestion(s[9], "‘a very good relationship with Venezuela’s leaders’", SuggestionKind.QUOTE_DIRECT, "Direct quotation.", accepted, 6),
        _suggestion(s[9], "‘self-interest aligns with promoting our key objectives.’", SuggestionKind.QUOTE_DIRECT, "Direct quotation.", accepted, 7),
        _suggestion(s[14], "‘She wants to keep the Cubans", SuggestionKind.QUOTE_DIRECT, "Direct quotation.", accepted, 8),
        _suggestion(s[7], "The Biden administration", SuggestionKind.TEMPORAL_ANACHRONISM, "Joe Biden was no longer president on 2026-01-03.", accepted, 9, related=(2,), proposed={"inconsistent": "yes"}),
        _suggestion(s[12], "‘unity’", SuggestionKind.QUOTE_SCARE, "A one-word quotation without a speaker.", pending, 10),
        _suggestion(s[11], "Bruno Rodríguez Padilla", SuggestionKind.NAME_VARIANT, "Did you mean Bruno Rodríguez Parrilla?", pending, 11, value="Bruno Rodríguez Parrilla"),
        _suggestion(s[15], "likely remain", SuggestionKind.HEDGE, "Speculative wording.", SuggestionState.DISMISSED, 12),
        _suggestion(s[3], "January 3rd", SuggestionKind.CLAIM_DATE, "Date: 2026-01-03.", pending, 13, value="2026-01-03"),
    )
    history = (
        HistoryEntry(1, "2026-01-14T10:01:00+00:00", REVIEWER, "review", "review", str(s[1].id), "sourced", None, True),
        HistoryEntry(2, "2026-01-14T10:02:00+00:00", REVIEWER, "link", "link", "1", "kind", None, "contradicts"),
        HistoryEntry(3, "2026-01-14T17:30:00+00:00", REVIEWER, "sign-off", "article", article.id, "signed_off_by", "", REVIEWER),
    )
    return ArticleReview(
        article=article,
        sentences=sentences,
        reviews=reviews,
        sources=sources,
        citations=citations,
        links=links,
        suggestions=suggestions,
        history=history,
        link_targets={x.id: (article.id, article.title, x.index, x.text) for x in (s[3], s[7])},  # type: ignore[misc]
    )


def large_review(sentence_count: int = 1000) -> ArticleReview:
    """A reviewed article of ``sentence_count`` sentences: the seed's review repeated."""
    base = seed_review()
    copies = -(-sentence_count // len(base.sentences))
    text = "\n".join([SEED_TEXT.rstrip("\n")] * copies)
    sentences = split_sentences(base.article.id, text)[:sentence_count]
    per = len(base.sentences)
    reviews = {}
    citations = []
    links = []
    for sentence in sentences:
        original = base.sentences[sentence.index % per]
        reviews[sentence.id] = {
            name: dataclasses.replace(r, sentence_id=sentence.id) for name, r in base.reviews[original.id].items()  # type: ignore[index]
        }
        citations.extend(Citation(sentence.id, c.source_id) for c in base.citations if c.sentence_id == original.id)  # type: ignore[arg-type]
        if sentence.index % per == 6 and sentence.index >= 4:
            links.append(Link(len(links) + 1, sentence.id, sentence.id - 4, LinkKind.CONTRADICTS, base.links[0].note))  # type: ignore[operator,arg-type]
    article = dataclasses.replace(base.article, text=text, title=f"{base.article.title} ({sentence_count} sentences)")
    return ArticleReview(
        article=article,
        sentences=sentences,
        reviews=reviews,
        sources=base.sources,
        citations=tuple(citations),
        links=tuple(links),
        suggestions=(),
        history=base.history,
    )


# Hostile input, and a check that HTML made from it is inert.

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "javascript:alert(2)",
)
HOSTILE_TEXT = " ".join(PAYLOADS)


class _Inspector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.bad: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("script", "img", "iframe", "object", "embed"):
            self.bad.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"{name} attribute on <{tag}>")
            cleaned = "".join((value or "").split()).lower()
            if name in ("href", "src", "action", "formaction") and not (
                cleaned.startswith(("http://", "https://", "#")) or cleaned == ""
            ):
                self.bad.append(f"{name}={value!r} on <{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def inspect_html(html: str) -> tuple[list[str], str]:
    """(what is dangerous in the page, its text content)."""
    inspector = _Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.bad, "".join(inspector.text)


def hostile_review() -> ArticleReview:
    """The reviewed seed with every field a person types filled with injection attempts."""
    base = seed_review()
    sentence_7 = base.sentences[6]
    reviews = {sid: dict(per) for sid, per in base.reviews.items()}
    reviews[sentence_7.id][REVIEWER] = dataclasses.replace(  # type: ignore[index]
        reviews[sentence_7.id][REVIEWER],  # type: ignore[index]
        note=f"Note: {HOSTILE_TEXT}\n# not a heading\n=HYPERLINK(\"http://evil.example\",\"click\")",
        evidence=Evidence(url="javascript:alert(3)", title=HOSTILE_TEXT, archive_url=" JaVaScRiPt:alert(4)"),
    )
    sources = base.sources + (Source(9, f"Source {PAYLOADS[0]}", SourceKind.PERSON, PAYLOADS[1], "C"),)
    citations = base.citations + (dataclasses.replace(base.citations[0], sentence_id=sentence_7.id, source_id=9),)  # type: ignore[arg-type]
    links = (dataclasses.replace(base.links[0], note=HOSTILE_TEXT),)
    article = dataclasses.replace(
        base.article,
        title=f"Title {PAYLOADS[0]} {PAYLOADS[2]}",
        outlet=PAYLOADS[1],
        url="javascript:alert(5)",
        summary=HOSTILE_TEXT,
    )
    return dataclasses.replace(
        base, article=article, reviews=reviews, sources=sources, citations=citations, links=links
    )
