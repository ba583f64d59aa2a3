"""The evidence poller against a real HTTP server on 127.0.0.1 (never the internet): feeds of
each kind, conditional GET, retries, caps, broken sources, full-text extraction, verdict
changes, leases, concurrent pollers in real processes, and `watch` stopped with SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from resolver.cli import app
from resolver.config import PollSettings, Settings, SourceConfig
from resolver.engine import Market
from resolver.poll.runner import Poller
from resolver.services import App
from resolver.store import sources_repo
from resolver.store.db import session_scope
from tests.feedserver import ARTICLE_PAGE, FeedServer, atom, json_feed, rss

NOW = datetime(2030, 3, 4, 12, 0, tzinfo=timezone.utc)
FAST = PollSettings(connect_timeout=1, read_timeout=0.5, max_retries=2, retry_base_seconds=0.01,
                    retry_max_seconds=0.05, max_body_bytes=200_000, max_redirects=5, default_interval=60,
                    lease_seconds=30)
MARKET = Market(id="accord", question="Will Northland and Southland sign a border accord by December 31, 2030?",
                deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
                criteria="Resolves YES if Northland and Southland sign a border accord by the deadline.")


def items(n: int, base: str, start: int = 0, text: str = "Officials met to discuss trade between Northland and Southland.") -> list[dict]:
    return [{"title": f"Story {k}", "link": f"{base}/story/{k}", "text": text,
             "date": "Mon, 04 Mar 2030 09:00:00 +0100"} for k in range(start, start + n)]


@pytest.fixture
def server():
    s = FeedServer().start()
    yield s
    s.stop()


def make_app(db_url: str, *sources: SourceConfig, allow_private: bool = False) -> App:
    """allow_private: the test follows redirects or full-text links to its own 127.0.0.1 server."""
    poll = FAST.model_copy(update={"allow_private": True}) if allow_private else FAST
    a = App(db_url, Settings(poll=poll, sources=list(sources)))
    a.import_markets([MARKET], NOW)
    return a


def poll(a: App, names=None, now=NOW):
    return Poller(a, now=lambda: now, worker="test-worker").run(names)


def articles(a: App) -> int:
    return a.counts()["articles"]


# kinds ------------------------------------------------------------------------------------------
def test_rss_twice_second_pass_stores_nothing_new_with_304(db_url, server):
    server.feed("/rss", rss(items(3, server.base)), etag='"v1"')
    a = make_app(db_url, SourceConfig(name="wire", url=server.url("/rss"), kind="rss"))
    first = poll(a).sources[0]
    assert (first.status, first.new, first.duplicate) == ("ok", 3, 0)
    second = poll(a, ["wire"]).sources[0]
    assert (second.status, second.new) == ("not-modified", 0)
    assert server.requests[-1]["headers"].get("If-None-Match") == '"v1"'
    assert server.requests[-1]["headers"].get("If-Modified-Since")
    assert "resolver/" in server.requests[-1]["headers"].get("User-Agent", "")
    assert articles(a) == 3


def test_without_etag_a_second_pass_finds_only_duplicates(db_url, server):
    server.feed("/rss", rss(items(3, server.base)))
    a = make_app(db_url, SourceConfig(name="wire", url=server.url("/rss"), kind="rss"))
    poll(a)
    server.routes["/rss"] = (200, {"Content-Type": "application/rss+xml"}, rss(items(3, server.base)))
    again = poll(a, ["wire"]).sources[0]
    assert (again.new, again.duplicate) == (0, 3) and articles(a) == 3


def test_atom_and_json_feed_keep_offsets(db_url, server):
    server.feed("/atom", atom([{"title": "A", "link": server.url("/a/1"), "text": "t", "date": "2030-03-04T08:00:00+05:30"}]),
                "application/atom+xml")
    server.feed("/json", json_feed([{"title": "J", "link": server.url("/j/1"), "text": "t", "date": "2030-03-04T08:00:00-05:00"}]),
                "application/feed+json")
    a = make_app(db_url, SourceConfig(name="atom", url=server.url("/atom")), SourceConfig(name="jf", url=server.url("/json")))
    report = poll(a)
    assert {(r.name, r.new) for r in report.sources} == {("atom", 1), ("jf", 1)}
    with a.engine.connect() as conn:
        offsets = dict(conn.execute(sa.text("SELECT url, published_offset_minutes FROM articles")).all())
    assert offsets[server.url("/a/1")] == 330 and offsets[server.url("/j/1")] == -300


def test_local_folder_source(db_url, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"url": "https://x.example/1", "title": "T", "text": "b",
                                                "published": "2030-03-01T00:00:00Z"}) + "\n")
    a = make_app(db_url, SourceConfig(name="drop", url=str(folder), kind="folder"))
    assert poll(a).sources[0].new == 1
    assert poll(a, ["drop"]).sources[0].status == "not-modified"


# failures ---------------------------------------------------------------------------------------
def test_429_with_retry_after_is_retried(db_url, server):
    server.fail_then("/busy", 429, 1, rss(items(2, server.base)), retry_after="0")
    a = make_app(db_url, SourceConfig(name="busy", url=server.url("/busy")))
    rep = poll(a).sources[0]
    assert (rep.status, rep.new, rep.attempts) == ("ok", 2, 2) and server.hits["/busy"] == 2


def test_500_is_retried_then_reported_and_backed_off_without_stopping_others(db_url, server):
    server.routes["/down"] = (500, {}, b"oops")
    server.feed("/ok", rss(items(1, server.base)))
    a = make_app(db_url, SourceConfig(name="down", url=server.url("/down")), SourceConfig(name="ok", url=server.url("/ok")))
    report = poll(a)
    by = {r.name: r for r in report.sources}
    assert by["down"].status == "error" and "HTTP 500" in by["down"].error and server.hits["/down"] == 3
    assert by["ok"].new == 1
    listed = {s["name"]: s for s in a.sources()}
    assert listed["down"]["failures"] == 1 and "HTTP 500" in listed["down"]["last_error"]
    due_again = datetime.fromisoformat(listed["down"]["next_due_at"])
    assert due_again >= NOW + timedelta(seconds=60)
    # a second failure doubles the wait
    poll(a, ["down"], now=NOW + timedelta(minutes=2))
    listed = {s["name"]: s for s in a.sources()}
    assert listed["down"]["failures"] == 2
    assert datetime.fromisoformat(listed["down"]["next_due_at"]) >= NOW + timedelta(minutes=2, seconds=120)


def test_other_4xx_is_not_retried(db_url, server):
    a = make_app(db_url, SourceConfig(name="gone", url=server.url("/missing")))
    rep = poll(a).sources[0]
    assert rep.status == "error" and "HTTP 404" in rep.error and server.hits["/missing"] == 1


@pytest.mark.parametrize("setup,message", [
    (lambda s: s.hang("/slow", 3), "no response within 0.5 s"),
    (lambda s: s.feed("/big", b"<rss>" + b"x" * 300_000 + b"</rss>"), "over the 200,000-byte cap"),
    (lambda s: s.redirect_loop("/loop"), "more than 5 redirects"),
    (lambda s: s.feed("/bad", b"<rss><channel><item><title>broken</title></channel>"), "malformed feed"),
])
def test_broken_sources_store_nothing_and_say_why(db_url, server, setup, message):
    setup(server)
    path = next(iter(server.routes))
    a = make_app(db_url, SourceConfig(name="broken", url=server.url(path)), allow_private=True)
    rep = poll(a).sources[0]
    assert rep.status == "error" and message in rep.error
    assert articles(a) == 0


def test_unreachable_host_is_an_error_not_a_crash(db_url):
    a = make_app(db_url, SourceConfig(name="nowhere", url="http://127.0.0.1:9/feed"))
    rep = poll(a).sources[0]
    assert rep.status == "error" and "cannot connect" in rep.error


# content --------------------------------------------------------------------------------------
def test_summary_only_entries_get_full_text_when_asked(db_url, server):
    link = server.url("/page/1")
    server.routes["/page/1"] = (200, {"Content-Type": "text/html"},
                                ARTICLE_PAGE.format(title="Accord signed", text="Northland and Southland signed a border accord on Monday.").encode())
    server.feed("/summ", rss([{"title": "Accord signed", "link": link, "text": "Short teaser.",
                               "date": "Mon, 04 Mar 2030 09:00:00 +0000"}]))
    a = make_app(db_url, SourceConfig(name="summ", url=server.url("/summ"), full_text=True), allow_private=True)
    poll(a)
    with a.engine.connect() as conn:
        text = conn.execute(sa.text("SELECT text FROM articles")).scalar()
    assert "signed a border accord on Monday" in text and "Copyright" not in text


def test_entry_without_date_uses_fetch_time_and_says_so(db_url, server):
    server.feed("/nodate", rss([{"title": "Northland and Southland sign border accord", "link": server.url("/n/1"),
                                 "text": "Northland and Southland signed a border accord."}]))
    a = make_app(db_url, SourceConfig(name="nodate", url=server.url("/nodate")))
    report = poll(a)
    with a.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT published, published_estimated FROM articles")).one()
    assert bool(row[1]) is True
    v = a.latest("accord")[0][2]
    assert v is not None and any("fetch time is used" in c.reason for c in v.contributions if c.weight)
    assert report.changed == [("accord", None, "likely-yes")]


def test_new_evidence_reevaluates_and_reports_changed_verdicts(db_url, server):
    server.routes["/news"] = (200, {"Content-Type": "application/rss+xml"}, rss(items(1, server.base)))
    a = make_app(db_url, SourceConfig(name="news", url=server.url("/news")))
    first = poll(a)
    assert first.changed == [("accord", None, "undetermined")]
    server.routes["/news"] = (200, {"Content-Type": "application/rss+xml"}, rss(items(1, server.base) + [
        {"title": "Accord signed", "link": server.url("/story/signed"), "date": "Mon, 04 Mar 2030 11:00:00 +0000",
         "text": "Northland and Southland signed a border accord in Geneva on Monday, both governments said."}]))
    second = poll(a, ["news"], now=NOW + timedelta(minutes=5))
    assert second.sources[0].new == 1
    assert second.changed == [("accord", "undetermined", "likely-yes")]


# leases and concurrency ---------------------------------------------------------------------------
def test_a_live_lease_keeps_other_workers_off_until_it_expires(db_url, server):
    server.feed("/rss", rss(items(1, server.base)))
    a = make_app(db_url, SourceConfig(name="wire", url=server.url("/rss")))
    Poller(a, now=lambda: NOW).due()
    with session_scope(a.engine) as s:
        assert sources_repo.claim(s, "wire", "worker-a", NOW, timedelta(seconds=30))
    rep = Poller(a, now=lambda: NOW, worker="worker-b").run(["wire"]).sources[0]
    assert (rep.status, rep.warning) == ("skipped", "claimed by another worker or just polled")
    later = NOW + timedelta(seconds=31)  # worker-a died: its lease runs out
    assert Poller(a, now=lambda: later, worker="worker-b").run(["wire"]).sources[0].new == 1


def test_two_poller_processes_store_every_article_once(db_url, server, tmp_path):
    server.feed("/big-feed", rss(items(150, server.base)))
    cfg = tmp_path / "resolver.toml"
    cfg.write_text(f'[poll]\nread_timeout = 5\n\n[[sources]]\nname = "a"\nurl = "{server.url("/big-feed")}"\n\n'
                   f'[[sources]]\nname = "b"\nurl = "{server.url("/big-feed")}"\n')
    make_app(db_url).engine.dispose()
    cmd = [sys.executable, "-m", "resolver.cli", "poll", "--once", "--db", db_url, "--config", str(cfg), "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append(json.loads(out))
    new = sum(s["new"] for o in outs for s in o["sources"])
    assert new == 150
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM articles")).scalar() == 150
    engine.dispose()


# CLI -----------------------------------------------------------------------------------------------
def test_poll_and_source_commands(sqlite_url, server):
    runner = CliRunner()
    server.feed("/rss", rss(items(2, server.base)), etag='"e"')
    r = runner.invoke(app, ["source", "add", "wire", server.url("/rss"), "--interval", "60", "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    assert runner.invoke(app, ["source", "add", "wire", server.url("/rss"), "--db", sqlite_url]).exit_code == 2
    assert runner.invoke(app, ["source", "add", "x", "not-a-url", "--db", sqlite_url]).exit_code == 2
    r = runner.invoke(app, ["poll", "--once", "--db", sqlite_url])
    assert r.exit_code == 0 and "2 new article(s)" in r.output
    assert "wire: ok, 2 new" in r.stderr
    r = runner.invoke(app, ["poll", "--source", "wire", "--db", sqlite_url])
    assert r.exit_code == 0 and "0 new article(s)" in r.output and "not-modified" in r.stderr
    listed = json.loads(runner.invoke(app, ["source", "list", "--db", sqlite_url, "--json"]).output)
    assert listed[0]["name"] == "wire" and listed[0]["last_status"] == "not-modified"
    assert runner.invoke(app, ["poll", "--source", "nope", "--db", sqlite_url]).exit_code == 2
    assert runner.invoke(app, ["source", "remove", "wire", "--db", sqlite_url]).exit_code == 0
    assert runner.invoke(app, ["source", "remove", "wire", "--db", sqlite_url]).exit_code == 2


def test_poll_exits_non_zero_only_when_nothing_could_run():
    r = CliRunner().invoke(app, ["poll", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert r.exit_code == 1 and r.stderr.startswith("error: cannot open database")


def test_watch_polls_and_stops_cleanly_on_sigterm(sqlite_url, server, tmp_path):
    server.feed("/rss", rss(items(3, server.base)))
    cfg = tmp_path / "resolver.toml"
    cfg.write_text(f'[[sources]]\nname = "wire"\nurl = "{server.url("/rss")}"\ninterval = 3600\n')
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "resolver.cli", "watch", "--db", sqlite_url, "--config", str(cfg)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    engine = sa.create_engine(sqlite_url)
    try:
        deadline = time.time() + 60
        stored = 0
        while time.time() < deadline and stored < 3:
            time.sleep(0.3)
            try:
                with engine.connect() as conn:
                    stored = conn.execute(sa.text("SELECT count(*) FROM articles")).scalar()
            except sa.exc.OperationalError:
                pass
        assert stored == 3
        with engine.connect() as conn:
            jobs = conn.execute(sa.text("SELECT id FROM apscheduler_jobs")).scalars().all()
        assert sorted(jobs) == ["source:wire", "webhooks"]  # persisted in the same database
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        engine.dispose()
    assert proc.returncode == 0, out
    assert "received SIGTERM" in out and "stopped cleanly" in out


def test_a_sources_trust_weighs_its_articles(db_url, server):
    server.feed("/rss", rss([{"title": "Accord signed", "link": server.url("/story/s"), "date": "Mon, 04 Mar 2030 11:00:00 +0000",
                              "text": "Northland and Southland signed a border accord in Geneva on Monday."}]))
    a = make_app(db_url, SourceConfig(name="blog", url=server.url("/rss"), trust=0.5))
    poll(a)
    v = a.latest("accord")[0][2]
    c = next(c for c in v.contributions if c.rule == "confirmation")
    assert c.weight == 1.0 and "weighted ×0.5" in c.reason
