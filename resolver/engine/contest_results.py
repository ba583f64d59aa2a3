"""The readings that tell a who-wins market's contest gone against the candidate in other words than a rival's win
(rival_outcome falls back to them when its own reading finds nothing): the candidate in the loser's role
(loser_roles.py), the contest drawn or tied when the market needs a win (drawn_results.py), the candidate's bid
withdrawn (withdrawn_bids.py), the award told gone to another (awards_gone.py). Each gives a normal rival_outcome
no contribution (its dating, forecast, poll, claim and hedge checks still apply), so the who-wins gate
(contest_silence.py) lets the likely-no stand."""

from __future__ import annotations

from . import awards_gone, drawn_results, loser_roles, withdrawn_bids
from .analysis import MarketContext, SentenceFacts


def read(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, tuple[str, ...]] | None:
    """(token index, what was read, the other parties named) or None."""
    if (found := loser_roles.lost(ctx, f)) is not None:
        return found[0], f"in the loser's role ({found[1]})", ()
    if (found := drawn_results.drawn(ctx, f)) is not None:
        return found[0], f"not winning: the contest ended level ({found[1]}), and the market needs a win", ()
    if (found := withdrawn_bids.withdrawn(ctx, f)) is not None:
        return found[0], f"out of the contest: its bid withdrawn ({found[1]})", ()
    if (found := awards_gone.gone(ctx, f)) is not None:
        return found[0], f"not the winner: the award gone to another ({found[1]})", found[2]
    return None
