"""A clock time told in a named zone puts the act on the deadline's clock (census r20, class F: an
act placed on the wrong side of the deadline). 'The rover touched down on Mars at 10:31 p.m. PDT
on Aug. 5' for a cut-off at 11:59 p.m. ET on August 5, 'slipped into orbit around Mercury at 8:45
p.m. EDT Thursday' (March 17) for one at 23:59 UTC on March 17: the calendar day the sentence
names is the deadline's, but the moment, converted from the named zone to the deadline's offset,
comes after it. Read only when the sentence names both the day (a date or a weekday it dates the
act with) and a clock time with a zone abbreviation (resolver/data/zones.json) in the act's clause
after the act word (no other clause between); 'before 11 p.m.', 'by noon' bound the act from above and are not read. The
time of day a clock gives that is the same calendar day in the deadline's zone is left to the day
reading. The other way round, a named day after the deadline's whose zoned clock is on or before the
cut-off ('at 12:09 am UTC on April 20' for 11:59 p.m. ET on April 19) puts the act inside the window.
Read by rules/confirmation.py. Pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time, timedelta

from .timex import TimeSpan
from .zoned_dates import OFFSETS

_CLOCK = re.compile(
    r"\b(?P<q>at|around|about|approximately|shortly\s+after|just\s+after|after)\s+"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<min>\d\d))?\s*(?:(?P<ap>[ap])\.?\s*m\b\.?)?|(?P<noon>noon|midday|midnight))"
    r"\s*\(?(?P<z>[A-Z]{2,4}T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST)\b")
_REACH = 90  # characters after the act word the clock may stand at, in its clause


def _clock(m: re.Match[str]) -> time | None:
    if m.group("noon"):
        return time(0, 0) if m.group("noon").lower() == "midnight" else time(12, 0)
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    if minute > 59:
        return None
    if m.group("ap"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    elif not m.group("min") or hour > 23:
        return None  # a 24-hour clock needs its minutes ('00:45 UTC'); '5 EDT' is no clock
    return time(hour, minute)


def _moment(f, i: int, span: TimeSpan, deadline: datetime) -> tuple[datetime, re.Match[str]] | None:
    """The moment, on the deadline's clock, of the act at token i dated by `span` to one calendar
    day and told at a clock time with a named zone in its clause after the act word; else None."""
    if span.pos < 0 or span.start.date() != (span.end - timedelta(microseconds=1)).date():
        return None
    text = f.sent.text
    if "T" not in text and "GMT" not in text:  # cheap prefilter: every zone abbreviation read ends in T or is GMT/UTC/IST
        return None
    tok = f.sent.tokens[i]
    start = tok.start + len(tok.text)
    m = _CLOCK.search(text, start, start + _REACH)  # (the clause splitter cuts '10:31' at its colon)
    if m is not None and re.search(r"[;()]|\b(?:and|but|after|before|while|when)\b", text[start:m.start()]):
        return None  # the clock of another clause ('…, and the crew landed at 8 p.m. EDT')
    if m is None or (zone := OFFSETS.get(m.group("z"))) is None or (clock := _clock(m)) is None:
        return None
    offset = deadline.utcoffset() or timedelta(0)
    at = datetime.combine(span.start.date(), clock) - timedelta(hours=zone) + offset  # on the deadline's clock (naive)
    return at.replace(tzinfo=deadline.tzinfo), m


def told_after(f, i: int, span: TimeSpan, deadline: datetime) -> str | None:
    """Why the act at token i of `f`, dated by `span` to one calendar day, falls after the deadline
    by the clock time and zone its clause tells it at; else None."""
    found = _moment(f, i, span, deadline)
    if found is None or found[0] <= deadline:
        return None
    at, m = found
    return (f"at '{m.group(0).split(None, 1)[1]}' on {span.start:%d %b %Y}, which is {at:%d %b %Y %H:%M} on the "
            f"deadline's clock ({deadline:%H:%M %z}): after the cut-off")


def placed_before(f, i: int, span: TimeSpan, deadline: datetime, why: str) -> tuple[TimeSpan, str]:
    """The other way round: 'underwent its fourth halving at 12:09 am UTC on April 20, 2024' for a
    cut-off at 11:59 p.m. ET on April 19. The calendar day the sentence names is after the
    deadline's, but the moment, on the deadline's clock, is on or before it: the act's span becomes
    that moment. (span, why) unchanged otherwise."""
    if not span.starts_after(deadline) or (found := _moment(f, i, span, deadline)) is None or found[0] > deadline:
        return span, why
    at, m = found
    note = (f"at '{m.group(0).split(None, 1)[1]}' on {span.start:%d %b %Y}, which is {at:%d %b %Y %H:%M} on the "
            f"deadline's clock ({deadline:%H:%M %z}): on or before the cut-off")
    return replace(span, start=at, end=at, exact=True, instants=False, explanation=f"{span.explanation}; {note}"), \
        f"{why}; {note}"
