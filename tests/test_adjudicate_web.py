"""The second opinion on the review page: shown beside (never instead of) the rules verdict,
its verified citations highlighted in the article text, hostile text still inert; the queue
flag; the API and the page's export. In real Chromium, against uvicorn and the scripted model
server, both on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import threading
import time
from datetime import timedelta

import pytest
import uvicorn
from fastapi.testclient import TestClient

from resolver.adjudicate import make_adjudicator
from resolver.adjudicate.settings import AdjudicatorSettings
from resolver.config import Settings
from resolver.web.app import create_app
from tests.llmserver import ChatServer, answer, ok
from tests.test_browser import ARTIFACTS, CHROMIUM, free_port
from tests.webfixtures import T0, seeded_app

QUOTE = "Northland and Southland officials met again to discuss the border accord."
NOW = T0 + timedelta(days=1, hours=2)


@pytest.fixture
def opined(sqlite_url, monkeypatch):
    """The seeded market (rules: likely-yes) with a disagreeing, verified second opinion."""
    srv = ChatServer().start()
    monkeypatch.setenv("RESOLVER_TEST_LLM_KEY", "sk-web-test-secret")
    settings = Settings(adjudicator=AdjudicatorSettings(base_url=srv.base_url, model="test-model", when="always",
                                                        api_key_env="RESOLVER_TEST_LLM_KEY", timeout_s=2))
    a = seeded_app(sqlite_url, settings)
    ids = {url: i for i, url in a.evidence_ids("accord").items()}
    xss = ids["https://x.example/xss"]
    srv.then(ok(answer("likely-no", 0.7, [(xss, QUOTE, "they are still only meeting")])))
    results = a.evaluate(NOW, now=NOW)
    (rep,) = make_adjudicator(a).after_evaluation(results, NOW, NOW)
    assert rep.status == "ok" and rep.disagrees
    yield a, xss
    srv.stop()
    a.engine.dispose()


def test_page_api_and_export_show_the_opinion_beside_the_verdict(opined):
    a, xss = opined
    client = TestClient(create_app(a, "ann", now=lambda: NOW))
    page = client.get("/markets/accord").text
    assert 'id="suggestion-market">likely-yes<' in page
    assert 'id="opinion-verdict-market">likely-no<' in page and "disagrees with the rules (likely-yes)" in page
    assert f'<mark class="opinion">{QUOTE}</mark>' in page
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page  # hostile text still escaped
    assert "second opinion disagrees: test-model says likely-no, the rules likely-yes" in client.get("/").text
    data = client.get("/api/markets/accord").json()
    assert data["outcomes"][0]["suggestion"]["verdict"] == "likely-yes"
    assert data["outcomes"][0]["second_opinion"]["opinion"]["citations"][0]["article_id"] == xss
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert rows[0]["verdict"] == "likely-yes" and rows[0]["second_opinion"] == "likely-no"
    assert rows[0]["second_opinion_model"] == "test-model"
    assert "sk-web-test-secret" not in page + client.get("/api/markets/accord").text


browser_only = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed")


@browser_only
def test_second_opinion_in_chromium(opined):
    from playwright.sync_api import sync_playwright

    a, _ = opined
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(a, "ann", now=lambda: NOW), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            try:
                page = browser.new_page(viewport={"width": 1200, "height": 1400})
                page.goto(f"http://127.0.0.1:{port}/")
                assert "second opinion disagrees" in page.inner_text("#queue")
                page.goto(f"http://127.0.0.1:{port}/markets/accord")
                assert page.inner_text("#suggestion-market") == "likely-yes"
                assert page.inner_text("#opinion-verdict-market") == "likely-no"
                marks = page.locator("mark.opinion").all_inner_texts()
                assert marks == [QUOTE]
                color = page.locator("mark.opinion").evaluate("m => getComputedStyle(m).backgroundColor")
                assert color == "rgb(207, 227, 255)"
                assert page.evaluate("window.__pwned === undefined")
                page.screenshot(path=str(ARTIFACTS / "second-opinion-market-page.png"), full_page=True)
            finally:
                browser.close()
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
    assert (ARTIFACTS / "second-opinion-market-page.png").stat().st_size > 10_000
