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
