"""A plan for the market's act dated well after the deadline (read by rules/scheduled.py).

'The long-awaited high-speed rail between Tel Aviv and Jerusalem is now set to open on the eve of
Sukkot – or around September 23, 2018', 'the bridge would formally be inaugurated after January 15',
'Rossello said late Wednesday that he will resign Aug. 2': the act's own verb, told to come, with a
date of its own right after it that starts two days or more after the deadline's day. The
weak-reading gate, which holds back a date after the deadline when it is the verdict's only support
(right about half the time on unseen text), lets this kind stand alone (`weak_readings.json`
'unless_reading': 'firm_plan'). On the development corpus before it was written, every held-back
reading of this kind was right.

Not this kind: the act named by a noun ('the launch … has been delayed'), a date a day after the
deadline (a date told in the writer's own time zone may fall on the deadline's day where the market
is settled: 'scheduled to touch down on Earth in the early morning on Nov. 4' for a deadline of
Nov. 3 ET), an upper bound ('by early September', 'no later than'), a date that belongs to another
verb or clause ('postponing the games that are set to start on July 24th'), a headline, a report at
second hand, and a market on any one of many ('Will any Broadway musical resume …': some may come
sooner than the ones named)."""

from __future__ import annotations

import re
from datetime import datetime

from .analysis import SentenceFacts
from .official_endings import _SECOND_HAND
from .packaged import load_json

MARK = "the act's own verb, dated two days or more after the deadline"
_DATA = load_json("firm_plans.json")
_BOUNDS = re.compile(r"\b(?:%s)\s*$" % "|".join(map(re.escape, _DATA["bounds"])), re.I)
_BETWEEN_STOPS = frozenset(_DATA["between_stops"])
_LATER_THAN = frozenset(_DATA["later_than"])
_ANY = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, _DATA["any_of_many"])), re.I)
_MIN_DAYS = _DATA["min_days"]
_MAX_BETWEEN = _DATA["max_between"]


def firm(question: str, f: SentenceFacts, i: int, span, deadline: datetime) -> bool:
    """The plan at token i (an act verb of the market) dated by `span` is of the firm kind."""
    if f.sent.headline or i not in f.act_idx or span.exact or _ANY.search(question):
        return False
    if (span.start.date() - deadline.date()).days < _MIN_DAYS:
        return False
    toks = f.sent.tokens
    end = toks[i].start + len(toks[i].text)
    if span.pos < end or _SECOND_HAND.search(f.sent.text):
        return False  # the date before the verb may date the statement or another act
    between = [t for t in toks[i + 1:] if t.start < span.pos]
    if between and between[-1].lower in _LATER_THAN:
        between = between[:-1]  # 'inaugurated after January 15'
    if len(between) > _MAX_BETWEEN or any(t.lower in _BETWEEN_STOPS | _LATER_THAN for t in between):
        return False  # 'postponing the games that are set to start on July 24th'
    return not _BOUNDS.search(f.sent.text[:span.pos])
