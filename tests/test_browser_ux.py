"""The review page as an analyst sees it, in real headless Chromium (Debian's package through
Playwright, as tests/test_browser.py): the queue's counts and keyboard review, a yes/no
market (as-of and age beside the verdict, readable local times with the ISO form on hover,
paragraphs, the SVG timeline, history sentences, a form that keeps what was typed), a who-wins
market (a table of outcomes, then one form with an outcome picker) and the HTML 404 page.
Screenshots are kept in test-artifacts/: queue.png, market-yes-no.png, market-who-wins.png,
not-found.png."""

from __future__ import annotations

import threading
import time

import pytest
import uvicorn

from resolver.web.app import create_app
from tests.test_browser import ARTIFACTS, CHROMIUM, free_port
from tests.webfixtures_ux import NOW, seeded_ux_app

pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed (.ci/run installs it)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def serve(a, analyst: str):
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(a, analyst, now=lambda: NOW), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    return srv, thread, f"http://127.0.0.1:{port}"


@pytest.fixture
def site(sqlite_url):
    """A server with no analyst name configured (the form's field starts empty and required)."""
    a = seeded_ux_app(sqlite_url)
    srv, thread, base = serve(a, "")
    yield base, a
    srv.should_exit = True
    thread.join(timeout=10)
    a.engine.dispose()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def new_page(browser, tz: str = "America/New_York"):
    context = browser.new_context(viewport={"width": 1200, "height": 1000}, timezone_id=tz, locale="en-GB")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # a sub-resource (script, icon) that fails to load; the 404 page's own status is expected
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and r.request.resource_type != "document" else None)
    return page, errors


def test_queue_counts_and_keyboard_review(site, browser):
    base, _ = site
    page, errors = new_page(browser)
    page.goto(base + "/")
    counts = page.inner_text("#queue-counts")
    rows = page.locator("#queue tr[data-key-row]")
    n = rows.count()
    assert n == 4  # accord + three outcomes
    verdicts = [page.locator("#queue tr[data-key-row]").nth(k).locator("td").nth(2).inner_text().split()[0]
                for k in range(n)]
    for v in ("likely-yes", "likely-no", "undetermined"):
        assert f"{verdicts.count(v)} {v}" in counts
    assert "3 deadlines in the next 7 days" in counts  # the three outcomes of the who-wins market
    assert "1 price disagreement" in counts and "price disagrees" in page.inner_text("#queue")
    assert page.is_visible("#key-hint") and "j/k move" in page.inner_text("#key-hint")
    assert "as of" in page.inner_text("#queue") and "ago" in page.inner_text("#queue")
    page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)
    page.keyboard.press("j")
    page.keyboard.press("j")
    selected = page.locator("#queue tr.selected")
    assert selected.count() == 1 and selected.get_attribute("data-href") == rows.nth(1).get_attribute("data-href")
    page.keyboard.press("k")
    assert page.locator("#queue tr.selected").get_attribute("data-href") == rows.nth(0).get_attribute("data-href")
    first = rows.nth(0).get_attribute("data-href")
    page.keyboard.press("Enter")  # opens the selected market
    page.wait_for_selector("#decide")
    assert page.url == base + first and page.input_value("#action") == ""
    page.go_back()
    page.wait_for_selector("#queue")
    page.keyboard.press("j")
    page.keyboard.press("j")
    target = rows.nth(1).get_attribute("data-href")
    page.keyboard.press("o")
    page.wait_for_selector("#decide")
    assert page.url.startswith(base + target.split("?")[0])
    assert page.input_value("#action") == "override"
    assert errors == []


def test_yes_no_market_page(site, browser):
    base, a = site
    page, errors = new_page(browser)
    page.goto(base + "/markets/accord")
    head = page.inner_text("#asof-market")
    assert "as of" in head and "23 h ago" in head  # evaluated at T0+1d 1h, page clock T0+2d
    # readable local times, ISO on hover: the deadline 2030-12-31 23:59:59 UTC in New York
    deadline = page.locator("p.meta time").first
    assert deadline.get_attribute("title") == "2030-12-31T23:59:59+00:00"
    assert "31 Dec 2030" in deadline.inner_text() and "18:59" in deadline.inner_text()
    assert "T23:59:59" not in page.inner_text("body")  # no raw ISO text on the page
    # the run-on summary paragraph is gone; the reasoning blocks stay
    v = page.inner_text("#outcome-market")
    assert "confirmation" in v
    (summary,) = [v.summary for m, _, v in a.latest() if m.id == "accord"]
    assert "evidence confirms the act" in summary and summary not in page.inner_text("body")
    # paragraph breaks kept in article text
    assert page.locator("article.evidence .body p").count() >= 3
    # the timeline: an article mark per piece of evidence, coloured by direction, the deadline
    marks = page.locator("svg#timeline circle.article-mark")
    assert marks.count() == page.locator("article.evidence").count() == 2
    assert "yes" in [marks.nth(k).get_attribute("data-direction") for k in range(marks.count())]
    assert page.locator("svg#timeline .deadline").count() == 1
    assert page.locator("svg#timeline rect.suggestion").count() >= 2  # the suggestion changed over time
    assert page.locator("svg#timeline polyline.price").count() == 1
    # history entries are sentences
    history = page.inner_text("#history")
    assert "The engine suggested likely-yes" in history and "Rule set v1 was derived from the question" in history
    # no decision is the default, the analyst field is empty and required
    assert page.input_value("#action") == "" and page.input_value("#analyst") == ""
    assert page.get_attribute("#analyst", "required") is not None
    # an override without a note: the error, and the form keeps what was typed
    page.select_option("#action", "override")
    page.select_option("#target", "likely-no")
    page.fill("#analyst", "jane")
    page.click("#submit")
    page.wait_for_selector("#error")
    assert "needs a note" in page.inner_text("#error")
    assert (page.input_value("#action"), page.input_value("#target"), page.input_value("#analyst")) == (
        "override", "likely-no", "jane")
    page.fill("#note", "Desk call: the signing slipped.\nSecond source pending.")
    page.click("#submit")
    page.wait_for_selector("#final-market")
    assert page.inner_text("#final-market") == "likely-no"
    assert "jane overrode the suggestion to likely-no (the engine said likely-yes), noting: “Desk call" in \
        page.inner_text("#history")
    assert page.locator("svg#timeline polygon.decision").count() == 1
    assert page.input_value("#analyst") == "jane"  # remembered for the next decision
    # keyboard on the market page: a / d open the decision
    page.keyboard.press("d")
    assert page.input_value("#action") == "defer"
    page.screenshot(path=str(ARTIFACTS / "market-yes-no.png"), full_page=True)
    assert errors == []


def test_who_wins_market_page(site, browser):
    base, _ = site
    page, errors = new_page(browser, tz="Europe/Lisbon")
    page.goto(base + "/markets/lisbon-mayor-2030")
    # the summary table comes first, then one form
    table = page.locator("#outcomes")
    assert table.locator("tr[data-key-row]").count() == 3
    text = table.inner_text()
    for label in ("Marta Sousa", "Rui Costa", "Ana Lima"):
        assert label in text
    assert page.inner_text("#suggestion-marta-sousa") == "likely-yes"
    assert page.inner_text("#suggestion-rui-costa") == "likely-no"
    assert "0.97" in page.inner_text("#row-marta-sousa")
    assert page.locator("form.decide").count() == 1
    order = page.evaluate("""() => {
        const t = document.querySelector('#outcomes'), f = document.querySelector('#decide');
        return !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING); }""")
    assert order
    assert page.input_value("#outcome-picker") == ""
    # the timeline: one suggestion lane per outcome and a price line per outcome
    assert page.locator("svg#timeline polyline.price").count() == 3
    # keyboard: j/j selects the second outcome and the picker follows; a opens an accept (the
    # cursor goes to the empty analyst field); Escape leaves the field; o opens an override
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.input_value("#outcome-picker") == "rui-costa"
    assert page.get_attribute("#row-rui-costa", "class") == "selected"
    page.keyboard.press("a")
    assert page.input_value("#action") == "accept"
    assert page.evaluate("() => document.activeElement.id") == "analyst"
    page.keyboard.press("Escape")
    page.keyboard.press("o")
    assert page.input_value("#action") == "override"
    page.select_option("#target", "NO")
    page.fill("#note", "Withdrew on Friday.")
    page.fill("#analyst", "ana")
    page.click("#submit")
    page.wait_for_selector("#final-rui-costa")
    assert page.inner_text("#final-rui-costa") == "NO"
    history = page.inner_text("#history")
    assert "ana overrode the suggestion for Rui Costa to the resolution NO (the engine said likely-no), " \
           "noting: “Withdrew on Friday.”" in history
    assert "The engine suggested likely-yes for Marta Sousa" in history
    page.screenshot(path=str(ARTIFACTS / "market-who-wins.png"), full_page=True)
    assert errors == []


def test_not_found_is_an_html_page(site, browser):
    base, _ = site
    page, errors = new_page(browser)
    resp = page.goto(base + "/markets/no-such-market")
    assert resp.status == 404 and "text/html" in resp.headers["content-type"]
    assert page.inner_text("#not-found") == "Not found"
    assert "unknown market id: no-such-market" in page.inner_text("body")
    page.click("text=All markets")
    page.wait_for_selector("#markets")
    page.goto(base + "/markets/no-such-market")
    page.screenshot(path=str(ARTIFACTS / "not-found.png"), full_page=True)
    assert page.goto(base + "/no/such/page").status == 404 and page.is_visible("#not-found")
    assert page.goto(base + "/markets/lisbon-mayor-2030/nobody").status == 404
    page.goto(base + "/markets/lisbon-mayor-2030/ana-lima")  # the id form the CLI prints
    assert page.input_value("#outcome-picker") == "ana-lima" and "selected" in page.get_attribute("#row-ana-lima", "class")
    api = page.goto(base + "/api/markets/no-such-market")
    assert api.status == 404 and api.headers["content-type"].startswith("application/json")


def test_pages_carry_no_inline_script(site, browser):
    base, _ = site
    page, errors = new_page(browser)
    for path in ("/", "/markets", "/markets/accord", "/markets/lisbon-mayor-2030", "/markets/nope"):
        page.goto(base + path)
        scripts = page.locator("script")
        for k in range(scripts.count()):
            assert scripts.nth(k).get_attribute("src") == "/static/review.js"
            assert scripts.nth(k).inner_text() == ""
        assert page.evaluate("() => [...document.querySelectorAll('*')].some(e => [...e.attributes]"
                             ".some(a => a.name.startsWith('on')))") is False
    assert errors == []
