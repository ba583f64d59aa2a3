"""A hostile feed publisher on 127.0.0.1 for the poller's hardening tests (issue 11): stacked
gzip bombs, a server that drips one byte at a time, huge titles, dates that overflow, NUL
bytes, over-long URLs and hosts, javascript: links, JSON Feed items of the wrong type, and
links and redirects into internal addresses. Built on FeedServer (real HTTP, real sockets)."""

from __future__ import annotations

import gzip
import json
import time
import zlib

from tests.feedserver import FeedServer, rss

GOOD_TEXT = "Officials met to discuss trade between Northland and Southland on Monday."
DATE = "Mon, 04 Mar 2030 09:00:00 +0100"


def gzip_layers(data: bytes, layers: int) -> bytes:
    for _ in range(layers):
        data = gzip.compress(data, compresslevel=9)
    return data


def zeros_gzip_layers(size: int, layers: int) -> bytes:
    """`size` zero bytes gzipped `layers` times, built in pieces (never `size` bytes in memory)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    parts = [comp.compress(block) for _ in range(size // len(block))]
    parts.append(comp.flush())
    return gzip_layers(b"".join(parts), layers - 1)


def good_items(base: str, name: str, n: int = 2) -> list[dict]:
    return [{"title": f"{name} story {k}", "link": f"{base}/{name}/story/{k}", "text": f"{GOOD_TEXT} ({name} {k})",
             "date": DATE} for k in range(n)]


class HostileServer(FeedServer):
    """FeedServer plus the hostile behaviours; `secret` counts hits on internal pages."""

    def gzip_bomb(self, path: str, decoded_bytes: int, layers: int = 2) -> int:
        """A feed whose body, gzip-decoded `layers` times, is `decoded_bytes` zero bytes."""
        body = zeros_gzip_layers(decoded_bytes, layers)
        self.routes[path] = (200, {"Content-Type": "application/rss+xml",
                                   "Content-Encoding": ", ".join(["gzip"] * layers)}, body)
        return len(body)

    def drip(self, path: str, every: float, total: int = 1000) -> None:
        """Headers at once, then one byte every `every` seconds (a valid feed if ever finished)."""
        body = rss([{"title": "slow", "link": self.url("/slow/1"), "text": GOOD_TEXT, "date": DATE}]).ljust(total, b" ")

        def answer(h) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            try:
                for i in range(len(body)):
                    h.wfile.write(body[i:i + 1])
                    h.wfile.flush()
                    time.sleep(every)
            except (BrokenPipeError, ConnectionResetError):
                pass

        self.routes[path] = answer

    def redirect(self, path: str, location: str) -> None:
        self.routes[path] = (302, {"Location": location}, b"")

    def secret(self, path: str) -> None:
        """An 'internal' page that must never be fetched by a feed's link."""
        self.routes[path] = (200, {"Content-Type": "text/html"},
                             b"<html><body><article><p>" + b"INTERNAL ADMIN SECRET. " * 40 + b"</p></article></body></html>")

    def json_feed_raw(self, path: str, items: list[dict]) -> None:
        body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": items}).encode()
        self.routes[path] = (200, {"Content-Type": "application/feed+json"}, body)

    def install_all(self) -> dict[str, list[str]]:
        """Every poller case at once; returns {"good": [...paths], "bad": [...paths]}."""
        b = self.base
        good = []
        for name in ("good1", "good2", "good3"):
            self.feed(f"/{name}", rss(good_items(b, name)))
            good.append(f"/{name}")
        self.gzip_bomb("/bomb", 200_000_000)
        self.drip("/drip", 0.3)
        self.feed("/huge-title", rss([{"title": "T" * 50_000, "link": f"{b}/ht/1", "text": GOOD_TEXT, "date": DATE}]
                                     + good_items(b, "ht", 1)))
        self.feed("/bad-dates", rss([{"title": "far", "link": f"{b}/bd/1", "text": GOOD_TEXT,
                                      "date": "Fri, 31 Dec 9999 23:59:59 -1200"}] + good_items(b, "bd", 1)))
        self.json_feed_raw("/nul", [
            {"id": "n1", "url": f"{b}/nul/1", "title": "nul\u0000title", "content_text": "Body\u0000 with NUL " + GOOD_TEXT,
             "date_published": "2030-03-04T09:00:00+01:00"},
            {"id": "n2", "url": f"{b}/nul/\u00002", "title": "nul url", "content_text": GOOD_TEXT + " nul url",
             "date_published": "2030-03-04T09:00:00+01:00"},
            {"id": "n3", "url": f"{b}/nul/3", "title": "bad date type", "content_text": GOOD_TEXT + " date type",
             "date_published": 12345},
            {"id": "n4", "url": f"{b}/nul/4", "title": ["not", "a", "string"], "content_text": GOOD_TEXT + " list title",
             "date_published": "2030-03-04T09:00:00+01:00"},
            {"id": "n5", "url": f"{b}/nul/5", "title": "fine", "content_text": GOOD_TEXT + " fine",
             "date_published": "2030-03-04T09:00:00+01:00"},
        ])
        self.feed("/long-url", rss([{"title": "long url", "link": f"{b}/lu/" + "a" * 2100, "text": GOOD_TEXT, "date": DATE},
                                    {"title": "long host", "link": "http://" + "h" * 310 + ".example/x", "text": GOOD_TEXT,
                                     "date": DATE}] + good_items(b, "lu", 1)))
        self.feed("/js", rss([{"title": "click me", "link": "javascript://x/%0Aalert(1)", "text": GOOD_TEXT, "date": DATE},
                              {"title": "data", "link": "data:text/html,<script>alert(1)</script>", "text": GOOD_TEXT,
                               "date": DATE}] + good_items(b, "js", 1)))
        self.secret("/internal/admin")
        self.redirect("/to-internal", f"{b}/internal/admin")
        self.feed("/internal-links", rss([
            {"title": "internal", "link": f"{b}/internal/admin", "text": "Short teaser.", "date": DATE},
            {"title": "redirected", "link": f"{b}/to-internal", "text": "Short teaser two.", "date": DATE},
            {"title": "metadata", "link": "http://169.254.169.254/latest/meta-data/", "text": "Short teaser three.",
             "date": DATE}]))
        self.redirect("/feed-redirects-inside", "http://localhost:1/internal/admin")
        return {"good": good, "bad": ["/bomb", "/drip", "/huge-title", "/bad-dates", "/nul", "/long-url", "/js",
                                      "/internal-links", "/feed-redirects-inside"]}
