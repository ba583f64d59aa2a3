"""Threshold levels told with a one-off act (act_sums.py): for a threshold market on an act that sets its sum
once ('Will the EU fine Apple more than €500 million …?'), the sum told with that act done is the market's
level. Cited under threshold_crossed's name, in the sentence-rule chain in its place: the threshold rule
reads first, and this reading is asked only when that rule moved no weight in the sentence.

- a sum on the bar's side, the act reported done, asserted, inside the window → toward yes (weakened by a hedge);
- a sum short of the bar → a note: the act was read (not unread evidence), and only the silence of a passed
  deadline, or another report, settles the market (another decision may still come).
Negated, conditional, forecast ('will impose'), or dated outside the window: nothing. For a market that counts
closes, a close told with the level it set ('closed at an all-time low of 88.09', close_levels.py) is read the
same way."""

from __future__ import annotations

from typing import Callable

from .. import act_sums, close_levels, quantities
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged, threshold_crossed
from .base import cite
from .threshold_figures import closing_market

NAME = threshold_crossed.NAME


def _parties(ctx: MarketContext) -> Callable[[str], bool]:
    """Whether a text names who the act is done to or by: the question's object when it is a name ('Apple'), else
    one of its actors, as the engine finds them (a surname for a person: 'Soto' for 'Juan Soto')."""
    t = ctx.target
    if t.object and t.object[:1].isupper():
        name = t.object.lower()
        return lambda text: name in text.lower()
    pats = tuple(ctx.actor_patterns.values())
    return lambda text: any(p.search(text) for p in pats)


def read(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None or t.single_value \
            or t.threshold_direction not in ("above", "below") or not (f.actors or f.article_mentions_subject):
        return []
    found = act_sums.read(f.sent, t.act, t.threshold_unit, _parties(ctx), f.article_mentions_subject) \
        if t.threshold_unit in quantities.CURRENCY_UNITS else None
    if found is None and not t.threshold_unit and closing_market(ctx.market.question):
        found = close_levels.read(f.sent, ctx.market.question)  # 'closed at an all-time low of 88.09'
    if found is None:
        return []
    k = found.verb
    if negation(f, k) or conditional_clause(f.sent, k):
        return []
    span = event_time(f, k)
    why = span.explanation
    deadline = ctx.market.deadline
    if span.starts_after(deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
        return [cite(f, NAME, "none", 0.0, f"the level told {found.wording} is dated outside the market's window", why)]
    what = "close" if isinstance(found, close_levels.CloseLevel) else "sum told with the act"
    bar = quantities.Required(t.threshold, t.threshold_direction, t.threshold_inclusive is not False, t.threshold_unit)
    if not bar.met_by(found.value):
        return [cite(f, NAME, "none", 0.0, f"the {what}, {found.wording}, does not meet "
                     f"{bar.describe()}" + (": the act's own size, set once" if t.act in act_sums.SET_ONCE else ""), why)]
    temporal = f"{why}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it"
    return [hedged.weaken(f, k, NAME, "yes", settings.weights.threshold_crossed,
                          f"threshold crossed: the {what}, {found.wording} ({bar.describe()})", settings, temporal)]


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """threshold_crossed's reading, or, when it moved nothing, the sum told with the act or the close told with its
    level."""
    found = threshold_crossed.apply(ctx, f, settings)
    if any(c.weight for c in found):
        return found
    own = read(ctx, f, settings)
    return own if own and (own[0].weight or not found) else found or own
