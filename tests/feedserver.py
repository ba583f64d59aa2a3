"""A real HTTP server on 127.0.0.1 for poller tests: serves RSS, Atom and JSON Feed documents
and can be told to answer 304, 429 with Retry-After, 500, hang, send a body over the cap,
redirect in a loop, or send malformed XML. Counts hits per path."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from email.utils import format_datetime
from datetime import datetime, timezone


def rss(items: list[dict]) -> bytes:
    body = "".join(
        f"<item><title>{i['title']}</title><link>{i['link']}</link>"
        + (f"<pubDate>{i['date']}</pubDate>" if i.get("date") else "")
        + (f"<description><![CDATA[{i['text']}]]></description>" if i.get("text") is not None else "")
        + (f"<content:encoded><![CDATA[{i['content']}]]></content:encoded>" if i.get("content") else "")
        + "</item>"
        for i in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test</title>'
            f"<link>http://127.0.0.1/</link><description>t</description>{body}</channel></rss>").encode()


def atom(items: list[dict]) -> bytes:
    body = "".join(
        f"<entry><title>{i['title']}</title><link href=\"{i['link']}\"/><id>{i['link']}</id>"
        f"<updated>{i['date']}</updated><content type=\"html\">{i['text']}</content></entry>"
        for i in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Test</title><id>urn:test</id><updated>2030-01-01T00:00:00Z</updated>{body}</feed>").encode()


def json_feed(items: list[dict]) -> bytes:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Test",
        "items": [{"id": i["link"], "url": i["link"], "title": i["title"], "content_text": i["text"],
                   "date_published": i["date"]} for i in items],
    }).encode()


ARTICLE_PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World</nav>
<article><h1>{title}</h1><p>{text}</p><p>The agreement was signed in the presence of foreign ministers from
both countries, officials said, and will take effect next month after both parliaments ratify it.</p>
<p>Negotiators had worked for eighteen months on the text, which settles the border and trade disputes
that had kept relations frozen for a decade.</p></article><footer>Copyright</footer></body></html>"""


class FeedServer:
    """Routes: path → (status, headers, body) or a callable(handler) doing the answer."""

    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?")[0]
                server.hits[path] += 1
                server.requests.append({"path": path, "headers": dict(self.headers)})
                route = server.routes.get(path)
                if route is None:
                    self._send(404, {}, b"not found")
                elif callable(route):
                    route(self)
                else:
                    self._send(*route)

            def _send(self, status: int, headers: dict, body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass

        self.handler = Handler
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> "FeedServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # behaviours -------------------------------------------------------------------------
    def feed(self, path: str, body: bytes, content_type: str = "application/rss+xml", etag: str | None = None) -> None:
        """Serve `body`; with an etag, answer 304 to a matching If-None-Match."""
        last_modified = format_datetime(datetime(2030, 1, 1, tzinfo=timezone.utc), usegmt=True)

        def answer(h) -> None:
            if etag and h.headers.get("If-None-Match") == etag:
                h._send(304, {"ETag": etag}, b"")
                return
            headers = {"Content-Type": content_type, "Last-Modified": last_modified}
            if etag:
                headers["ETag"] = etag
            h._send(200, headers, body)

        self.routes[path] = answer

    def fail_then(self, path: str, status: int, times: int, then: bytes, retry_after: str | None = None) -> None:
        """Answer `status` for the first `times` hits, then serve `then`."""
        def answer(h) -> None:
            if server_hits(self, path) <= times:
                headers = {"Retry-After": retry_after} if retry_after is not None else {}
                h._send(status, headers, b"busy")
            else:
                h._send(200, {"Content-Type": "application/rss+xml"}, then)

        self.routes[path] = answer

    def hang(self, path: str, seconds: float) -> None:
        def answer(h) -> None:
            time.sleep(seconds)
            h._send(200, {"Content-Type": "application/rss+xml"}, rss([]))

        self.routes[path] = answer

    def redirect_loop(self, path: str) -> None:
        self.routes[path] = (302, {"Location": path}, b"")


def server_hits(server: FeedServer, path: str) -> int:
    return server.hits[path]
