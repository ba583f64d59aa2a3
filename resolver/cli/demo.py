"""`resolver demo`: load the bundled sample markets and articles, evaluate and explain."""

from __future__ import annotations

from importlib import resources
from typing import Optional

import typer

from .common import (ConfigOpt, app, handle_errors, label, load_articles, load_markets, open_app, out,
                     reasoning_text, resolve_as_of, verdict_table)


@app.command("demo")
@handle_errors
def demo(db: Optional[str] = typer.Option("sqlite:///demo.db", "--db", help="Database for the demo."),
         as_of: str = typer.Option("2025-11-26T18:00:00+00:00", "--as-of", help="The demo's evaluation time."),
         config: Optional[str] = ConfigOpt) -> None:
    """Load the bundled sample markets and articles, evaluate, print verdicts and reasoning."""
    a = open_app(db, config)
    data = resources.files("resolver") / "data"
    with resources.as_file(data / "sample_markets.json") as mpath, resources.as_file(data / "sample_articles.jsonl") as apath:
        markets = load_markets(mpath, a.settings.ingest.max_file_bytes)
        articles = load_articles(apath, a.settings.ingest.max_file_bytes, a.settings.ingest.max_article_bytes)
    when = resolve_as_of(as_of)
    m = a.import_markets(markets, now=when)
    r = a.import_articles(articles, now=when)
    out.print(f"database: {a.engine.url.render_as_string(hide_password=True)}", markup=False)
    out.print(f"markets: {m['new']} new, {m['updated']} updated, {m['unchanged']} unchanged; "
              f"articles: {r.new} new, {r.duplicate} duplicate; {r.attached} new market links", markup=False)
    results = a.evaluate(when, now=when)
    by_id = {mk.id: mk for mk in markets}
    out.print(verdict_table([(label(x.market_id, x.verdict.outcome), by_id[x.market_id].deadline.isoformat(),
                              x.verdict.verdict, x.verdict.status, x.verdict.score, by_id[x.market_id].question)
                             for x in results]))
    for x in results:
        out.print("\n" + reasoning_text(x.verdict), markup=False)
