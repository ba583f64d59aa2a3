"""Backtests: evaluate labelled cases (the shared eval format) each in its own in-memory
database, through the same code path as production (import → attach → evaluate)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from .config import Settings
from .engine.types import Verdict
from .errors import BadInput
from .ingest import article_from_dict, market_from_dict, parse_time, read_text
from .render import reasoning_text
from .services import App

LABELS = ("likely-yes", "likely-no", "undetermined")


def load_cases(path: Path, settings: Settings) -> list[dict[str, Any]]:
    text = read_text(path, settings.ingest.max_file_bytes)
    try:
        cases = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(cases, list):
        raise BadInput(f"{path}: expected a list of cases")
    for n, case in enumerate(cases, 1):
        if not isinstance(case, dict):
            raise BadInput(f"{path}: case {n}: expected an object")
        for key in ("market", "evidence", "expected", "as_of"):
            if key not in case:
                raise BadInput(f"{path}: case {n}: '{key}' is missing")
        if case["expected"] not in LABELS:
            raise BadInput(f"{path}: case {n}: 'expected' must be one of {', '.join(LABELS)}")
    return cases


def run_case(case: dict[str, Any], n: int, settings: Settings) -> Verdict:
    where = f"case {case.get('id', n)}"
    market = market_from_dict({**case["market"], "id": str(case.get("id") or f"case-{n}")}, where)
    articles = [article_from_dict(a, f"{where}: evidence {k}", settings.ingest.max_article_bytes)
                for k, a in enumerate(case["evidence"], 1)]
    as_of = parse_time(case["as_of"], f"{where}: 'as_of'")
    app = App("sqlite://", settings)
    try:
        app.import_markets([market], now=as_of)
        app.import_articles(articles, now=as_of, market_id=market.id)
        return app.evaluate(as_of, market.id)[0].verdict
    finally:
        app.engine.dispose()


def backtest(path: Path, settings: Settings, progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    cases = load_cases(path, settings)
    confusion = {e: {g: 0 for g in LABELS} for e in LABELS}
    results = []
    for n, case in enumerate(cases, 1):
        if progress is not None:
            progress(n - 1, len(cases))
        v = run_case(case, n, settings)
        confusion[case["expected"]][v.verdict] += 1
        results.append({
            "id": case.get("id", f"case-{n}"), "expected": case["expected"], "got": v.verdict,
            "correct": v.verdict == case["expected"], "score": v.score, "status": v.status,
            "known_at": v.known_at.isoformat() if v.known_at else None,
            "reasoning": v.model_dump(mode="json", include={"summary", "contributions"}),
            "reasoning_text": reasoning_text(v),
        })
    correct = sum(r["correct"] for r in results)
    wrong_direction = sum(1 for r in results if {r["expected"], r["got"]} == {"likely-yes", "likely-no"})
    return {
        "cases": len(results), "correct": correct,
        "accuracy": round(correct / len(results), 4) if results else 0.0,
        "wrong_direction": wrong_direction,
        "confusion": confusion, "results": results,
    }
