"""'For the first time since 2013': a level reached after a market's window and told as the first
time since a day before that window says the level was not reached in between, so not inside the
window either. 'Silver touches $30 for the first time since 2013', in a report of February 2021, is
a no for 'Will silver trade at or above $30 in August 2020?': had silver reached $30 in August 2020,
February 2021 would not be the first time since 2013.

Read by rules/threshold_crossed.py for a crossing it would set aside as dated after the deadline,
when the figure is the market's bar itself ('touches $30' for '$30 or above': a higher figure, 'hits
$32 for the first time since 2013', says nothing of $30), 'for the first time since' follows the figure
within a few words, and the year (or month and year) after 'since' ends before the market's window
starts. A path market only (a price 'at any time' in a window): a figure of one period's statistic is
read by its own rules."""

from __future__ import annotations

import re
from datetime import datetime

from ..lexicon import MONTHS
from ..analysis import SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from .base import cite
from .reported_figure import MISSED

_SINCE = re.compile(r"^[^.;:]{0,40}?\bfor\s+the\s+first\s+time\s+since\s+(?:(?:early|late|mid)[\s-]+)?"
                    r"(?:(?P<month>[A-Z][a-z]+)\.?\s+)?(?P<year>(?:19|20)\d\d)\b")


def since_before(text: str, end: int, window_start: datetime | None) -> str | None:
    """The words 'for the first time since <year>' right after a figure ending at `end`, when that
    year (or month of it) ends before `window_start`; else None."""
    if window_start is None or "first time since" not in text:
        return None
    m = _SINCE.match(text[end:])
    if m is None:
        return None
    year = int(m.group("year"))
    month = MONTHS.get((m.group("month") or "").lower())
    last = (year, month or 12)
    if last >= (window_start.year, window_start.month):
        return None
    return " ".join(m.group(0).split()[-7 if m.group("month") else -6:])


def missed(f: SentenceFacts, wording: str, text: str, end: int, at_bar: bool, window_start: datetime | None,
           settings: EngineSettings, why: str) -> Contribution | None:
    """A threshold_missed reading of a crossing dated after the deadline and told as the first time
    since before the window (see the module's text); None when it is not so told."""
    first = since_before(text, end, window_start) if at_bar else None
    if first is None:
        return None
    return cite(f, MISSED, "no", -settings.weights.threshold_crossed,
                f"{wording} reported after the deadline '{first}': not reached in the window", why)
