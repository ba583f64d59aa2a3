"""Markets from where they live: Polymarket, Kalshi, Manifold and Metaculus responses mapped
to resolver markets, keeping the venue's id, URL, full rule text, prices and raw JSON.
Parsing is pure (no I/O); `sync.py` fetches with httpx."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any, Callable
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from ..engine.types import Market
from ..errors import BadInput
from ..ingest import slugify

VENUES = ("polymarket", "kalshi", "manifold", "metaculus")
_TZ = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York", "PT": "America/Los_Angeles",
       "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "CT": "America/Chicago", "CST": "America/Chicago",
       "CDT": "America/Chicago", "MT": "America/Denver", "UTC": "UTC", "GMT": "UTC"}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_BY = r"\b(?:by|before|no later than|on or before|until)\s+(?:the\s+end\s+of\s+)?"
_RULE_DEADLINE = [
    re.compile(_BY + rf"(?P<date>(?:{_MONTHS}) \d{{1,2}}, \d{{4}}),? (?:at )?(?P<time>\d{{1,2}}:\d{{2}}) ?(?P<ampm>[AP]\.?M\.?) ?(?P<tz>ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|UTC|GMT)\b"),
    re.compile(_BY + rf"(?P<time>\d{{1,2}}:\d{{2}}) ?(?P<ampm>[AP]\.?M\.?) ?(?P<tz>ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|UTC|GMT) on (?P<date>(?:{_MONTHS}) \d{{1,2}}, \d{{4}})"),
]


class VenueMarket(BaseModel):
    """One venue market, mapped."""

    venue: str
    venue_id: str
    url: str | None = None
    market: Market
    field_deadline: datetime | None = Field(default=None, description="the venue's own end/close field")
    rules_deadline_text: str | None = Field(default=None, description="the deadline as the rules state it")
    prices: dict[str, float] = Field(default_factory=dict, description="outcome → probability (Yes for binary)")
    status: str | None = None
    notes: list[str] = Field(default_factory=list)
    raw: dict[str, Any] = Field(default_factory=dict)


def rules_deadline(text: str) -> tuple[datetime, str] | None:
    """The deadline a market's rule text states ("by September 30, 2024, 11:59 PM ET"); only a
    date introduced by "by", "before", "no later than"… in the sentence that says when the
    market resolves Yes counts ("moved to a date after …" or "if no data by …" are conditions)."""
    resolving = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text or "")
                 if re.search(r"resolve[sd]?\s+(?:to\s+)?[\"“']?yes", s, re.I)]
    for pattern in _RULE_DEADLINE:
        for m in (m for sentence in resolving for m in pattern.finditer(sentence)):
            day = datetime.strptime(m.group("date"), "%B %d, %Y")
            hh, mm = (int(x) for x in m.group("time").split(":"))
            pm = m.group("ampm").upper().startswith("P")
            hh = (hh % 12) + (12 if pm else 0)
            local = day.replace(hour=hh, minute=mm, second=59 if mm == 59 else 0, tzinfo=ZoneInfo(_TZ[m.group("tz")]))
            return local, m.group(0)
    return None


def parse_time(value: Any, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):  # epoch milliseconds (Manifold)
        return datetime.fromtimestamp(value / 1000, tz=timezone.utc)
    text = str(value).strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{what}: not a time: {value!r}") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def choose_deadline(venue: str, vid: str, rules: str, field: datetime | None, notes: list[str]) -> tuple[datetime, str | None]:
    """The rules' deadline when they state one (keeping the field and noting any
    disagreement); else the venue's field; neither is an error, never a guess."""
    stated = rules_deadline(rules)
    if stated is not None:
        deadline, text = stated
        if field is not None and abs((field - deadline).total_seconds()) > 60:
            notes.append(f"the venue's end field {field.isoformat()} disagrees with the rules' '{text}' "
                         f"({deadline.isoformat()}); the rules' deadline is used")
        return deadline, text
    if field is None:
        raise BadInput(f"{venue} market {vid}: no deadline in the rules or the venue's fields")
    return field, None


def _json_list(value: Any) -> list:
    """Polymarket packs lists as JSON strings inside the JSON."""
    import json

    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            return json.loads(value)
        except ValueError:
            return []
    return []


def parse_polymarket(m: dict[str, Any]) -> VenueMarket:
    vid = str(m.get("id") or m.get("conditionId") or "")
    if not vid or not m.get("question"):
        raise BadInput("polymarket market without id or question")
    notes: list[str] = []
    rules = str(m.get("description") or "")
    field = parse_time(m.get("endDate") or m.get("endDateIso"), f"polymarket {vid} endDate")
    deadline, text = choose_deadline("polymarket", vid, rules, field, notes)
    outcomes = [str(o) for o in _json_list(m.get("outcomes"))]
    prices = [float(p) for p in _json_list(m.get("outcomePrices"))]
    binary = [o.lower() for o in outcomes] in ([], ["yes", "no"])
    price_map = {}
    if outcomes and len(prices) == len(outcomes):
        price_map = {"yes": prices[0]} if binary else dict(zip(outcomes, prices))
    events = m.get("events") if isinstance(m.get("events"), list) else []
    if m.get("negRisk") in (True, "True", "true") and events:
        notes.append(f"one outcome ({m.get('groupItemTitle') or m['question']}) of the event "
                     f"'{events[0].get('title') or events[0].get('slug')}'")
    slug = m.get("slug") or slugify(m["question"])
    status = "resolved" if m.get("umaResolutionStatus") == "resolved" else (
        "closed" if m.get("closed") in (True, "True", "true") else "open")
    market = Market(id=f"polymarket-{vid}", question=str(m["question"]), deadline=deadline,
                    criteria=rules, description=str(m.get("resolutionSource") or "") or None,
                    outcomes=[] if binary else outcomes)
    return VenueMarket(venue="polymarket", venue_id=vid, url=f"https://polymarket.com/market/{slug}", market=market,
                       field_deadline=field, rules_deadline_text=text, prices=price_map, status=status, notes=notes,
                       raw=m)


def parse_kalshi(m: dict[str, Any], event: dict[str, Any] | None = None) -> VenueMarket:
    vid = str(m.get("ticker") or "")
    if not vid:
        raise BadInput("kalshi market without ticker")
    notes: list[str] = []
    rules = " ".join(str(m.get(k) or "") for k in ("rules_primary", "rules_secondary")).strip()
    if m.get("can_close_early") and m.get("early_close_condition"):
        rules += f" Early close: {m['early_close_condition']}"
    field = parse_time(m.get("close_time") or m.get("expected_expiration_time") or m.get("latest_expiration_time"),
                       f"kalshi {vid} close_time")
    deadline, text = choose_deadline("kalshi", vid, rules, field, notes)
    title = str(m.get("title") or "")
    sub = str(m.get("yes_sub_title") or m.get("subtitle") or "")
    question = title if not sub or sub.lower() in title.lower() else f"{title} ({sub})"
    price = m.get("last_price") if m.get("last_price") not in (None, 0) else m.get("yes_bid")
    prices = {"yes": float(price) / 100} if isinstance(price, (int, float)) and price else {}
    sources = (event or {}).get("settlement_sources") or []
    desc = "; ".join(s.get("url") or s.get("name", "") for s in sources if isinstance(s, dict)) or None
    status = {"finalized": "resolved", "settled": "resolved", "closed": "closed"}.get(str(m.get("status")), "open")
    if m.get("result"):
        notes.append(f"venue result: {m['result']}")
    market = Market(id=f"kalshi-{vid.lower()}", question=question, deadline=deadline, criteria=rules, description=desc)
    return VenueMarket(venue="kalshi", venue_id=vid, url=f"https://kalshi.com/markets/{m.get('event_ticker', vid).lower()}",
                       market=market, field_deadline=field, rules_deadline_text=text, prices=prices, status=status,
                       notes=notes, raw=m)


def parse_manifold(m: dict[str, Any]) -> VenueMarket:
    vid = str(m.get("id") or "")
    if not vid or not m.get("question"):
        raise BadInput("manifold market without id or question")
    notes: list[str] = []
    rules = str(m.get("textDescription") or m.get("description") if isinstance(m.get("description"), str) else
                m.get("textDescription") or "")
    field = parse_time(m.get("closeTime"), f"manifold {vid} closeTime")
    deadline, text = choose_deadline("manifold", vid, rules, field, notes)
    outcomes, prices = [], {}
    if m.get("outcomeType") == "BINARY" and isinstance(m.get("probability"), (int, float)):
        prices = {"yes": float(m["probability"])}
    elif m.get("outcomeType") in ("MULTIPLE_CHOICE", "FREE_RESPONSE"):
        answers = [a for a in m.get("answers") or [] if isinstance(a, dict) and a.get("text")]
        outcomes = [str(a["text"]) for a in answers]
        prices = {str(a["text"]): float(a["probability"]) for a in answers if isinstance(a.get("probability"), (int, float))}
    if m.get("isResolved"):
        notes.append(f"venue resolution: {m.get('resolution')}")
    market = Market(id=f"manifold-{vid.lower()}", question=str(m["question"]), deadline=deadline, criteria=rules,
                    outcomes=outcomes)
    return VenueMarket(venue="manifold", venue_id=vid, url=m.get("url"), market=market, field_deadline=field,
                       rules_deadline_text=text, prices=prices, status="resolved" if m.get("isResolved") else "open",
                       notes=notes, raw=m)


def parse_metaculus(q: dict[str, Any]) -> VenueMarket:
    inner = q.get("question") if isinstance(q.get("question"), dict) else q
    vid = str(q.get("id") or inner.get("id") or "")
    title = q.get("title") or inner.get("title")
    if not vid or not title:
        raise BadInput("metaculus question without id or title")
    notes: list[str] = []
    rules = " ".join(str(inner.get(k) or q.get(k) or "") for k in ("resolution_criteria", "fine_print")).strip()
    field = parse_time(inner.get("scheduled_resolve_time") or q.get("scheduled_resolve_time")
                       or inner.get("scheduled_close_time") or q.get("scheduled_close_time"),
                       f"metaculus {vid} scheduled_resolve_time")
    deadline, text = choose_deadline("metaculus", vid, rules, field, notes)
    resolution = inner.get("resolution") if "resolution" in inner else q.get("resolution")
    if resolution not in (None, ""):
        notes.append(f"venue resolution: {resolution}")
    market = Market(id=f"metaculus-{vid}", question=str(title), deadline=deadline, criteria=rules)
    return VenueMarket(venue="metaculus", venue_id=vid, url=f"https://www.metaculus.com/questions/{vid}/",
                       market=market, field_deadline=field, rules_deadline_text=text,
                       status="resolved" if resolution not in (None, "") else "open", notes=notes, raw=q)


def records(venue: str, data: Any) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """The market records in a saved response: one market, a list, or the venue's envelope."""
    if venue == "kalshi":
        if isinstance(data, dict) and isinstance(data.get("markets"), list):
            return [(m, data.get("event")) for m in data["markets"]]
        if isinstance(data, dict) and isinstance(data.get("market"), dict):
            return [(data["market"], data.get("event"))]
    if venue == "metaculus" and isinstance(data, dict) and isinstance(data.get("results"), list):
        return [(q, None) for q in data["results"]]
    if venue == "polymarket" and isinstance(data, dict) and isinstance(data.get("data"), list):
        return [(m, None) for m in data["data"]]
    if isinstance(data, list):
        return [(m, None) for m in data]
    if isinstance(data, dict):
        return [(data, None)]
    raise BadInput(f"{venue}: expected a market, a list of markets or the venue's envelope")


PARSERS: dict[str, Callable[..., VenueMarket]] = {
    "polymarket": parse_polymarket, "kalshi": parse_kalshi, "manifold": parse_manifold, "metaculus": parse_metaculus,
}


def parse(venue: str, data: Any) -> list[VenueMarket]:
    """All markets of a saved venue response; any bad record rejects the whole response."""
    if venue not in VENUES:
        raise BadInput(f"unknown venue {venue!r}: {', '.join(VENUES)}")
    out = []
    for n, (rec, event) in enumerate(records(venue, data), 1):
        if not isinstance(rec, dict):
            raise BadInput(f"{venue} record {n}: expected an object")
        try:
            out.append(PARSERS[venue](rec, event) if venue == "kalshi" else PARSERS[venue](rec))
        except BadInput as exc:
            raise BadInput(f"{venue} record {n}: {exc}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise BadInput(f"{venue} record {n}: unexpected shape ({exc.__class__.__name__}: {exc})") from None
    return out


__all__ = ["VENUES", "VenueMarket", "parse", "records", "rules_deadline", "timedelta"]
