"""Which addresses may become links: the one rule shared by reports and the window."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_url(url: str) -> bool:
    """Only http(s) URLs with a host ever become links; anything else (javascript:, data:,
    file:, a bare "http://") stays text."""
    text = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ch in '<>"`\\' for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
