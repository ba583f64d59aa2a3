"""`resolver evaluate`: evaluate markets and record changed verdicts."""

from __future__ import annotations

from typing import Optional

import typer

from .adjudicate import second_opinions_after
from .common import (AsOfOpt, ConfigOpt, DbOpt, JsonOpt, app, deliver_quietly, err, handle_errors, label,
                     market_and_outcome, now_utc, open_app, out, print_json, progress_bar, reasoning_text,
                     resolve_as_of, verdict_table)


@app.command("evaluate")
@handle_errors
def evaluate(market_id: Optional[str] = typer.Option(None, "--market", help="Only this market."),
             as_of: Optional[str] = AsOfOpt, db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
             as_json: bool = JsonOpt, explain: bool = typer.Option(False, "--explain", help="Print the reasoning too.")) -> None:
    """Evaluate markets and record changed verdicts in the history."""
    a = open_app(db, config)
    only = ""
    if market_id:
        market_id, only = market_and_outcome(a, market_id)
    when = resolve_as_of(as_of)
    failures: list[tuple[str, str]] = []
    with progress_bar("evaluating markets", as_json) as progress:
        results = [r for r in a.evaluate(when, market_id, now=now_utc(), progress=progress, failures=failures)
                   if not only or r.verdict.outcome == only]
    try:
        _report(a, results, when, as_json, explain)
    finally:
        for failed, why in failures:  # after the others' results; the exit code tells a script
            err.print(f"error: market {failed}: the engine failed ({why}); its last verdict stands", markup=False)
    if failures:
        raise typer.Exit(1)


def _report(a, results, when, as_json: bool, explain: bool) -> None:
    if as_json:
        print_json([{"id": r.market_id, "outcome": r.verdict.outcome, "verdict": r.verdict.verdict, "previous": r.previous, "recorded": r.recorded,
                     "score": r.verdict.score, "status": r.verdict.status,
                     "known_at": r.verdict.known_at.isoformat() if r.verdict.known_at else None,
                     "reasoning": r.verdict.model_dump(mode="json", include={"summary", "contributions"})}
                    for r in results])
        second_opinions_after(a, results, when, err)
        return
    markets = {m.id: m for m in a.markets()}
    out.print(verdict_table([(label(r.market_id, r.verdict.outcome), markets[r.market_id].deadline.isoformat(),
                              r.verdict.verdict, r.verdict.status, r.verdict.score, markets[r.market_id].question)
                             for r in results]))
    changed = sum(r.recorded for r in results)
    out.print(f"as of {when.isoformat()}: {len(results)} evaluated, {changed} recorded (new or changed)", markup=False)
    second_opinions_after(a, results, when, out)
    deliver_quietly(a)
    if explain:
        for r in results:
            out.print("\n" + reasoning_text(r.verdict), markup=False)
