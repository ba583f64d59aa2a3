"""A statistic's change told by its figure ('were $691.7 billion, down 1.0 percent (±0.5 percent)
from the previous month, but up 2.9 percent (±0.7 percent) above March 2022'): the sign a word
right beside the figure gives it, the margin of error told with it, the base it is measured from
(a year earlier, for a market on the change from the month before), and another statistic named
with it. Read by rules/reported_figure.py for a market on one published figure. Pure; word shapes
only."""

from __future__ import annotations

import re

from . import statistic_names
from .lexicon import MONTHS

# a fall told right before the figure ('down 1.0 percent', 'down by 0.3%'), not a level it fell
# to ('down to 4.2%': the caller reads 'to' first)
_DOWN_BEFORE = re.compile(r"\bdown\s+(?:by\s+)?$", re.I)
# a fall told by the noun right after the figure ('a provisional 0.4 per cent contraction', 'a 0.4%
# decline'); 'a 0.5 percentage point fall' is a move of a level, told in points
_FALL_AFTER = re.compile(r"\s+(?:decline|decrease|fall|drop|contraction|lower\b(?!\s+than\s+(?:had\s+been\s+)?(?:expected|"
                         r"forecasts?|estimated|estimates|anticipated|predicted|projected|economists|analysts|the\s+consensus)))\b",
                         re.I)  # ('1.0 percent lower from the previous month'; 'lower than expected' is a miss of a forecast)


def fall_told(lead: str, text: str, end: int) -> str | None:
    """The words that tell the figure (its text ends at `end`; `lead` is the text right before it)
    as a fall: 'down', 'down by', or a noun of falling right after it ('0.4 per cent contraction')."""
    m = _DOWN_BEFORE.search(lead)
    if m:
        return m.group(0).strip()
    m = _FALL_AFTER.match(text, end)
    return m.group(0).strip() if m else None


# a margin of error told with a figure: 'down 1.0 percent (±0.5 percent)', '(+/- 0.4 percent)'
_MARGIN = re.compile(r"(?:±|\+/-|\bplus\s+or\s+minus)\s*$", re.I)


def margin(text: str, start: int) -> bool:
    """The figure starting at `start` is a margin of error ('(±0.5 percent)'), not a reported figure."""
    return bool(_MARGIN.search(text[max(0, start - 16):start]))


# a market on the change from the month or quarter before ('month-over-month', 'from the previous month')
_SHORT_ASKED = re.compile(r"\bmonth[\s-]+(?:on|over)[\s-]+month\b|\bquarter[\s-]+(?:on|over)[\s-]+quarter\b|\bm/m\b|"
                          r"\bfrom\s+the\s+(?:previous|prior|preceding)\s+(?:month|quarter)\b", re.I)
_LONG_ASKED = re.compile(r"\byear[\s-]+(?:on|over)[\s-]+year\b|\by/y\b|\byoy\b", re.I)
# the base a change is measured from, right after its figure (a parenthesis between is skipped):
# 'up 2.9 percent (±0.7 percent) above March 2022', 'from the same period a year ago', 'year-on-year'
_ASIDE = re.compile(r"^\s*\([^()\d]{0,6}[\d.,]+[^()]{0,24}\)")
_BASE_AFTER = re.compile(r"^[^\d,;:()]{0,30}?\b(?P<base>(?:from|than|above|over|on|compared\s+(?:with|to)|versus|vs\.?)\s+"
                         r"(?:(?:the\s+)?same\s+(?:month|period|time|quarter)\s+(?:a\s+year\s+(?:earlier|ago|before)|"
                         r"(?:of\s+)?last\s+year|(?:of|in)\s+(?:19|20)\d\d)|(?:a|the)\s+year\s+(?:earlier|ago|before)|"
                         r"(?:12|twelve)\s+months\s+(?:earlier|ago|before)|last\s+year|(?P<month>January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\s+(?P<year>(?:19|20)\d\d))|"
                         r"year[\s-]+(?:on|over)[\s-]+year|in\s+the\s+(?:12|twelve)\s+months)\b", re.I)


def longer_base(question: str, criteria: str, period: tuple[int, int] | None, text: str, end: int) -> str | None:
    """For a market on the change from the month (or quarter) before, the words after a figure
    (ending at `end`) that measure it from further back ('above March 2022' for March 2023, 'from
    the same period a year ago', 'year-on-year'): another change than the market's. A named month
    that is the one right before the market's ('from February 2023' for March 2023) is its base."""
    if not _SHORT_ASKED.search(f"{question} {criteria}") or _LONG_ASKED.search(question):
        return None  # (a question asking the year-on-year change, whose criteria only exclude the quarter's, asks no short one)
    after = text[end:end + 120]
    aside = _ASIDE.match(after)
    if aside:
        after = after[aside.end():]
    m = _BASE_AFTER.match(after)
    if not m:
        return None
    if m.group("month") and period:
        year, month = int(m.group("year")), MONTHS[m.group("month").lower()]
        if (year * 12 + month) == (period[0] * 12 + period[1]) - 1:
            return None  # 'from February 2023' for a market on March 2023: the month before, its own base
    return m.group("base")


# the statistics a report may name beside the market's: a figure after another's name is that one's
_OTHER_NAMES = re.compile(r"\b(?:retail\s+(?:and\s+food\s+services\s+)?sales|industrial\s+(?:production|output)|"
                          r"factory\s+(?:output|orders)|GDP|gross\s+domestic\s+product|inflation|consumer\s+prices|CPI|"
                          r"unemployment|jobless|payrolls|exports|imports|housing\s+starts|building\s+permits|"
                          r"durable\s+goods\s+orders|wages|hourly\s+earnings|consumer\s+(?:confidence|sentiment|spending))\b",
                          re.I)


def other_statistic(question: str, text: str, start: int) -> str | None:
    """For a market on a phrase-named statistic ('retail sales'), the other statistic named last
    before the figure at `start`, in its clause ('Industrial production rose 0.4% in March' for a
    market on retail sales): that statistic's figure, not the market's."""
    own = statistic_names.names(question)
    if not own:
        return None
    clause = re.split(r"[;:]|,\s+(?:while|whereas|but|and)\b|\b(?:while|whereas)\b", text[:start])[-1]
    found = list(_OTHER_NAMES.finditer(clause))
    if not found:
        return None
    last = " ".join(found[-1].group(0).lower().split())
    return None if any(last == n or last in n for n in own) else found[-1].group(0)
