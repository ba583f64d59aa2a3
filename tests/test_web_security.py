"""The review server against hostile data and careless or hostile clients (issue 11): links
only to http(s) URLs (1), CSRF tokens the server signed (3), auth checked and bodies capped
before they are read (4), security headers (10), non-ASCII credentials (11), market ids as
URL-encoded path segments (19). Through FastAPI's TestClient, and against a real uvicorn on
127.0.0.1 where reading (or not reading) the body matters."""

from __future__ import annotations

import html
import json
import re
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from resolver.config import ServerSettings, Settings
from resolver.services import App
from resolver.web.app import create_app
from tests.webfixtures import HOSTILE_ID, HOSTILE_URLS, HOSTILE_VENUE_URL, T0, hostile_app, seeded_app



def link_targets(page: str) -> list[str]:
    """Every URL-valued attribute of every element the browser would build from `page`."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(v or "" for k, v in attrs if k in ("href", "src", "action", "formaction", "srcset", "data"))

    Parser().feed(page)
    return found


def client_for(a, **kw) -> TestClient:
    return TestClient(create_app(a, "ana", now=lambda: T0.replace(day=3)), **kw)


def csrf_of(client: TestClient, path: str = "/markets/accord") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


@pytest.fixture
def a(sqlite_url):
    app_ = hostile_app(sqlite_url)
    yield app_
    app_.engine.dispose()


# 1: links -------------------------------------------------------------------------------------
def test_pages_never_render_a_non_http_href(a):
    c = client_for(a)
    hostile_path = "/markets/" + quote(HOSTILE_ID, safe="")
    pages = {p: c.get(p) for p in ("/", "/markets", "/markets/accord", hostile_path, "/login")}
    assert all(r.status_code == 200 for r in pages.values()), {p: r.status_code for p, r in pages.items()}
    for path, r in pages.items():
        for target in link_targets(r.text):
            assert target.startswith(("/", "http://", "https://")) and not target.startswith("//"), (path, target)
    page = pages[hostile_path].text
    assert page.count('href="https://ok.example/a?b=&lt;c&gt;&#34;d&#39;e"') == 1
    # the refused URLs are still shown, as text, so the analyst sees what the source claimed
    for url in HOSTILE_URLS[:2] + [HOSTILE_VENUE_URL]:
        assert html.escape(url, quote=True).replace("&quot;", "&#34;").replace("&#x27;", "&#39;") in page


def test_the_link_filter_accepts_only_http_and_https():
    from resolver.web.links import safe_href

    for url in HOSTILE_URLS[:-1] + [HOSTILE_VENUE_URL, "", "http:", "https://", "ftp://x.example/", "file:///etc/passwd",
                                    "\x00javascript:x", "javascript\n:x", "https:\\\\evil.example"]:
        assert safe_href(url) is None, url
    for url in ("https://x.example/a", "http://x.example", "HTTPS://X.example/p?q=1#f"):
        assert safe_href(url) == url


def inline_code(page: str) -> list[str]:
    """Script or style the page carries inline: <style> and <script> without src, style= and on…= attributes."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "style" or (tag == "script" and not dict(attrs).get("src")):
                found.append(tag)  # a <script src="/static/…"> is a file, not inline code
            found.extend(f"{tag}[{k}]" for k, _ in attrs if k == "style" or k.startswith("on"))

    Parser().feed(page)
    return found


# 3: CSRF --------------------------------------------------------------------------------------
def test_a_csrf_token_the_server_did_not_sign_is_refused(a, tmp_path):
    c = client_for(a)
    for forged in ("a", "x" * 43, csrf_of(c)[:-2] + "AA"):
        c.cookies.set("resolver_csrf", forged)
        r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": forged})
        assert r.status_code == 403, forged
        r = c.post("/api/markets/accord/decisions", json={"action": "accept"}, headers={"X-CSRF-Token": forged})
        assert r.status_code == 403, forged
    # a token signed by another server (another database, another secret) is not accepted either
    other = seeded_app(f"sqlite:///{tmp_path / 'other.db'}")
    foreign = csrf_of(client_for(other))
    c.cookies.set("resolver_csrf", foreign)
    assert c.post("/markets/accord/decide", data={"action": "accept", "csrf": foreign}).status_code == 403
    other.engine.dispose()
    assert [e for e in a.timeline("accord") if e["kind"] == "decision"] == []


def test_a_signed_token_survives_a_restart_and_works(a, sqlite_url):
    token = csrf_of(client_for(a))
    again = App(sqlite_url, Settings())          # a second server process on the same database
    c = client_for(again)
    c.cookies.set("resolver_csrf", token)
    r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    again.engine.dispose()


# 10: headers ----------------------------------------------------------------------------------
def test_every_response_carries_the_security_headers(a):
    c = client_for(a)
    token = csrf_of(c)
    responses = [c.get("/"), c.get("/markets/accord"), c.get("/api/queue"), c.get("/api/markets/nope"), c.get("/nope"),
                 c.get("/export.csv"), c.get("/static/resolver.css"), c.get("/openapi.json"),
                 c.post("/markets/accord/decide", data={"action": "accept", "csrf": "forged"}),
                 c.post("/markets/accord/decide", data={"action": "accept", "csrf": token}, follow_redirects=False)]
    for r in responses:
        h = r.headers
        csp = h.get("content-security-policy", "")
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp, (r.url, csp)
        assert "script-src" not in csp or "'unsafe" not in csp
        assert h.get("x-frame-options") == "DENY" and h.get("x-content-type-options") == "nosniff"
        assert h.get("referrer-policy") == "same-origin", r.url
    assert responses[6].status_code == 200 and "font" in responses[6].text


def test_pages_have_no_inline_script_or_style(a):
    c = client_for(a)
    for path in ("/", "/markets", "/markets/accord", "/login"):
        page = c.get(path).text
        assert inline_code(page) == [], path
        assert '<link rel="stylesheet" href="/static/resolver.css">' in page


def test_csrf_tokens_are_bound_to_the_session_they_were_issued_in(sqlite_url):
    """A token obtained anonymously (or planted into a signed-in analyst's cookie jar) does not
    authorise that analyst's write; the token the page issues after sign-in does."""
    a = seeded_app(sqlite_url, Settings(server=ServerSettings(token="s3cret")))
    stranger = client_for(a)
    planted = csrf_of(stranger)  # signed by this server, but for a session without login
    analyst = client_for(a)
    r = analyst.post("/login", data={"token": "s3cret", "csrf": csrf_of(analyst, "/login")}, follow_redirects=False)
    assert r.status_code == 303
    analyst.cookies.set("resolver_csrf", planted)
    r = analyst.post("/markets/accord/decide", data={"action": "defer", "note": "x", "csrf": planted},
                     follow_redirects=False)
    assert r.status_code == 403 and "CSRF" in r.text
    r = analyst.post("/api/markets/accord/decisions", json={"action": "defer", "note": "x"},
                     headers={"X-CSRF-Token": planted})
    assert r.status_code == 403
    for cookie in [c for c in analyst.cookies.jar if c.name == "resolver_csrf"]:
        analyst.cookies.jar.clear(cookie.domain, cookie.path, cookie.name)
    fresh = csrf_of(analyst)  # a page issues a token for this session
    assert fresh != planted
    r = analyst.post("/markets/accord/decide", data={"action": "defer", "note": "wait", "csrf": fresh},
                     follow_redirects=False)
    assert r.status_code == 303
    a.engine.dispose()


# 11: non-ASCII credentials ----------------------------------------------------------------------
def test_non_ascii_credentials_are_refused_not_500(sqlite_url):
    a = seeded_app(sqlite_url, Settings(server=ServerSettings(token="s3cret")))
    c = client_for(a, raise_server_exceptions=False)
    r = c.post("/api/markets/accord/decisions", json={"action": "accept"}, headers={"Authorization": "Bearer é".encode()})
    assert r.status_code == 401
    r = c.post("/api/markets/accord/decisions", json={"action": "accept"}, headers={"Cookie": "resolver_token=é".encode()})
    assert r.status_code == 401
    r = c.post("/login", data={"token": "é", "csrf": csrf_of(c, "/login")})
    assert r.status_code == 401 and "wrong token" in r.text
    r = c.post("/login", data={"token": "s3cret", "csrf": "é"})
    assert r.status_code == 403
    a.engine.dispose()
    b = seeded_app(sqlite_url, Settings(server=ServerSettings(token="clé-ünïcode")))
    c = client_for(b, raise_server_exceptions=False)
    r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": "é"},
               headers={"Authorization": "Bearer clé-ünïcode".encode()})
    assert r.status_code in (303, 200, 201)
    c.cookies.clear()
    r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": "é"}, headers={"Cookie": "resolver_csrf=é".encode()})
    assert r.status_code == 401
    b.engine.dispose()


def test_non_ascii_csrf_without_server_token_is_403(a):
    c = client_for(a, raise_server_exceptions=False)
    r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": "é"}, headers={"Cookie": "resolver_csrf=é".encode()})
    assert r.status_code == 403
    r = c.post("/api/markets/accord/decisions", json={"action": "accept"},
               headers={"Cookie": "resolver_csrf=é".encode(), "X-CSRF-Token": "é".encode()})
    assert r.status_code == 403


# 4: body cap, auth before body -----------------------------------------------------------------
def test_bodies_over_the_cap_are_refused(a):
    c = client_for(a)
    token = csrf_of(c)
    big = {"action": "defer", "note": "n" * 70_000}
    r = c.post("/api/markets/accord/decisions", json=big, headers={"X-CSRF-Token": token})
    assert r.status_code == 413
    r = c.post("/markets/accord/decide", data={"action": "defer", "note": "n" * 70_000, "csrf": token})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the cap counts what is read
        for _ in range(70):
            yield b"n" * 1000
    r = c.post("/api/markets/accord/decisions", content=chunks(),
               headers={"X-CSRF-Token": token, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert [e for e in a.timeline("accord") if e["kind"] == "decision"] == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vm_hwm_mb(pid: int) -> float:
    line = next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines() if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


@pytest.fixture
def served(tmp_path):
    """`resolver serve` in its own process (so its memory is its own), a server token set."""
    cfg = tmp_path / "resolver.toml"
    cfg.write_text('[server]\ntoken = "s3cret"\n')
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "resolver.cli", "serve", "--db", f"sqlite:///{tmp_path / 's.db'}",
                             "--config", str(cfg), "--port", str(port), "--analyst", "t"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield port, proc
    proc.terminate()
    proc.wait(timeout=10)


def raw_post(port: int, path: str, length: int, body: bytes, headers: str = "") -> tuple[str, float]:
    """Send the headers and `body` (less than `length`), then wait for an answer."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{headers}"
                  f"Content-Length: {length}\r\n\r\n".encode() + body)
        try:
            reply = s.recv(4096)
        except socket.timeout:
            reply = b""
    return reply.split(b"\r\n", 1)[0].decode(), time.monotonic() - start


def test_unauthenticated_posts_are_answered_before_the_body_is_read(served):
    port, _ = served
    # 200 MB announced, 1 KB sent: the server must answer without waiting for the rest
    status, took = raw_post(port, "/api/markets/x/decisions", 200_000_000, b'{"action": "accept", "note": "' + b"a" * 1000)
    assert status.startswith("HTTP/1.1 401") and took < 5, (status, took)
    status, took = raw_post(port, "/markets/x/decide", 200_000_000, b"action=accept&note=" + b"a" * 1000)
    assert status.startswith("HTTP/1.1 401") and took < 5, (status, took)
    # with the token, an announced body over the cap is refused before it is read
    status, took = raw_post(port, "/api/markets/x/decisions", 200_000_000, b"{", "Authorization: Bearer s3cret\r\n")
    assert status.startswith("HTTP/1.1 413") and took < 5, (status, took)


def test_parallel_huge_posts_do_not_grow_the_server(served):
    port, proc = served
    import threading

    before = vm_hwm_mb(proc.pid)

    def post() -> None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(b"POST /api/markets/x/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          b"Content-Length: 60000030\r\n\r\n" + b'{"action":"accept","note":"')
                for _ in range(60):
                    s.sendall(b"a" * 1_000_000)
                s.sendall(b'"}')
                s.recv(4096)
        except OSError:
            pass  # answered and closed early: what we want
    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert vm_hwm_mb(proc.pid) - before < 40, (before, vm_hwm_mb(proc.pid))


# 19: market ids --------------------------------------------------------------------------------
def test_links_and_redirects_url_encode_market_ids(a):
    c = client_for(a)
    encoded = quote(HOSTILE_ID, safe="")
    listing = c.get("/markets").text
    assert f'href="/markets/{encoded.replace("&", "&amp;")}"' in listing
    page = c.get(f"/markets/{encoded}")
    assert page.status_code == 200 and html.escape(HOSTILE_ID) in page.text
    assert f'action="/markets/{encoded.replace("&", "&amp;")}/decide"' in page.text
    r = c.post(f"/markets/{encoded}/decide", data={"action": "accept", "csrf": csrf_of(c, f"/markets/{encoded}")},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/markets/{encoded}"
    assert c.get(f"/api/markets/{encoded}").json()["market"]["id"] == HOSTILE_ID


def test_import_refuses_ids_that_are_not_slugs(sqlite_url):
    from resolver.engine import Market
    from resolver.errors import BadInput

    a = App(sqlite_url, Settings())
    good = Market(id="ok-1.v2_x", question="Will it rain?", deadline=T0)
    assert a.import_markets([good], T0)["new"] == 1
    for bad in ("a/b", "..", "x<y", "a b", "", "-lead", "é", "a" * 201, "a\nb", "a?b", "a#b", "a%2Fb"):
        with pytest.raises(BadInput, match="market id"):
            a.import_markets([good.model_copy(update={"id": bad})], T0)
    assert [m.id for m in a.markets()] == ["ok-1.v2_x"]
    a.engine.dispose()


def test_cli_import_refuses_a_bad_id_in_one_line(sqlite_url, tmp_path):
    from typer.testing import CliRunner

    from resolver.cli import app

    f = tmp_path / "m.json"
    f.write_text(json.dumps([{"id": "ok", "question": "Will it rain?", "deadline": "2030-01-01T00:00:00+00:00",
                              "criteria": "x"}, {"id": "../etc/<b>", "question": "Will it snow?",
                                                 "deadline": "2030-01-01T00:00:00+00:00", "criteria": "x"}]))
    r = CliRunner().invoke(app, ["market", "import", str(f), "--db", sqlite_url])
    assert r.exit_code == 2 and "../etc/<b>" in r.stderr and "slug" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    r = CliRunner().invoke(app, ["market", "list", "--db", sqlite_url, "--json"])
    assert json.loads(r.output) == []  # the whole file is refused


def test_a_stored_legacy_id_still_works_in_the_cli(a, sqlite_url):
    from typer.testing import CliRunner

    from resolver.cli import app

    r = CliRunner().invoke(app, ["market", "show", HOSTILE_ID, "--db", sqlite_url])
    assert r.exit_code == 0 and "Northland" in r.output
