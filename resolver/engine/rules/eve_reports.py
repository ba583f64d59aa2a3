"""A figure told in an edition of the day after the deadline, with no day named: unread evidence.

A figure market's reading of a value beyond the bar is set aside when no date in its sentence
places it and its article came out after the deadline: the undated report is dated by its
publication day (analysis.event_time). That is right for a yes: nothing places the value on or
before the deadline. It is not enough for the deadline's silence to say no when the publication
is stamped with its day only (midnight: the time of day unknown, sources.time_reliability), that
day is the one right after the deadline's own, and nothing in the whole article names a day: a
morning edition dated the next day reports the eve's trading in the past tense without naming the
eve ('Satyam's stock nosedived on the Bombay Stock Exchange to an all-time low of Rs. 39.95'
in a paper of the next day, for a market on that session). The value may lie on either side of
midnight, so the sentence is listed as unread evidence and the verdict left to an analyst.

Not held: an article that names any day or date anywhere ('closed at its highest point ever on
Tuesday', 'This morning, Friday, March 14'): the article places its own report, and the rules read
that; a publication with a time of day; a publication two or more days after the deadline's day; a
reading of an act word alone (confirmation: 'has cut interest rates to 4%' may not be the market's
act at all; a figure compared with the bar is)."""

from __future__ import annotations

from datetime import timedelta

from ..analysis import MarketContext, SentenceFacts
from ..timex import find_time_expressions
from ..types import Contribution
from . import threshold_crossed, unread_evidence
from .base import cite

AFTER = "reported, but dated after the deadline"
UNDATED = "no date in the sentence"
MARK = "in an edition of the day after the deadline that names no day"


def _day_only(f: SentenceFacts) -> bool:
    p = f.article.published
    return not f.article.published_estimated and (p.hour, p.minute, p.second, p.microsecond) == (0, 0, 0, 0)


def _next_day(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The publication's day, in its own offset, is the day right after the deadline's, in its own."""
    return f.article.published.date() - timedelta(days=1) == ctx.market.deadline.date()


def _names_no_day(f: SentenceFacts) -> bool:
    a = f.article
    return not find_time_expressions(f"{a.title}\n{a.text}", a.published, "past")


def eve_edition(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The sentence's article is an edition of the day right after the deadline's, stamped with its day
    only, that names no day: an undated report in it may be of the eve."""
    return _day_only(f) and _next_day(ctx, f) and _names_no_day(f)


def held(ctx: MarketContext, f: SentenceFacts, found: list[Contribution]) -> Contribution | None:
    """The figure reading of `found` set aside only by the publication day of such an edition."""
    if ctx.target.kind != "threshold":
        return None
    for c in found:
        if (c.base_rule or c.rule) != threshold_crossed.NAME or c.weight or AFTER not in c.reason \
                or not (c.temporal or "").startswith(UNDATED):
            continue
        if eve_edition(ctx, f):
            return cite(f, unread_evidence.NAME, "none", 0.0,
                        f"{c.reason.rsplit(' (', 1)[0]}, {MARK}: it may be of the eve; an analyst should read it")
    return None
