"""Verdict exports: one row per market in CSV, JSON or JSONL.

CSV cells are neutralised against formula injection (OWASP "CSV Injection"): questions, notes,
analyst names and reasons are written by strangers, and a spreadsheet would run a cell starting
with =, +, -, @, tab or carriage return (or their full-width forms) as a formula. Such text cells
get a leading apostrophe (shown as text, the value otherwise unchanged); numbers stay numbers.
A spreadsheet that splits on ';' (European locales) starts a cell after every ';', quoted or not,
so a ';' followed by one of those characters gets the apostrophe after it too. JSON and JSONL
keep values as they are."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from .engine.types import Market, Verdict
from .render import short_reason
from .review import Final

FORMATS = ("csv", "json", "jsonl")
# OWASP's list, with the full-width forms that spreadsheets in East Asian locales read as them
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# A spreadsheet whose locale separates fields with ';' (most of Europe) opens a .csv splitting
# on ';', quoted or not: the text after a ';' starts a cell of its own.
_CELL_AFTER_SEMICOLON = re.compile(";(?=[" + re.escape("".join(FORMULA_STARTS)) + "])")
CSV_COLUMNS = ("id", "outcome", "question", "kind", "value", "deadline", "verdict", "score", "confidence", "status", "known_at",
               "reasoning", "evaluated_at", "rule_set_version", "market_version", "venue_price", "price_flag", "second_opinion",
               "second_opinion_model")
FINAL_COLUMNS = ("final_verdict", "final_resolution", "final_source", "decision", "analyst", "note", "decided_at")


def final_fields(final: Final) -> dict[str, Any]:
    d = final.decision
    return {
        "final_verdict": final.verdict, "final_resolution": final.resolution, "final_source": final.source,
        "decision": d.action if d else None, "analyst": d.analyst if d else None, "note": d.note if d else None,
        "decided_at": d.created_at.isoformat() if d else None,
    }


def record(market: Market, outcome: str | None, verdict: Verdict | None, final: Final | None = None,
           price: dict[str, Any] | None = None, opinion: dict[str, Any] | None = None) -> dict[str, Any]:
    """One export row: a market, or one outcome of a multi-outcome market; with `final`, the
    analyst decision applied; with `price`, the venue's latest price and any disagreement; with
    `opinion`, the latest second opinion from a model (its verdict when verified, "dropped"
    when its citations failed verification) — never the verdict itself."""
    row = {
        "id": market.id,
        "outcome": outcome,
        "question": market.question,
        "kind": "value" if market.settings.value is not None else "multi-outcome" if market.outcomes else "binary",
        "value": market.settings.value.model_dump(mode="json") if market.settings.value is not None else None,
        "deadline": market.deadline.isoformat(),
        "verdict": verdict.verdict if verdict else None,
        "score": verdict.score if verdict else None,
        "confidence": verdict.confidence if verdict else None,
        "status": verdict.status if verdict else "not-evaluated",
        "known_at": verdict.known_at.isoformat() if verdict and verdict.known_at else None,
        "reasoning": verdict.model_dump(mode="json", include={"summary", "target", "contributions"}) if verdict else None,
        "evaluated_at": verdict.as_of.isoformat() if verdict else None,
        "rule_set_version": verdict.rule_set_version if verdict else None,
        "market_version": verdict.market_version if verdict else None,
        "venue_price": price["price"] if price else None,
        "price_flag": price["flag"] if price else None,
        "second_opinion": (opinion["verdict"] if opinion["status"] == "ok" else opinion["status"]) if opinion else None,
        "second_opinion_model": opinion["model"] if opinion else None,
    }
    if final is not None:
        row.update(final_fields(final))
    return row


def neutralise(value: Any) -> Any:
    """A CSV cell value that no spreadsheet runs as a formula (text only; numbers unchanged)."""
    if not isinstance(value, str):
        return value
    if ";" in value:
        value = _CELL_AFTER_SEMICOLON.sub(";'", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def render(records: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    buf = io.StringIO()
    columns = CSV_COLUMNS + (FINAL_COLUMNS if records and "final_verdict" in records[0] else ())
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for r in records:
        row = dict(r)
        row["reasoning"] = r["reasoning"]["summary"] if r["reasoning"] else ""
        row["value"] = json.dumps(r["value"], ensure_ascii=False, sort_keys=True) if r.get("value") else ""
        writer.writerow({k: neutralise(v) for k, v in row.items()})
    return buf.getvalue()


__all__ = ["FORMATS", "record", "render", "short_reason"]
