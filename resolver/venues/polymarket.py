"""Polymarket (Gamma API): /markets, /markets/{id}, /events and /events/{id} responses.

Fields: `question`, `description` (the rules), `endDate` (often noon or midnight UTC, not the
rules' deadline), `outcomes`/`outcomePrices` (JSON strings), `negRisk`/`groupItemTitle` (one
outcome of an event), `closed`, `umaResolutionStatus`. Scalar markets (Long/Short, `lowerBound`/`upperBound`)
are a value question: kind "value" with their range, not evaluated."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from ..engine.types import Market, MarketSettings, ValueQuestion
from ..errors import BadInput
from ..ingest import slugify
from .common import Refused, VenueMarket, choose_deadline, json_list, number, parse_time

TZ = "America/New_York"
_SCALAR = ({"long", "short"},)
_DAY_TIMES = (time(0, 0), time(12, 0))  # Gamma's endDate is often a day written as midnight or noon UTC


def _opened(m: dict[str, Any]) -> datetime | None:
    for key in ("startDate", "createdAt"):
        try:
            when = parse_time(m.get(key), "polymarket start")
        except BadInput:
            continue
        if when is not None:
            return when
    return None


def is_event(rec: dict[str, Any]) -> bool:
    return isinstance(rec.get("markets"), list) and "question" not in rec and "title" in rec


def is_clob(rec: dict[str, Any]) -> bool:
    """A CLOB API /markets record: `condition_id`, `tokens` (outcome, price, winner), snake_case fields."""
    return "condition_id" in rec and isinstance(rec.get("tokens"), list)


def _from_clob(m: dict[str, Any]) -> dict[str, Any]:
    """The CLOB record under the Gamma field names the mapping reads (values unchanged)."""
    tokens = [t for t in m["tokens"] if isinstance(t, dict)]
    return {"conditionId": m.get("condition_id"), "question": m.get("question"), "description": m.get("description"),
            "slug": m.get("market_slug"), "endDate": m.get("end_date_iso"), "closed": m.get("closed"),
            "negRisk": m.get("neg_risk"), "outcomes": [str(t.get("outcome")) for t in tokens],
            "outcomePrices": [t.get("price") for t in tokens],
            "winners": [str(t.get("outcome")) for t in tokens if t.get("winner") is True]}


def parse(m: dict[str, Any], event: dict[str, Any] | None = None) -> list[VenueMarket]:
    raw = m
    if is_clob(m):
        m = _from_clob(m)
    vid = str(m.get("id") or m.get("conditionId") or "")
    if not vid:
        raise Refused("", "polymarket market without id")
    if not m.get("question"):
        raise Refused(vid, "no question")
    outcomes = [str(o) for o in json_list(m.get("outcomes"))]
    lowered = {o.lower() for o in outcomes}
    value = None
    if lowered in _SCALAR or m.get("marketType") == "scalar":
        value = ValueQuestion(kind="scalar", lower=number(m.get("lowerBound")), upper=number(m.get("upperBound")),
                              buckets=outcomes)
    notes: list[str] = []
    flags: list[str] = []
    rules = str(m.get("description") or "")
    if not rules.strip() or rules.strip() == "desc":
        rules = str((event or {}).get("description") or rules)
    if not rules.strip():  # a record trimmed of its description (a list page saved with a few fields)
        flags.append("the record carries no rules text (no description): the question alone is the criteria; "
                     f"fetch the full market (GET /markets/{vid}) for its rules: review")
    field = parse_time(m.get("endDate") or m.get("endDateIso") or (event or {}).get("endDate"), f"polymarket {vid} endDate")
    try:
        d = choose_deadline(rules, TZ, ("endDate", field), notes, flags, question=str(m["question"]),
                           field_is_day=field is not None and field.time().replace(microsecond=0) in _DAY_TIMES
                           and field.utcoffset().total_seconds() == 0,
                           opened=_opened(m))
    except Refused as exc:
        raise Refused(vid, exc.reason) from None
    binary = [o.lower() for o in outcomes] in ([], ["yes", "no"])
    prices = [number(p) for p in json_list(m.get("outcomePrices"))]
    price_map: dict[str, float] = {}
    if outcomes and len(prices) == len(outcomes) and all(p is not None for p in prices):
        if sum(prices) <= 0:  # a closed market with ["0", "0"]: no price, not a price of 0
            notes.append("the venue gives no price (all outcome prices are 0)")
        else:
            price_map = {"yes": prices[0]} if binary else dict(zip(outcomes, prices))
    events = m.get("events") if isinstance(m.get("events"), list) else ([event] if event else [])
    if m.get("negRisk") in (True, "True", "true") and events:
        notes.append(f"one outcome ({m.get('groupItemTitle') or m['question']}) of the event "
                     f"'{events[0].get('title') or events[0].get('slug')}'")
    elif m.get("groupItemTitle") and events:  # one outcome of an event whose record leaves out negRisk
        notes.append(f"one outcome ({m['groupItemTitle']}) of the event "
                     f"'{events[0].get('title') or events[0].get('slug')}'")
    elif m.get("negRisk") in (True, "True", "true"):
        notes.append(f"one outcome ({m.get('groupItemTitle') or m['question']}) of a group whose outcomes exclude "
                     f"each other (negRisk); its event is not in this record")
    if m.get("winners"):
        notes.append(f"venue result: {', '.join(m['winners'])}")
    slug = m.get("slug") or slugify(m["question"])
    status = "resolved" if m.get("umaResolutionStatus") == "resolved" else (
        "closed" if m.get("closed") in (True, "True", "true") else "open")
    if value is not None:  # Long pays by where the figure lands in the range: a value question
        if price_map:
            notes.append(f"venue prices {price_map} (Long/Short shares, not probabilities of an outcome)")
        notes.append(f"a value question ({value.describe()}): imported, not evaluated")
        price_map = {}
    market = Market(id=f"polymarket-{vid}", question=str(m["question"]), deadline=d.when, criteria=rules,
                    description=str(m.get("resolutionSource") or "") or None,
                    outcomes=[] if binary or value is not None else outcomes,
                    settings=MarketSettings(value=value) if value is not None else MarketSettings())
    return [VenueMarket(venue="polymarket", venue_id=vid, url=f"https://polymarket.com/market/{slug}", market=market,
                        kind="value" if value is not None else "binary" if binary else "categorical", deadline_source=d.source, field_deadline=field,
                        rules_deadline_text=d.rules_text, prices=price_map, status=status, notes=notes, flags=flags,
                        raw=raw)]


def records(data: Any) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Markets of a saved response: a market, a list of markets, an event, a list of events, or
    the {"data": [...]} envelope."""
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        data = data["data"]
    items = data if isinstance(data, list) else [data]
    out: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for item in items:
        if isinstance(item, dict) and is_event(item):
            out.extend((mk, item) for mk in item["markets"])
        else:
            out.append((item, None))
    return out
