"""Fetching web pages from a local server: redirects, limits, every error a user meets."""

from __future__ import annotations

import socket

import pytest

from factcheck.errors import FetchFailed
from factcheck.importers.fetch import fetch_page, is_web_address, read_fetched_page
from tests.web_server import NEWS_PAGE


def failure(url: str, **options: object) -> str:
    with pytest.raises(FetchFailed) as caught:
        fetch_page(url, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


def test_a_page_is_fetched_with_its_bytes_and_time(web):
    url = web.page("/news/council.html")
    page = fetch_page(url)
    assert page.body == NEWS_PAGE
    assert page.final_url == url and page.redirects == ()
    assert page.status == 200 and page.content_type == "text/html" and page.charset == "utf-8"
    assert len(page.sha256) == 64 and page.fetched_at[:4].isdigit()


def test_redirects_are_followed_and_recorded(web):
    final = web.page("/final.html")
    second = web.redirect("/second", final, 301)
    first = web.redirect("/first", "/second")  # a relative Location
    page = fetch_page(first)
    assert page.final_url == final
    assert page.redirects == (first, second)


def test_a_redirect_loop_is_refused(web):
    web.redirect("/a", "/b")
    web.redirect("/b", "/a")
    assert "redirects too many times" in failure(web.url("/a"))


@pytest.mark.parametrize(("status", "words"), [
    (404, "The server answered 404 Not Found for"),
    (403, "The server answered 403 Forbidden for"),
    (500, "The server answered 500 Internal Server Error for"),
    (503, "The server answered 503 Service Unavailable for"),
])
def test_http_errors_say_what_the_server_answered(web, status, words):
    url = web.page("/broken", body=b"<html>error</html>", status=status)
    message = failure(url)
    assert message.startswith(words) and url in message


def test_a_slow_server_times_out(web):
    url = web.page("/slow", delay=3)
    assert failure(url, timeout=0.5) == "127.0.0.1 did not answer within 0.5 seconds."


def test_a_page_that_trickles_in_past_the_timeout_is_stopped(web):
    url = web.page("/trickle", body=b"<html><body>" + b"x" * 20_000 + b"</body></html>", trickle=0.1)
    assert "did not answer within 0.5 seconds" in failure(url, timeout=0.5)


def test_a_page_over_the_size_limit_is_refused_by_its_length_or_its_bytes(web):
    big = b"<html><body>" + b"y" * 5000 + b"</body></html>"
    url = web.page("/big", body=big)
    assert failure(url, max_bytes=1000) == f"{url} is larger than the 1,000 bytes limit for a page."
    # A server that does not say the length is stopped once the bytes pass the limit.
    url = web.page("/big-unsaid", body=big, headers={"Content-Length": "", "Connection": "close"})
    assert "larger than" in failure(url, max_bytes=1000)


@pytest.mark.parametrize(("content_type", "kind"), [
    ("application/pdf", "a PDF document"),
    ("image/png", "an image file"),
    ("application/json", "JSON data"),
])
def test_content_that_is_not_a_web_page_is_refused(web, content_type, kind):
    url = web.page("/file", body=b"%PDF-1.7 binary", content_type=content_type)
    assert failure(url) == f"{url} is {kind}, not a web page."


def test_a_page_without_content_type_is_recognised_by_its_bytes(web):
    url = web.page("/untyped", content_type="")
    assert fetch_page(url).body == NEWS_PAGE
    url = web.page("/untyped-text", body=b"just some words", content_type="")
    assert failure(url) == f"{url} is plain text, not a web page."


def test_an_empty_page_is_refused(web):
    url = web.page("/empty", body=b"")
    assert failure(url) == f"{url} sent an empty page."


def test_offline_or_unknown_host(monkeypatch):
    def no_network(*args, **kwargs):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert failure("https://news.example.org/story") == (
        "news.example.org cannot be found: the computer may be offline, or the address is wrong.")


def test_a_refused_connection():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert failure(f"http://127.0.0.1:{port}/") == "127.0.0.1 refused the connection."


def test_a_tls_error_is_one_sentence(web):
    # Speaking TLS to a server that answers plain HTTP fails the handshake.
    message = failure(web.base.replace("http://", "https://") + "/news.html")
    assert message.startswith("The secure connection to 127.0.0.1 failed")


def test_only_web_addresses_are_fetched():
    assert is_web_address("https://example.org/a") and is_web_address("HTTP://example.org")
    assert not is_web_address("file:///etc/passwd") and not is_web_address("news.html")
    assert not is_web_address("https://")
    assert "is not a web address" in failure("ftp://example.org/page")


def test_a_redirect_to_a_file_address_is_refused(web):
    url = web.redirect("/to-file", "file:///etc/passwd")
    assert "which is not a web address" in failure(url)


def test_a_cancelled_fetch_stops(web):
    url = web.page("/news.html")
    assert failure(url, cancelled=lambda: True) == f"Fetching {url} was cancelled."


def test_the_fetched_page_is_extracted_with_its_final_url(web):
    url = web.page("/story")
    document = read_fetched_page(fetch_page(web.redirect("/short", url)))
    assert document.url == url
    assert document.title.startswith("Council approves $48 million Riverside water plant")
    assert "neighbourhood that will host the site." in document.text


def test_the_server_charset_is_used(web):
    page = NEWS_PAGE.decode("utf-8").replace('charset="UTF-8"', "").replace("charset=UTF-8", "")
    url = web.page("/latin1", body=page.replace("“", "«").replace("”", "»").encode("latin-1", "replace"),
                   content_type="text/html; charset=iso-8859-1")
    document = read_fetched_page(fetch_page(url))
    assert "«We have patched the old plant" in document.text


def test_cancel_while_the_server_is_slow_to_answer_stops_at_once(web):
    import time

    url = web.page("/very-slow", delay=3)
    started = time.monotonic()
    message = failure(url, cancelled=lambda: time.monotonic() - started > 0.2)
    assert message == f"Fetching {url} was cancelled."
    assert time.monotonic() - started < 1.5


def test_a_certificate_that_cannot_be_verified_is_one_sentence():
    import ssl
    import urllib.error

    from factcheck.importers.fetch import _failure

    error = ssl.SSLCertVerificationError(1, "certificate verify failed")
    error.verify_message = "self-signed certificate"
    wrapped = urllib.error.URLError(error)
    assert str(_failure("https://news.example.org/a", wrapped, 30)) == (
        "The secure connection to news.example.org failed: self-signed certificate.")


def test_a_gzipped_page_is_unpacked(web):
    import gzip

    url = web.page("/gz.html", body=gzip.compress(NEWS_PAGE), headers={"Content-Encoding": "gzip"})
    assert fetch_page(url).body == NEWS_PAGE
    url = web.page("/bad-gz.html", body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    assert failure(url) == f"{url} sent a compressed page that could not be unpacked."


def test_an_address_with_non_ascii_characters_is_fetched(web):
    from factcheck.importers.fetch import ascii_url

    web.page("/nachrichten/%C3%BCberblick.html")
    page = fetch_page(web.url("/nachrichten/überblick.html"))
    assert page.body == NEWS_PAGE and page.requested_url.endswith("überblick.html")
    assert ascii_url("https://bücher.example/a b?q=é") == "https://xn--bcher-kva.example/a%20b?q=%C3%A9"
    assert ascii_url("https://example.org/already%20encoded") == "https://example.org/already%20encoded"


def test_utf8_bytes_win_over_a_server_that_says_latin1(web):
    url = web.page("/mislabelled", content_type="text/html; charset=iso-8859-1")
    document = read_fetched_page(fetch_page(url))
    assert "“We have patched the old plant" in document.text
