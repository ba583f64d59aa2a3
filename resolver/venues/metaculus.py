"""Metaculus: /api/posts/ (a post with its `question`), /api/posts/{id}/, and the older
/api2/questions/ records (`possibilities`, `close_time`, `resolve_time`).

The deadline is the end of the question's window as the resolution criteria state it
("before January 1, 2029", "between 00:00 UTC on 8 September 2026 and 23:59 UTC on 18 September
2026"); `scheduled_resolve_time` is when the venue settles it and is used only when the rules state
no window (flagged). binary → yes/no; multiple_choice → one market with the options as outcomes;
numeric, discrete and date (value questions) → kind "value" with their range, bounds, unit and
buckets (not evaluated); groups and conditionals are refused."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from ..engine.types import Market, MarketSettings, ValueQuestion
from ..errors import BadInput
from .common import Refused, VenueMarket, choose_deadline, parse_time

TZ = "UTC"


def _inner(q: dict[str, Any]) -> dict[str, Any]:
    return q["question"] if isinstance(q.get("question"), dict) else q


def _opened(q: dict[str, Any], inner: dict[str, Any]) -> datetime | None:
    for value in (inner.get("open_time"), q.get("open_time"), q.get("published_at"), q.get("created_at"),
                  inner.get("created_at"), q.get("publish_time"), q.get("created_time")):
        try:
            when = parse_time(value, "metaculus open time")
        except BadInput:
            continue
        if when is not None:
            return when
    return None


def _kind(q: dict[str, Any]) -> str:
    inner = _inner(q)
    if isinstance(q.get("group_of_questions"), dict):
        return "group"
    if isinstance(q.get("conditional"), dict):
        return "conditional"
    if isinstance(inner.get("type"), str) and inner.get("type") not in ("forecast", "notebook", "discussion"):
        return inner["type"]
    poss = inner.get("possibilities") if isinstance(inner.get("possibilities"), dict) else {}
    if poss.get("type") == "binary":
        return "binary"
    if poss.get("type") == "continuous":
        return "date" if poss.get("format") == "date" else "numeric"
    return str(inner.get("type") or q.get("type") or "")


def _value(kind: str, inner: dict[str, Any]) -> ValueQuestion:
    """Range, bounds, unit and (discrete) buckets of a numeric, discrete or date question; a date
    question's range is given in epoch seconds and kept as ISO times."""
    scaling = inner.get("scaling") if isinstance(inner.get("scaling"), dict) else {}
    poss = inner.get("possibilities") if isinstance(inner.get("possibilities"), dict) else {}
    scale = poss.get("scale") if isinstance(poss.get("scale"), dict) else {}
    lo = scaling.get("range_min", scale.get("min"))
    hi = scaling.get("range_max", scale.get("max"))
    if kind == "date":
        lo, hi = (datetime.fromtimestamp(v, timezone.utc).isoformat()
                  if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in (lo, hi))
    buckets: list[str] = []
    count = scaling.get("inbound_outcome_count")
    if kind == "discrete" and isinstance(count, int) and isinstance(lo, (int, float)) and isinstance(hi, (int, float)):
        step = (hi - lo) / count
        buckets = [f"{lo + step * (k + 0.5):g}" for k in range(count)]
    zero = scaling.get("zero_point")
    opened = (inner.get("open_lower_bound", scaling.get("open_lower_bound")),
              inner.get("open_upper_bound", scaling.get("open_upper_bound")))
    return ValueQuestion(kind=kind, lower=lo, upper=hi, open_lower=opened[0], open_upper=opened[1],
                         unit=str(inner.get("unit") or "") or None, log_scale=zero is not None, buckets=buckets)


def parse(q: dict[str, Any], event: dict[str, Any] | None = None) -> list[VenueMarket]:
    inner = _inner(q)
    vid = str(q.get("id") or inner.get("id") or "")
    if not vid:
        raise Refused("", "metaculus question without id")
    title = q.get("title") or inner.get("title")
    if not title:
        raise Refused(vid, "no title")
    kind = _kind(q)
    value = _value(kind, inner) if kind in ("numeric", "discrete", "date") else None
    if kind in ("group", "conditional"):
        raise Refused(vid, f"unsupported kind: {kind} post; import its questions one by one")
    if kind not in ("binary", "multiple_choice") and value is None:
        raise Refused(vid, f"unsupported kind: {kind or 'no question type'}")
    notes: list[str] = []
    flags: list[str] = []
    rules = " ".join(str(inner.get(k) or q.get(k) or "") for k in ("resolution_criteria", "fine_print")).strip()
    resolve = parse_time(inner.get("scheduled_resolve_time") or q.get("scheduled_resolve_time") or inner.get("resolve_time"),
                         f"metaculus {vid} scheduled_resolve_time")
    close = parse_time(inner.get("scheduled_close_time") or q.get("scheduled_close_time") or inner.get("close_time"),
                       f"metaculus {vid} scheduled_close_time")
    try:
        d = choose_deadline(rules, TZ, ("scheduled_resolve_time", resolve), notes, flags, question=str(title),
                            opened=_opened(q, inner))
    except Refused as exc:
        raise Refused(vid, exc.reason) from None
    if d.source.startswith("venue field") and "(the day" not in d.source:
        flags.append("the rules state no window the reader can read; the venue's scheduled_resolve_time is used: review")
    if close is not None and close < d.when:
        notes.append(f"forecasting closes at {close.isoformat()}, before the deadline")
    resolution = inner.get("resolution") if "resolution" in inner else q.get("resolution")
    if resolution not in (None, ""):
        notes.append(f"venue resolution: {resolution}")
    outcomes: list[str] = []
    if kind == "multiple_choice":
        outcomes = [str(o) for o in inner.get("options") or [] if str(o).strip()]
        if len(outcomes) < 2:
            raise Refused(vid, "multiple_choice question without options")
    if value is not None:
        notes.append(f"a value question ({value.describe()}): imported, not evaluated")
    market = Market(id=f"metaculus-{vid}", question=str(title), deadline=d.when, criteria=rules, outcomes=outcomes,
                    settings=MarketSettings(value=value) if value is not None else MarketSettings())
    vkind = "value" if value is not None else ("binary" if kind == "binary" else "categorical")
    return [VenueMarket(venue="metaculus", venue_id=vid, url=f"https://www.metaculus.com/questions/{vid}/",
                        market=market, kind=vkind, deadline_source=d.source,
                        field_deadline=resolve, rules_deadline_text=d.rules_text,
                        status="resolved" if resolution not in (None, "") else "open", notes=notes, flags=flags, raw=q)]


def records(data: Any) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data = data["results"]
    items = data if isinstance(data, list) else [data]
    return [(q, None) for q in items]
