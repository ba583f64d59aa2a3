"""A share of a popular vote told on the day of the vote, read against criteria that ask the final,
certified, declared or only the official share. An election or a referendum is counted through its night
and declared days later: the share a report gives on the day of the vote ('At print deadline on Saturday
night, … 44.97 per cent voting "yes"' in the paper of the referendum's Saturday) is a count still under
way, even where no word of counting is written beside it, so it does not settle a bar on the final share
(partial_counts.final_range: a provisional figure with no measure of what is left).

Not read: a vote of a body (a parliament's, a board's, a jury's: its tally is whole when it is told), a
figure that is no share (a count of seats or votes), criteria that accept a provisional or partial count or
a media report, and a report published after the day of the vote."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .provisional_results import _FINAL_ASKED, _PROVISIONAL_ACCEPTED, official_only

# a popular vote: an election, a referendum, a runoff, a primary, a recall
_POPULAR = re.compile(r"\b(?:elections?|referendum|plebiscite|runoff|run-off|primary|recall|presidential|parliamentary|"
                      r"general|legislative|mayoral|gubernatorial)\b", re.I)
# a vote of a body, whose tally is whole when it is told
_BODY = re.compile(r"\b(?:parliament(?:ary\s+vote)?|lawmakers|MPs|MEPs|senators|deputies|legislators|board|jury|jurors|"
                   r"shareholders|members\s+of|electoral\s+college|electors|conclave|delegates|union\s+members)\b", re.I)
# the criteria ask the final or declared share ('the final national Yes share …, as declared by the Australian
# Electoral Commission')
_FINAL_SHARE = re.compile(r"\bfinal\b[^.;]{0,40}?\b(?:share|percentage|vote|tally|figures?)\b|\bas\s+(?:declared|certified)\s+by\b",
                          re.I)
_OTHER_SOURCES = re.compile(r"\b(?:media|press|news|reporting|reports?|reported|projections?|projected|consensus|"
                            r"credible|provisional|preliminary|partial|unofficial|near-complete)\b", re.I)


@lru_cache(maxsize=1024)
def asked(question: str, criteria: str) -> bool:
    """The market asks a popular vote's final, declared or official share (see the module's words)."""
    if not _POPULAR.search(question) or _BODY.search(question) or _PROVISIONAL_ACCEPTED.search(criteria):
        return False
    if official_only(criteria):
        return True
    return bool(_FINAL_ASKED.search(criteria) or _FINAL_SHARE.search(criteria)) and not _OTHER_SOURCES.search(criteria)


def _day(published: datetime, occasion: datetime):
    """The publication's day in the occasion's time zone."""
    if published.tzinfo is not None and occasion.tzinfo is not None:
        return published.astimezone(occasion.tzinfo).date()
    return published.date()


def cue(question: str, criteria: str, unit: str, published: datetime, occasion: datetime | None) -> str | None:
    """Why a share (`unit` percent) published at `published` is a count still under way: the report is of the
    day of the vote (`occasion`, the market's), and the market asks the final share. None otherwise."""
    if unit != "percent" or occasion is None or _day(published, occasion) > occasion.date() or not asked(question, criteria):
        return None
    return f"told on the day of the vote ({occasion:%d %b %Y}), before the final count the market asks"
