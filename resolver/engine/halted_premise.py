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
# the restart told as a noun ('Reopening of … bridge … delayed until 2023'): what is called off is the restart
RESTART_NOUNS = frozenset({"reopening", "resumption", "restart", "restarting", "restoration", "reinstatement",
                           "revival", "renewal", "reconnection", "re-establishment", "reestablishment"})


def premise(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """Token k, where a cancellation cue was found, is the market's object, and the market's act
    restarts the object: the cancellation is the halt. Not when the sentence names the restart
    itself in the object's clause, by a verb or a noun ('the resumption of flights was postponed'),
    nor when the clause gives the halt an end ('cancelled through September 15') or dates it on or
    after the deadline's day (a halt dated before it, 'canceled all services Saturday', is that day's)."""
    if not ctx.act_verbs & RESTARTING or k not in f.object_idx:
        return False
    a, b = f.sent.clause_of(k)
    toks = f.sent.tokens
    lo, hi = toks[a].start, toks[b - 1].start + len(toks[b - 1].text)
    if any(toks[j].lower in _LIMITS and _dated_after(f, j) for j in range(a, b)):
        return False  # 'cancelled through September 15': a halt with an end, read against the deadline
    if not all(sp.ends_before(ctx.market.deadline) for sp in f.spans if lo <= sp.pos < hi):
        return False  # 'cancelled all services on Monday', the deadline's day: the halt reaches it
    # ('canceled all services Saturday' two days before the deadline: that day's halt, the restart still open)
    return not any(a <= j < b for j in f.act_idx + f.act_noun_idx) and not any(
        t.lower in RESTART_NOUNS or t.lemmas & RESTARTING for t in toks[a:b])


_LIMITS = frozenset({"until", "till", "through", "thru", "into", "before"})


def _dated_after(f: SentenceFacts, j: int) -> bool:
    """The limit word at token j opens a date or 'further notice' within three words ('until September 15'),
    not 'the weekend before Christmas' with no date read after it."""
    toks = f.sent.tokens
    nxt = toks[j + 1:j + 4]
    if not nxt:
        return False
    if any(t.lower in ("further", "notice") for t in nxt):
        return True
    lo, hi = toks[j].start, nxt[-1].start + len(nxt[-1].text)
    return any(lo < sp.pos < hi for sp in f.spans)
