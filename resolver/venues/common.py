"""What every venue mapping shares: the mapped market, refusals with a reason, times, and the
choice between the rules' deadline and the venue's fields (never resolve early)."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from ..engine.types import Market
from ..errors import BadInput
from .deadline import latest_date, read_deadline, scheduled_event

KINDS = ("binary", "categorical", "answer", "value")  # "answer": one answer of a market whose answers resolve
# separately; "value": a numeric, date or bucketed question (range, buckets, unit in market.settings.value), not evaluated
_SAME_DAY = timedelta(hours=14)  # a zone-less date can be read in any zone from UTC-12 to UTC+14


class Refused(Exception):
    """A record that is not imported, with the reason (one line)."""

    def __init__(self, venue_id: str, reason: str):
        super().__init__(reason)
        self.venue_id, self.reason = venue_id, reason


class VenueMarket(BaseModel):
    """One venue market, mapped."""

    venue: str
    venue_id: str
    url: str | None = None
    market: Market
    kind: str = "binary"
    deadline_source: str = Field(default="", description="the rules text or the venue field the deadline came from")
    field_deadline: datetime | None = Field(default=None, description="the venue's own end/close field")
    rules_deadline_text: str | None = Field(default=None, description="the deadline as the rules state it")
    prices: dict[str, float] = Field(default_factory=dict, description="outcome → probability (yes for binary)")
    status: str | None = None
    notes: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list, description="why a person should review this import")
    raw: dict[str, Any] = Field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        value = self.market.settings.value
        return {"id": self.market.id, "venue_id": self.venue_id, "kind": self.kind,
                "value": value.model_dump(mode="json") if value is not None else None,
                "deadline": self.market.deadline.isoformat(), "deadline_source": self.deadline_source,
                "outcomes": self.market.outcomes, "prices": self.prices, "flags": self.flags, "notes": self.notes}


def parse_time(value: Any, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise BadInput(f"{what}: not a time: {value!r}")
    if isinstance(value, (int, float)):  # epoch milliseconds (Manifold)
        try:
            return datetime.fromtimestamp(value / 1000, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            raise BadInput(f"{what}: not a time: {value!r}") from None
    text = str(value).strip().replace("Z", "+00:00")
    if len(text) > 10 and text[10] == " ":
        text = text[:10] + "T" + text[11:]
    if text.endswith("+00"):
        text += ":00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{what}: not a time: {value!r}") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def json_list(value: Any) -> list:
    """Polymarket packs lists as JSON strings inside the JSON."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            out = json.loads(value)
        except ValueError:
            return []
        return out if isinstance(out, list) else []
    return []


def number(value: Any) -> float | None:
    """A price given as a number or a decimal string ("0.5600"); None when absent or not a number."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class Deadline(BaseModel):
    when: datetime
    source: str
    rules_text: str | None = None


def choose_deadline(rules: str, tz: str, field: tuple[str, datetime | None], notes: list[str], flags: list[str],
                    latest: tuple[str, datetime | None] | None = None, year_hint: int | None = None,
                    question: str = "", field_is_day: bool = False, opened: datetime | None = None) -> Deadline:
    """The deadline: the end of the window the rules state; a scheduled event's day (or the venue's
    field when later), flagged; else the venue's field, or the latest date the rules mention when
    that is later (flagged). Never earlier than what the venue or the rules allow; raises Refused
    (without an id) when there is nothing to go on."""
    fname, fvalue = field
    hint = year_hint or (fvalue.year if fvalue else None)
    reading = read_deadline(rules, tz, hint, not_before=opened)
    said = "rules text"
    if reading is None and question:  # the question's own words are terms too ("… before July 1, 2026?")
        reading = read_deadline(question, tz, hint, not_before=opened, any_sentence=True)
        said = "question text"
    if reading is not None and reading.kind == "deadline":
        if (fvalue is not None and not reading.zone_stated
                and timedelta(0) < fvalue - reading.when <= _SAME_DAY):
            notes.append(f"the rules say '{reading.text}' without a zone; the venue's {fname} "
                         f"{fvalue.isoformat()} ends the same day in the venue's zone and is used")
            return Deadline(when=fvalue, source=f"venue field {fname} (the day the rules state: '{reading.text}')",
                            rules_text=reading.text)
        if fvalue is not None and abs((fvalue - reading.when).total_seconds()) > 60:
            notes.append(f"the venue's {fname} {fvalue.isoformat()} disagrees with the rules' '{reading.text}' "
                         f"({reading.when.isoformat()}); the rules' deadline is used")
        if latest and latest[1] is not None and latest[1] < reading.when:
            flags.append(f"the rules' deadline {reading.when.isoformat()} is after the venue's {latest[0]} "
                         f"{latest[1].isoformat()}: review")
        event = scheduled_event(rules, tz, hint)
        if event is not None and event.when <= reading.when:  # "… the meeting for January 2026, currently scheduled
            # for January 27-28": the window ends with an event that may move
            flags.append(f"the window ends with a scheduled event ({event.text}), which may move: review")
        return Deadline(when=reading.when, source=f"{said} '{reading.text}'", rules_text=reading.text)
    if reading is not None:  # a scheduled event: its day, or the venue's field when that is later
        when = max(reading.when, fvalue) if fvalue is not None else reading.when
        src = (f"{said} '{reading.text}' (scheduled event)" if when == reading.when
               else f"venue field {fname} (later than the scheduled day '{reading.text}')")
        flags.append(f"scheduled event ({reading.text}): the result may come after the scheduled day; review")
        return Deadline(when=when, source=src, rules_text=reading.text)
    mentioned = latest_date(f"{question}\n{rules}", tz, hint)
    if mentioned is not None and opened is not None and mentioned.when < opened:
        mentioned = None
    if fvalue is not None and field_is_day and mentioned is None:  # a day, not a time: the end of that day
        day_end = datetime.combine(fvalue.date(), time(23, 59, 59), ZoneInfo(tz))
        if day_end > fvalue:
            flags.append(f"the venue's {fname} {fvalue.isoformat()} names a day, not a time, and the rules name no "
                         f"date; the end of that day in the venue's zone ({day_end.isoformat()}) is used: review")
            fname, fvalue = f"{fname} (the end of its day)", day_end
    if fvalue is None:
        if mentioned is None:
            raise Refused("", "no deadline in the rules or the venue's fields")
        flags.append(f"no venue end field and no deadline the reader can read; the latest date the rules "
                     f"mention ('{mentioned.text}') is used: review")
        return Deadline(when=mentioned.when, source=f"latest date in the rules '{mentioned.text}'")
    if mentioned is not None and mentioned.when - fvalue > timedelta(minutes=1):
        flags.append(f"the venue's {fname} {fvalue.isoformat()} is before '{mentioned.text}' in the rules, which "
                     f"the reader cannot place; the later is kept, never resolving early: review")
        return Deadline(when=mentioned.when, source=f"latest date in the rules '{mentioned.text}' (later than {fname})")
    return Deadline(when=fvalue, source=f"venue field {fname}")
