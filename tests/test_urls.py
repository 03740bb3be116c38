"""The one rule for which addresses become links, in reports and in the window."""

import pytest

from factcheck.urls import is_web_url


@pytest.mark.parametrize("url", ["https://example.org/a?b=1", "http://archive.example/x", " HTTPS://Example.org "])
def test_web_addresses_are_links(url):
    assert is_web_url(url)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc/passwd", "http://",
     "https://exa mple.org", "https://example.org/\"onmouseover=x", "ftp://example.org", "example.org", ""],
)
def test_anything_else_stays_text(url):
    assert not is_web_url(url)
