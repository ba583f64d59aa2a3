"""`resolver backtest FILE --adjudicator`: the same labelled cases through the rules, through
the model (the same prompt, verification and storage as production, in each case's own
in-memory database) and through the combination, side by side.

The combination is what an analyst would get by taking a verified second opinion where
`when` selects it: the model's decisive verdict where the rules are undetermined; undetermined
where both are decisive and disagree; the rules verdict otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..backtest import CaseDatabase, case_app, decisive_figures, stored_verdict
from ..config import Settings
from ..errors import BadInput
from ..store import opinions_repo
from .client import OpenAICompatible
from .model import ChatModel
from .runner import Adjudicator, selects
from .schema import DECISIVE

COLUMNS = ("rules", "model", "combined")


class SharedBudget:
    """One day's call budget across all cases (each case has its own database)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0
        self._held = 0

    def reserve(self, session, now, want: int, **values):
        """The pending row in the case's database, holding a grant from the shared count."""
        self._held = max(0, min(want, self.limit - self.used))
        self.used += self._held
        row = opinions_repo.add(session, **values, status="pending", calls=self._held, created_at=now)
        return row

    def spent(self, calls: int) -> None:
        self.used += calls - self._held  # give back what the call did not use
        self._held = 0


def combine(rules: str, model: str | None, selected: bool) -> str:
    if not selected or model not in DECISIVE:
        return rules
    if rules == "undetermined":
        return model
    return rules if model == rules else "undetermined"


def figures(results: list[dict[str, Any]], column: str) -> dict[str, Any]:
    """Accuracy and wrong direction of one column, with the backtest's decisive precision,
    coverage and reliability table (resolver.backtest.decisive_figures)."""
    rows = [{"expected": r["expected"], "got": r[column], "confidence": r.get(f"{column}_confidence") or 0.0}
            for r in results]
    n = len(rows)
    correct = sum(r["got"] == r["expected"] for r in rows)
    return {"cases": n, "correct": correct, "accuracy": round(correct / n, 4) if n else 0.0,
            "wrong_direction": sum({r["expected"], r["got"]} == set(DECISIVE) for r in rows),
            **decisive_figures(rows)}


def run(path: Path, settings: Settings, cases: list[dict[str, Any]], model: ChatModel | None = None) -> dict[str, Any]:
    adj = settings.adjudicator
    if adj is None:
        raise BadInput("--adjudicator needs an [adjudicator] section in the config (see README)")
    model = model or OpenAICompatible(adj)
    budget = SharedBudget(adj.max_calls_per_day)
    results, calls, tin, tout, cost = [], 0, 0, 0, 0.0
    problems: dict[str, int] = {}
    with CaseDatabase() as db:
        for n, case in enumerate(cases, 1):
            with case_app(case, n, settings, db) as (app, market, as_of):
                verdict = stored_verdict(app, market, as_of)
                report = Adjudicator(app, adj, model, budget).opine(verdict, as_of, as_of)
            calls += report.calls
            tin += report.input_tokens or 0
            tout += report.output_tokens or 0
            cost += report.cost or 0.0
            if report.status in ("failed", "dropped", "skipped"):
                key = report.status if report.status != "failed" else f"failed: {(report.reason or '').split(':')[0]}"
                problems[key] = problems.get(key, 0) + 1
            said = report.verdict if report.status == "ok" else "undetermined"
            results.append({
                "id": case.get("id", f"case-{n}"), "expected": case["expected"], "rules": verdict.verdict,
                "rules_confidence": verdict.confidence, "model": said, "model_confidence": report.confidence,
                "combined": combine(verdict.verdict, said, selects(adj.when, verdict)), "opinion": report.status,
                "opinion_line": report.line(),
            })
    return {"cases": len(results), "when": adj.when, "model": adj.model,
            "columns": {c: figures(results, c) for c in COLUMNS},
            "calls": calls, "input_tokens": tin, "output_tokens": tout, "cost": round(cost, 6),
            "problems": problems, "results": results}
