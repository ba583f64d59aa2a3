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
from .timex import TimeSpan

RESTARTING = REVIVED | frozenset(FRAMES["restore"].verbs)
# the restart told as a noun ('Reopening of … bridge … delayed until 2023'): what is called off is the restart
RESTART_NOUNS = frozenset({"reopening", "resumption", "restart", "restarting", "restoration", "reinstatement",
                           "revival", "renewal", "reconnection", "re-establishment", "reestablishment"})


def premise(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """Token k, where a cancellation cue was found, is the market's object, and the market's act
    restarts the object: the cancellation is the halt. Not when the sentence names the restart
    itself in the object's clause, by a verb or a noun ('the resumption of flights was postponed'),
    nor when the clause gives the halt an end ('cancelled through September 15') or dates it on the
    deadline's day or later; a halt dated on a day that ends before the deadline's day, by its
    article's day or earlier ('canceled all services Saturday', two days before a Monday deadline),
    is the halt itself."""
    if not ctx.act_verbs & RESTARTING or k not in f.object_idx:
        return False
    a, b = f.sent.clause_of(k)
    toks = f.sent.tokens
    lo, hi = toks[a].start, toks[b - 1].start + len(toks[b - 1].text)
    dated = [sp for sp in f.spans if lo <= sp.pos < hi]
    if any(_limit(f, j, dated) for j in range(a, b)) or any(not _halt_day(ctx, f, sp) for sp in dated):
        return False  # 'cancelled through September 15': a halt with an end, read against the deadline
    return not any(a <= j < b for j in f.act_idx + f.act_noun_idx) and not any(
        t.lower in RESTART_NOUNS or t.lemmas & RESTARTING for t in toks[a:b])


_LIMITS = frozenset({"until", "till", "through", "thru", "into", "before"})
# limits that also name a place in time or space without ending the halt ('the weekend before
# Christmas', 'into the night'): an end only when a date follows them
_DATED_LIMITS = frozenset({"into", "before"})


def _limit(f: SentenceFacts, j: int, dated: list[TimeSpan]) -> bool:
    """Token j gives the halt an end: 'until', 'through' …, or 'into' / 'before' right before a date
    of the clause ('cancelled before Monday'; not 'the weekend before Christmas')."""
    tok = f.sent.tokens[j]
    if tok.lower not in _LIMITS:
        return False
    if tok.lower not in _DATED_LIMITS:
        return True
    after = tok.start + len(tok.text)
    return any(0 < sp.pos - after <= 5 for sp in dated)


def _halt_day(ctx: MarketContext, f: SentenceFacts, sp: TimeSpan) -> bool:
    """A date naming the halt's own day: one whole day that ends before the deadline's day begins
    and is no later than its article's day (a halt said of a coming day is a schedule)."""
    day = sp.start.date()
    return (sp.end.date() == day and day <= f.article.published.date()
            and day < ctx.market.deadline.astimezone(sp.start.tzinfo).date())
