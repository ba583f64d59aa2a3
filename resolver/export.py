"""Verdict exports: one row per market in CSV, JSON or JSONL."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .engine.types import Market, Verdict
from .render import short_reason

FORMATS = ("csv", "json", "jsonl")
CSV_COLUMNS = ("id", "outcome", "question", "deadline", "verdict", "score", "confidence", "status", "known_at",
               "reasoning", "evaluated_at", "rule_set_version")


def record(market: Market, outcome: str | None, verdict: Verdict | None) -> dict[str, Any]:
    """One export row: a market, or one outcome of a multi-outcome market."""
    return {
        "id": market.id,
        "outcome": outcome,
        "question": market.question,
        "deadline": market.deadline.isoformat(),
        "verdict": verdict.verdict if verdict else None,
        "score": verdict.score if verdict else None,
        "confidence": verdict.confidence if verdict else None,
        "status": verdict.status if verdict else "not-evaluated",
        "known_at": verdict.known_at.isoformat() if verdict and verdict.known_at else None,
        "reasoning": verdict.model_dump(mode="json", include={"summary", "target", "contributions"}) if verdict else None,
        "evaluated_at": verdict.as_of.isoformat() if verdict else None,
        "rule_set_version": verdict.rule_set_version if verdict else None,
    }


def render(records: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        row = dict(r)
        row["reasoning"] = r["reasoning"]["summary"] if r["reasoning"] else ""
        writer.writerow(row)
    return buf.getvalue()


__all__ = ["FORMATS", "record", "render", "short_reason"]
