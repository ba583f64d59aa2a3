"""Markets from where they live: Polymarket, Kalshi, Manifold and Metaculus responses mapped
to resolver markets, keeping the venue's id, URL, full rule text, prices and raw JSON. Each
record is imported right or refused with a reason; a file in another venue's shape is refused
whole. Parsing is pure (no I/O); `sync.py` fetches with httpx. One module per venue; the rules
deadline reader (`deadline.py`) is shared."""

from __future__ import annotations

import codecs
from datetime import datetime
from typing import Any, Callable

from pydantic import BaseModel, Field

from ..errors import BadInput
from ..ingest import check_deadline, http_url, parse_json
from ..market_ids import is_slug
from . import kalshi, manifold, metaculus, polymarket
from .common import Refused, VenueMarket, parse_time
from .deadline import read_deadline

VENUES = ("polymarket", "kalshi", "manifold", "metaculus")
_MODULES = {"polymarket": polymarket, "kalshi": kalshi, "manifold": manifold, "metaculus": metaculus}


class Parsed(BaseModel):
    markets: list[VenueMarket] = Field(default_factory=list)
    refused: list[dict[str, str]] = Field(default_factory=list, description="{venue_id, reason} per refused record")


def looks_like(rec: Any) -> str | None:
    """Which venue a record's shape belongs to, if any."""
    if not isinstance(rec, dict):
        return None
    keys = set(rec)
    if "outcomeType" in keys and keys & {"closeTime", "mechanism", "creatorUsername", "isResolved", "question"}:
        return "manifold"
    if keys & {"outcomePrices", "conditionId", "clobTokenIds", "negRisk", "endDateIso", "umaResolutionStatus",
               "groupItemTitle"} or polymarket.is_clob(rec) or ("question" in keys and isinstance(rec.get("outcomes"), str)) or (
            polymarket.is_event(rec) and any(isinstance(m, dict) and "outcomes" in m for m in rec["markets"])):
        return "polymarket"
    if keys & {"ticker", "event_ticker", "rules_primary", "yes_sub_title"}:
        return "kalshi"
    inner = rec.get("question") if isinstance(rec.get("question"), dict) else rec
    if keys & {"group_of_questions", "conditional"} or (isinstance(inner, dict) and set(inner) & {
            "scheduled_resolve_time", "scheduled_close_time", "possibilities", "resolution_criteria"}):
        return "metaculus"
    return None


def decode(data: bytes, what: str) -> Any:
    """JSON from bytes: a byte-order mark says the encoding (UTF-8, UTF-16, UTF-32), else UTF-8."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            break
    else:
        enc = "utf-8"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise BadInput(f"{what}: not valid {enc.upper().replace('-SIG', '')} (byte offset {exc.start})") from None
    return parse_json(text, what)


def records(venue: str, data: Any) -> list[tuple[Any, dict[str, Any] | None]]:
    """The market records in a saved response: one market, a list, an event or the venue's envelope."""
    return _MODULES[venue].records(data)


def parse_all(venue: str, data: Any) -> Parsed:
    """Every record of a saved response, each imported or refused with its reason. A response
    whose records are in another venue's shape is refused whole (a wrong --from)."""
    if venue not in VENUES:
        raise BadInput(f"unknown venue {venue!r}: {', '.join(VENUES)}")
    recs = records(venue, data)
    if not recs:
        raise BadInput(f"{venue}: the response holds no markets")
    shapes = [looks_like(r) for r, _ in recs]
    others = {s for s in shapes if s and s != venue}
    if others and venue not in shapes:
        raise BadInput(f"this is not a {venue} response: its records look like {', '.join(sorted(others))} "
                       f"(use --from {sorted(others)[0]})")
    out = Parsed()
    for n, (rec, event) in enumerate(recs, 1):
        if not isinstance(rec, dict):
            out.refused.append({"venue_id": f"record {n}", "reason": "not an object"})
            continue
        shape = looks_like(rec)
        if shape is not None and shape != venue:
            rid = str(rec.get("id") or rec.get("ticker") or f"record {n}")
            out.refused.append({"venue_id": rid, "reason": f"not a {venue} market (looks like {shape})"})
            continue
        try:
            for vm in _MODULES[venue].parse(rec, event):
                if not is_slug(vm.market.id):
                    raise Refused(vm.venue_id, f"the venue id gives the market id {vm.market.id[:60]!r}, which is not "
                                               f"a slug (ASCII letters, digits, '-', '_', '.')")
                if vm.url is not None:  # the shared edge checks (ingest): http(s) links only, bounded deadlines
                    try:
                        http_url(vm.url)
                    except BadInput as exc:
                        raise Refused(vm.venue_id, f"url: {exc}") from None
                check_deadline(vm.market.deadline, "deadline")
                out.markets.append(vm)
        except Refused as exc:
            out.refused.append({"venue_id": exc.venue_id or f"record {n}", "reason": exc.reason})
        except BadInput as exc:
            rid = str(rec.get("id") or rec.get("ticker") or f"record {n}")
            out.refused.append({"venue_id": rid, "reason": str(exc)})
        except (KeyError, TypeError, ValueError) as exc:
            rid = str(rec.get("id") or rec.get("ticker") or f"record {n}")
            out.refused.append({"venue_id": rid, "reason": f"unexpected shape ({exc.__class__.__name__}: {exc})"})
    return out


def parse(venue: str, data: Any) -> list[VenueMarket]:
    """The markets of a saved response; raises BadInput naming every refused record when any is."""
    result = parse_all(venue, data)
    if result.refused:
        raise BadInput("; ".join(f"{venue} {r['venue_id']}: {r['reason']}" for r in result.refused))
    return result.markets


def rules_deadline(text: str, tz: str = "America/New_York") -> tuple[datetime, str] | None:
    """The deadline a market's rule text states, and the words that state it (see deadline.py)."""
    r = read_deadline(text, tz)
    return (r.when, r.text) if r is not None and r.kind == "deadline" else None


PARSERS: dict[str, Callable[..., list[VenueMarket]]] = {v: m.parse for v, m in _MODULES.items()}

__all__ = ["VENUES", "Parsed", "Refused", "VenueMarket", "decode", "looks_like", "parse", "parse_all", "parse_time",
           "records", "rules_deadline"]
