"""An earliest date inside the window: 'dealings would not resume until Friday at the earliest', 'the
exchange won't reopen nickel trading before Friday' for a market that closes at the end of that Friday.
A negated act limited by 'before'/'until'/'till' rules the act out only up to the start of the day named;
from that day on the act is open, and often the one the speaker expects. When that day falls on or
before the deadline's own day, the sentence gives the act's earliest day inside the window, not a
ruling-out (rules/ruled_out.py turns it into a note). 'until after Friday', 'until the end of Friday'
keep the named day closed and are left to the ruling-out. Pure."""

from __future__ import annotations

from datetime import datetime

from .timex import TimeSpan

_LIMITS = frozenset({"before", "until", "till"})
_CLOSING = frozenset({"after", "end", "close", "later", "beyond", "past"})


def inside(span: TimeSpan | None, limit: str | None, deadline: datetime) -> str | None:
    """Why a negated act limited by 'before/until <day>' is no ruling-out (that day is on or before
    the deadline's day), else None. Day-granular spans only: a clock-exact limit is read as it is."""
    if span is None or limit not in _LIMITS or span.exact:
        return None
    if any(w.strip(".,").lower() in _CLOSING for w in span.text.split()):
        return None  # 'until after Friday', 'until the end of the week': the named day stays closed
    day = span.end.date()
    if day > deadline.date():
        return None
    return (f"'{span.text}': the act is only put off to {day:%a %d %b %Y}, on or before the deadline's day: "
            f"an earliest date inside the window, not a ruling-out")
