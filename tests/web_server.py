"""A local web server on 127.0.0.1 for the fetch tests: saved pages, slow answers, redirects
and errors. Never the internet."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "importers"
# The saved news page the README imports (seeds/), served and read by the tests too.
NEWS_PAGE_PATH = Path(__file__).parent.parent / "seeds" / "sample-web-page.html"
NEWS_PAGE = NEWS_PAGE_PATH.read_bytes()


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the answer
    trickle: float = 0.0  # seconds between 1 KB pieces of the body


class LocalWebServer:
    """Serves ``routes`` (path -> Route); tests change the routes while it runs."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                server.requests.append(self.path)
                route = server.routes.get(self.path, Route(404, b"<html><body>Not here</body></html>"))
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in route.headers:
                        self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    if route.trickle:
                        for start in range(0, len(route.body), 1024):
                            self.wfile.write(route.body[start:start + 1024])
                            self.wfile.flush()
                            time.sleep(route.trickle)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes = NEWS_PAGE, **route: object) -> str:
        self.routes[path] = Route(body=body, **route)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, target: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": target}, content_type="")
        return self.url(path)


@pytest.fixture
def web() -> Iterator[LocalWebServer]:
    server = LocalWebServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        server.thread.join(5)
