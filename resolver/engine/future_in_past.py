"""A plan told in the past ('Syria's military said a ceasefire in Aleppo was scheduled to be extended by 48 hours
starting on Tuesday', 'officials said on Monday, May 9, that the vote was due to take place on Wednesday'): the
plan is told as it stood on the day the sentence names, so a bare weekday after 'was/were scheduled (due, set,
slated, planned) to' is the first such day after that named day, not the next one after the article (on main an
article of Thursday 12 May read 'on Tuesday' as 17 May, after the deadline). Only when the sentence names a single
day by its date before the weekday, that day lies before the article, and the weekday so read is not after the
article's day; otherwise the spans are left as sentence_tense resolved them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from .timex import TimeSpan

_CUE = re.compile(r"\b(?:was|were)\s+(?:scheduled|due|set|slated|planned)\s+to\b", re.I)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BARE_DAY = re.compile(r"^(?:on\s+)?(?P<d>" + "|".join(_DAYS) + r")$", re.I)
_DATED = re.compile(r"\d")


def re_anchored(text: str, spans: list[TimeSpan], published: datetime) -> list[TimeSpan]:
    """`spans` with each bare weekday told after a past plan's cue re-read from the day the sentence names."""
    cue = _CUE.search(text)
    if cue is None:
        return spans
    out = []
    for s in spans:
        m = _BARE_DAY.match(s.text.strip())
        anchors = [a for a in spans if a.pos < cue.start() and _DATED.search(a.text) and a.start.date() == a.end.date()
                   and a.start.date() < published.date()]
        if m is None or s.pos < cue.end() or not anchors:
            out.append(s)
            continue
        anchor = anchors[-1].start.date()
        wd = _DAYS.index(m.group("d").lower())
        day = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        if day > published.date() or day == s.start.date():
            out.append(s)
            continue
        start = datetime.combine(day, s.start.timetz())
        end = datetime.combine(day, s.end.timetz())
        out.append(replace(s, start=start, end=end, explanation=f"'{s.text}' in a plan told as of "
                           f"'{anchors[-1].text}' ('{cue.group(0)}') → {day:%a %d %b %Y}"))
    return out
