"""Fetching a web page by its URL: redirects followed and recorded, a timeout, a size limit.

Every way a fetch can fail that a user meets (no network, an unknown host, a refused
connection, a TLS error, an HTTP error, a page too large, a PDF instead of a page) is a
:class:`~factcheck.errors.FetchFailed` whose message is one sentence naming the URL.
Only the standard library is used, so the fetch behaves the same from the CLI and the window.
"""

from __future__ import annotations

import hashlib
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from factcheck import __version__
from factcheck.errors import FetchFailed
from factcheck.importers.document import ImportedDocument

MAX_PAGE_BYTES = 20 * 1024 * 1024  # the snapshot limit per page
DEFAULT_TIMEOUT = 30.0  # seconds, for the whole fetch
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_KIND_NAMES = {
    "application/pdf": "a PDF document",
    "application/json": "JSON data",
    "application/zip": "a ZIP archive",
    "text/plain": "plain text",
    "text/csv": "a CSV table",
}
USER_AGENT = f"factcheck-review/{__version__} (article review; one page at a time)"


@dataclass(frozen=True)
class FetchedPage:
    """A page as the server gave it: the raw bytes and where they finally came from."""

    requested_url: str
    final_url: str
    redirects: tuple[str, ...]  # every URL visited before final_url, in order
    status: int
    content_type: str  # the media type, without parameters
    charset: str  # from the Content-Type header, or ""
    fetched_at: str  # ISO time, UTC
    body: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def is_web_address(text: str) -> bool:
    """True for an http(s) URL with a host: what ``factcheck import`` fetches instead of opening."""
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


class _RecordingRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self) -> None:
        self.visited: list[str] = []

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchFailed(f"{req.full_url} redirects to {newurl}, which is not a web address.")
        self.visited.append(req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _media_type(headers: Message) -> tuple[str, str]:
    return headers.get_content_type().lower(), (headers.get_content_charset() or "")


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head


def _kind_name(media_type: str) -> str:
    if media_type in _KIND_NAMES:
        return _KIND_NAMES[media_type]
    major = media_type.split("/")[0]
    if major in ("image", "video", "audio"):
        return f"an {major} file" if major in ("image", "audio") else "a video"
    return f"a {media_type} file"


def _reason(error: BaseException) -> BaseException:
    """The error underneath a URLError (urllib wraps socket and TLS errors in it)."""
    while isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        error = error.reason
    return error


def _failure(url: str, error: BaseException, timeout: float) -> FetchFailed:
    if isinstance(error, urllib.error.HTTPError):
        if error.code in (301, 302, 303, 307, 308):
            target = str(error.headers.get("Location", "")) if error.headers is not None else ""
            if target and urlsplit(target).scheme.lower() not in ("http", "https", ""):
                return FetchFailed(f"{url} redirects to {target}, which is not a web address.")
            return FetchFailed(f"{url} redirects too many times (more than {MAX_REDIRECTS}).")
        reason = http.client.responses.get(error.code, error.reason or "")
        return FetchFailed(f"The server answered {error.code} {reason} for {url}.".replace("  ", " "))
    cause = _reason(error)
    host = urlsplit(url).hostname or url
    if isinstance(cause, ssl.SSLCertVerificationError):
        detail = cause.verify_message or "the certificate could not be verified"
        return FetchFailed(f"The secure connection to {host} failed: {detail}.")
    if isinstance(cause, ssl.SSLError):
        return FetchFailed(f"The secure connection to {host} failed ({cause.reason or cause}).")
    if isinstance(cause, socket.gaierror):
        return FetchFailed(f"{host} cannot be found: the computer may be offline, or the address is wrong.")
    if isinstance(cause, TimeoutError | socket.timeout):
        return FetchFailed(f"{host} did not answer within {timeout:g} seconds.")
    if isinstance(cause, ConnectionRefusedError):
        return FetchFailed(f"{host} refused the connection.")
    if isinstance(cause, ConnectionError | http.client.HTTPException):
        return FetchFailed(f"The connection to {host} broke off before the page arrived.")
    if isinstance(cause, OSError):
        return FetchFailed(f"{url} cannot be fetched: {cause.strerror or cause}.")
    return FetchFailed(f"{url} cannot be fetched: {cause}.")


def fetch_page(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_PAGE_BYTES,
    cancelled: Callable[[], bool] | None = None,
    context: ssl.SSLContext | None = None,
) -> FetchedPage:
    """Fetch ``url`` (http or https), following and recording redirects.

    ``timeout`` bounds the whole fetch, not only each read; ``max_bytes`` bounds the page.
    ``cancelled`` is polled between chunks: a cancelled fetch raises FetchFailed.
    The body must be HTML (by its Content-Type, or by its first bytes when the server
    names no type); anything else is refused with a sentence naming what it is.
    """
    url = url.strip()
    if not is_web_address(url):
        raise FetchFailed(f"{url} is not a web address (it must start with http:// or https://).")
    try:
        address = ascii_url(url)
    except UnicodeError:
        raise FetchFailed(f"{url} is not a valid web address.") from None
    redirects = _RecordingRedirects()
    opener = urllib.request.build_opener(redirects, urllib.request.HTTPSHandler(context=context))
    request = urllib.request.Request(address, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with _open(opener, request, timeout, cancelled, url) as response:
            final_url = response.geturl()
            media_type, charset = _media_type(response.headers)
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchFailed(_too_large(final_url, max_bytes))
            if media_type not in HTML_TYPES and media_type not in ("", "application/octet-stream",
                                                                   "text/plain"):
                raise FetchFailed(f"{final_url} is {_kind_name(media_type)}, not a web page.")
            chunks: list[bytes] = []
            size = 0
            while True:
                if cancelled is not None and cancelled():
                    raise FetchFailed(f"Fetching {url} was cancelled.")
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read1(_CHUNK)  # what has arrived: the deadline is checked often
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchFailed(_too_large(final_url, max_bytes))
                chunks.append(chunk)
            status = response.status
            encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
    except FetchFailed:
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        if isinstance(error, ValueError) and not isinstance(error, UnicodeError):
            raise FetchFailed(f"{url} is not a valid web address.") from None
        raise _failure(url, error, timeout) from None
    body = _decoded(b"".join(chunks), encoding, final_url, max_bytes)
    if not body.strip():
        raise FetchFailed(f"{final_url} sent an empty page.")
    if media_type not in HTML_TYPES and not _looks_like_html(body):
        raise FetchFailed(f"{final_url} is {_kind_name(media_type or 'text/plain')}, not a web page.")
    return FetchedPage(
        requested_url=url, final_url=final_url, redirects=tuple(redirects.visited), status=status,
        content_type=media_type or "text/html", charset=charset,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"), body=body,
    )


def ascii_url(url: str) -> str:
    """``url`` as it goes on the wire: the host in IDNA, the path and query percent-encoded."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        host = host.encode("idna").decode("ascii")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    safe = "/%:@!$&'()*+,;=-._~?#[]"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe), quote(parts.query, safe=safe),
                       quote(parts.fragment, safe=safe)))


def _decoded(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """The body without the gzip or deflate compression a server applied though not asked to."""
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return body
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 32 if encoding != "deflate" else zlib.MAX_WBITS)
    try:
        data = inflate.decompress(body, max_bytes + 1)
    except zlib.error:
        raise FetchFailed(f"{url} sent a compressed page that could not be unpacked.") from None
    if len(data) > max_bytes:
        raise FetchFailed(_too_large(url, max_bytes))
    return data


def _open(opener: urllib.request.OpenerDirector, request: urllib.request.Request, timeout: float,
          cancelled: Callable[[], bool] | None, url: str) -> Any:
    """``opener.open``, given up at once when ``cancelled`` turns true while the server is slow
    to answer (the abandoned connection closes itself when it ends)."""
    if cancelled is None:
        return opener.open(request, timeout=timeout)
    outcome: dict[str, Any] = {}
    abandoned = threading.Event()

    def run() -> None:
        try:
            outcome["response"] = opener.open(request, timeout=timeout)
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = error
        if abandoned.is_set() and "response" in outcome:
            outcome["response"].close()

    worker = threading.Thread(target=run, name="fetch", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.05)
        if worker.is_alive() and cancelled():
            abandoned.set()
            raise FetchFailed(f"Fetching {url} was cancelled.")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["response"]


def _too_large(url: str, max_bytes: int) -> str:
    limit = (f"{max_bytes / (1024 * 1024):g} MB" if max_bytes >= 1024 * 1024
             else f"{max_bytes:,} bytes")
    return f"{url} is larger than the {limit} limit for a page."


def read_fetched_page(page: FetchedPage) -> ImportedDocument:
    """The article in a fetched page, extracted as a saved page is; its URL is the final one."""
    from factcheck.importers.webpage import read_web_page

    return read_web_page(page.body, page.final_url, charset=page.charset, url=page.final_url)
