"""The second hostile-input audit (SECURITY.md, "Audit of 2026-11-26"): each attempt a stranger
could make through the CLI's imports, the poller's feeds and article pages, and the review
server. The attempts that broke something have a test of their own; the rest, which the
product already withstood, are kept as compact tables so that they stay withstood."""

from __future__ import annotations

import json
import re
import warnings
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from typer.testing import CliRunner

from resolver.cli import app
from resolver.config import PollSettings, Settings, SourceConfig
from resolver.engine import Article, Market
from resolver.poll.runner import Poller
from resolver.services import App
from tests.feedserver import rss
from tests.hostileserver import DATE, GOOD_TEXT, HostileServer, good_items

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

runner = CliRunner()
MARKET = {"question": "Will X sign the deal by May 1, 2026?", "deadline": "2026-05-01T23:59:59-04:00",
          "criteria": "Resolves YES if X signs."}
ARTICLE = {"url": "https://news.example.org/a", "title": "X signs the deal", "published": "2026-04-01T10:00:00+00:00",
           "text": "X signed the deal on Tuesday."}


def invoke(args: list[str], db: str):
    return runner.invoke(app, [*args, "--db", db])


def refused(r, *words: str) -> None:
    """Exit 2, one line on stderr naming the reason, no traceback."""
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.output, r.output
    for w in words:
        assert w in r.output, r.output


def stored_markets(db: str) -> list:
    return json.loads(invoke(["market", "list", "--json"], db).output)


# CLI imports: the attempts that broke ------------------------------------------------------------------
@pytest.mark.parametrize("change,words", [
    ({"settings": {"grace_hours": float("inf")}}, ["grace_hours", "finite"]),          # stored; overflowed later
    ({"settings": {"grace_hours": 1e308}}, ["grace_hours", "87840"]),
    ({"settings": {"grace_hours": True}}, ["grace_hours", "number of hours"]),       # was read as 1 hour
    ({"question": "   "}, ["'question' is missing"]),
    ({"criteria": " \n "}, ["'criteria' is missing"]),
    ({"criteria": "Resolves YES if it happens. " * 1000}, ["'criteria' over 20,000"]),  # 10 MB hung the import
    ({"question": "Will X happen " * 200 + "?"}, ["'question' over 2,000"]),
    ({"outcomes": [f"o{i}" for i in range(501)]}, ["501 outcomes", "at most 500"]),  # 100,000 took 14 s to store
    ({"settings": {"keywords": ["k"] * 501}}, ["501 aliases, keywords and sources"]),
    ({"outcomes": ["A" * 201, "B"]}, ["over 200 characters"]),
    ({"deadline": 12345}, ["ISO 8601 time as a string, not int"]),                  # said "'deadline': missing"
])
def test_market_files_that_broke_are_refused_in_one_line(tmp_path, sqlite_url, change, words):
    p = tmp_path / "m.json"
    p.write_text(json.dumps([{**MARKET, "id": "m1", **change}]))
    refused(invoke(["market", "import", str(p)], sqlite_url), "item 1", *words)
    assert stored_markets(sqlite_url) == []


def test_a_lone_surrogate_is_refused_not_a_traceback(tmp_path, sqlite_url):
    """JSON can spell half a character ("\\ud800"); storing it raised UnicodeEncodeError."""
    p = tmp_path / "a.json"
    p.write_text('[{"url": "https://a.example/s", "published": "2026-04-01T10:00:00Z", "title": "\\udc00 x", '
                 '"text": "\\ud83d\\ude00 a real emoji, escaped, is fine"}]')
    refused(invoke(["evidence", "import", str(p)], sqlite_url), "lone surrogate U+DC00")
    p.write_text('[{"url": "https://a.example/s", "published": "2026-04-01T10:00:00Z", "title": "x", '
                 '"text": "\\ud83d\\ude00 a real emoji, escaped, is fine"}]')
    assert invoke(["evidence", "import", str(p)], sqlite_url).exit_code == 0
    m2 = tmp_path / "m.json"
    m2.write_text("[" + json.dumps(MARKET)[:-1] + ', "description": "\\ud800"}]')
    refused(invoke(["market", "import", str(m2)], sqlite_url), "lone surrogate U+D800")


@pytest.mark.parametrize("url,words", [
    ("http://a.example/x y", ["a space"]),
    ("http://a.example\\@evil.example/x", ["U+005C"]),
    ("http://a.example/\u202ecod.exe", ["U+202E"]),
    ("http://a.example/\u200bx", ["U+200B"]),
    ("http://a.example/\x85x", ["U+0085"]),
    ("https://news.example.org@evil.example/x", ["user name"]),
])
def test_urls_that_display_as_another_are_refused(tmp_path, sqlite_url, url, words):
    p = tmp_path / "a.json"
    p.write_text(json.dumps([{**ARTICLE, "url": url}]))
    refused(invoke(["evidence", "import", str(p)], sqlite_url), "item 1", *words)


def test_a_long_timezone_name_is_one_line(tmp_path, sqlite_url):
    p = tmp_path / "m.json"
    p.write_text(json.dumps([{**MARKET, "deadline": "2026-05-01T23:59:59"}]))
    refused(invoke(["market", "import", str(p), "--tz", "a" * 5000], sqlite_url), "unknown timezone")  # was OSError


@pytest.mark.parametrize("args", [
    ["evaluate", "--as-of", "0001-01-01T00:00:00+05:00"],   # OverflowError inside a flush
    ["evaluate", "--as-of", "9999-12-31T23:59:59-05:00"],
    ["export", "--format", "csv", "--as-of", "9999-12-31T23:59:59-05:00"],
])
def test_as_of_out_of_range_is_refused(sqlite_url, args):
    refused(invoke(args, sqlite_url), "out of range")


def test_a_source_interval_beyond_a_year_is_refused(sqlite_url):
    r = invoke(["source", "add", "s", "https://a.example/feed", "--interval", "9" * 30], sqlite_url)
    assert r.exit_code == 2 and "Traceback" not in r.output and "--interval" in r.output  # was OverflowError


def test_a_decision_note_or_analyst_past_the_limits_is_refused(tmp_path, sqlite_url):
    p = tmp_path / "m.json"
    p.write_text(json.dumps([{**MARKET, "id": "m1"}]))
    assert invoke(["market", "import", str(p)], sqlite_url).exit_code == 0
    refused(invoke(["review", "decide", "m1", "--defer", "--note", "n", "--analyst", "A" * 201], sqlite_url),
            "analyst over 200")
    refused(invoke(["review", "decide", "m1", "--defer", "--note", "n", "--until", "9999-12-31"], sqlite_url),
            "out of range")


# CLI imports: the attempts that were already withstood ------------------------------------------------
MARKET_ATTEMPTS = [
    ("", "not valid JSON"), ("null", "expected a list"), ("5", "expected a list"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (b'[{"question":"\xff\xfe"}]', "not valid UTF-8"), (json.dumps([MARKET]).encode("utf-16"), "not valid UTF-8"),
    (json.dumps([{**MARKET, "deadline": "0000-01-01T00:00:00Z"}]), "ISO 8601"),
    (json.dumps([{**MARKET, "deadline": "99999-01-01T00:00:00Z"}]), "ISO 8601"),
    (json.dumps([{**MARKET, "deadline": "0001-01-01T00:00:00+14:00"}]), "out of range"),
    (json.dumps([{**MARKET, "deadline": "2026-05-01T23:59:59"}]), "no timezone offset"),
    (json.dumps([{**MARKET, "settings": {"grace_hours": -1}}]), "grace_hours"),
    (json.dumps([{**MARKET, "settings": {"evil": 1}}]), "evil"),
    (json.dumps([{**MARKET, "question": 5}]), "must be a string"),
    (json.dumps([{**MARKET, "id": "a"}, {**MARKET, "id": "a"}]), "used twice"),
    (json.dumps([{**MARKET, "id": "a/b"}]), "not a slug"), (json.dumps([{**MARKET, "id": "a..b"}]), "not a slug"),
    (json.dumps([{**MARKET, "id": "\u0430bc"}]), "not a slug"), (json.dumps([{**MARKET, "id": "a" * 1000}]), "not a slug"),
    (json.dumps([{**MARKET, "outcomes": ["A", "a"]}]), "distinct"),
    (json.dumps([{**MARKET, "trusted_sources": "x"}]), "list of strings"),
]


@pytest.mark.parametrize("content,word", MARKET_ATTEMPTS)
def test_hostile_market_files_are_refused(tmp_path, sqlite_url, content, word):
    p = tmp_path / "m.json"
    p.write_bytes(content if isinstance(content, bytes) else content.encode())
    refused(invoke(["market", "import", str(p)], sqlite_url), word)


ARTICLE_ATTEMPTS = [
    ({"published": 1700000000}, "not int"),  # this one broke: the message said "'published' is missing" ({"published": "2026-04-01T10:00:00"}, "no timezone offset"),
    ({"published": "yesterday"}, "ISO 8601"), ({"url": "javascript:alert(1)"}, "http(s)"),
    ({"url": "http://a.example:99999/x"}, "not a valid URL"), ({"url": "http://[::1/x"}, "not a valid URL"),
    ({"text": ["a"]}, "must be a string"), ({"source": 5}, "must be a string"),
]


@pytest.mark.parametrize("change,word", ARTICLE_ATTEMPTS)
def test_hostile_article_files_are_refused(tmp_path, sqlite_url, change, word):
    p = tmp_path / "a.json"
    p.write_text(json.dumps([{**ARTICLE, **change}]))
    refused(invoke(["evidence", "import", str(p)], sqlite_url), word)


@pytest.mark.parametrize("args,word", [
    (["market", "import", "/dev/zero"], "limit"), (["market", "show", "a/b/c"], "unknown market"),
    (["evaluate", "--as-of", "garbage"], "ISO 8601"), (["export", "--format", "csv", "--output", "/dev/full"], "cannot write"),
    (["source", "add", "s", "javascript:alert(1)"], ""), (["market", "list", "--config", "/nonexistent.toml"], ""),
])
def test_hostile_arguments_are_refused(sqlite_url, args, word, tmp_path):
    if args[:2] == ["market", "import"]:
        (tmp_path / "c.toml").write_text("[ingest]\nmax_file_bytes = 1000\n")
        r = runner.invoke(app, [*args, "--db", sqlite_url, "--config", str(tmp_path / "c.toml")])
    else:
        r = invoke(args, sqlite_url)
    refused(r, word)


# the poller against a hostile server on 127.0.0.1 -------------------------------------------------------
NOW = datetime(2030, 3, 4, 12, 0, tzinfo=timezone.utc)
ACCORD = Market(id="accord", question="Will Northland and Southland sign a border accord by December 31, 2030?",
                deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
                criteria="Resolves YES if Northland and Southland sign a border accord by the deadline.")
BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol">'
                  + "".join(f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(8))
                  + ']><rss version="2.0"><channel><title>x</title><item><title>&i;</title><link>{base}/lol/1</link>'
                  '<description>Short.</description></item></channel></rss>')
XXE = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>'
       '<title>x</title><item><title>XXE &x;</title><link>{base}/xxe/1</link><description>d &x;</description></item>'
       '</channel></rss>')


@pytest.fixture
def server():
    s = HostileServer().start()
    yield s
    s.stop()


def poll_one(db: str, url: str, full_text: bool = False, allow_private: bool = False, **poll):
    a = App(db, Settings(poll=PollSettings(**{**dict(connect_timeout=1, read_timeout=2, max_retries=1,
                                                     retry_base_seconds=0.01, retry_max_seconds=0.05,
                                                     max_body_bytes=2_000_000, fetch_deadline=5,
                                                     allow_private=allow_private), **poll}),
                         sources=[SourceConfig(name="s", url=url, full_text=full_text)]))
    a.import_markets([ACCORD], NOW)
    return a, Poller(a, now=lambda: NOW, worker="w").run(None).sources[0]


@pytest.mark.parametrize("retry_after", ["\u00b2", "Wed, 21 Oct 2015 07:28:00 -0000", "Mon, 99 Foo 2015"])
def test_a_misspelt_retry_after_is_no_hint(sqlite_url, server, retry_after):
    """'²' is a digit to str.isdigit (float() refused it); a '-0000' date is naive (subtracting
    it from an aware time raised TypeError). Both ended as "unexpected …"."""
    server.routes["/busy"] = (503, {"Retry-After": retry_after}, b"busy")
    _, rep = poll_one(sqlite_url, server.url("/busy"))
    assert rep.status == "error" and rep.error.startswith("HTTP 503"), rep.error


@pytest.mark.parametrize("location,word", [("javascript:alert(1)", "invalid URL or redirect target"),
                                           ("   ", "redirect without a Location"),
                                           ("file:///etc/passwd", "non-http(s)"),
                                           ("http://169.254.169.254/latest/meta-data/", "private address")])
def test_bad_redirects_are_plain_fetch_errors(sqlite_url, server, location, word):
    server.routes["/r"] = (302, {"Location": location}, b"")
    _, rep = poll_one(sqlite_url, server.url("/r"))
    assert rep.status == "error" and word in rep.error and "unexpected" not in rep.error, rep.error


def test_an_empty_feed_is_a_clear_error(sqlite_url, server):
    server.routes["/empty"] = (200, {"Content-Type": "application/rss+xml"}, b"")
    _, rep = poll_one(sqlite_url, server.url("/empty"))
    assert rep.error == "not an RSS or Atom feed"  # was "unexpected AttributeError: … 'version'"


def test_a_hostile_article_page_costs_only_its_full_text(sqlite_url, server):
    """Full text is fetched per entry: a page whose server misbehaves in a way the fetcher did
    not expect used to fail the whole feed."""
    server.routes["/page"] = (503, {"Retry-After": "\u00b2"}, b"busy")
    server.feed("/feed", rss([{"title": "teaser", "link": server.url("/page"), "text": "Short.", "date": DATE}]
                             + good_items(server.base, "ft", 1)))
    _, rep = poll_one(sqlite_url, server.url("/feed"), full_text=True, allow_private=True)
    assert rep.status == "ok" and rep.new == 2, rep


def test_full_text_pages_share_one_time_budget_per_source(sqlite_url, server):
    """Each full-text page had its own deadline and nothing bounded their sum: 1,000 teasers
    linking to a server that never answers held a pass for 1,000 × fetch_deadline (and outlived
    the source's lease, so a second worker took it up as well)."""
    import time

    server.hang("/slow-page", 30)
    teasers = [{"title": f"teaser {k}", "link": server.url(f"/slow-page?{k}"), "text": f"Short {k}.", "date": DATE}
               for k in range(8)]
    server.feed("/teasers", rss(teasers))
    start = time.monotonic()
    _, rep = poll_one(sqlite_url, server.url("/teasers"), full_text=True, allow_private=True,
                      read_timeout=10, fetch_deadline=2, max_retries=0, full_text_budget=3)
    assert time.monotonic() - start < 8  # 16 s (8 × 2) before
    assert rep.status == "ok" and rep.new == 8 and "full-text budget of 3 s is spent" in rep.warning, rep
    assert server.hits["/slow-page"] <= 2


def test_a_lone_surrogate_in_a_json_feed_skips_that_item_only(sqlite_url, server):
    body = ('{"version": "https://jsonfeed.org/version/1.1", "items": ['
            f'{{"url": "{server.base}/j/1", "title": "\\ud800", "content_text": "x", "date_published": "2030-03-04T09:00:00Z"}},'
            f'{{"url": "{server.base}/j/2", "title": "fine", "content_text": "{GOOD_TEXT}", '
            '"date_published": "2030-03-04T09:00:00Z"}]}').encode()
    server.routes["/j"] = (200, {"Content-Type": "application/feed+json"}, body)
    _, rep = poll_one(sqlite_url, server.url("/j"))
    assert rep.status == "ok" and rep.new == 1 and rep.skipped_entries == 1, rep


def test_withstood_feed_attempts(sqlite_url, server):
    """XML entity expansion and external entities, endless and undecodable bodies, HTML and
    binary instead of a feed, a JSON Feed nested too deeply: each an error or a warning on its
    own source, never a crash, and /etc/passwd never read."""
    b = server.base
    server.routes.update({
        "/lol": (200, {"Content-Type": "application/rss+xml"}, BILLION_LAUGHS.format(base=b).encode()),
        "/xxe": (200, {"Content-Type": "application/rss+xml"}, XXE.format(base=b).encode()),
        "/br": (200, {"Content-Type": "application/rss+xml", "Content-Encoding": "br"}, b"xx"),
        "/badgz": (200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}, b"notgzip"),
        "/html": (200, {"Content-Type": "text/html"}, b"<html><body>" + b"<div>" * 5000 + b"</body></html>"),
        "/png": (200, {"Content-Type": "image/png"}, bytes(range(256)) * 100),
        "/deep": (200, {"Content-Type": "application/feed+json"}, b'{"a":' * 100_000),
    })

    def endless(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        try:
            while True:
                h.wfile.write(b"ffff\r\n" + b"x" * 0xFFFF + b"\r\n")
        except OSError:
            pass

    server.routes["/endless"] = endless
    for path, word in [("/br", "unsupported Content-Encoding"), ("/badgz", "undecodable"), ("/html", "malformed"),
                       ("/png", "malformed"), ("/deep", "JSON Feed"), ("/endless", "cap")]:
        _, rep = poll_one(sqlite_url.replace("test.db", f"{path[1:]}.db"), server.url(path))
        assert rep.status == "error" and word in rep.error and "unexpected" not in rep.error, (path, rep.error)
    for path in ("/lol", "/xxe"):
        a, rep = poll_one(sqlite_url.replace("test.db", f"{path[1:]}.db"), server.url(path))
        titles = [ar.title for ar, _ in a.evidence("accord")] if rep.new else []
        assert rep.status == "ok" and not any("root:" in t or "lol" * 100 in t for t in titles), rep


# the review server -----------------------------------------------------------------------------------------
@pytest.fixture
def client(sqlite_url):
    from resolver.web.app import create_app
    from tests.webfixtures import T0, hostile_app

    a = hostile_app(sqlite_url)
    c = TestClient(create_app(a, "ana", now=lambda: T0.replace(day=3)), raise_server_exceptions=False)
    c.csrf = re.search(r'name="csrf" value="([^"]+)"', c.get("/markets/accord").text).group(1)
    yield c
    a.engine.dispose()


@pytest.mark.parametrize("body,status", [
    ({"action": "defer", "note": "n", "until": "2030-05-01T00:00:00"}, 422),           # naive: 500 before
    ({"action": "defer", "note": "n", "until": "0001-01-01T00:00:00+05:00"}, 422),     # overflow: 500 before
    ({"action": "defer", "note": "n", "until": "9999-12-31T23:59:59-05:00"}, 422),
    ({"action": "defer", "note": "n", "analyst": "A" * 201}, 400),                      # PostgreSQL refused it: 500
    (b'{"action": "defer", "note": NaN}', 422),                                         # echoing NaN: 500 before
    (b'{"action": "defer", "note": "\\ud800"}', 400),                                   # surrogate: 500 before
])
def test_api_decisions_that_broke_are_client_errors(client, body, status):
    kw = {"content": body, "headers": {"content-type": "application/json"}} if isinstance(body, bytes) else {"json": body}
    kw.setdefault("headers", {})["X-CSRF-Token"] = client.csrf
    r = client.post("/api/markets/accord/decisions", **kw)
    assert r.status_code == status, r.text
    json.loads(r.text)


def test_the_form_refuses_an_oversized_analyst_and_a_far_date(client):
    for data in ({"analyst": "A" * 5000}, {"until": "9999-12-31"}):
        r = client.post("/markets/accord/decide", data={"action": "defer", "note": "n", "csrf": client.csrf, **data},
                        follow_redirects=False)
        assert r.status_code == 400 and 'id="error"' in r.text


def test_the_page_shows_no_error_text_from_the_query_string(client):
    """Any site could link to the page with words of its choosing shown as our error."""
    r = client.get("/markets/accord?error=Session+expired:+call+555-0100")
    assert r.status_code == 200 and "555-0100" not in r.text


@pytest.mark.parametrize("method,path,status", [
    ("GET", "/static/../app.py", 404), ("GET", "/static/%2e%2e/app.py", 404), ("PUT", "/markets/accord", 405),
    ("TRACE", "/", 405), ("GET", "/markets/a%00b", 404), ("GET", "/markets/%ff%fe", 404),
    ("GET", "/markets/accord/%2F%2Fevil.example", 404), ("GET", "/export.xml", 404),
    ("GET", "/api/export?format=xml", 422), ("POST", "/login", 403),
])
def test_withstood_requests(client, method, path, status):
    assert client.request(method, path, follow_redirects=False).status_code == status


def test_withstood_form_floods(client):
    r = client.post("/markets/accord/decide", content="&".join(f"f{i}=1" for i in range(6000)).encode(),
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code in (400, 403)


@pytest.mark.parametrize("name", ["bob\r\nSet-Cookie: x=y", "\x1b]52;c;aGk=\x07bob", "bob\u202e"])
def test_an_analyst_name_with_control_characters_is_refused(client, name):
    """The header was never split (the cookie value is quoted), but the name was stored with its
    line break or escape sequence and remembered in a cookie."""
    r = client.post("/markets/accord/decide", data={"action": "defer", "note": "n", "csrf": client.csrf,
                                                     "analyst": name}, follow_redirects=False)
    assert r.status_code == 400 and "a name cannot hold" in r.text
    assert not any(k.lower() == "set-cookie" and "analyst" in v for k, v in r.headers.multi_items())


# the engine with a flood of articles ----------------------------------------------------------------------
def test_syndication_check_is_exact_and_bounded():
    """The n×n×64 comparison took 24 GB for 20,000 articles on one market (a feed of 20,000
    entries, within the body cap, crashed the poller with MemoryError). Banded candidates
    give the same pairs as comparing all of them."""
    from resolver.engine.sources import _all_similar_pairs, _banded_similar_pairs, _similar_pairs, syndicated_copies

    rng = np.random.default_rng(1)
    for _ in range(100):
        n = int(rng.integers(2, 50))
        sigs = rng.integers(0, 5, size=(4, 64))[rng.integers(0, 4, size=n)].copy()
        for i in range(n):
            cols = rng.choice(64, size=int(rng.integers(0, 12)), replace=False)
            sigs[i, cols] = rng.integers(0, 5, size=len(cols))
        for t in (0.9, 0.8):
            every = [tuple(map(int, p)) for p in _all_similar_pairs(sigs, t)]
            assert _banded_similar_pairs(sigs, t) == every and _similar_pairs(sigs, t) == every
    t0 = datetime(2030, 1, 1, tzinfo=timezone.utc)
    arts = [Article(url=f"https://x.example/{k}", title=f"Story {k}", published=t0 + timedelta(minutes=k),
                    text=f"Officials met about trade item {k} today and again tomorrow in the capital.", source="x.example")
            for k in range(5000)]
    arts.append(arts[10].model_copy(update={"url": "https://y.example/copy", "source": "y.example"}))
    assert syndicated_copies(arts) == {"https://y.example/copy": "https://x.example/10"}


# exports -----------------------------------------------------------------------------------------------------
def test_a_semicolon_spreadsheet_never_starts_a_cell_with_a_formula(sqlite_url):
    """Excel in most European locales opens a .csv splitting on ';', quotes or not: a question
    'Will X win;=cmd|' /C calc'!A0;' became a cell of its own that ran (no comma or quote in
    it, so csv.writer did not even quote it)."""
    import csv
    import io

    from resolver.export import record, render

    a = App(sqlite_url, Settings())
    q = "Will X win;=cmd|' /C calc'!A0; +1;@SUM(A1);-2"
    a.import_markets([ACCORD.model_copy(update={"id": "semi", "question": q})], NOW)
    text = render([record(m, o, v) for m, o, v in a.latest()], "csv")
    for line in text.splitlines():
        for cell in line.split(";"):
            assert not cell.startswith(("=", "+", "-", "@")), cell
    question = list(csv.DictReader(io.StringIO(text)))[0]["question"]
    assert question == "Will X win;'=cmd|' /C calc'!A0; +1;'@SUM(A1);'-2"


@pytest.mark.parametrize("value,expected", [("\uff1d1+1", "'\uff1d1+1"), ("\uff0bcmd", "'\uff0bcmd"),
                                            ("\uff0d1", "'\uff0d1"), ("\uff20SUM(A1)", "'\uff20SUM(A1)")])
def test_full_width_formula_starts_are_neutralised(value, expected):
    from resolver.export import neutralise

    assert neutralise(value) == expected


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1", 'a,"b"\nc', "plain", ""])
def test_withstood_csv_and_json_cells(value):
    import csv
    import io

    from resolver.export import neutralise, render

    buf = io.StringIO()
    csv.writer(buf).writerow([neutralise(value), 1])
    assert next(csv.reader(io.StringIO(buf.getvalue())))[0] in (value, "'" + value)
    assert json.loads(json.dumps(value)) == value
    assert render([], "jsonl") == "" and json.loads(render([], "json")) == []


def test_venue_markets_meet_the_same_text_limits(tmp_path, sqlite_url):
    """The limits on market text held for files and `market add`, not for venue responses."""
    rec = {"id": "abc", "question": "Will X happen by 2030?", "closeTime": 1893456000000, "outcomeType": "BINARY",
           "probability": 0.4, "url": "https://manifold.example/abc", "textDescription": "Resolves YES if X. " * 2000}
    p = tmp_path / "m.json"
    p.write_text(json.dumps([rec]))
    r = invoke(["market", "import", str(p), "--from", "manifold"], sqlite_url)
    assert r.exit_code == 2 and "over 20,000 characters" in r.output and "abc" in r.output, r.output
    assert stored_markets(sqlite_url) == []


def test_one_over_limit_venue_market_is_refused_by_id_and_the_others_import(tmp_path, sqlite_url):
    """Venue edge checks are per market: the bad one is named with its reason, exit 1, the good
    one is stored."""
    good = {"id": "good1", "question": "Will Y happen by 2030?", "closeTime": 1893456000000, "outcomeType": "BINARY",
            "probability": 0.3, "url": "https://manifold.example/good1", "textDescription": "Resolves YES if Y."}
    bad = {**good, "id": "bad1", "url": "https://manifold.example/bad1", "textDescription": "Resolves YES if X. " * 2000}
    p = tmp_path / "m.json"
    p.write_text(json.dumps([bad, good]))
    r = invoke(["market", "import", str(p), "--from", "manifold"], sqlite_url)
    assert r.exit_code == 1, r.output
    assert "refused: bad1:" in r.output and "over 20,000 characters" in r.output
    ids = [m["id"] for m in stored_markets(sqlite_url)]
    assert any("good1" in i for i in ids) and not any("bad1" in i for i in ids), ids
