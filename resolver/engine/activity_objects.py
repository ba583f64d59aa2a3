"""An object that is the actor's own activity ('Will Bali's Ngurah Rai International Airport suspend
operations …?'): a report that the actor itself was closed, suspended or halted ('the international
airport at Bali has been closed from 7am, Monday', 'Bali airport closed as …') tells the act on its
operations, though it never names them. The actor must be named in the sentence by its own head
noun ('airport') in the act verb's clause, so that another place of the same name ('Bali hotels
closed') is not read as the actor."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts

# nouns naming what a place or a body does, not a thing it holds
ACTIVITY_HEADS = frozenset({"operations", "operation", "service", "services", "flights"})


def _actor_heads(ctx: MarketContext) -> frozenset[str]:
    """The lowercase head nouns closing the market's actors' names ('airport' of 'Bali's Ngurah Rai
    International Airport'): a capitalised last word that is a common noun once lowercased."""
    out = set()
    for actor in ctx.target.actors:
        words = actor.split()
        if len(words) >= 2 and words[-1].isalpha() and words[-1][:1].isupper():
            out.add(words[-1].lower())
    return frozenset(out)


def actor_acted_on(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """For a market whose object is the actor's activity: the act verb whose clause holds the
    actor's head noun, the actor being named in the sentence; else None."""
    if not (ctx.object_head & ACTIVITY_HEADS) or not f.actors or f.object_idx:
        return None
    heads = _actor_heads(ctx)
    if not heads:
        return None
    toks = f.sent.tokens
    for i in f.act_idx:
        a, b = f.sent.clause_of(i)
        if any(toks[k].lower in heads for k in range(a, b) if k != i):
            return i
    return None
