"""Shared data for the web tests: a market with a hostile article (HTML and script in its
title and text) and a benign one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from resolver.config import Settings
from resolver.engine import Article, Market
from resolver.services import App

T0 = datetime(2030, 3, 1, 12, tzinfo=timezone.utc)
MARKET = Market(id="accord", question="Will Northland and Southland sign a border accord by December 31, 2030?",
                deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc), criteria="A signature is required.")
XSS_TITLE = "<script>window.__pwned = 1</script><b>Northland</b> & Southland talks"
XSS_TEXT = ("Northland and Southland officials met again to discuss the border accord. "
            "<img src=x onerror=\"window.__pwned=2\"> <script>alert('x')</script>")
SIGNED = Article(url="https://x.example/signed", title="Northland and Southland sign border accord", source="x.example",
                 published=T0 + timedelta(days=1),
                 text="Northland and Southland signed a border accord in Geneva on Monday, both governments said.")


def seeded_app(db_url: str, settings: Settings | None = None) -> App:
    a = App(db_url, settings or Settings())
    a.import_markets([MARKET], T0)
    a.import_articles([Article(url="https://x.example/xss", title=XSS_TITLE, text=XSS_TEXT, source="x.example",
                               published=T0), SIGNED], T0 + timedelta(days=1))
    a.evaluate(T0 + timedelta(days=1, hours=1), now=T0 + timedelta(days=1, hours=1))
    return a


# Hostile data (issue 11): link schemes that run script, a stored market id from before ids were
# validated, markup in every text field. Stored below the import checks (straight through the
# repository and SQL), as a database written by an older version or another tool could hold them.
HOSTILE_ID = "Odd <id> ?x#y&z=1"
HOSTILE_URLS = ["javascript://x/%0Aalert(1)", "JaVaScRiPt:window.__pwned=3", " javascript:window.__pwned=4",
                "java\tscript:window.__pwned=5", "data:text/html,<script>alert(6)</script>", "vbscript:msgbox(7)",
                "//evil.example/proto-relative", "https://ok.example/a?b=<c>\"d'e"]
HOSTILE_VENUE_URL = "javascript:fetch('/api/markets/accord/decisions',{method:'POST'})"
HOSTILE_TEXT = "\"><script>window.__pwned=9</script><img src=x onerror=window.__pwned=10>"


def hostile_app(db_url: str, settings: Settings | None = None) -> App:
    """The seeded app plus a market whose every link is hostile."""
    import sqlalchemy as sa

    from resolver.store import repo
    from resolver.store.db import session_scope
    from resolver.store.models import VenueMarketRow

    a = seeded_app(db_url, settings)
    market = Market(id=HOSTILE_ID, question=f"Will Northland sign the accord by December 31, 2030? {HOSTILE_TEXT}",
                    deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
                    criteria=f"A signature is required. {HOSTILE_TEXT}")
    with session_scope(a.engine) as s:
        repo.upsert_market(s, market, T0)
    arts = [Article(url=f"https://x.example/hostile-{k}", title=f"Northland signs accord {k} {HOSTILE_TEXT}", source="x.example",
                    published=T0 + timedelta(hours=k + 1),
                    text=f"Northland and Southland signed the border accord in Geneva, officials said. {HOSTILE_TEXT}")
            for k in range(len(HOSTILE_URLS))]
    a.import_articles(arts, T0 + timedelta(days=1), HOSTILE_ID)
    with session_scope(a.engine) as s:
        s.add(VenueMarketRow(market_id=HOSTILE_ID, venue="manifold", venue_id="hostile", url=HOSTILE_VENUE_URL,
                             notes=[f"note {HOSTILE_TEXT}"], raw={}, imported_at=T0, updated_at=T0))
    with a.engine.begin() as conn:
        for k, url in enumerate(HOSTILE_URLS):
            conn.execute(sa.text("UPDATE articles SET url = :u WHERE url = :o"), {"u": url, "o": f"https://x.example/hostile-{k}"})
    a.evaluate(T0 + timedelta(days=1, hours=2), HOSTILE_ID, now=T0 + timedelta(days=1, hours=2))
    return a
