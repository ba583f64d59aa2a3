"""A planned strike suspended or deferred from the day it was set for ('has suspended its planned teacher
strikes which were due February 15 and 16', 'agreed to defer the proposed strike from August 28'): for a
market on that strike being staged, the occasion is called off, not pushed back to another day of the
window. A walkout is the union's own call, staged on a day it names and gives notice of; once suspended it
needs a new call, so the suspended day, and a window that holds it, is off (rules/ruled_out.py). A
suspension dated to another day than the window's ('A planned strike on Tuesday … has been suspended' for
a strike asked on the Friday that 'remained on the table') is another occasion's and keeps its lesser
strength, and so does one naming no former day."""

from __future__ import annotations

from . import delays
from .analysis import MarketContext, SentenceFacts
from .lexicon import NOUN_FAMILIES
from .staged_events import STAGING

STRIKE_WORDS = frozenset(NOUN_FAMILIES["strike"])
# tokens between the push-back verb and the strike it takes: determiners and modifiers after it, a passive
# subject's own phrase before it ('A planned strike on Tuesday by thousands of workers at Heathrow Airport has
# been suspended')
AFTER, BEFORE = 6, 14


def strike_market(ctx: MarketContext) -> bool:
    """The market asks about a strike being staged: its act is striking, or staging (staged_events) a strike."""
    terms = ctx.target.object_terms
    return (ctx.target.act or "") == "strike" or (ctx.target.act or "") in STAGING and bool(terms) and terms[-1] in STRIKE_WORDS


def _strike_near(f: SentenceFacts, k: int) -> bool:
    toks = f.sent.tokens
    return any(toks[j].lemmas & STRIKE_WORDS or toks[j].lower in STRIKE_WORDS
               for j in range(max(0, k - BEFORE), min(len(toks), k + AFTER + 1)) if j != k)


def former_day_in_window(ctx: MarketContext, f: SentenceFacts, words: str, k: int):
    """The day a push-back verb at k (a suspension, a deferral) moves a strike away from, when the market
    asks about staging a strike and that day lies in the market's window: the span, else None."""
    if not strike_market(ctx) or not _strike_near(f, k):
        return None
    deadline, start = ctx.market.deadline, ctx.target.window_start
    for s in f.spans:
        if not (delays.moved_from(f.sent.text, s.pos) or delays.former_day(f, s, words, k)):
            continue
        if s.starts_after(deadline) or start is not None and s.ends_before(start):
            return None  # another day's strike
        if s.end.date() >= f.article.published.date():
            return s
    return None
