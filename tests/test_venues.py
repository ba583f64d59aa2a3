"""Markets from venues: imports of each venue's documented shape (fixtures in tests/data/venues),
live sync against a local server playing the venue, amendments as versions, price
disagreement flags, and the webhook outbox against a receiver that fails at first."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resolver.cli import app
from resolver.config import Settings
from resolver.engine import Article
from resolver.services import App
from resolver.venues import parse, rules_deadline
from resolver.webhooks import SIGNATURE_HEADER, WebhookConfig
from tests.feedserver import FeedServer

DATA = Path(__file__).parent / "data" / "venues"
NOW = datetime(2030, 3, 1, 12, tzinfo=timezone.utc)
runner = CliRunner()


def load(venue: str):
    return json.loads((DATA / f"{venue}.json").read_text())


# mapping ------------------------------------------------------------------------------------------
def test_polymarket_mapping_takes_the_rules_deadline_and_keeps_the_field():
    binary, multi = parse("polymarket", load("polymarket"))
    assert binary.market.id == "polymarket-900001" and binary.venue_id == "900001"
    assert binary.market.deadline.isoformat() == "2030-12-31T23:59:59-05:00"  # "…, 11:59 PM ET" in the rules
    assert binary.field_deadline.isoformat() == "2030-12-31T12:00:00+00:00"
    assert any("disagrees with the rules" in n for n in binary.notes)
    assert binary.prices == {"yes": 0.91} and binary.raw["slug"] == "northland-southland-accord-2030"
    assert multi.market.outcomes == ["Ana Roca", "Luis Vidal", "Other"] and multi.prices["Ana Roca"] == 0.55


def test_kalshi_manifold_metaculus_mappings():
    (k,) = parse("kalshi", load("kalshi"))
    assert k.venue_id == "KXACCORD-30DEC31" and k.prices == {"yes": 0.88}
    assert "Early close" in k.market.criteria and k.market.description == "https://gov.example/nl"
    m_bin, m_multi = parse("manifold", load("manifold"))
    # "by January 1, 2032" in the rules: the end of that day, not the closeTime at its start
    assert m_bin.market.deadline.isoformat() == "2032-01-01T23:59:59+00:00" and m_bin.prices == {"yes": 0.12}
    assert m_bin.field_deadline == datetime.fromtimestamp(1956528000, tz=timezone.utc)
    assert m_multi.market.outcomes == ["Harbor FC", "Valley United"]
    (q,) = parse("metaculus", load("metaculus"))
    assert q.market.id == "metaculus-31337" and "Memoranda" in q.market.criteria
    assert q.market.deadline.isoformat() == "2031-01-01T00:00:00+00:00"


def test_missing_deadline_is_an_error_not_a_guess():
    bad = [{"id": "1", "question": "Will X happen?", "description": "No date here.", "outcomes": "[\"Yes\", \"No\"]"}]
    with pytest.raises(Exception, match="no deadline"):
        parse("polymarket", bad)


def test_conditions_are_not_deadlines():
    text = ('This market will resolve to "Yes" if it ends in a draw or is moved to a date after December 31, 2024, '
            '11:59 PM ET. If there is no data by August 5, 2024, 11:59 PM ET, another source will be used.')
    assert rules_deadline(text) is None
    yes = 'This market will resolve to "Yes" if TikTok is banned by December 31, 2024, 11:59 PM ET.'
    assert rules_deadline(yes)[0].isoformat() == "2024-12-31T23:59:59-05:00"


# CLI import, in place --------------------------------------------------------------------------------
@pytest.mark.parametrize("venue,count", [("polymarket", 2), ("kalshi", 1), ("manifold", 2), ("metaculus", 1)])
def test_import_each_venue_and_reimport_in_place(sqlite_url, venue, count):
    args = ["market", "import", str(DATA / f"{venue}.json"), "--from", venue, "--db", sqlite_url, "--json"]
    first = json.loads(runner.invoke(app, args).output)
    assert first["new"] == count
    again = json.loads(runner.invoke(app, args).output)
    assert (again["new"], again["unchanged"]) == (0, count)
    listed = json.loads(runner.invoke(app, ["market", "list", "--db", sqlite_url, "--json"]).output)
    assert len({r["id"] for r in listed}) == count


def test_bad_venue_input(sqlite_url, tmp_path):
    r = runner.invoke(app, ["market", "import", str(DATA / "kalshi.json"), "--from", "nowhere", "--db", sqlite_url])
    assert r.exit_code == 2 and "unknown venue" in r.stderr
    f = tmp_path / "bad.json"
    f.write_text(json.dumps([{"id": "9", "question": "Q?", "description": "none"}]))
    r = runner.invoke(app, ["market", "import", str(f), "--from", "polymarket", "--db", sqlite_url])
    assert r.exit_code == 2 and "no deadline" in r.stderr


# amendments ---------------------------------------------------------------------------------------------
def test_amendment_is_a_new_version_used_by_as_of(sqlite_url):
    a = App(sqlite_url, Settings())
    a.import_venue(parse("polymarket", load("polymarket")), NOW)
    amended = load("polymarket")
    amended[0]["description"] = amended[0]["description"].replace("December 31, 2030", "June 30, 2030")
    result = a.import_venue(parse("polymarket", amended), NOW + timedelta(days=10))
    assert result["updated"] == 1
    before = a.evaluate(NOW + timedelta(days=5), "polymarket-900001", now=NOW + timedelta(days=10))[0].verdict
    after = a.evaluate(NOW + timedelta(days=11), "polymarket-900001", now=NOW + timedelta(days=11))[0].verdict
    assert (before.market_version, after.market_version) == (1, 2)
    assert "amended since" in before.summary and before.target is not None
    timeline = a.timeline("polymarket-900001")
    amendments = [e for e in timeline if e["kind"] == "amendment"]
    assert [e["version"] for e in amendments] == [1, 2] and "criteria changed" in amendments[1]["note"]
    assert amendments[1]["deadline"].startswith("2030-06-30T23:59:59")
    old = [e for e in timeline if e["kind"] == "suggestion" and e["market_version"] == 1]
    assert old and "amended since" in old[0]["note"]
    r = runner.invoke(app, ["market", "history", "polymarket-900001", "--db", sqlite_url])
    assert "market version 1: created" in r.output
    assert "market version 2: amended by polymarket import: deadline, criteria changed" in r.output
    a.engine.dispose()


# sync ---------------------------------------------------------------------------------------------------
def test_sync_against_a_local_server_playing_the_venue(sqlite_url, tmp_path):
    server = FeedServer().start()
    try:
        market = load("polymarket")[0]
        server.routes["/markets/900001"] = (200, {"Content-Type": "application/json"}, json.dumps(market).encode())
        full = load("manifold")
        lite = [{k: v for k, v in m.items() if k not in ("answers", "textDescription")} for m in full]
        server.routes["/search-markets"] = (200, {"Content-Type": "application/json"}, json.dumps(lite).encode())
        for m in full:
            server.routes[f"/market/{m['id']}"] = (200, {"Content-Type": "application/json"}, json.dumps(m).encode())
        cfg = tmp_path / "resolver.toml"
        cfg.write_text(f'[venues]\npolymarket = "{server.base}"\nmanifold = "{server.base}"\n')
        r = runner.invoke(app, ["market", "sync", "--from", "polymarket", "--id", "900001", "--db", sqlite_url,
                                "--config", str(cfg), "--json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.output)["markets"][0]["id"] == "polymarket-900001"
        r = runner.invoke(app, ["market", "sync", "--from", "manifold", "--search", "valoria", "--db", sqlite_url,
                                "--config", str(cfg), "--json"])
        synced = json.loads(r.output)
        assert synced["new"] == 2 and synced["refused"] == 0
        # search rows carry no answers: each full market is fetched before it is imported
        assert [q["path"] for q in server.requests[-3:]] == ["/search-markets", "/market/mfAbc123", "/market/mfMulti9"]
        multi = next(m for m in synced["markets"] if m["id"] == "manifold-mfmulti9")
        assert multi["kind"] == "categorical" and multi["outcomes"] == ["Harbor FC", "Valley United"]
        r = runner.invoke(app, ["market", "sync", "--from", "polymarket", "--id", "404", "--db", sqlite_url,
                                "--config", str(cfg)])
        assert r.exit_code == 2 and "HTTP 404" in r.stderr
    finally:
        server.stop()


# disagreement + webhooks ---------------------------------------------------------------------------------
class Receiver:
    """A webhook receiver on 127.0.0.1 that fails its first `fail` requests."""

    def __init__(self, fail: int):
        self.fail, self.bodies = fail, []
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.bodies.append((dict(self.headers), body))
                code = 500 if len(outer.bodies) <= outer.fail else 200
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_price_disagreement_is_flagged_and_webhooks_are_retried_until_acknowledged(sqlite_url):
    receiver = Receiver(fail=2)
    try:
        hooks = [WebhookConfig(name="desk", url=receiver.url, secret="s3cret"),
                 WebhookConfig(name="chat", url=receiver.url, events=["flagged"], format="slack")]
        a = App(sqlite_url, Settings(webhooks=hooks))
        a.import_venue(parse("polymarket", load("polymarket"))[:1], NOW)
        a.import_articles([Article(url="https://x.example/off", title="Border accord talks collapse", source="x.example",
                                   published=NOW + timedelta(hours=1),
                                   text="Northland and Southland will not sign a border accord this year, both "
                                        "governments said on Sunday after talks collapsed.")], NOW + timedelta(hours=1))
        v = a.evaluate(NOW + timedelta(hours=2), "polymarket-900001", now=NOW + timedelta(hours=2))[0].verdict
        assert v.verdict == "likely-no"
        queue = a.queue(NOW + timedelta(hours=2))
        assert queue[0]["flagged"] and queue[0]["reason"] == "price disagrees: venue yes-price 0.91 vs verdict likely-no"
        flags = a.price_flags()
        assert flags[("polymarket-900001", "")]["flag"] == "venue yes-price 0.91 vs verdict likely-no"
        events = sorted((d["webhook"], d["event"]) for d in a.webhook_deliveries())
        assert events == [("chat", "flagged"), ("desk", "flagged"), ("desk", "verdict_changed")]

        t = NOW + timedelta(hours=3)
        first = a.deliver_webhooks(t)
        assert first == {"delivered": 1, "failed": 2}  # the receiver is down for two requests
        assert a.deliver_webhooks(t) == {"delivered": 0, "failed": 0}  # not due yet: backed off
        second = a.deliver_webhooks(t + timedelta(seconds=31))
        third = a.deliver_webhooks(t + timedelta(seconds=120))
        assert second["delivered"] + third["delivered"] == 2
        rows = a.webhook_deliveries()
        assert all(r["status"] == "delivered" for r in rows) and max(r["attempts"] for r in rows) >= 2
        signed = [(h, b) for h, b in receiver.bodies if SIGNATURE_HEADER in h]
        assert signed and all(h[SIGNATURE_HEADER] == "sha256=" + hmac.new(b"s3cret", b, hashlib.sha256).hexdigest()
                              for h, b in signed)
        slack = [json.loads(b) for h, b in receiver.bodies if SIGNATURE_HEADER not in h]
        assert slack and slack[-1]["text"].startswith("resolver: polymarket-900001 flagged")
        a.decide("polymarket-900001", "accept", "", "ana", t)
        assert ("desk", "decision") in {(d["webhook"], d["event"]) for d in a.webhook_deliveries()}
        a.engine.dispose()
        r = runner.invoke(app, ["export", "--format", "csv", "--db", sqlite_url])
        row = next(csv.DictReader(io.StringIO(r.output)))
        assert row["venue_price"] == "0.91" and row["price_flag"].startswith("venue yes-price 0.91")
    finally:
        receiver.stop()


def test_webhooks_cli_list_and_retry(sqlite_url, tmp_path):
    receiver = Receiver(fail=1)
    try:
        cfg = tmp_path / "resolver.toml"
        cfg.write_text(f'[[webhooks]]\nname = "desk"\nurl = "{receiver.url}"\nevents = ["decision"]\n')
        assert runner.invoke(app, ["market", "import", str(DATA / "kalshi.json"), "--from", "kalshi", "--db", sqlite_url,
                                   "--config", str(cfg)]).exit_code == 0
        r = runner.invoke(app, ["review", "decide", "kalshi-kxaccord-30dec31", "--defer", "--note", "wait",
                                "--db", sqlite_url, "--config", str(cfg)])
        assert r.exit_code == 0 and "to retry" in r.stderr  # first delivery failed, stays queued
        listed = json.loads(runner.invoke(app, ["webhooks", "list", "--db", sqlite_url, "--config", str(cfg), "--json"]).output)
        assert listed[0]["status"] == "pending" and listed[0]["last_error"] == "HTTP 500"
        r = runner.invoke(app, ["webhooks", "retry", "--db", sqlite_url, "--config", str(cfg), "--json"])
        assert json.loads(r.output) == {"delivered": 1, "failed": 0}
    finally:
        receiver.stop()
