"""The window a market's act must fall in: its start, when the question or criteria name one
('during October', 'between October 1 and …', 'from April 23 to April 30', 'on May 7', 'at its
July 24 meeting')."""

from __future__ import annotations

import re
from datetime import datetime, time

from .indicators import statistic_period
from .timex import find_time_expressions

# 'open to traffic before 5 a.m. on September 3', 'by 11:59 p.m. ET on June 30': the day of a cut-off
# hour, a deadline the act may come well before, not a window it must fall in ('hold until midnight on
# July 27' is a state's day, kept: a 24-hour truce holds on that day)
_CUT_OFF_HOUR = re.compile(r"\b(?:before|by|no\s+later\s+than)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*"
                           r"(?:a\.?\s?m\.?|p\.?\s?m\.?)|noon|midnight)(?:\s+[A-Z]{2,4})?\s+$", re.I)

# 'the revised estimate released in March 2023': the day a statistic comes out, not the period its figure
# is for, when the question names that period ('South Korea's Q4 2022 GDP')
_RELEASED = re.compile(r"\b(?:released|published|issued|due(?:\s+out)?)\s+$", re.I)


def window_start(question: str, criteria: str, deadline: datetime) -> datetime | None:
    """Start of the period the act must fall in, when the market names one ('during October',
    'between October 1 and …', 'on May 7', 'at its July 24 meeting')."""
    text = f"{question} {criteria}"
    between = re.search(r"\bbetween\s+(.{3,40}?)\s+and\s+", text, re.I)
    # 'on every trading day from April 23 to April 30', 'from September 21 through November 2'
    since = re.search(r"\bfrom\s+(.{3,30}?)\s+(?:to|through|until|till|thru)\s+", text, re.I)
    candidates = []
    if between:
        candidates = find_time_expressions(between.group(1), deadline, "past")
    if not candidates and since:
        spans = find_time_expressions(since.group(1), deadline, "past")
        candidates = [s for s in spans[:1] if s.pos == 0 and s.start.date() <= deadline.date()]
    if not candidates:
        for m in re.finditer(r"\b(?:during|on|at\s+its|at\s+the|in|for|of\s+the)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*'s\s+)?"
                             r"(?:(?:first|initial|advance|preliminary|flash)\s+(?=[^\s]*\d))?", question, re.I):
            if _CUT_OFF_HOUR.search(question[max(0, m.start() - 40):m.start()]):
                continue
            if _RELEASED.search(question[max(0, m.start() - 20):m.start()]) and statistic_period(question, criteria):
                continue  # the statistic's own period is its window (derive: indicators.period_start)
            spans = find_time_expressions(question[m.start():m.end() + 40], deadline, "past")
            if spans and spans[0].pos <= m.end() - m.start() and spans[0].start.date() <= deadline.date():
                candidates = spans[:1]
                break
    if not candidates:
        return None
    start = candidates[0].start
    return datetime.combine(start.date(), time(0, 0), tzinfo=deadline.tzinfo)
