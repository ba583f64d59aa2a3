"""Manifold (/v0): /markets and /search-markets rows (no answers, no description), and the full
market /market/{id} (answers, `textDescription`, `shouldAnswersSumToOne`).

BINARY → a yes/no market priced by `probability`. MULTIPLE_CHOICE/FREE_RESPONSE whose answers sum
to one → one market with named outcomes; with `shouldAnswersSumToOne: false` each answer resolves on
its own → one yes/no market per answer, keeping the venue's per-answer resolution. PSEUDO_NUMERIC,
MULTI_NUMERIC, NUMERIC, DATE (value questions) → kind "value" with range, scale, unit, the venue's value
and buckets (not evaluated; a list row of a bucketed one is refused: it has no buckets). STONK (never
resolves), POLL and BOUNTIED_QUESTION are refused with what they carry. A list row of a multi-answer market is refused: fetch the full
market first (`market sync` does)."""

from __future__ import annotations

from typing import Any

from ..engine.outcomes import outcome_id, outcome_question
from ..engine.types import Market, MarketSettings, ValueQuestion
from .common import Refused, VenueMarket, choose_deadline, number, parse_time

TZ = "UTC"
_MULTI = ("MULTIPLE_CHOICE", "FREE_RESPONSE")
_VALUE = ("PSEUDO_NUMERIC", "MULTI_NUMERIC", "NUMERIC", "DATE", "MULTI_DATE")


def is_lite_multi(m: dict[str, Any]) -> bool:
    """A /markets or /search-markets row of a market that needs the full record to import."""
    return m.get("outcomeType") in (*_MULTI, "POLL") and not isinstance(m.get("answers"), list) and not m.get("options")


def _value(m: dict[str, Any]) -> ValueQuestion:
    """Range, scale, unit, the venue's current value and (MULTI_NUMERIC, DATE) the answer buckets."""
    answers = [a for a in m.get("answers") or [] if isinstance(a, dict) and str(a.get("text") or "").strip()]
    current = m.get("value") if m.get("value") is not None else None
    return ValueQuestion(kind=str(m.get("outcomeType")), lower=number(m.get("min")), upper=number(m.get("max")),
                         unit=str(m.get("unit") or "") or None, log_scale=bool(m.get("isLogScale")),
                         buckets=[str(a["text"]).strip() for a in answers], current=number(current))


def parse(m: dict[str, Any], event: dict[str, Any] | None = None) -> list[VenueMarket]:
    vid = str(m.get("id") or "")
    if not vid:
        raise Refused("", "manifold market without id")
    if not m.get("question"):
        raise Refused(vid, "no question")
    kind = str(m.get("outcomeType") or "")
    if (kind in _VALUE and kind != "PSEUDO_NUMERIC" and not isinstance(m.get("answers"), list)
            and (m.get("min") is None or m.get("max") is None)):  # an early dpm-2 NUMERIC carries min/max, no answers
        raise Refused(vid, f"a list row of a {kind} market carries no range or buckets; "
                           f"fetch the full market (/v0/market/{vid}) first")
    if kind == "STONK":
        raise Refused(vid, "unsupported kind: STONK, a market that never resolves")
    if kind in ("POLL", "BOUNTIED_QUESTION", "QUADRATIC_FUNDING"):
        raise Refused(vid, f"unsupported kind: {kind}, not a market that resolves on an event")
    if kind not in ("BINARY", *_MULTI, *_VALUE):
        raise Refused(vid, f"unsupported kind: {kind or 'no outcomeType'}")
    if is_lite_multi(m):
        raise Refused(vid, f"a list row of a {kind} market carries no answers or description; "
                           f"fetch the full market (/v0/market/{vid}) first")
    notes: list[str] = []
    flags: list[str] = []
    rules = m.get("textDescription") if isinstance(m.get("textDescription"), str) else (
        m.get("description") if isinstance(m.get("description"), str) else "")
    if not rules:
        notes.append("no description in this record (a list row): criteria empty")
    close = parse_time(m.get("closeTime"), f"manifold {vid} closeTime")
    try:
        opened = parse_time(m.get("createdTime"), f"manifold {vid} createdTime") if isinstance(
            m.get("createdTime"), (int, float)) else None
        d = choose_deadline(rules, TZ, ("closeTime", close), notes, flags, question=str(m["question"]), opened=opened)
    except Refused as exc:
        raise Refused(vid, exc.reason) from None
    status = "resolved" if m.get("isResolved") else "open"
    base = dict(venue="manifold", url=m.get("url"), deadline_source=d.source, field_deadline=close,
                rules_deadline_text=d.rules_text, status=status, raw=m)
    if kind in _VALUE:
        value = _value(m)
        if m.get("isResolved"):
            notes.append(f"venue resolution: {m.get('resolution')}"
                         + (f" ({m['resolutionValue']})" if m.get("resolutionValue") is not None else ""))
        notes.append(f"a value question ({value.describe()}): imported, not evaluated")
        market = Market(id=f"manifold-{vid.lower()}", question=str(m["question"]), deadline=d.when, criteria=rules,
                        settings=MarketSettings(value=value))
        return [VenueMarket(venue_id=vid, market=market, kind="value", notes=notes, flags=flags, **base)]
    if kind == "BINARY":
        p = number(m.get("probability"))
        if m.get("isResolved"):
            notes.append(f"venue resolution: {m.get('resolution')}")
        market = Market(id=f"manifold-{vid.lower()}", question=str(m["question"]), deadline=d.when, criteria=rules)
        return [VenueMarket(venue_id=vid, market=market, kind="binary", prices={"yes": p} if p is not None else {},
                            notes=notes, flags=flags, **base)]
    answers = [a for a in m.get("answers") or [] if isinstance(a, dict) and str(a.get("text") or "").strip()]
    if not answers:
        raise Refused(vid, f"{kind} market without answers")
    labels = _distinct([str(a["text"]).strip() for a in answers])
    if m.get("shouldAnswersSumToOne") is False:
        out = []
        for a, label in zip(answers, labels):
            aid = str(a.get("id") or outcome_id(label))
            q = outcome_question(str(m["question"]), label) or f"{m['question']} — {label}?"
            a_notes = [*notes, f"one answer ('{label}') of the market '{m['question']}', whose answers resolve "
                               f"separately"]
            if a.get("resolution"):
                a_notes.append(f"venue resolution of this answer: {a['resolution']}")
            p = number(a.get("probability"))
            market = Market(id=f"manifold-{vid.lower()}-{outcome_id(aid)}", question=q, deadline=d.when, criteria=rules)
            out.append(VenueMarket(venue_id=f"{vid}/{aid}", market=market, kind="answer",
                                   prices={"yes": p} if p is not None else {}, notes=a_notes, flags=list(flags),
                                   **base))
        return out
    if m.get("isResolved"):
        winner = next((label for a, label in zip(answers, labels) if a.get("id") == m.get("resolution")), None)
        notes.append(f"venue resolution: {winner or m.get('resolution')}")
    prices = {label: p for a, label in zip(answers, labels) if (p := number(a.get("probability"))) is not None}
    market = Market(id=f"manifold-{vid.lower()}", question=str(m["question"]), deadline=d.when, criteria=rules,
                    outcomes=labels)
    return [VenueMarket(venue_id=vid, market=market, kind="categorical", prices=prices, notes=notes, flags=flags,
                        **base)]


def _distinct(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label.lower(), 0)
        seen[label.lower()] = n + 1
        out.append(label if n == 0 else f"{label} ({n + 1})")
    return out


def records(data: Any) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    if isinstance(data, dict) and isinstance(data.get("markets"), list):
        data = data["markets"]
    items = data if isinstance(data, list) else [data]
    return [(m, None) for m in items]
