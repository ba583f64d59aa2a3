"""The one-index matcher agrees with the per-market relevance score, and the index follows
market changes."""

import json
from datetime import datetime, timezone
from pathlib import Path

from resolver.config import Settings
from resolver.engine import Article, Market
from resolver.engine.match import MatchIndex, match_terms, matching_context, relevance
from resolver.services import App

DATA = Path(__file__).parent / "data"


def _cases():
    for path in sorted(DATA.glob("dev_cases*.json")):
        yield from json.loads(path.read_text())


def test_index_scores_equal_relevance_on_every_dev_case():
    cases = list(_cases())
    markets = [Market(id=c["id"], **c["market"]) for c in cases]
    index = MatchIndex(match_terms(m) for m in markets)
    contexts = {m.id: matching_context(m) for m in markets}
    checked = 0
    for c in cases:
        for e in c["evidence"]:
            art = Article(**e)
            from_index = dict(index.candidates(art.title, art.text))
            for mid, ctx in contexts.items():
                direct = relevance(ctx, art.title, art.text)
                if direct.score >= 2.0 or mid in from_index:
                    assert mid in from_index and from_index[mid].score == direct.score, (c["id"], mid)
                    checked += 1
    assert checked > 120


def test_index_is_rebuilt_when_markets_change(sqlite_url):
    a = App(sqlite_url, Settings())
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    art = Article(url="https://x.example/1", title="Valoria and Estland sign trade pact", published=now,
                  text="Valoria and Estland signed a trade pact on Monday.", source="x.example")
    a.import_markets([Market(id="m1", question="Will Northland sign a deal by 2031-01-01?",
                             deadline=datetime(2031, 1, 1, tzinfo=timezone.utc), criteria="c")], now)
    assert a.import_articles([art], now).attached == 0
    a.import_markets([Market(id="m2", question="Will Valoria and Estland sign a trade pact by December 31, 2030?",
                             deadline=datetime(2030, 12, 31, tzinfo=timezone.utc), criteria="c")], now)
    again = a.import_articles([art], now)
    assert (again.duplicate, again.attached) == (1, 1)  # an old article attaches to a new market
    a.engine.dispose()
