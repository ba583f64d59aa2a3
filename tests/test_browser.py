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
