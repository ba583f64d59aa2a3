"""State restored: for a 'stays true until' market, a sentence reporting that the holder got
the state back ("has survived his first no-confidence vote since being reappointed"). It
weighs nothing by itself: it supersedes reports that the state ended published before it
(aggregate.supersede_endings), so the deadline, not the stale ending, settles the market."""

from __future__ import annotations

from .. import mentions
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..hedges import hedge_cue
from ..lexicon import RESTORING_VERBS, STATE_NOUNS
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from .base import cite

NAME = "state_restored"


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if ctx.target.kind != "state" or not f.actors or not (f.object_idx or any(t.lemmas & STATE_NOUNS
                                                                                for t in f.sent.tokens)):
        return []  # the holder and the state (the office, or the market's object) both named
    read = {m.index: m for m in mentions.read(f.sent)}
    for i, tok in enumerate(f.sent.tokens):
        if not tok.lemmas & RESTORING_VERBS:
            continue
        m = read.get(i)
        if m is None or not m.affirmed:
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        span = event_time(f, i)
        if span.starts_after(ctx.market.deadline):
            continue
        if hedge_cue(f, i):
            continue  # a hedged restoration ('could be reappointed') supersedes nothing
        return [cite(f, NAME, "none", 0.0, f"the state holds again: '{tok.text}': earlier reports that it "
                                           "ended are superseded", span.explanation)]
    return []
