"""A session's end level told by a verb other than 'close'.

"Will the Dow finish a trading day above 14,000 by February 1?", "end the session below 3,000",
"finish trading above $50": finishing or ending a trading day (or session) at a level is closing
there, so the market is a closing-level market like "close above 14,000" — a price path read at
each close, intraday levels not counted. Read only with the day or session named, or with
'trading' after the verb, and a side word ('above', 'below', 'at or above' …) right after: 'finish
above 70 points' for a season, 'end the year above $100,000' are other measures.

For such a market, a close dated by a period running into a weekend ('last week') lies on the
period's weekdays (`weekday_sessions`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

_SESSION_END = re.compile(r"\b(?:finish|finishes|finished|end|ends|ended)\s+(?:(?:a|any|the|its|one)\s+(?:trading\s+)?"
                          r"(?:day|session)|trading)\s+(?:at\s+or\s+)?(?:above|below|over|under|higher\s+than|lower\s+than)\b",
                          re.I)


def session_end(question: str) -> bool:
    """The question asks for a session's end level in words other than 'close'."""
    return _SESSION_END.search(question) is not None


def weekday_sessions(span):
    """A day-granular span a close is dated by, cut to the weekdays it holds: 'closed above 14,000
    last week' in a report of Tuesday 5 February dates the close Monday 28 January to Friday 1
    February, for no market closes on the weekend. The span unchanged when it is clock-precise,
    ends on a weekday, or holds no weekday."""
    if span.exact or span.instants or span.end.weekday() < 5:
        return span
    end = span.end - timedelta(days=span.end.weekday() - 4)
    if end.date() < span.start.date():
        return span
    return replace(span, end=end, explanation=f"{span.explanation}; a close falls on a weekday: "
                                              f"by {end:%a %d %b %Y}")
