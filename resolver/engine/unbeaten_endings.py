"""A defeat that ends an unbeaten state (read by rules/state_ended.py): for a market on a side
staying unbeaten ('Will Leeds United remain unbeaten in the 2017-18 Championship through September
30, 2017?', or its unbeaten run remaining intact), the side, named before it in its clause, suffering a defeat or falling to its first one
('Table-topping Leeds United suffered their first defeat of the Championship season with a 1-0 loss
at battling Millwall on Saturday', 'Liverpool collapsed to their first league loss of the season')
reports the state over; the rule dates it as any ending. Not read: a defeat still ahead or only
possible ('could suffer their first defeat', 'avoided a first loss'), negated or in a condition, or
a defeat of another side named between the holder and it. Pure; word shapes only."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

_ASKED = re.compile(r"\b(?:remain|stay|go|finish)s?\s+(?:unbeaten|undefeated)\b"
                    # 'Will Bayer Leverkusen's Bundesliga unbeaten run, dating back to May 2023, remain intact'
                    r"|\b(?:unbeaten|undefeated)\s+(?:run|streak|record)\b[^?.;]{0,60}?\b(?:remain|stay)s?\s+"
                    r"(?:intact|alive|unbroken)\b", re.I)
_DEFEAT = r"(?:defeat|loss|setback)"
# 'suffered their first defeat', 'suffered a 1-0 loss', 'collapsed to their first league loss'
_ENDING = re.compile(rf"\b(?:(?P<verb>suffer(?:ed|s)?|slump(?:ed|s)?\s+to|fell\s+to|falls?\s+to|collapsed\s+to|crashed\s+to|"
                     rf"succumbed\s+to)\s+(?:(?:their|its|his|her|a|an)\s+)?(?:first\s+)?(?:[\w-]+\s+){{0,3}}?{_DEFEAT}"
                     rf"|(?:their|its|his|her)\s+first\s+(?:[\w-]+\s+){{0,3}}?{_DEFEAT})\b", re.I)
# the defeat still ahead, only possible or kept off
_AHEAD = re.compile(r"\b(?:could|would|will|might|may|can|avoid\w*|escap\w*|stave\w*|prevent\w*|to|if|before|until|hope\w*|"
                    r"fear\w*|risk\w*)\s+(?:\w+\s+){0,1}$", re.I)


def asked(ctx: MarketContext) -> bool:
    return ctx.target.kind == "state" and bool(_ASKED.search(ctx.market.question))


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the token of the defeat's first word, its wording) when the holder suffered it, else None."""
    if not asked(ctx) or not (f.actors or f.object_idx):
        return None
    text = f.sent.text
    low = text.lower()
    if "defeat" not in low and "loss" not in low and "setback" not in low:
        return None  # a cheap check before the pattern
    for m in _ENDING.finditer(text):
        i = f.sent.token_at(m.start())
        a, _ = f.sent.clause_of(i)
        before = text[f.sent.tokens[a].start:m.start()]
        if _AHEAD.search(before) or negation(f, i) or conditional_clause(f.sent, i):
            continue
        holders = [h for p in ctx.actor_patterns.values() for h in p.finditer(before)]
        if not holders:
            continue
        last = max(h.end() for h in holders)
        if re.search(r"\b(?:beat|defeated|against|over|by|to)\b", before[last:], re.I):
            continue  # 'Millwall beat Leeds United, who …': the holder is not the one defeated here
        return i, f"'{' '.join(m.group().split())}'"
    return None
