"""A figure an authority is asked to confirm ('Will the Met Office confirm a UK temperature of
39.0°C or higher …?', 'Will the IMD confirm the … reading of over 52°C …?'): the market's act is
the authority's validation of the figure, not the figure being recorded. A reading reported beyond
the bar ('the weather station recording a maximum temperature of 52.3 degrees Celsius') is the
unofficial figure the authority has still to rule on; it crosses the bar for the market only in a
sentence that also reports the validating act done ('The Met Office confirmed the 38.7C reading').
The validating acts are data (frames.json 'validating_acts'): any of them told of the market's authority, named
before the verb ('The World Meteorological Organisation confirmed …' for 'Will the WMO certify …'), is its act."""

from __future__ import annotations

from . import mentions
from .analysis import MarketContext, SentenceFacts
from .packaged import load_json
from .types import Contribution

VALIDATING = frozenset(load_json("frames.json")["validating_acts"])


def asked(ctx: MarketContext) -> bool:
    """A threshold market whose act validates the figure (confirm, certify, verify, ratify …)."""
    return ctx.target.kind == "threshold" and (ctx.target.act or "") in VALIDATING


def _by_validator(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The market's validating body (the question's first actor) is named before the validating verb at token i in
    its clause: 'The World Meteorological Organisation confirmed …' for a market on the WMO's certifying (another
    validating verb of the same authority tells the same act; another body's confirmation does not)."""
    if not ctx.target.actors:
        return False
    pattern = ctx.actor_patterns.get(ctx.target.actors[0])
    a, _ = f.sent.clause_of(i)
    return pattern is not None and bool(pattern.search(f.sent.text[f.sent.tokens[a].start:f.sent.tokens[i].start]))


def unvalidated(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """Why a figure in f does not settle a validation market: the sentence reports no validating
    act of the market's done (its own verb, affirmed); None when it does, or when the market asks none."""
    if not asked(ctx):
        return None
    act = ctx.target.act
    if any(m.affirmed and (m.predicate == act or m.predicate in VALIDATING and _by_validator(ctx, f, m.index))
           for m in mentions.read(f.sent)):
        return None
    return (f"the market asks that the figure be {'confirmed' if act == 'confirm' else act + 'ed'}, and the "
            f"sentence reports the figure, not that act done: an unofficial reading still to be ruled on")


def as_notes(found: list[Contribution], ctx: MarketContext, f: SentenceFacts) -> list[Contribution]:
    """The readings of a figure, a crossing made a weightless note when unvalidated() says why."""
    if not any(c.direction == "yes" for c in found):
        return found
    why = unvalidated(ctx, f)
    if why is None:
        return found
    return [c.model_copy(update={"direction": "none", "weight": 0.0, "reason": f"{c.reason}; but {why}"})
            if c.direction == "yes" else c for c in found]
