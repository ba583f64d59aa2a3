"""The event a market's act stages ('begin their proposed indefinite strike', 'stage a strike', 'hold the
national strike'): the event's own noun in a sentence stands for the act the way the act's own noun does,
so a calling-off or push-back that takes it ('agreed to defer the proposed strike from August 28', 'Strike
action on all … ferry services has been suspended') calls the act off (rules/ruled_out.py,
rules/called_off.py). Only nouns of events (frames.json 'event_objects') the question names as the act's
object, and only for acts that stage an event, not for acts done to it ('end the strike': a strike
suspended is then the act done)."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .event_objects import EVENT_OBJECTS

# acts whose object is the event they put on: starting, holding or staging it
STAGING = frozenset({"begin", "start", "launch", "hold", "stage", "conduct", "host", "organise", "organize", "mount"})


def staged_event_nouns(ctx: MarketContext, f: SentenceFacts) -> list[int]:
    """The tokens of the sentence naming the event the market's act stages: the question's object head
    when it is an event noun and the act stages it, else none."""
    terms = ctx.target.object_terms
    if (ctx.target.act or "") not in STAGING or not terms or terms[-1] not in EVENT_OBJECTS:
        return []
    head = terms[-1]
    toks = f.sent.tokens
    return [i for i in f.object_idx if head in toks[i].lemmas or toks[i].lower == head]
