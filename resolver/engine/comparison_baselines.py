"""A date that is a comparison's baseline, not when the reported act happened: 'returning to levels not seen since
June 2023', 'the first hike since July 2011', 'the lowest level in 11 months', and a month named as a record's
category ('the first storm on record to make landfall … in the month of October'). Read on the spans timex.py
finds (analysis.py sets them aside)."""

from __future__ import annotations

import re

from .aside_dates import since_event
from .timex import _MONTH, TimeSpan

_BASELINE = re.compile(
    r"\b(?:not\s+(?:been\s+)?(?:seen|recorded|reached|hit|touched|witnessed)(?:\s+[a-z]+){0,2}"
    r"|(?:lowest|highest|weakest|strongest|biggest|largest|smallest|fastest|slowest|best|worst|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|most|least)(?:\s+[a-z]+){0,3})\s+(?:since|in)\s*$", re.I)


# 'the first storm on record to make landfall in Kaohsiung in the month of October': a period that
# names the category of a record, not when the act happened
_RECORD_CATEGORY = re.compile(r"\b(?:first|only|earliest|latest)\b[^,.;]{0,60}?\b(?:on\s+record|ever|in\s+history|"
                              r"recorded)\b[^,.;]{0,80}$", re.I)


def is_comparison_baseline(text: str, span: TimeSpan) -> bool:
    """'returning to levels not seen since June 2023', 'its lowest level since March', 'the first
    hike since July 2011': the date after 'since' is the baseline of a comparison (the last time
    before this one), not when the reported event happened;
    'the first storm on record to make landfall … in the month of October': a month without a
    day after a record ('first … on record') is the record's category."""
    # ('the first in 442 days', 'the lowest level in 11 months': a counted stretch back to the last time)
    lead = re.match(r"since\s+|in\s+(?=[\w-]+\s+(?:days?|weeks?|months?)\b)", span.text, re.I)
    upto = span.pos + (lead.end() if lead else 0)
    if span.pos < 0:
        return False
    if (m := _BASELINE.search(text[max(0, upto - 60):upto])) and (m.group().rstrip()[-5:].lower() == "since" or lead):
        return True
    month_only = re.fullmatch(r"(?:\w+\s+)?" + _MONTH + r"\.?", span.text, re.I) is not None
    return month_only and bool(_RECORD_CATEGORY.search(text[max(0, span.pos - 160):span.pos]))


def baseline_date(text: str, span: TimeSpan) -> bool:
    """The span dates a comparison's baseline: is_comparison_baseline, or the event a superlative counts back to
    ('the biggest one-day drop since China ended … in January 1994', aside_dates.since_event)."""
    return is_comparison_baseline(text, span) or since_event(text, span)
