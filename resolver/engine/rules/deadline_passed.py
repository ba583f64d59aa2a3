"""Rule 4 — deadline passed: `as_of` is after the deadline plus a grace period and nothing
confirms the act → likely-no."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..analysis import MarketContext
from ..level_change import held_bar, holds_through
from ..quantities import every_session
from ..settings import EngineSettings
from ..understood import not_understood
from ..types import Contribution

NAME = "deadline_passed"


def after_grace(deadline: datetime, grace_hours: float) -> datetime:
    """deadline + grace, saturating at the largest representable time instead of overflowing."""
    try:
        return deadline + timedelta(hours=grace_hours)
    except OverflowError:
        return datetime.max.replace(tzinfo=deadline.tzinfo)


def apply(ctx: MarketContext, as_of: datetime, yes_total: float, no_total: float,
          settings: EngineSettings) -> list[Contribution]:
    grace = ctx.market.settings.grace_hours
    grace = settings.grace_hours if grace is None else grace
    deadline = ctx.market.deadline
    if as_of <= after_grace(deadline, grace):
        return []
    hours = (as_of - deadline).total_seconds() / 3600
    if ctx.target.kind == "unknown":
        # the question was not parsed: no rule could have read a report of the act, so the
        # evidence's silence proves nothing
        return [Contribution(
            rule=NAME, direction="none", weight=0.0,
            reason=f"the deadline passed {hours:.1f} h before as-of, but the question was not parsed: "
                   "silence proves nothing, the evidence must be read",
            temporal=f"deadline {deadline:%a %d %b %Y %H:%M %z} + {grace:g} h < as-of {as_of:%a %d %b %Y %H:%M %z}",
        )]
    if ctx.target.kind == "state" or held_bar(ctx) is not None:
        # a "stays true until" market ('stay at or above 6.00% through April 30' too): reaching the deadline with no report of the state
        # ending resolves toward yes, the mirror image of an event market
        if no_total <= -settings.decision_threshold:
            return []
        return [Contribution(
            rule=NAME, direction="yes", weight=settings.weights.deadline_passed,
            reason=f"the deadline passed {hours:.1f} h before as-of (grace {grace:g} h) and no evidence says the state ended",
            temporal=f"deadline {deadline:%a %d %b %Y %H:%M %z} + {grace:g} h < as-of {as_of:%a %d %b %Y %H:%M %z}",
        )]
    if yes_total >= settings.decision_threshold:
        return []
    if ctx.target.kind == "threshold" and (every_session(ctx.market.question) or holds_through(ctx)):
        # 'close above 40,000 on every trading day from March 5 to March 29', 'stay above $90,000 through
        # February 28': only a level reported on the other side of the bar says no; the evidence's silence
        # shows neither a break nor the bar held throughout (a set rate's bar is a state, above)
        return [Contribution(
            rule=NAME, direction="none", weight=0.0,
            reason=f"the deadline passed {hours:.1f} h before as-of, but the market needs the bar held on every "
                   "session or moment of its window: silence shows neither a break nor every session held; the evidence must be read",
            temporal=f"deadline {deadline:%a %d %b %Y %H:%M %z} + {grace:g} h < as-of {as_of:%a %d %b %Y %H:%M %z}",
        )]
    unclear = not_understood(ctx.target, ctx.market.question)
    if unclear is not None:
        # the rules were not looking for what the question asks (understood.py): their silence
        # is not the act's absence
        return [Contribution(
            rule=NAME, direction="none", weight=0.0,
            reason=f"the deadline passed {hours:.1f} h before as-of, but {unclear}: the question was not "
                   "understood, so no rule could confirm it and silence proves nothing; the evidence must be read",
            temporal=f"deadline {deadline:%a %d %b %Y %H:%M %z} + {grace:g} h < as-of {as_of:%a %d %b %Y %H:%M %z}",
        )]
    return [Contribution(
        rule=NAME, direction="no", weight=-settings.weights.deadline_passed,
        reason=f"the deadline passed {hours:.1f} h before as-of (grace {grace:g} h) and no evidence confirms the act",
        temporal=f"deadline {deadline:%a %d %b %Y %H:%M %z} + {grace:g} h < as-of {as_of:%a %d %b %Y %H:%M %z}",
    )]
