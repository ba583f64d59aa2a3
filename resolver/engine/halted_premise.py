"""The halt a restarting act would end: for a market on an act that starts something again
('resume international passenger flights', 'reopen the border', 'restart production'), a report that
the object was cancelled, called off or postponed ('All flights have been canceled') tells the
stop the market begins from, not the act ruled out. Only the object's own cancellation is read
so: the act or its noun called off ('the resumption was postponed') still rules the act out, and a
negated modal on the object ('flights will not operate before Monday') is no cancellation.
Read by rules/ruled_out.py. Verbs: cancellations.json 'dropped_plans' 'revived' (the verbs that
take back up what was dropped) and the restore frame's."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .dropped_plans import REVIVED
from .frames import FRAMES

RESTARTING = REVIVED | frozenset(FRAMES["restore"].verbs)


def premise(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """Token k, where a cancellation cue was found, is the market's object (not its act or the
    act's noun), and the market's act restarts the object: the cancellation is the halt."""
    return bool(ctx.act_verbs & RESTARTING) and k in f.object_idx and k not in f.act_idx \
        and k not in f.act_noun_idx
