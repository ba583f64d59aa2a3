"""Kalshi (trade API v2): /markets, /markets/{ticker}, /events?with_nested_markets=true,
/events/{ticker} and files keyed by series.

Fields: `title` + `yes_sub_title` (the side Yes stands for), `rules_primary`/`rules_secondary`,
`expected_expiration_time` (when the outcome is expected: the deadline when the rules state none),
`close_time` (a backstop, often weeks later for games: the latest the market stays open),
`occurrence_datetime`, prices as cents (`last_price`, `yes_bid`) or, in current records, as
dollar strings (`last_price_dollars`, `yes_bid_dollars`). Combo (multi-leg) markets are refused."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..engine.types import Market
from ..errors import BadInput
from .common import Refused, VenueMarket, choose_deadline, number, parse_time

TZ = "America/New_York"


def _price(m: dict[str, Any]) -> float | None:
    for key in ("last_price_dollars", "yes_bid_dollars"):
        p = number(m.get(key))
        if p is not None and p > 0:
            return p
    for key in ("last_price", "yes_bid"):
        p = number(m.get(key))
        if p is not None and p > 0:
            return p / 100
    return None


def parse(m: dict[str, Any], event: dict[str, Any] | None = None) -> list[VenueMarket]:
    vid = str(m.get("ticker") or "")
    if not vid:
        raise Refused("", "kalshi market without ticker")
    event = event or {}
    if is_combo(m):
        legs = combo_legs(m)
        shown = ", ".join(f"{side} {ticker}" for ticker, side in legs[:3]) + (f", … ({len(legs) - 3} more)" if len(legs) > 3 else "")
        raise Refused(vid, f"unsupported kind: combo (multi-leg) market with {len(legs) or 'several'} legs"
                           + (f" ({shown})" if legs else "") + "; it has no rules of its own and resolves on its legs: "
                           f"import each leg's market on its own (market sync --from kalshi --id {vid} fetches them)")
    notes: list[str] = []
    flags: list[str] = []
    rules = " ".join(str(m.get(k) or "") for k in ("rules_primary", "rules_secondary")).strip()
    if m.get("can_close_early") and m.get("early_close_condition"):
        rules += f" Early close: {m['early_close_condition']}"
    expected = parse_time(m.get("expected_expiration_time"), f"kalshi {vid} expected_expiration_time")
    close = parse_time(m.get("close_time"), f"kalshi {vid} close_time")
    occurrence = parse_time(m.get("occurrence_datetime"), f"kalshi {vid} occurrence_datetime")
    if expected is not None:
        field = ("expected_expiration_time", expected)
    elif occurrence is not None:  # when the event starts: allow it six hours to finish
        field = ("occurrence_datetime + 6 h", occurrence + timedelta(hours=6))
        flags.append(f"no expected_expiration_time: the event starts {occurrence.isoformat()} and is given six "
                     f"hours to finish: review")
    else:
        field = ("close_time", close)
    try:
        d = choose_deadline(rules, TZ, field, notes, flags, latest=("close_time", close) if field[0] != "close_time" else None,
                            question=str(m.get("title") or ""),
                            opened=parse_time(m.get("open_time"), f"kalshi {vid} open_time"))
    except Refused as exc:
        raise Refused(vid, exc.reason) from None
    if close is not None and field[0] != "close_time" and close > d.when:
        notes.append(f"close_time {close.isoformat()} is the latest the venue keeps it open")
    title = str(m.get("title") or "").strip() or str(event.get("title") or "").strip()
    event_title = str(event.get("title") or "").strip()
    if event_title and event_title.lower() not in title.lower() and not title.endswith("?"):
        title = f"{event_title}: {title}"  # "Dallas wins" says which game only with its event
    if not title:
        raise Refused(vid, "no title in the market or its event")
    sub = str(m.get("yes_sub_title") or m.get("subtitle") or "").strip()
    question = f"{title} (Yes = {sub})" if sub and sub.lower() != title.lower() else title
    price = _price(m)
    sources = event.get("settlement_sources") or m.get("settlement_sources") or []
    desc = "; ".join(s.get("url") or s.get("name", "") for s in sources if isinstance(s, dict)) or None
    status = {"finalized": "resolved", "settled": "resolved", "closed": "closed",
              "determined": "resolved"}.get(str(m.get("status")), "open")
    if m.get("result"):
        notes.append(f"venue result: {m['result']}")
    market = Market(id=f"kalshi-{vid.lower()}", question=question, deadline=d.when, criteria=rules, description=desc)
    return [VenueMarket(venue="kalshi", venue_id=vid, url=f"https://kalshi.com/markets/{str(m.get('event_ticker') or vid).lower()}",
                        market=market, kind="binary", deadline_source=d.source, field_deadline=field[1],
                        rules_deadline_text=d.rules_text, prices={"yes": price} if price is not None else {},
                        status=status, notes=notes, flags=flags, raw=m)]


def is_combo(m: dict[str, Any]) -> bool:
    """A multivariate (combo, parlay) market: several legs, each another market."""
    return bool(m.get("mve_collection_ticker") or m.get("mve_selected_legs") or str(m.get("ticker") or "").upper().startswith("KXMVE"))


def combo_legs(m: dict[str, Any]) -> list[tuple[str, str]]:
    """(market ticker, side) of each leg of a combo market."""
    legs = [(str(leg.get("market_ticker")), str(leg.get("side") or "yes")) for leg in m.get("mve_selected_legs") or []
            if isinstance(leg, dict) and leg.get("market_ticker")]
    if not legs and isinstance(m.get("custom_strike"), dict):  # older records: comma-separated in custom_strike
        tickers = str(m["custom_strike"].get("Associated Markets") or "").split(",")
        sides = str(m["custom_strike"].get("Associated Market Sides") or "").split(",")
        legs = [(t.strip(), (sides[i].strip() if i < len(sides) else "yes")) for i, t in enumerate(tickers) if t.strip()]
    return legs


def _from_event(e: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    return [(mk, e) for mk in e.get("markets") or []]


def _no_nested(events: list) -> BadInput:
    return BadInput(f"kalshi: an /events response of {len(events)} events with no nested markets: request it with "
                    f"with_nested_markets=true, or fetch each event's /markets?event_ticker=…")


def records(data: Any) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Markets of a saved response: {"markets": [...]} (with an optional "event"), {"market": {...}},
    {"events": [...nested markets]}, {"event": {..., "markets": [...]}}, a list, one market, or a
    file keyed by series ({"KXSERIES": {"markets": [...]}, ...})."""
    if isinstance(data, list):
        out = []
        for item in data:
            out.extend(_from_event(item) if isinstance(item, dict) and "markets" in item and "ticker" not in item
                       else [(item, None)])
        return out
    if not isinstance(data, dict):
        return [(data, None)]
    event = data.get("event") if isinstance(data.get("event"), dict) else None
    if event is not None and isinstance(event.get("markets"), list) and event["markets"] and not data.get("markets"):
        return _from_event(event)  # /events/{ticker}: the markets nested in the event, an empty top-level list
    if isinstance(data.get("markets"), list):
        return [(mk, event) for mk in data["markets"]]
    if isinstance(data.get("market"), dict):
        return [(data["market"], event)]
    if isinstance(data.get("events"), list):
        out = [r for e in data["events"] if isinstance(e, dict) for r in _from_event(e)]
        if not out and data["events"]:
            raise _no_nested(data["events"])
        return out
    if event is not None and isinstance(event.get("markets"), list):
        return _from_event(event)
    if "ticker" in data:
        return [(data, None)]
    keyed = [v for v in data.values() if isinstance(v, (list, dict))]
    if keyed and all(isinstance(v, list) or "markets" in v or "market" in v or "events" in v for v in keyed):
        return [r for v in keyed for r in records(v)]
    return [(data, None)]
