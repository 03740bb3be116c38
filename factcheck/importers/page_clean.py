"""A saved page's HTML tidied before the article is extracted from it.

- Every block element (p, li, td, div, headings, table rows) ends with a line break, so two
  blocks never run together ("…with it.”“But…") however the extractor joins them.
- Text a reader does not see is removed: hidden elements (``hidden``, ``aria-hidden``,
  ``display:none``, screen-reader-only classes) and the pop-up cards that sites attach to
  links ("Rep. Ilhan OmarIlhan OmarHillicon Valley…").
- Figure captions and photo credits, newsletter and app prompts, teasers and "read more"
  boxes, bylines and share bars are removed by their element or class names, when they are
  small next to the page's text (a class name alone never removes the article).
"""

from __future__ import annotations

import re

from lxml import etree, html

BLOCK_TAGS = frozenset({
    "p", "div", "li", "td", "th", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "section", "article", "header", "footer", "aside", "figure", "figcaption",
    "pre", "table", "ul", "ol", "dl", "address", "main", "nav",
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Whole class names of text a reader does not see: hidden, screen-reader-only, pop-up cards.
_HIDDEN_CLASSES = frozenset({
    "hidden", "hide", "is-hidden", "u-hidden", "d-none", "invisible", "sr-only", "sr-text",
    "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "a11y-hidden",
    "element-invisible", "offscreen", "tooltip", "popover", "hovercard", "hover-card", "popup",
    "link-popup", "preview-card",
})
# Words that, first or last in a class or id name, mark clutter around an article
# ("wp-caption", "image-credit", "article-byline", "newsletter-signup", "related-links").
_CLUTTER_WORDS = frozenset({
    "caption", "figcaption", "credit", "credits", "byline", "bylines", "newsletter", "signup",
    "subscribe", "subscription", "promo", "teaser", "teasers", "related", "readmore", "recommended",
    "recirculation", "share", "sharing", "social", "outbrain", "taboola", "paywall", "advert",
    "advertisement", "ad", "ads", "sponsored", "affiliate", "disclaimer", "copyright", "reprint",
    "author", "bio", "breadcrumb", "breadcrumbs", "timestamp",
})
_NEGATIONS = frozenset({"no", "not", "has", "is", "with", "without", "enable", "enabled"})
_TOKEN_WORDS = re.compile(r"[^a-z]+")
# A clutter element holding more than this share of the page's text is kept: it is a wrapper.
_CLUTTER_SHARE = 0.15
_PARAGRAPH_CHARS = 150
_CONTENT_PARAGRAPHS = 3
# Nor is "hidden" text that is most of the page (an article a script reveals).
_HIDDEN_SHARE = 0.5


def _class_tokens(element: etree._Element) -> list[str]:
    return f"{element.get('class', '')} {element.get('id', '')}".lower().split()


def _is_hidden(element: etree._Element, page_chars: int) -> bool:
    hidden = (element.get("hidden") is not None
              or element.get("aria-hidden", "").lower() == "true"
              or bool(_HIDDEN_STYLE.search(element.get("style", "")))
              or any(token in _HIDDEN_CLASSES for token in _class_tokens(element)))
    return (hidden and len(element.text_content()) <= _HIDDEN_SHARE * page_chars
            and not _has_article_text(element))


def _has_article_text(element: etree._Element) -> bool:
    """Several full paragraphs: an article's text (pop-ups, prompts and teasers are short)."""
    long_paragraphs = sum(1 for p in element.iter("p") if len(p.text_content()) >= _PARAGRAPH_CHARS)
    return long_paragraphs >= _CONTENT_PARAGRAPHS


def _marks_clutter(token: str) -> bool:
    if token.startswith("js"):
        return False  # a script's hook ("js_readmore" folds text away), not what the text is
    # A BEM modifier says how a block looks or what it holds ("Section--Ads"), not what it is.
    words = [w for w in _TOKEN_WORDS.split(token.split("--")[0]) if w]
    if not words or words[0] in _NEGATIONS or words[-1] in _NEGATIONS:
        return False
    return words[0] in _CLUTTER_WORDS or words[-1] in _CLUTTER_WORDS


def _is_clutter(element: etree._Element, page_chars: int) -> bool:
    if element.tag == "figcaption":
        return True
    if element.tag in ("body", "html", "main", "article"):
        return False
    if not any(_marks_clutter(token) for token in _class_tokens(element)):
        return False
    if len(element.text_content()) > _CLUTTER_SHARE * page_chars:
        return False
    return not _has_article_text(element)


def _remove(element: etree._Element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def tidy_page(tree: html.HtmlElement) -> html.HtmlElement:
    """Tidy ``tree`` in place (see the module's docstring) and return it."""
    body = tree.find("body")
    page_chars = len((body if body is not None else tree).text_content()) or 1
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        if element.tag in ("html", "head", "body"):
            continue
        if _is_hidden(element, page_chars) or _is_clutter(element, page_chars):
            doomed.append(element)
    for element in doomed:
        # An element inside one already removed went with it.
        if any(ancestor in doomed for ancestor in element.iterancestors()):
            continue
        _remove(element)
    elements = [e for e in tree.iter() if isinstance(e.tag, str) and e.tag in BLOCK_TAGS]
    # The extractor may merge a run of sibling divs of text into one paragraph, trimming the
    # text it joins ("…capitalism.In a situation…"): such divs are paragraphs.
    runs = [e for e in elements if e.tag == "div" and _is_paragraph(e) and any(
        s is not None and s.tag == "div" and _is_paragraph(s) for s in (e.getprevious(), e.getnext()))]
    for element in elements:
        tail = element.tail or ""
        if not tail[:1].isspace():
            element.tail = "\n" + tail
    for element in runs:
        element.tag = "p"
    return tree


def _is_paragraph(element: etree._Element) -> bool:
    """A div holding only text and inline elements, with some text of its own."""
    if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element):
        return False
    return bool((element.text or "").strip()) or any((child.tail or "").strip() for child in element)


def paragraph_text_length(tree: html.HtmlElement) -> int:
    """Characters in the page's <p> elements: what a reader would call its text."""
    return sum(len(" ".join(p.text_content().split())) for p in tree.iter("p"))
