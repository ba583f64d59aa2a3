"""Metaculus: /api/posts/ (a post with its `question`), /api/posts/{id}/, and the older
/api2/questions/ records (`possibilities`, `close_time`, `resolve_time`).

The deadline is the end of the question's window as the resolution criteria state it
("before January 1, 2029", "between 00:00 UTC on 8 September 2026 and 23:59 UTC on 18 September
2026"); `scheduled_resolve_time` is when the venue settles it and is used only when the rules state
no window (flagged). binary → yes/no; multiple_choice → one market with the options as outcomes;
numeric, discrete and date (value questions), groups and conditionals are refused with their range."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..engine.types import Market
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


def parse(q: dict[str, Any], event: dict[str, Any] | None = None) -> list[VenueMarket]:
    inner = _inner(q)
    vid = str(q.get("id") or inner.get("id") or "")
    if not vid:
        raise Refused("", "metaculus question without id")
    title = q.get("title") or inner.get("title")
    if not title:
        raise Refused(vid, "no title")
    kind = _kind(q)
    if kind in ("numeric", "discrete", "date"):
        scaling = inner.get("scaling") if isinstance(inner.get("scaling"), dict) else {}
        lo, hi = scaling.get("range_min"), scaling.get("range_max")
        rng = f"range {lo}–{hi}" if lo is not None or hi is not None else "no range given"
        unit = f", unit {inner['unit']}" if inner.get("unit") else ""
        raise Refused(vid, f"unsupported kind: {kind}, a value question ({rng}{unit}); not evaluated")
    if kind in ("group", "conditional"):
        raise Refused(vid, f"unsupported kind: {kind} post; import its questions one by one")
    if kind not in ("binary", "multiple_choice"):
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
    market = Market(id=f"metaculus-{vid}", question=str(title), deadline=d.when, criteria=rules, outcomes=outcomes)
    return [VenueMarket(venue="metaculus", venue_id=vid, url=f"https://www.metaculus.com/questions/{vid}/",
                        market=market, kind="binary" if kind == "binary" else "categorical", deadline_source=d.source,
                        field_deadline=resolve, rules_deadline_text=d.rules_text,
                        status="resolved" if resolution not in (None, "") else "open", notes=notes, flags=flags, raw=q)]


def records(data: Any) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data = data["results"]
    items = data if isinstance(data, list) else [data]
    return [(q, None) for q in items]
