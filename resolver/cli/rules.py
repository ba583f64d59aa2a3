"""`resolver rules`: inspect, tune and test a market's rule set (rules are versioned data)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ..terminal import json_for_terminal
from .common import (AsOfOpt, ConfigOpt, DbOpt, JsonOpt, OutcomeOpt, _lazy, _typer, handle_errors, label,
                     load_articles, market_and_outcome, now_utc, open_app, out, print_json, reasoning_text,
                     resolve_as_of)

rules_app = _typer(help="Inspect, tune and test a market's rule set (rules are versioned data).",
                        no_args_is_help=True)

load_rule_set = _lazy("..ingest", "load_rule_set")
mention_lines = _lazy("..engine.mention_report", "mention_lines")


@rules_app.command("show")
@handle_errors
def rules_show(market_id: str = typer.Argument(...), outcome: str = OutcomeOpt, db: Optional[str] = DbOpt,
               config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """The rule set in force (what the engine looks for and each rule's settings) and its versions."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    data = a.rules(market_id, now_utc(), outcome)
    if as_json:
        print_json(data)
        return
    out.print(f"{label(market_id, outcome or None)}: rule set version {data['version']}", markup=False)
    sys.stdout.write(json_for_terminal(json.dumps(data["rules"], indent=2, ensure_ascii=False)) + "\n")
    for h in data["history"]:
        who = f"[{h['outcome']}] " if h["outcome"] else ""
        out.print(f"  {who}v{h['version']} {h['created_at']} {h['origin']}: {h['note']}", markup=False)


@rules_app.command("set")
@handle_errors
def rules_set(market_id: str = typer.Argument(...), file: Path = typer.Argument(..., help="A rule set as JSON (see `rules show --json`)."),
              note: str = typer.Option("", "--note", help="Why the rules changed."), outcome: str = OutcomeOpt,
              db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Store a tuned rule set as a new version (validated; a bad file changes nothing)."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    rules = load_rule_set(file, a.settings.ingest.max_file_bytes)
    version = a.set_rules(market_id, rules, note, now_utc(), outcome)
    if as_json:
        print_json({"market": market_id, "outcome": outcome or None, "version": version})
    else:
        out.print(f"{label(market_id, outcome or None)}: stored rule set version {version}", markup=False)


@rules_app.command("reset")
@handle_errors
def rules_reset(market_id: str = typer.Argument(...), outcome: str = OutcomeOpt, db: Optional[str] = DbOpt,
                config: Optional[str] = ConfigOpt) -> None:
    """Store the rule set derived from the question again, as a new version."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    version = a.reset_rules(market_id, now_utc(), outcome)
    out.print(f"{label(market_id, outcome or None)}: stored derived rule set as version {version}", markup=False)


@rules_app.command("test")
@handle_errors
def rules_test(market_id: str = typer.Argument(...),
               article: Path = typer.Option(..., "--article", help="JSON/JSONL file of one or more articles."),
               rules_file: Optional[Path] = typer.Option(None, "--rules", help="Try this rule set instead of the stored one."),
               outcome: str = OutcomeOpt, as_of: Optional[str] = AsOfOpt, db: Optional[str] = DbOpt,
               config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Show which rules fire on which sentence of the given articles, and the event mentions read
    in each sentence that bears on the market (nothing is stored)."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    articles = load_articles(article, a.settings.ingest.max_file_bytes, a.settings.ingest.max_article_bytes)
    rules = load_rule_set(rules_file, a.settings.ingest.max_file_bytes) if rules_file else None
    verdict = a.test_rules(market_id, articles, resolve_as_of(as_of), outcome, rules)
    report = a.mentions(market_id, articles, outcome, rules)
    if as_json:
        print_json(verdict.model_dump(mode="json") | {"mentions": report})
    else:
        out.print(reasoning_text(verdict), markup=False)
        out.print("\n".join(mention_lines(report)), markup=False)
