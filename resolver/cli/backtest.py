"""`resolver backtest`: evaluate labelled cases (and, with --adjudicator, compare the rules with
the model's second opinion)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..terminal import SafeTable
from .common import ConfigOpt, JsonOpt, _lazy, app, err, handle_errors, load_settings, out, print_json, progress_bar

run_backtest = _lazy("..backtest", "backtest")


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.1%}"


@app.command("backtest")
@handle_errors
def backtest(file: Path = typer.Argument(..., help="Cases in the shared eval format."),
             adjudicator: bool = typer.Option(False, "--adjudicator", help="Also ask the [adjudicator] model: rules "
                                              "alone, model alone and the combination side by side."),
             through_store: bool = typer.Option(False, "--through-store", help="Run each case through its own "
                                                "in-memory database (import, attach, evaluate: production's path) "
                                                "instead of the engine directly; the same report, slower."),
             config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Evaluate labelled cases with the engine (each case's evidence as a fresh store keeps it);
    print accuracy, decisive precision, coverage, the reliability table and the misses."""
    if adjudicator:
        backtest_adjudicator(file, load_settings(config), as_json)
        return
    with progress_bar("backtest cases", as_json) as progress:
        report = run_backtest(file, load_settings(config), progress, through_store=through_store)
    try:
        _print_report(report, as_json)
    finally:
        for e in report["errors"]:  # after the report; the exit code tells a script
            err.print(f"error: case {e['id']}: the engine failed ({e['error']}); counted wrong", markup=False)
    if report["errors"]:
        raise typer.Exit(1)


def _print_report(report: dict, as_json: bool) -> None:
    if as_json:
        print_json({k: v for k, v in report.items()} | {
            "results": [{k: r[k] for k in ("id", "expected", "got", "correct", "score", "confidence", "status", "known_at",
                                           "reasoning")}
                        for r in report["results"]]})
        return
    out.print(f"cases: {report['cases']}  correct: {report['correct']}  accuracy: {report['accuracy']:.1%}  "
              f"wrong direction: {report['wrong_direction']}", markup=False)
    out.print(f"decisive precision: {report['decisive_right']}/{report['decisive']} = {_pct(report['decisive_precision'])}  "
              f"coverage: {report['covered']}/{report['labelled_decisive']} = {_pct(report['coverage'])}", markup=False)
    rel = SafeTable(title="reliability (decisive verdicts by confidence band)")
    for col in ("confidence", "decisive", "right", "precision"):
        rel.add_column(col, justify="right")
    for row in report["reliability"]:
        rel.add_row(row["band"], str(row["decisive"]), str(row["right"]), _pct(row["precision"]))
    out.print(rel)
    table = SafeTable(title="confusion (rows: expected, columns: got)")
    table.add_column("expected \\ got")
    labels = list(report["confusion"])
    for label in labels:
        table.add_column(label, justify="right")
    for exp in labels:
        table.add_row(exp, *[str(report["confusion"][exp][g]) for g in labels])
    out.print(table)
    misses = [r for r in report["results"] if not r["correct"]]
    for r in misses:
        out.print(f"\nMISS {r['id']}: expected {r['expected']}, got {r['got']}", markup=False)
        out.print(r["reasoning_text"], markup=False)


def backtest_adjudicator(file: Path, settings, as_json: bool) -> None:
    from ..adjudicate import backtest as adj_backtest
    from ..backtest import load_cases

    report = adj_backtest.run(file, settings, load_cases(file, settings))
    if as_json:
        print_json(report)
        return
    table = SafeTable(title=f"{report['cases']} cases; second opinion from {report['model']} (when = {report['when']})")
    table.add_column("")
    for c in adj_backtest.COLUMNS:
        table.add_column({"rules": "rules alone", "model": "model alone", "combined": "combination"}[c], justify="right")

    def pct(v) -> str:
        return "-" if v is None else f"{v:.1%}"

    cols = [report["columns"][c] for c in adj_backtest.COLUMNS]
    table.add_row("accuracy", *[f"{pct(c['accuracy'])} ({c['correct']})" for c in cols])
    table.add_row("wrong direction", *[str(c["wrong_direction"]) for c in cols])
    table.add_row("decisive precision", *[f"{pct(c['decisive_precision'])} of {c['decisive']}" for c in cols])
    table.add_row("coverage", *[pct(c["coverage"]) for c in cols])
    out.print(table)
    out.print(f"model calls: {report['calls']}, tokens: {report['input_tokens']} prompt + {report['output_tokens']} "
              f"completion, cost {report['cost']:.4f}"
              + ("; " + ", ".join(f"{k}: {v}" for k, v in sorted(report["problems"].items())) if report["problems"] else ""),
              markup=False)
    for r in report["results"]:
        if r["opinion"] != "ok" or len({r["expected"], r["rules"], r["model"]}) > 1:
            out.print(f"  {r['id']}: expected {r['expected']}, rules {r['rules']}, model {r['model']}, "
                      f"combined {r['combined']} — {r['opinion_line']}", markup=False)
