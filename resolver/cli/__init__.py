"""The `resolver` command line: a thin layer over resolver.services.

Exit codes: 0 success, 1 failure (e.g. database unreachable), 2 bad usage or bad input.

One module per command group (markets, evidence, review, rules, sources and polling, webhooks,
db) or top-level command (adjudicate, serve, evaluate, export, backtest, demo); what they share
(the root app, consoles, options, error handling, the lazy-import helper) is in common. A module
imports what a command needs when the command runs, so `resolver --help` and `resolver market
list` start fast."""

from __future__ import annotations

from .common import app

# Importing a module registers its commands. `resolver --help` lists the top-level commands in
# the order they were registered, so the first line's order is the help's: keep it (no sorting).
from . import adjudicate, sources, serve, evaluate, export, backtest, demo  # noqa: E402, F401, I001
from . import db, evidence, markets, review, rules, webhooks  # noqa: E402

# The command groups, in the order `resolver --help` lists them.
app.add_typer(db.db_app, name="db")
app.add_typer(markets.market_app, name="market")
app.add_typer(evidence.evidence_app, name="evidence")
app.add_typer(sources.source_app, name="source")
app.add_typer(review.review_app, name="review")
app.add_typer(webhooks.webhooks_app, name="webhooks")
app.add_typer(rules.rules_app, name="rules")

__all__ = ["app", "main"]


def main() -> None:
    """Console entry point."""
    app()
