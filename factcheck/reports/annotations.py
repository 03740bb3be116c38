"""W3C Web Annotation export (``--format annotations``): one annotation per judged sentence.

The document is an ``AnnotationCollection`` (JSON-LD, context
``http://www.w3.org/ns/anno.jsonld``) whose page lists one ``Annotation`` per
sentence someone judged, made from the review that represents the sentence
(:func:`factcheck.team.layers.representative_review`); ``creator`` is that
reviewer, or for the final layer the editor who decided, and ``factcheck:layer``
names the layer:

* ``target.source`` is the article URL (an http(s) URL), else ``urn:sha256:<hash>``
  of the article text;
* ``target.selector`` holds a ``TextQuoteSelector`` (``exact``, and up to 32
  characters of ``prefix`` and ``suffix``) and a ``TextPositionSelector``;
* ``body`` holds the review: an ``assessing`` TextualBody that reads like the
  report ("Rating: False. Inconsistent: yes. …"), the note as ``commenting``, a
  ``tagging`` body "flagged" for flagged sentences, and the evidence URLs as
  ``SpecificResource`` bodies with purpose ``linking``.

**Offsets.** ``TextPositionSelector`` ``start``/``end`` count Unicode code points
of the article text, as the W3C model requires (and as Python indexes strings).
JavaScript and Hypothes.is clients count UTF-16 code units, which differ after
any character outside the Basic Multilingual Plane (an emoji): each selector
also carries ``factcheck:utf16Start`` and ``factcheck:utf16End`` for them.
"""

from __future__ import annotations

import bisect
import hashlib
from typing import Any

from factcheck.model import VERDICT_FIELDS, ArticleReview, Review
from factcheck.reports.common import VERDICT_LABELS, credibility_text, rating_label, verdict_word
from factcheck.reports.jsonld import dumps_jsonld
from factcheck.team.layers import FINAL, deciding_editors, layer_evidence, representative_review
from factcheck.urls import is_web_url

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NAMESPACE = "urn:factcheck-review:terms#"
# The W3C context names every motivation but "assessing"; defining it keeps the plain word.
CONTEXT: list[Any] = [ANNO_CONTEXT, {"factcheck": NAMESPACE, "assessing": "http://www.w3.org/ns/oa#assessing"}]
CONTEXT_CHARS = 32


def utf16_offset(text: str, index: int, astral: list[int] | None = None) -> int:
    """The UTF-16 code unit offset of code point ``index`` in ``text``.

    ``astral`` (from :func:`astral_positions`) saves scanning the text again for each offset.
    """
    positions = astral_positions(text) if astral is None else astral
    return index + bisect.bisect_left(positions, index)


def astral_positions(text: str) -> list[int]:
    """Where ``text`` has characters outside the Basic Multilingual Plane (two UTF-16 units each)."""
    if text.isascii():
        return []
    return [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]


def article_source(review: ArticleReview) -> str:
    """What the annotations target: the article URL, else a URN of the text's sha256."""
    url = review.article.url.strip()
    if url and is_web_url(url):
        return url
    return "urn:sha256:" + hashlib.sha256(review.article.text.encode("utf-8")).hexdigest()


def _assessment(r: Review) -> str:
    parts = [f"Rating: {rating_label(r.rating)}."]
    parts += [f"{VERDICT_LABELS[f]}: {verdict_word(getattr(r, f))}." for f in VERDICT_FIELDS]
    if r.credibility is not None:
        parts.append(f"Credibility: {credibility_text(r.credibility)}.")
    parts.append(f"Status: {r.status.label.lower()}.")
    return " ".join(parts)


def _judged(r: Review) -> bool:
    return (any(getattr(r, f) is not None for f in VERDICT_FIELDS) or r.rating is not None
            or r.credibility is not None or bool(r.note.strip()))


def _creator(review: ArticleReview, sentence_id: int | None, layer: str) -> Any:
    """The reviewer whose layer it is; for the final layer, the editor (or editors) who decided
    (None when the file does not say who: the layer's name is no person)."""
    names = deciding_editors(review, sentence_id) if layer == FINAL else [layer]
    people = [{"type": "Person", "name": name} for name in names]
    return people[0] if len(people) == 1 else people or None


def annotation_collection(review: ArticleReview) -> dict[str, Any]:
    """The article's annotations as one AnnotationCollection (a JSON-able dict)."""
    text = review.article.text
    astral = astral_positions(text)
    source = article_source(review)
    items: list[dict[str, Any]] = []
    for sentence in review.sentences:
        chosen = representative_review(review, sentence.id)
        if chosen is None or not _judged(chosen[1]):
            continue
        layer, r = chosen
        body: list[dict[str, Any]] = [
            {"type": "TextualBody", "purpose": "assessing", "format": "text/plain",
             "language": "en", "value": _assessment(r)},
        ]
        if r.note.strip():
            body.append({"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
                         "value": r.note})
        if r.flagged:
            body.append({"type": "TextualBody", "purpose": "tagging", "value": "flagged"})
        for item in layer_evidence(review, sentence.id, layer):
            if item.url and is_web_url(item.url):
                body.append({"type": "SpecificResource", "purpose": "linking", "source": item.url.strip()})
        annotation: dict[str, Any] = {
            "id": f"urn:factcheck-review:{review.article.id}:{sentence.number}",
            "type": "Annotation",
            "motivation": "assessing",
            "body": body,
            "target": {
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": sentence.text,
                     "prefix": text[max(0, sentence.start - CONTEXT_CHARS):sentence.start],
                     "suffix": text[sentence.end:sentence.end + CONTEXT_CHARS]},
                    {"type": "TextPositionSelector", "start": sentence.start, "end": sentence.end,
                     "factcheck:utf16Start": utf16_offset(text, sentence.start, astral),
                     "factcheck:utf16End": utf16_offset(text, sentence.end, astral)},
                ],
            },
            "factcheck:sentenceNumber": sentence.number,
            "factcheck:layer": layer,
        }
        creator = _creator(review, sentence.id, layer)
        if creator is not None:
            annotation["creator"] = creator
        if r.updated_at:
            annotation["modified"] = r.updated_at
        items.append(annotation)
    return {
        "@context": CONTEXT,
        "id": f"urn:factcheck-review:{review.article.id}",
        "type": "AnnotationCollection",
        "label": review.article.title or "Untitled article",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def render_annotations(review: ArticleReview) -> str:
    """The annotations as a JSON-LD document."""
    return dumps_jsonld(annotation_collection(review)) + "\n"
