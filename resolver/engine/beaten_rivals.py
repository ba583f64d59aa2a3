"""The rival a defeat act is done to gives up: for a market on beating someone ('Will SoftBank beat Dish
Network in the bidding war for Sprint?'), the act's object is the party to be beaten, so a calling-off told
of that party ('Dish Network abandoned its effort to acquire Sprint Nextel', 'Dish pulls out of the bidding')
is the rival leaving the contest, not the market's act called off (rules/ruled_out.py reads a calling-off
near the act or its object as the act called off).

The reading holds only when the act is a defeat verb (lexicon.DEFEAT_VERBS), the calling-off verb's subject
(its clause up to the verb) names the act's object, and that subject names no other market actor (the
market's own doer — 'SoftBank abandoned its bid' — is still its act called off). The rival's exit is left as
a weightless note: whether it settles the contest (a two-way race) is the criteria's to say.

Pure and cheap: a set test on the act, then index tests on the few object tokens the sentence holds."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .lexicon import DEFEAT_VERBS
from .text import lemmas_of


def defeat_act(ctx: MarketContext) -> bool:
    """The market's act is beating someone ('beat', 'defeat', 'oust'): its object is the rival."""
    act = (ctx.target.act or "").lower()
    return bool(act) and not DEFEAT_VERBS.isdisjoint(lemmas_of(act) | {act})


def rival_gave_up(ctx: MarketContext, f: SentenceFacts, k: int) -> str | None:
    """The words naming the rival when the calling-off verb at token k is told of the defeat act's object
    ('Dish Network abandoned …' for 'beat Dish Network'), with no other market actor in that subject;
    else None."""
    if not f.object_idx or not defeat_act(ctx):
        return None
    a, _ = f.sent.clause_of(k)
    named = [j for j in f.object_idx if a <= j < k]
    if not named:
        return None
    subject = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[k].start]
    rival = (ctx.target.object or "").lower()
    for name, pattern in sorted(ctx.actor_patterns.items()):
        if name.lower() != rival and name.lower() not in rival and pattern.search(subject):
            return None  # 'SoftBank abandoned its bid': the market's own doer
    return ctx.target.object or f.sent.tokens[named[0]].text
