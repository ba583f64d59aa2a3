"""`resolver evidence`: import news articles and attach them to the markets they bear on."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import (ConfigOpt, DbOpt, JsonOpt, _typer, handle_errors, load_articles, market_and_outcome, now_utc,
                     open_app, out, print_json, progress_bar)

evidence_app = _typer(help="Import evidence (news articles).", no_args_is_help=True)


@evidence_app.command("import")
@handle_errors
def evidence_import(
    file: Path = typer.Argument(..., help="JSON list or JSONL of articles: url, title, published, text, optional source."),
    market_id: Optional[str] = typer.Option(None, "--market", help="Attach every article to this market (manual) instead of matching."),
    tz: Optional[str] = typer.Option(None, "--tz", help="IANA zone for publication times given without offset."),
    db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt,
) -> None:
    """Store articles once each and attach them to the markets they bear on."""
    a = open_app(db, config)
    if market_id:
        market_id = market_and_outcome(a, market_id)[0]
    articles = load_articles(file, a.settings.ingest.max_file_bytes, a.settings.ingest.max_article_bytes, tz)
    with progress_bar("matching articles", as_json or len(articles) < 200) as progress:
        report = a.import_articles(articles, now_utc(), market_id, progress)
    if as_json:
        print_json({"new": report.new, "duplicate": report.duplicate, "attached": report.attached,
                    "articles": report.details})
    else:
        out.print(f"articles: {report.new} new, {report.duplicate} duplicate (already stored); "
                  f"{report.attached} new market links", markup=False)
