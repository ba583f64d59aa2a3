"""A who-wins market's candidate granted the win by those who lost it or greet it
(engine/acknowledged_wins.py): a concession naming the candidate the winner, the market's named
rival conceding → toward yes (rule confirmation; a congratulation on the candidate's victory is read
by concessions.py, where the article names the contest). A
concession is the loser's word: where the criteria ask for the official result and accept no
concession, preliminary count or media call, it is weighed as a hedged report. Not read for a stage
of the contest (a first round), another election ('the primary' when the market asks the general
one), or when the report is dated outside the market's time."""

from __future__ import annotations

import re

from .. import acknowledged_wins, rejecting_sides
from ..analysis import MarketContext, SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged, rival_outcome
from .base import reported_in_window

NAME = "confirmation"
_CLASS = re.compile(r"\s*will\s+(?:a|an|any)\s", re.I)


def _asked(ctx: MarketContext) -> bool:
    t = ctx.target
    return bool(t.kind == "event" and t.candidate and t.role and t.role_exclusive and ctx.candidate_pattern) \
        and not _CLASS.match(ctx.market.question)


def _other_election(ctx: MarketContext, text: str) -> bool:
    return acknowledged_wins.other_election(ctx.market.question, ctx.market.criteria, text)


def candidate_granted(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(index, how) of a concession that grants the candidate the win."""
    if rejecting_sides.asked(ctx):  # 'The referendums on family and care were comprehensively defeated' for 'No'
        lost = rejecting_sides.defeated(ctx, f)
        return (lost[0], f"the rejecting side won: {lost[1]}") if lost else None
    pat = ctx.candidate_pattern
    found = acknowledged_wins.winner_acknowledged(f) or acknowledged_wins.victory_conceded_to(f)
    if found is not None and pat.search(found.others[0]):
        return found.index, f"a concession naming the candidate the winner ({found.wording})"
    whole = f"{f.article.title}\n{f.article.text}"
    found = acknowledged_wins.rival_conceded(f, ctx.market.question, ctx.market.criteria, ctx.target.candidate, pat)
    if found is not None and pat.search(whole) and not _other_election(ctx, whole):
        return found.index, f"the rival the market names conceded ({found.wording})"
    return None


def confirm(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if not _asked(ctx):
        return []
    found = candidate_granted(ctx, f)
    if found is None:
        return []
    i, how = found
    if rival_outcome.partial_win(ctx, f) or _other_election(ctx, f.sent.text):
        return []  # 'congratulated X on her first-round victory', 'conceded the primary'
    span = reported_in_window(ctx, f, i)
    if span is None:
        return []
    w = settings.weights.confirmation
    if acknowledged_wins.official_required(ctx.market.criteria):
        w *= settings.hedge_factor
        how = f"{how}; the criteria ask for the official result, which a concession or a congratulation only foretells " \
              f"(×{settings.hedge_factor:g})"
    return [hedged.weaken(f, i, NAME, "yes", w, f"act reported as done: {how}", settings, span.explanation)]
