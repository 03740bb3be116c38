"""What is left around an article once it is extracted: short paragraphs that are not the
article (photo credits, prompts, "Read more", reprint and affiliate lines, bylines), the
headline repeated as the first paragraph, and the site's name after the title.

The patterns are data, kept short: each matches a whole short paragraph, never part of a
sentence of the article.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SHORT = 220  # characters: clutter lines are short; an article's paragraph that quotes one is not

_CLUTTER_LINES = [re.compile(pattern, re.IGNORECASE) for pattern in (
    # captions and credits
    r"^(?:photo|image|picture|foto|bild|video|graphic|illustration|file photo)s?(?: credit)?\s*[:/©]",
    r"^(?:©|\(c\)|copyright)\s",
    r"(?:getty images|ap photo|afp via getty|reuters/|/ ?reuters|shutterstock)\)?\.?$",
    r"^(?:credit|source|quelle)\s*:",
    # prompts: newsletters, apps, sharing, comments
    r"^(?:sign up|subscribe|get (?:our|the)|download (?:our|the)|follow us|join us|like us|"
    r"click here|tap here|share this|share on|email this|print this|leave a comment|"
    r"newsletter|abonnieren|jetzt abonnieren|melden sie sich)\b",
    r"\b(?:sign up for|subscribe to) (?:our|the)\b.*\bnewsletter\b",
    r"^never miss\b", r"^we want to hear (?:from you|what you think)\b",
    r"^(?:follow|find) (?:us|@?[\w.]+(?: [\w.]+){0,3}) on (?:twitter|facebook|instagram|x|tiktok|"
    r"youtube|telegram|whatsapp)\b",
    r"\bdownload (?:the|our) .{0,60}\bapps?\b",
    r"^submit your (?:letter|story|tip|news)\b",
    r"^(?:view|show|load|read|see) (?:all )?(?:\d+ )?comments?$",
    # subscription walls
    r"^to (?:view|read|continue reading) (?:the )?(?:full|whole|rest of the) (?:story|article)\b",
    r"\balready (?:a )?subscriber\b", r"\bplease (?:subscribe|log in|sign in)\b",
    # teasers and links out
    r"^(?:read more|read also|read next|see also|more:|related:|related stories|"
    r"more from|more on this|watch:|listen:|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant)\b",
    r"^recommended(?: for you| stories| reading)?:?$",
    # reprint, affiliate and correction boilerplate
    r"^this (?:article|story|post|piece) (?:was |is )?(?:originally |first )?(?:published|appeared|"
    r"republished|reprinted)\b",
    r"\b(?:republished|reprinted) (?:here )?(?:with permission|under a creative commons)\b",
    r"\ball rights reserved\b", r"\bcopyrighted (?:property|material)\b",
    r"\bpermission\b.{0,60}\b(?:reprint|republish|reproduc)", r"\bmay not be (?:reproduced|republished)\b",
    r"^this (?:post|article|page|story) (?:contains|includes|may contain) (?:affiliate|references to products|"
    r"sponsored)\b",
    r"\badvertisers do not influence\b",
    r"^(?:we|this site) (?:may )?(?:earn|receive)s? (?:a )?(?:commission|affiliate)",
    r"\b(?:contains|includes|uses|may contain) affiliate links?\b",
    # bylines and datelines standing alone
    r"^(?:by|von|par|por)\s+(?!(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|then|now|this|that|"
    r"its|his|her|their)\b)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&|und)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    r"(?:\s*[,|–—-]\s*[A-Z][\w'’ ]{0,40})?$",
    r"^(?:updated|published|posted|last updated|aktualisiert|veröffentlicht)\s*:?\s*(?:on\s+)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[\w ,.:/]{0,50}$",
    r"^advertisement$|^anzeige$|^werbung$|^sponsored$",
)]
_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|•|»)\s+")
_NON_WORD = re.compile(r"[\W_]+")


def is_clutter_line(paragraph: str) -> bool:
    """True for a short paragraph that is a caption, prompt, teaser, byline or boilerplate."""
    text = " ".join(paragraph.split())
    if len(text) > _SHORT:
        return False
    return any(pattern.search(text) for pattern in _CLUTTER_LINES)


def _key(text: str) -> str:
    return _NON_WORD.sub("", text.lower().removeprefix("the "))


_DATE_SEGMENT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def _is_site(segment: str, site: str, host: str) -> bool:
    if _DATE_SEGMENT.match(segment.strip()):
        return True  # "… | DW | 19.01.2020": a date after the site's name
    key = _key(segment)
    if not key:
        return False
    site_key = _key(site)
    if site_key and (key == site_key or (len(key) > 3 and (key in site_key or site_key in key))
                     or (len(key) >= 2 and site_key.startswith(key) and len(site_key) <= len(key) + 4)):
        return True
    host_key = _key(host.removeprefix("www."))
    return len(key) > 3 and key in host_key


def title_without_site(title: str, site: str = "", url: str = "") -> str:
    """``title`` without the site's name before or after it ("Story | The Japan Times" -> "Story").

    The name is recognised from the page's site name (og:site_name) or its address.
    """
    title = " ".join(title.split())
    host = (urlsplit(url).hostname or "") if url else ""
    parts = _SEPARATORS.split(title)
    while len(parts) > 1 and _is_site(parts[-1], site, host):
        parts.pop()
    while len(parts) > 1 and _is_site(parts[0], site, host):
        parts.pop(0)
    if len(parts) == len(_SEPARATORS.split(title)):
        return title
    # Join what is left with the separators it had.
    kept = " ".join(parts)
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if start >= 0 and end > start else kept


def without_headline(paragraphs: list[str], title: str) -> list[str]:
    """The paragraphs without a first one that repeats the title (the headline is the title)."""
    if paragraphs and title and _key(paragraphs[0]) == _key(title) and len(paragraphs) > 1:
        return paragraphs[1:]
    return paragraphs
