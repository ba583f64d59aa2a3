"""A cut-off set to the minute in a named zone: 'Will MESSENGER enter orbit around Mercury by March
17, 2011, 23:59 UTC?', 'Times are judged in UTC regardless of how they are reported locally'. Such
a market asks on which side of one instant the act fell, so a report dated only to a day places
it only if that whole day, in the report's own offset, lies on one side: 'slipped into orbit on
Thursday evening' in an article stamped -07:00 names a day that runs seven hours past 23:59 UTC,
and the act may lie in them. (Elsewhere a named day is compared with the deadline's own calendar
date: a feed's offset is not trusted over the day a writer names; a market that fixes its zone
says the instant is what counts.) Only a report in another offset than the deadline's is read so:
in the deadline's own zone the day is its calendar date, as elsewhere. A report whose publication time is known bounds the day: the
act came before it."""

from __future__ import annotations

from functools import lru_cache

import re
from datetime import datetime, timedelta

from .timex import TimeSpan

_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?m\.?\s*)?\(?(?:UTC|GMT|Z|[ECMP][SD]?T|BST|CET|CEST)\b|"
                    r"\b(?:judged|measured|determined|counted)\s+in\s+(?:UTC|GMT)\b", re.I)
# a time of day the sentence gives ('at 4:53:44 p.m. Pacific Time', '8:54 p.m. ET'): it dates the act
# finer than its day, so the day alone does not leave it unplaced
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b", re.I)
_SLACK = timedelta(hours=1)  # a day that passes the instant by less is the deadline's own day


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def asked(question: str, criteria: str) -> bool:
    """The question or its criteria set the cut-off to a clock time in a named zone."""
    return bool(_CLOCK.search(question) or _CLOCK.search(criteria or ""))


def _day_only(published: datetime) -> bool:
    return (published.hour, published.minute, published.second, published.microsecond) == (0, 0, 0, 0)


def unplaced(span: TimeSpan, deadline: datetime, published: datetime, text: str) -> str | None:
    """Why a day-dated report does not place the act before the cut-off instant, else None (also
    when its sentence gives a time of day: the act is dated finer than the day)."""
    if span.exact or span.start > deadline or _TIME_OF_DAY.search(text):
        return None
    if span.start.utcoffset() == deadline.utcoffset():
        return None  # the day told in the deadline's own zone: its calendar date is compared, as elsewhere
    end = span.end if _day_only(published) else min(span.end, published)
    if end - deadline <= _SLACK:
        return None
    return (f"the cut-off is an instant ({deadline:%d %b %Y %H:%M %z}) and the act is dated only to a period that, "
            f"in the report's own offset, runs to {end:%d %b %Y %H:%M %z}: not placed on either side of it")
