"""Issue 11, poller side, against a hostile feed server on 127.0.0.1 (tests/hostileserver.py):
bounded decoding of stacked gzip, an overall deadline per fetch, no fetches of internal
addresses through full text or redirects, bad items skipped with a counted warning, a bad
JSON Feed item skipped, each source isolated (its lease released, its error recorded), and
one pass over every hostile case plus good sources."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from resolver.config import PollSettings, Settings, SourceConfig
from resolver.engine import Market
from resolver.poll.parse import parse_json_feed
from resolver.poll.runner import Poller
from resolver.services import App
from tests.feedserver import rss
from tests.hostileserver import DATE, GOOD_TEXT, HostileServer, good_items

NOW = datetime(2030, 3, 4, 12, 0, tzinfo=timezone.utc)
MARKET = Market(id="accord", question="Will Northland and Southland sign a border accord by December 31, 2030?",
                deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
                criteria="Resolves YES if Northland and Southland sign a border accord by the deadline.")


def fast(**kw) -> PollSettings:
    base = dict(connect_timeout=1, read_timeout=1, max_retries=1, retry_base_seconds=0.01, retry_max_seconds=0.05,
                max_body_bytes=2_000_000, default_interval=60, lease_seconds=30, fetch_deadline=2)
    return PollSettings(**{**base, **kw})


@pytest.fixture
def server():
    s = HostileServer().start()
    yield s
    s.stop()


def make_app(db_url: str, *sources: SourceConfig, **poll) -> App:
    a = App(db_url, Settings(poll=fast(**poll), sources=list(sources)))
    a.import_markets([MARKET], NOW)
    return a


def poll(a: App, names=None):
    return Poller(a, now=lambda: NOW, worker="test-worker").run(names)


def stored_urls(a: App) -> list[str]:
    with a.engine.connect() as conn:
        return sorted(conn.execute(sa.text("SELECT url FROM articles")).scalars())


# 5: stacked gzip ---------------------------------------------------------------------------------------
def run_poll_measuring_rss(db_url: str, cfg) -> tuple[dict, int]:
    # the peak RSS of this process (VmHWM; ru_maxrss would carry the parent's over fork and exec)
    code = ("import sys\nfrom resolver.cli import main\n"
            f"sys.argv = ['resolver', 'poll', '--once', '--db', {db_url!r}, '--config', {str(cfg)!r}, '--json']\n"
            "try:\n    main()\nexcept SystemExit as e:\n    rc = e.code\nelse:\n    rc = 0\n"
            "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
            "print('MAXRSS', hwm.split()[1], file=sys.stderr)\nsys.exit(rc)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    rss_kb = int(next(line.split()[1] for line in p.stderr.splitlines() if line.startswith("MAXRSS")))
    return json.loads(p.stdout), rss_kb


def test_a_stacked_gzip_bomb_is_bounded_while_decoding(sqlite_url, server, tmp_path):
    size = server.gzip_bomb("/bomb", 1_000_000_000, layers=2)
    assert size < 10_000
    cfg = tmp_path / "resolver.toml"
    cfg.write_text(f'[[sources]]\nname = "bomb"\nurl = "{server.url("/bomb")}"\n')
    App(sqlite_url, Settings()).engine.dispose()
    report, rss_kb = run_poll_measuring_rss(sqlite_url, cfg)
    src = report["sources"][0]
    assert src["status"] == "error" and "over the 5,000,000-byte cap" in src["error"], src
    assert rss_kb < 400_000, f"peak RSS {rss_kb / 1024:.0f} MB"


def test_gzip_layers_that_fit_are_decoded(db_url, server):
    import gzip as _gzip

    body = rss(good_items(server.base, "gz", 2))
    server.routes["/gz"] = (200, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip, gzip"},
                            _gzip.compress(_gzip.compress(body)))
    a = make_app(db_url, SourceConfig(name="gz", url=server.url("/gz")))
    rep = poll(a).sources[0]
    assert (rep.status, rep.new) == ("ok", 2), rep


# 6: an overall deadline per fetch ---------------------------------------------------------------------
def test_a_dripping_server_is_cut_at_the_fetch_deadline(db_url, server):
    server.drip("/drip", 0.1)
    a = make_app(db_url, SourceConfig(name="drip", url=server.url("/drip")), fetch_deadline=2)
    start = time.monotonic()
    rep = poll(a).sources[0]
    took = time.monotonic() - start
    assert rep.status == "error" and "timed out" in rep.error and "2 s" in rep.error, rep
    assert took < 6, took
    listed = {s["name"]: s for s in a.sources()}
    assert "timed out" in listed["drip"]["last_error"] and listed["drip"]["claimed_by"] is None


# 2: no fetches of internal addresses -------------------------------------------------------------------
def test_full_text_never_fetches_internal_addresses(db_url, server):
    server.secret("/internal/admin")
    server.redirect("/to-internal", server.url("/internal/admin"))
    server.feed("/news", rss([
        {"title": "internal", "link": server.url("/internal/admin"), "text": "Short teaser.", "date": DATE},
        {"title": "redirected", "link": server.url("/to-internal"), "text": "Short teaser two.", "date": DATE},
        {"title": "metadata", "link": "http://169.254.169.254/latest/meta-data/", "text": "Short teaser three.",
         "date": DATE}]))
    a = make_app(db_url, SourceConfig(name="news", url=server.url("/news"), full_text=True))
    rep = poll(a).sources[0]
    assert rep.status == "ok" and rep.new == 3, rep
    assert server.hits["/internal/admin"] == 0 and server.hits["/to-internal"] == 0
    assert "private" in rep.warning
    with a.engine.connect() as conn:
        assert not any("SECRET" in t for t in conn.execute(sa.text("SELECT text FROM articles")).scalars())


def test_dns_rebinding_between_the_check_and_the_connect_is_refused(db_url, server, monkeypatch):
    """A feed link whose name answers with a public address to the check and with 127.0.0.1 to
    the connect: the guarded client vets the address it connects to, so the intranet page is
    never reached."""
    import socket

    real = socket.getaddrinfo
    answers = {"n": 0}

    def rebinding(host, port, *args, **kw):
        if host != "rebind.test":
            return real(host, port, *args, **kw)
        answers["n"] += 1
        ip = "93.184.215.14" if answers["n"] == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    server.secret("/internal/admin")
    port = server.url("/").split(":")[2].split("/")[0]
    server.feed("/news", rss([{"title": "rebinding", "link": f"http://rebind.test:{port}/internal/admin",
                               "text": "Short teaser.", "date": DATE}]))
    a = make_app(db_url, SourceConfig(name="news", url=server.url("/news"), full_text=True))
    rep = poll(a).sources[0]
    assert answers["n"] >= 2, "the name was resolved once only: the test did not exercise a rebinding"
    assert server.hits["/internal/admin"] == 0
    assert rep.status == "ok" and rep.new == 1 and "private address (127.0.0.1)" in rep.warning, rep


def test_allow_private_opts_in_to_intranet_full_text(db_url, server):
    server.secret("/internal/admin")
    server.redirect("/to-internal", server.url("/internal/admin"))
    server.feed("/news", rss([{"title": "redirected", "link": server.url("/to-internal"), "text": "Short teaser.",
                               "date": DATE}]))
    a = make_app(db_url, SourceConfig(name="news", url=server.url("/news"), full_text=True), allow_private=True)
    assert poll(a).sources[0].new == 1
    assert server.hits["/internal/admin"] == 1


def test_a_configured_feed_redirecting_inside_is_refused(db_url, server):
    server.redirect("/moved", server.url("/internal/admin"))
    server.secret("/internal/admin")
    a = make_app(db_url, SourceConfig(name="moved", url=server.url("/moved")))
    rep = poll(a).sources[0]
    assert rep.status == "error" and "private address" in rep.error and "allow_private" in rep.error, rep
    assert server.hits["/internal/admin"] == 0


# 12 / 14: one bad item never stops a pass --------------------------------------------------------------
def test_a_bad_json_feed_item_is_skipped_and_the_rest_kept():
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "url": "https://a.example/1", "title": "one", "content_text": "x", "date_published": 12345},
        {"id": "2", "url": "https://a.example/2", "title": "two", "content_text": "y",
         "date_published": "2030-03-04T09:00:00Z"},
        {"id": "3", "url": ["https://a.example/3"], "title": "three", "content_text": "z"},
    ]}).encode()
    parsed = parse_json_feed(body, "https://a.example/feed.json")
    assert [e.title for e in parsed.entries] == ["two"]
    assert parsed.skipped == 2 and "item 1" in parsed.warning


@pytest.mark.parametrize("path", ["/huge-title", "/bad-dates", "/nul", "/long-url", "/js"])
def test_bad_items_are_skipped_with_a_counted_warning(db_url, server, path):
    server.install_all()
    a = make_app(db_url, SourceConfig(name="bad", url=server.url(path)))
    rep = poll(a).sources[0]
    assert rep.status == "ok" and rep.new >= 1 and rep.skipped_entries >= 1, rep
    assert rep.warning and "skipped" in rep.warning
    assert all(u.startswith("http://127.0.0.1") for u in stored_urls(a))


def test_a_source_whose_store_fails_is_isolated_and_released(db_url, server):
    server.feed("/boom", rss([{"title": "boom", "link": server.url("/boom/1"), "text": GOOD_TEXT, "date": DATE}]))
    server.feed("/ok", rss(good_items(server.base, "ok")))
    a = make_app(db_url, SourceConfig(name="a-boom", url=server.url("/boom")), SourceConfig(name="b-ok", url=server.url("/ok")))
    with a.engine.begin() as conn:  # a real database failure at insert
        if conn.dialect.name == "sqlite":
            conn.execute(sa.text("CREATE TRIGGER boom BEFORE INSERT ON articles WHEN NEW.url LIKE '%/boom/%' "
                                 "BEGIN SELECT RAISE(ABORT, 'boom refused'); END"))
        else:
            conn.execute(sa.text("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.url LIKE '%/boom/%' THEN "
                                 "RAISE EXCEPTION 'boom refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
            conn.execute(sa.text("CREATE TRIGGER boom BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION boom()"))
    report = poll(a)
    by = {r.name: r for r in report.sources}
    assert by["a-boom"].status == "error" and "boom refused" in by["a-boom"].error
    assert by["b-ok"].status == "ok" and by["b-ok"].new == 2
    listed = {s["name"]: s for s in a.sources()}
    assert listed["a-boom"]["claimed_by"] is None and "boom refused" in listed["a-boom"]["last_error"]
    assert listed["a-boom"]["failures"] == 1


# the whole hostile server in one pass ------------------------------------------------------------------
def test_one_pass_over_every_hostile_case_polls_every_good_source(db_url, server):
    paths = server.install_all()
    sources = [SourceConfig(name=p.strip("/"), url=server.url(p), full_text=p == "/internal-links")
               for p in paths["good"] + paths["bad"]]
    a = make_app(db_url, *sources)
    start = time.monotonic()
    report = poll(a)
    took = time.monotonic() - start
    by = {r.name: r for r in report.sources}
    assert sorted(by) == sorted(s.name for s in sources)
    for p in paths["good"]:
        assert (by[p.strip("/")].status, by[p.strip("/")].new) == ("ok", 2), by[p.strip("/")]
    assert by["bomb"].status == "error" and "cap" in by["bomb"].error
    assert by["drip"].status == "error" and "timed out" in by["drip"].error
    assert by["feed-redirects-inside"].status == "error" and "private address" in by["feed-redirects-inside"].error
    for name in ("huge-title", "bad-dates", "nul", "long-url", "js"):
        assert by[name].status == "ok" and by[name].skipped_entries >= 1, by[name]
    assert server.hits["/internal/admin"] == 0
    listed = a.sources()
    assert all(s["claimed_by"] is None for s in listed)
    assert all(s["last_error"] for s in listed if s["last_status"] == "error")
    assert took < 30
    assert a.latest("accord")[0][2] is not None  # the pass went on to evaluate
