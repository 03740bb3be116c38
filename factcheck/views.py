"""What the command line prints: the JSON shapes of DESIGN.md's CLI contract and the text listing."""

from __future__ import annotations

from typing import Any

from factcheck.model import (
    VERDICT_FIELDS,
    Article,
    ArticleReview,
    Sentence,
    Suggestion,
    verdict_to_text,
)

VERDICT_SYMBOL = {True: "✓", False: "✗", None: "·"}


def sentence_json(sentence: Sentence) -> dict[str, Any]:
    return {"index": sentence.index, "number": sentence.number, "start": sentence.start,
            "end": sentence.end, "paragraph": sentence.paragraph, "text": sentence.text}


def suggestion_json(suggestion: Suggestion, with_state: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "sentence": suggestion.sentence, "start": suggestion.start, "end": suggestion.end,
        "kind": suggestion.kind, "message": suggestion.message, "value": suggestion.value,
        "related": list(suggestion.related), "proposed": suggestion.proposed,
        "confidence": suggestion.confidence,
    }
    if with_state:
        data["state"] = suggestion.state.value
    return data


def article_json(article: Article) -> dict[str, Any]:
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "url": article.url,
            "author": article.author,
            "published": article.published.isoformat() if article.published else None,
            "published_assumed": article.published_assumed, "imported_at": article.imported_at,
            "language": article.language,
            "rating": article.rating.value if article.rating else None, "summary": article.summary,
            "signed_off_by": article.signed_off_by, "signed_off_at": article.signed_off_at}


def show_json(bundle: ArticleReview) -> dict[str, Any]:
    """The ``show --json`` document (see :func:`show_json_lazy` for writing a big one)."""
    document = show_json_lazy(bundle)
    return document | {"sentences": list(document["sentences"]),
                       "suggestions": list(document["suggestions"])}


def show_json_lazy(bundle: ArticleReview) -> dict[str, Any]:
    """The ``show --json`` document with its sentences and suggestions as Lazy lists, made
    one at a time while :func:`factcheck.jsonstream.write_json` writes them."""
    from factcheck.attribution_view import attribution_json
    from factcheck.jsonstream import Lazy
    from factcheck.profile import profile_to_dict, sourcing_profile

    index_of = {s.id: s.index for s in bundle.sentences}
    cited: dict[int, list[int]] = {}
    for c in bundle.citations:
        cited.setdefault(c.sentence_id, []).append(c.source_id)
    per_sentence: dict[int, list[Suggestion]] = {}
    for g in bundle.suggestions:
        per_sentence.setdefault(g.sentence, []).append(g)

    def sentence_entry(s: Any) -> dict[str, Any]:
        entry = sentence_json(s)
        entry["reviews"] = {
            reviewer: {
                **{v: verdict_to_text(getattr(r, v)) for v in VERDICT_FIELDS},
                "rating": r.rating.value if r.rating else None, "credibility": r.credibility,
                "note": r.note, "status": r.status.value, "updated_at": r.updated_at,
                "evidence": {"url": r.evidence.url, "title": r.evidence.title,
                             "accessed": r.evidence.accessed, "archive_url": r.evidence.archive_url},
                "evidence_items": [{"url": e.url, "title": e.title, "accessed": e.accessed,
                                    "archive_url": e.archive_url, "note": e.note}
                                   for e in bundle.evidence_of(s.id, reviewer)],
            }
            for reviewer, r in bundle.reviews.get(s.id or 0, {}).items()
        }
        entry["sources"] = cited.get(s.id or 0, [])
        entry["attribution"] = attribution_json(per_sentence.get(s.index, []))
        return entry

    def end(sentence_id: int) -> dict[str, Any]:
        if sentence_id in index_of:
            return {"article": bundle.article.id, "index": index_of[sentence_id],
                    "number": index_of[sentence_id] + 1}
        article_id, title, index, _ = bundle.link_targets.get(sentence_id, ("", "", -1, ""))
        return {"article": article_id, "article_title": title, "index": index, "number": index + 1}

    return {
        "article": article_json(bundle.article),
        "sentences": Lazy(sentence_entry(s) for s in bundle.sentences),
        "sources": [{"id": s.id, "name": s.name, "kind": s.kind.value, "description": s.description,
                     "reliability": s.reliability, "notes": s.notes} for s in bundle.sources],
        "links": [{"id": link.id, "kind": link.kind.value, "note": link.note,
                   "from": end(link.from_sentence), "to": end(link.to_sentence)} for link in bundle.links],
        "suggestions": Lazy(suggestion_json(g, with_state=True) for g in bundle.suggestions),
        "profile": profile_to_dict(sourcing_profile(bundle)),
    }


def show_text(bundle: ArticleReview, reviewer: str) -> str:
    from factcheck.profile import sourcing_profile

    a = bundle.article
    lines = [a.title or "(untitled)"]
    published = a.published.isoformat() if a.published else "no date"
    meta = [f"id {a.id}", f"published {published}" + (" (assumed)" if a.published_assumed else "")]
    if a.outlet:
        meta.insert(0, a.outlet)
    lines.append("  ".join(meta))
    done = sum(1 for s in bundle.sentences
               if (r := bundle.reviews.get(s.id or 0, {}).get(reviewer)) and r.reviewed)
    p = sourcing_profile(bundle)
    lines.append(f"{done}/{len(bundle.sentences)} reviewed by {reviewer}; sourcing: {p.named} named, "
                 f"{p.anonymous_only} anonymous only, {p.unsourced} unsourced")
    lines.append("Verdicts: S sourced, A anonymous, C contested, I inconsistent (✓ yes, ✗ no, · not judged)")
    sources = {s.id: s for s in bundle.sources}
    by_sentence: dict[int, list[Suggestion]] = {}
    for g in bundle.suggestions:
        by_sentence.setdefault(g.sentence, []).append(g)
    paragraph = -1
    for s in bundle.sentences:
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            lines.append("")
        r = bundle.reviews.get(s.id or 0, {}).get(reviewer)
        marks = " ".join(f"{k}{VERDICT_SYMBOL[getattr(r, f) if r else None]}"
                         for k, f in zip("SACI", VERDICT_FIELDS, strict=True))
        extra = []
        if r and r.rating:
            extra.append(r.rating.label)
        if r and r.credibility:
            extra.append(f"credibility {r.credibility}")
        lines.append(f"{s.number:>4}. [{marks}] {s.text}" + (f"  ({', '.join(extra)})" if extra else ""))
        cited = [sources[c.source_id].name for c in bundle.citations
                 if c.sentence_id == s.id and c.source_id in sources]
        if cited:
            lines.append(f"        sources: {'; '.join(cited)}")
        if r and r.note:
            lines.append(f"        note: {r.note}")
        for g in by_sentence.get(s.index, []):
            if g.state.value == "pending":
                lines.append(f"        ◆ {g.kind}: {g.message}")
    return "\n".join(lines)
