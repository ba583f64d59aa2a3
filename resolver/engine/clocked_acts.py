"""An act told on the very day of a cut-off set to a clock time inside that day, with the time of
day its article gives it: 'Will the Bay Bridge reopen to traffic by 5:00 a.m. on September 8?'
and 'The San Francisco-Oakland Bay Bridge reopened Tuesday …', '… said after the bridge reopened
just before 7 a.m.' in an article of that Tuesday. The day alone puts the act on the deadline's
own calendar date, which elsewhere counts as on or before it; but a cut-off at 5 a.m. leaves most
of that day after it, and the clock time the article tells the act at ('just before 7 a.m.', 'at
6 p.m.', 'shortly after noon') places it. A headline or a sentence that tells the act with its day
only takes the clock time another sentence of the same article tells the same act at, when it
is told (reported as done, in the deadline's day or undated).

Only a clock time that bounds the act from below is read ('at 7 a.m.', 'just before 7 a.m.',
'after 7 a.m.'); 'before 7 a.m.', 'by 7 a.m.' say only that it came earlier. The clock is read in
the deadline's zone when it names that zone, or when the article is stamped in the deadline's
offset. A cut-off within an hour of midnight is a day's end or start: the calendar date decides,
as elsewhere. Read by rules/confirmation.py. Pure and deterministic."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from . import mentions
from .timex import TimeSpan
from .zoned_dates import OFFSETS

# the clock right after the act word, a few words on in its clause ('reopened just before 7 a.m.',
# 'reopened to traffic at 6 p.m. Monday', 'opened shortly after noon')
_CLOCK = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?P<q>(?:just|shortly|soon|right|minutes|moments)\s+(?:before|after)|before|after|at|around"
    r"|about|approximately|by|until|till|near)\s+(?:(?P<h>\d{1,2})(?:[:.](?P<min>\d\d))?\s*(?P<ap>[ap])\.?\s*m\b\.?"
    r"|(?P<noon>noon|midday))(?:\s+\(?(?P<z>[A-Z]{2,5})\b)?", re.I)
_NO_FLOOR = ("before", "by", "until", "till")  # 'before 7 a.m.': an upper bound only
_JUST_BEFORE = timedelta(minutes=30)
_MIDNIGHT_SLACK = timedelta(hours=1)


def _mid_day(deadline: datetime) -> bool:
    """The cut-off is a clock time well inside its day (5 a.m., noon), not its end or its start."""
    since = timedelta(hours=deadline.hour, minutes=deadline.minute, seconds=deadline.second)
    return _MIDNIGHT_SLACK < since < timedelta(days=1) - _MIDNIGHT_SLACK


def _clock_after(text: str, end: int, day, deadline: datetime, published: datetime) -> datetime | None:
    """The earliest moment the clock right after `end` allows the act, in the deadline's offset, or None."""
    m = _CLOCK.match(text, end)
    if m is None or m.group("q").lower() in _NO_FLOOR or re.search(r"[,;:()]", m.group()[:m.start("q") - m.start()]):
        return None
    if m.group("noon"):
        hour, minute = 12, 0
    else:
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    zone = OFFSETS.get(m.group("z") or "")
    target = deadline.utcoffset()
    if zone is not None:
        told = timedelta(hours=zone)
    elif published.utcoffset() == target:
        told = target
    else:
        return None  # a clock in an unknown zone
    at = datetime.combine(day, time(hour, minute)) - told + target  # the clock in the deadline's offset (naive)
    q = " ".join(m.group("q").lower().split())
    if q.endswith("before"):
        at -= _JUST_BEFORE
    return at.replace(tzinfo=deadline.tzinfo)


def _on_deadline_day(span: TimeSpan, deadline: datetime) -> bool:
    return span.start.date() == span.end.date() == deadline.date()


def _clock_of(g, i: int, deadline: datetime) -> datetime | None:
    tok = g.sent.tokens[i]
    return _clock_after(g.sent.text, tok.start + len(tok.text), deadline.date(), deadline, g.article.published)


def told_after(f, i: int, span: TimeSpan, deadline: datetime) -> str | None:
    """Why the act at token i of `f` (dated `span`) falls after a mid-day cut-off on the same day,
    by the clock time its sentence or its article tells the act at; else None."""
    if span.exact or not _mid_day(deadline) or not _on_deadline_day(span, deadline):
        return None
    own = _clock_of(f, i, deadline)
    if own is not None:
        clocks = [own]
    else:
        clocks = []
        for g in f.article_facts:
            if g.sent is f.sent or g.sent.headline:
                continue
            for k in g.act_idx:
                m = next((m for m in mentions.read(g.sent) if m.index == k), None)
                if m is None or not m.affirmed:
                    continue
                day = g.nearest_span(k, dating_only=True)
                if day is not None and not _on_deadline_day(day, deadline):
                    continue
                if day is None and g.article.published.date() != deadline.date():
                    continue
                at = _clock_of(g, k, deadline)
                if at is not None:
                    clocks.append(at)
    if not clocks or any(at <= deadline for at in clocks):
        return None
    first = min(clocks)
    where = "its sentence" if own is not None else "its article"
    return (f"on the deadline's own day, at a clock time {where} tells ({first:%H:%M %z}) after the cut-off "
            f"({deadline:%H:%M %z})")
