"""Review edge cases (issue 11, item 20): a first deferral is recorded (CLI, web form, API) and
leaves the engine's suggestion as the final verdict; accepting a market that was never
evaluated is refused (there is nothing to accept) and stores nothing."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from resolver.cli import app
from resolver.config import Settings
from resolver.engine import Market
from resolver.errors import BadInput
from resolver.services import App
from tests.webfixtures import T0, seeded_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from resolver.web.app import create_app

FRESH = Market(id="fresh", question="Will Eastland hold a referendum by December 31, 2030?",
               deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc), criteria="A vote must take place.")


@pytest.fixture
def a(sqlite_url):
    app_ = seeded_app(sqlite_url)
    app_.import_markets([FRESH], T0)
    yield app_
    app_.engine.dispose()


def decisions(a, market_id):
    return [e for e in a.timeline(market_id) if e["kind"] == "decision"]


def client_for(a) -> TestClient:
    return TestClient(create_app(a, "ana", now=lambda: T0.replace(day=3)))


def csrf_of(c: TestClient, path: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', c.get(path).text).group(1)


def test_first_deferral_is_recorded_and_the_suggestion_stays_final(a):
    result = a.decide("accord", "defer", "waiting for the signing ceremony", "ana", T0 + timedelta(days=2),
                      revisit_at=T0 + timedelta(days=9))
    assert result["action"] == "defer" and result["final"] == "likely-yes" and result["against"] == "likely-yes"
    assert [d["action"] for d in decisions(a, "accord")] == ["defer"]
    assert a.queue(T0 + timedelta(days=3)) == []                    # deferred until day 9
    assert [i["market"].id for i in a.queue(T0 + timedelta(days=10))] == ["accord"]  # due again


def test_first_deferral_through_the_cli(a, sqlite_url):
    r = CliRunner().invoke(app, ["review", "decide", "accord", "--defer", "--note", "wait", "--until", "2030-04-01",
                                 "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    assert "defer recorded" in r.output and [d["action"] for d in decisions(a, "accord")] == ["defer"]


def test_first_deferral_through_the_page_and_the_api(a):
    c = client_for(a)
    r = c.post("/markets/accord/decide", data={"action": "defer", "note": "wait", "until": "2030-04-01",
                                               "csrf": csrf_of(c, "/markets/accord")}, follow_redirects=False)
    assert r.status_code == 303
    r = c.post("/api/markets/accord/decisions", json={"action": "defer", "note": "again", "until": "2030-05-01T00:00:00+00:00"},
               headers={"X-CSRF-Token": csrf_of(c, "/markets/accord")})
    assert r.status_code == 201 and r.json()["final"] == "likely-yes"
    assert [d["action"] for d in decisions(a, "accord")] == ["defer", "defer"]


def test_accepting_a_never_evaluated_market_is_refused(a, sqlite_url):
    with pytest.raises(BadInput, match="nothing to accept"):
        a.decide("fresh", "accept", "", "ana", T0)
    r = CliRunner().invoke(app, ["review", "decide", "fresh", "--accept", "--db", sqlite_url])
    assert r.exit_code == 2 and "nothing to accept" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    c = client_for(a)
    r = c.post("/markets/fresh/decide", data={"action": "accept", "csrf": csrf_of(c, "/markets/fresh")})
    assert r.status_code == 400 and "nothing to accept" in r.text
    r = c.post("/api/markets/fresh/decisions", json={"action": "accept"}, headers={"X-CSRF-Token": csrf_of(c, "/markets/fresh")})
    assert r.status_code == 400 and "nothing to accept" in r.json()["detail"]
    assert decisions(a, "fresh") == []
    # an override of a never-evaluated market is still a decision an analyst can make
    assert a.decide("fresh", "override", "desk call", "ana", T0, resolution="NO")["resolution"] == "NO"


def test_web_defer_until_garbage_is_a_400_with_a_message(a):
    c = client_for(a)
    for bad in ("garbage", "2030-13-45", "2030-04-01T00:00:00+00:00", "9" * 40):
        r = c.post("/markets/accord/decide", data={"action": "defer", "note": "wait", "until": bad,
                                                   "csrf": csrf_of(c, "/markets/accord")})
        assert r.status_code == 400 and "Defer until" in r.text and "YYYY-MM-DD" in r.text, (bad, r.status_code)
    assert decisions(a, "accord") == []
