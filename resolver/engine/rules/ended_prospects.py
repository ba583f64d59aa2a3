"""Ruled out because the way to the act is gone (read under the rule `ruled_out`): the market's craft
lost ('the booster exploded on landing', lost_craft.py) or the launch carrying its one payload or flight
failed ('Long March 5 rocket launch fails', failed_launches.py), no one left to come through alive (no_survivors.py)
or the market's whole group told dead (lost_groups.py),
the party's own hope of it told ended (dashed_hopes.py), a first round whose result made the runoff
needless (needless_runoffs.py), or the talks, deal or search toward it told ended (ended_processes.py).
Each finding counts only when it is dated inside the market's window; one told before the window is
an earlier note (base.earlier_note)."""

from __future__ import annotations

from .. import dashed_hopes, ended_processes, failed_launches, lost_craft, lost_groups, needless_runoffs, no_survivors
from ..analysis import MarketContext, SentenceFacts, event_time
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import earlier_note

NAME = "ruled_out"  # ruled_out.NAME: these readings report under that rule (imported by name: it imports this module)

LOST_NOTE = "the craft is lost: no other attempt can follow before the deadline"
LAUNCH_NOTE = "the one payload or flight the market asks about failed with its launch: no other attempt can follow before the deadline"
SURVIVORS_NOTE = "no one is left to come through alive: the act cannot come before the deadline"
GROUP_NOTE = "every one of the market's group is told dead: none can come through alive before the deadline"
HOPES_NOTE = "a hope of the act told ended, with no new date before the deadline"
RUNOFF_NOTE = "the runoff will not be held: no act before the deadline"
ENDED_NOTE = "the talks, deal or search that would bring the act told ended, with no new date before the deadline"


def in_window(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings,
              found: tuple[int, str] | tuple[int, str, str] | None, what: str, note: str) -> list[Contribution]:
    """A finding that rules the act out (its token index and words, and optionally the whole wording the
    trace gives in place of `what` + the words), dated in the window."""
    if found is None:
        return []
    k, words = found[0], found[1]
    shown = found[2] if len(found) > 2 else f"{what}'{words}'"
    span = event_time(f, k)
    ws, deadline = ctx.target.window_start, ctx.market.deadline
    if span.starts_after(deadline) or (ws is not None and span.ends_before(ws)):
        return []
    early = earlier_note(ctx, f, k, NAME, shown, span, words.split("…")[0].strip())
    if early:
        return [early]
    return [hedged.weaken(f, k, NAME, "no", -settings.weights.ruled_out, f"act ruled out: {shown}", settings,
                          f"{span.explanation}; {note} {deadline:%a %d %b %Y %H:%M %z}",
                          ignore=frozenset(words.lower().split()))]


def find(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """The first of these readings that holds in the sentence, in this order."""
    return in_window(ctx, f, settings, lost_craft.find(ctx, f), "the market's craft ", LOST_NOTE) or \
        in_window(ctx, f, settings, failed_launches.find(ctx, f), "", LAUNCH_NOTE) or \
        in_window(ctx, f, settings, no_survivors.find(ctx, f), "", SURVIVORS_NOTE) or \
        in_window(ctx, f, settings, lost_groups.find(ctx, f), "the market's whole group told dead: ", GROUP_NOTE) or \
        in_window(ctx, f, settings, dashed_hopes.find(ctx, f), "the party's hope of it ended: ", HOPES_NOTE) or \
        in_window(ctx, f, settings, needless_runoffs.find(ctx, f), "the first round's result made the runoff needless: ",
                  RUNOFF_NOTE) or \
        in_window(ctx, f, settings, ended_processes.find(ctx, f), "the process toward it ended: ", ENDED_NOTE)
