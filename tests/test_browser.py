"""The review page in real headless Chromium (Debian's package, driven by Playwright with
executable_path set), against a uvicorn server on 127.0.0.1 started by the test: override a
verdict through the form, check the export, check that hostile article HTML stays inert, and
keep a screenshot in test-artifacts/."""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from resolver.web.app import create_app
from tests.webfixtures import T0, seeded_app

CHROMIUM = os.environ.get("RESOLVER_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
if not CHROMIUM and os.environ.get("RESOLVER_REQUIRE_BROWSER"):
    raise RuntimeError("RESOLVER_REQUIRE_BROWSER is set but no chromium was found")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (.ci/run installs it)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(sqlite_url):
    a = seeded_app(sqlite_url)
    port = free_port()
    config = uvicorn.Config(create_app(a, "browser-analyst", now=lambda: T0.replace(day=3)), host="127.0.0.1",
                            port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", a
    srv.should_exit = True
    thread.join(timeout=10)
    a.engine.dispose()


def test_override_through_the_page_and_export(server):
    from playwright.sync_api import sync_playwright

    base, a = server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1400})
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(base + "/")
            assert page.locator("#queue").inner_text().count("accord") >= 1
            page.click("text=accord")
            page.wait_for_selector("#question")
            assert page.inner_text("#suggestion-market") == "likely-yes"
            # hostile article HTML is shown as text and never runs
            assert "<script>window.__pwned = 1</script>" in page.content().replace("&lt;", "<").replace("&gt;", ">")
            assert page.evaluate("window.__pwned === undefined") and dialogs == []
            page.select_option("#action", "override")
            page.select_option("#target", "likely-no")
            page.fill("#note", "Our desk confirmed the signing was postponed.")
            page.click("#submit")
            page.wait_for_selector("#final-market")
            assert page.inner_text("#final-market") == "likely-no"
            assert "override by browser-analyst" in page.inner_text("body")
            page.screenshot(path=str(ARTIFACTS / "review-market-page.png"), full_page=True)
            with page.expect_download() as dl:
                page.click("text=CSV")
            rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text())))
            assert rows[0]["final_verdict"] == "likely-no" and rows[0]["verdict"] == "likely-yes"
            assert rows[0]["decision"] == "override" and rows[0]["analyst"] == "browser-analyst"
            page.goto(base + "/")
            assert "The queue is empty" in page.inner_text("body")
            page.screenshot(path=str(ARTIFACTS / "review-queue-empty.png"))
        finally:
            browser.close()
    assert (ARTIFACTS / "review-market-page.png").stat().st_size > 10_000


@pytest.fixture
def hostile_server(sqlite_url):
    from tests.webfixtures import hostile_app

    a = hostile_app(sqlite_url)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(a, "browser-analyst", now=lambda: T0.replace(day=3)),
                                        host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", a
    srv.should_exit = True
    thread.join(timeout=10)
    a.engine.dispose()


def test_clicking_every_link_on_hostile_pages_runs_no_script(hostile_server):
    """A market built from hostile data (javascript:, data:, vbscript: and scheme-relative
    article and venue URLs, script in every text field, an id with reserved characters): every
    link on its page, the market list and the queue is clicked; no dialog opens, no script sets
    the sentinel, no decision is recorded. Requests to any host but the test server get a
    plain-text stand-in from the test (nothing leaves the machine)."""
    from urllib.parse import quote

    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from tests.webfixtures import HOSTILE_ID

    base, a = hostile_server
    pages = [f"/markets/{quote(HOSTILE_ID, safe='')}", "/markets", "/", "/markets/accord"]
    clicked: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            context = browser.new_context(accept_downloads=True)
            # other hosts never see a request: they get a stand-in page (no script) from here
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else
                          route.fulfill(status=200, content_type="text/plain", body="another host"))
            def open_(tab, path):
                """Load a page of the test server; retried when a late navigation started by the
                previous click interrupts it."""
                for attempt in range(4):
                    try:
                        return tab.goto(base + path)
                    except PlaywrightError:
                        if attempt == 3:
                            raise
                        tab.wait_for_timeout(300)

            dialogs: list[str] = []
            context.on("page", lambda new: new.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss())))
            page = context.new_page()
            for path in pages:
                open_(page, path)
                assert page.locator("#question, #markets, #queue").count() >= 1, path
                n = page.locator("a").count()
                assert n >= 6, (path, n)
                for k in range(n):
                    open_(page, path)
                    link = page.locator("a").nth(k)
                    clicked.append(f"{path} → {link.get_attribute('href')}")
                    try:
                        link.click(no_wait_after=True, timeout=5000)
                        page.wait_for_timeout(150)
                        page.wait_for_load_state(timeout=10000)
                    except PlaywrightError:
                        pass  # a navigation cut short by the next step
                    try:
                        pwned = page.evaluate("window.__pwned")
                    except PlaywrightError:
                        pwned = None  # a page being replaced: checked again on the next click
                    assert pwned is None and dialogs == [], (clicked[-1], pwned, dialogs)
            hostile_page = open_(page, pages[0])
            assert hostile_page.status == 200 and "javascript://x/%0Aalert(1)" in page.inner_text("body")
        finally:
            browser.close()
    assert dialogs == [] and len(clicked) >= 30
    assert [e for m in ("accord", HOSTILE_ID) for e in a.timeline(m) if e["kind"] == "decision"] == []
