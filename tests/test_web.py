"""The review page and API through FastAPI's TestClient: escaping, CSRF, token auth, forms
that record decisions, exports and the OpenAPI schema."""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from resolver.config import ServerSettings, Settings
from resolver.web.app import create_app
from tests.webfixtures import T0, XSS_TITLE, seeded_app


def client_for(a) -> TestClient:
    return TestClient(create_app(a, "ana", now=lambda: T0.replace(day=3)))


def csrf_of(client: TestClient, path: str = "/markets/accord") -> str:
    page = client.get(path)
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture
def a(sqlite_url):
    app_ = seeded_app(sqlite_url)
    yield app_
    app_.engine.dispose()


def test_article_html_and_script_render_as_inert_text(a):
    c = client_for(a)
    page = c.get("/markets/accord").text
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;b&gt;Northland&lt;/b&gt; &amp; Southland talks" in page
    assert "&lt;img src=x onerror=" in page
    assert "<mark>Northland and Southland signed a border accord in Geneva on Monday, both governments said.</mark>" in page


def test_queue_page_and_form_override_with_csrf(a):
    c = client_for(a)
    assert "accord" in c.get("/").text
    token = csrf_of(c)
    r = c.post("/markets/accord/decide", data={"action": "override", "target": "likely-no", "note": "desk source",
                                               "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    page = c.get("/markets/accord").text
    assert 'id="final-market">likely-no<' in page and "override by ana: desk source" in page
    assert "The queue is empty" in c.get("/").text


def test_post_without_csrf_is_refused_and_changes_nothing(a):
    c = client_for(a)
    c.get("/markets/accord")
    r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": "forged"})
    assert r.status_code == 403
    r = c.post("/api/markets/accord/decisions", json={"action": "accept"})
    assert r.status_code == 403
    assert [e for e in a.timeline("accord") if e["kind"] == "decision"] == []


def test_override_without_note_shows_the_error(a):
    c = client_for(a)
    r = c.post("/markets/accord/decide", data={"action": "override", "target": "likely-no", "csrf": csrf_of(c)})
    assert r.status_code == 400 and "needs a note" in r.text


def test_state_changes_only_by_post(a):
    c = client_for(a)
    assert c.get("/markets/accord/decide").status_code == 405


def test_api_mirrors_the_page_and_exports(a):
    c = client_for(a)
    queue = c.get("/api/queue").json()
    assert queue[0]["market"] == "accord" and queue[0]["suggestion"] == "likely-yes"
    market = c.get("/api/markets/accord").json()
    assert market["outcomes"][0]["suggestion"]["verdict"] == "likely-yes"
    assert any(e["title"] == XSS_TITLE for e in market["evidence"])  # data as data; escaping is the page's job
    token = csrf_of(c)
    r = c.post("/api/markets/accord/decisions", json={"action": "accept"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 201 and r.json()["final"] == "likely-yes"
    history = c.get("/api/markets/accord/history").json()
    assert [e["kind"] for e in history].count("decision") == 1
    csv_text = c.get("/export.csv?final=1").text
    assert "final_verdict" in csv_text.splitlines()[0] and ",accept," in csv_text
    assert c.get("/api/export", params={"format": "jsonl", "final": True}).json()["final_source"] == "analyst"
    schema = c.get("/openapi.json").json()
    assert "/api/markets/{market_id}/decisions" in schema["paths"]
    assert c.get("/api/markets/nope").status_code == 404


def test_token_protects_writes(sqlite_url):
    a = seeded_app(sqlite_url, Settings(server=ServerSettings(token="s3cret")))
    c = client_for(a)
    token = csrf_of(c)
    r = c.post("/markets/accord/decide", data={"action": "accept", "csrf": token})
    assert r.status_code == 401
    r = c.post("/api/markets/accord/decisions", json={"action": "accept"}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201
    assert c.post("/login", data={"token": "wrong", "csrf": csrf_of(c, "/login")}).status_code == 401
    r = c.post("/login", data={"token": "s3cret", "csrf": csrf_of(c, "/login")}, follow_redirects=False)
    assert r.status_code == 303
    r = c.post("/markets/accord/decide", data={"action": "defer", "note": "wait", "csrf": csrf_of(c)},
               follow_redirects=False)
    assert r.status_code == 303
    a.engine.dispose()


def test_market_page_shows_venue_price_and_disagreement(sqlite_url):
    import json
    from datetime import timedelta
    from pathlib import Path

    from resolver.engine import Article
    from resolver.venues import parse

    a = seeded_app(sqlite_url)
    data = json.loads((Path(__file__).parent / "data" / "venues" / "polymarket.json").read_text())
    a.import_venue(parse("polymarket", data)[:1], T0)
    a.import_articles([Article(url="https://x.example/never", title="Northland rejects accord", source="x.example",
                               published=T0 + timedelta(hours=1),
                               text="Northland and Southland will not sign a border accord, Northland's president said.")],
                      T0 + timedelta(hours=1))
    a.evaluate(T0 + timedelta(hours=2), "polymarket-900001", now=T0 + timedelta(hours=2))
    page = client_for(a).get("/markets/polymarket-900001").text
    assert 'id="venue"' in page and "polymarket 900001" in page
    assert "venue yes-price 0.91 vs verdict likely-no" in page
    a.engine.dispose()


@pytest.mark.parametrize("configured, given, expected", [(None, None, ""), ("desk-ana", None, "desk-ana"),
                                                         ("desk-ana", "jo", "jo")])
def test_serve_fills_the_analyst_field_from_the_config_never_the_os_user(sqlite_url, tmp_path, monkeypatch,
                                                                         configured, given, expected):
    """`serve`: --analyst, else [review] analyst, else an empty field (never the server's OS
    user); a name this browser used before comes first."""
    from typer.testing import CliRunner

    from resolver.cli import app as cli_app

    seeded_app(sqlite_url).engine.dispose()
    monkeypatch.setenv("USER", "root")
    monkeypatch.setenv("LOGNAME", "root")
    cfg = tmp_path / "resolver.toml"
    cfg.write_text(f'[review]\nanalyst = "{configured}"\n' if configured else "")
    served = {}
    monkeypatch.setattr("uvicorn.run", lambda web, **kw: served.update(web=web))
    r = CliRunner().invoke(cli_app, ["serve", "--db", sqlite_url, "--config", str(cfg),
                                     *(["--analyst", given] if given else [])])
    assert r.exit_code == 0, r.output

    def field(client: TestClient) -> str:
        return re.search(r'<input name="analyst" id="analyst" value="([^"]*)" required', client.get("/markets/accord").text).group(1)

    client = TestClient(served["web"])
    assert field(client) == expected
    client.cookies.set("resolver_analyst", "mo")
    assert field(client) == "mo"
