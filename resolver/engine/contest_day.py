"""The day a who-wins market's contest is played, when its criteria name it: 'if the Sharks defeat
the Chiefs in the 2012 Super Rugby final at Waikato Stadium, Hamilton, on August 4, 2012'. A result
a sentence dates before that day ('2012 meeting: Round 9, April 21, 2012: Chiefs beat Sharks 18-12')
is an earlier meeting of the sides, not the contest's result: rival_outcome does not read it.

The day is an 'on <date>' of the question or criteria (a weekday before it allowed), on or before
the deadline's day, and not a cut-off ('on or before May 1', 'by … on', 'before 5 a.m. on'): only
a day told as the contest's own. A contest of several days names a range ('from … to …'), not one
day, so it has none here. Only a result dated in its own sentence is compared (rival_outcome's
event_time; an undated result takes the article's day, which a preview may predate)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .timex import TimeSpan, find_time_expressions

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_ON_DAY = re.compile(rf"\bon\s+{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
                     rf"(?:,?\s*\d{{4}})?", re.I)
# 'on or before', 'by 11:59 p.m. ET on', 'before 5 a.m. on', 'after … on': a cut-off, not the contest's day
_CUT_OFF = re.compile(r"(?:\b(?:or|by|before|after|until|till|than|from|since|through)\s+(?:[\d:.apm\s]+(?:[A-Z]{2,4}\s+)?)?"
                      r"|\bor\s+)$", re.I)


@lru_cache(maxsize=1024)
def named_day(question: str, criteria: str, deadline: datetime) -> TimeSpan | None:
    """The contest's own day the market names, or None."""
    for text in (question, criteria):
        for m in _ON_DAY.finditer(text):
            if _CUT_OFF.search(text[max(0, m.start() - 30):m.start()]):
                continue
            spans = find_time_expressions(m.group(0), deadline, "past")
            if spans and spans[0].start.date() <= deadline.date() and (spans[0].end - spans[0].start).days < 1:
                return spans[0]
    return None


def before_the_day(question: str, criteria: str, deadline: datetime, span: TimeSpan) -> str | None:
    """Why a result dated by `span` comes before the contest's named day, or None."""
    day = named_day(question, criteria, deadline)
    if day is None or span.end.date() >= day.start.date():
        return None
    return (f"{span.explanation}; before {day.start:%a %d %b %Y}, the day the market names for its contest "
            f"('{day.text.strip()}'): an earlier meeting, not the contest's result")
