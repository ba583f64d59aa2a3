"""Delays told as a length, not a date: 'adjourned a session on the treaty for at least one
month', 'the soonest another launch can happen will be seven days'. The length, counted from the
day of the statement, gives the earliest day the act can come; when that day is after the market's
deadline, the push-back rules the act out in time (rules/ruled_out.py, rules/scheduled.py).

Only a length led by 'for' or 'by' (the whole push-back: 'postponed for two weeks', 'delayed by a
month') or marked as a minimum ('at least', 'no less than', 'a minimum of', 'the soonest … will be')
is read; 'within a month', 'in a week' or 'up to a month' are upper bounds or forecasts, not delays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .numerals import _number
from .packaged import load_json

UNITS: dict[str, int] = dict(load_json("cancellations.json")["minimum_delay_units"])
_N = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_UNIT = r"(?P<unit>" + "|".join(sorted(UNITS)) + r")s?\b"
_MIN = r"(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)"
# 'for at least one month', 'by a month', 'for two weeks'
_LED = re.compile(rf"\b(?:for|by)\s+(?:{_MIN}\s+)?(?:another\s+|a\s+further\s+)?{_N}\s+(?:more\s+)?{_UNIT}", re.I)
# 'the soonest another launch can happen will be seven days', 'the earliest … is two weeks away'
_SOONEST = re.compile(rf"\bthe\s+(?:soonest|earliest)\b[^.;]{{0,60}}?\b(?:will\s+be|would\s+be|is|are)\s+"
                      rf"(?:{_MIN}\s+)?{_N}\s+{_UNIT}", re.I)


def _count(word: str) -> int | None:
    if word.lower() in ("a", "an"):
        return 1
    n = _number(word)
    return int(n) if n is not None and n == int(n) and n > 0 else None


def minimum_delay(text: str, led: bool = True) -> tuple[str, int] | None:
    """(the words, the length in days) of the first delay told as a length in `text`; with `led`
    False only the 'the soonest … will be N days' kind (which needs no calling-off verb)."""
    for pattern in ((_LED, _SOONEST) if led else (_SOONEST,)):
        m = pattern.search(text)
        if m:
            n = _count(m.group("n"))
            if n is not None:
                return m.group(0), n * UNITS[m.group("unit").lower()]
    return None


def earliest_day(start: date, days: int) -> date:
    """The first day the act can come after a push-back of `days` from `start`."""
    return start + timedelta(days=days)
