"""Data for the review-page tests of the analyst's experience: a yes/no market whose article has
paragraphs, and a who-wins market with venue prices over time, a winner's article and a
withdrawal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from resolver.config import ReviewSettings, Settings
from resolver.engine import Article, Market
from resolver.services import App
from resolver.store import repo
from resolver.store.db import session_scope
from tests.webfixtures import MARKET, SIGNED, T0

NOW = T0 + timedelta(days=2)  # the page's clock: two days after the evidence
WHO = Market(id="lisbon-mayor-2030", question="Who will win the 2030 Lisbon mayoral election?",
             deadline=datetime(2030, 3, 8, 23, 59, 59, tzinfo=timezone(timedelta(hours=0))),
             criteria="Resolves to the candidate declared winner by the national elections commission.",
             outcomes=["Marta Sousa", "Rui Costa", "Ana Lima"])
TALKS = Article(url="https://y.example/talks", title="Border talks resume", source="y.example",
                published=T0 - timedelta(days=2),
                text="Northland and Southland negotiators met again on Tuesday.\n\n"
                     "A second round is planned. Officials said a border accord could be signed within weeks.")
WIN = Article(url="https://z.example/win", title="Marta Sousa wins Lisbon mayoral election", source="z.example",
              published=T0 + timedelta(hours=3),
              text="Marta Sousa won the Lisbon mayoral election on Sunday, the national elections commission said.")
WITHDRAW = Article(url="https://z.example/withdraw", title="Rui Costa withdraws from Lisbon mayoral race",
                   source="z.example", published=T0 - timedelta(days=1),
                   text="Rui Costa withdrew from the Lisbon mayoral election on Friday and endorsed Marta Sousa.")


def seeded_ux_app(db_url: str, analyst: str | None = None) -> App:
    settings = Settings(review=ReviewSettings(analyst=analyst)) if analyst else Settings()
    a = App(db_url, settings)
    a.import_markets([MARKET, WHO], T0 - timedelta(days=3))
    a.import_articles([TALKS], T0 - timedelta(days=2))
    a.evaluate(T0 - timedelta(days=2), now=T0 - timedelta(days=2))
    a.import_articles([WITHDRAW], T0 - timedelta(days=1))
    a.evaluate(T0 - timedelta(days=1), now=T0 - timedelta(days=1))
    a.import_articles([SIGNED, WIN], T0 + timedelta(days=1))
    a.evaluate(T0 + timedelta(days=1, hours=1), now=T0 + timedelta(days=1, hours=1))
    with session_scope(a.engine) as s:
        for k, (marta, rui, ana) in enumerate([(0.45, 0.35, 0.2), (0.6, 0.1, 0.3), (0.97, 0.01, 0.02)]):
            at = T0 - timedelta(days=2 - k)
            repo.add_price(s, WHO.id, "marta-sousa", marta, "polymarket", at)
            repo.add_price(s, WHO.id, "rui-costa", rui, "polymarket", at)
            repo.add_price(s, WHO.id, "ana-lima", ana, "polymarket", at)
        repo.add_price(s, MARKET.id, "", 0.05, "polymarket", T0 + timedelta(days=1))  # disagrees with likely-yes
    return a
