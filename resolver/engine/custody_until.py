"""A person held until a day after the deadline: 'Laurent Gbagbo will stay behind bars at least until a
fresh appeal hearing on February 1', 'X will remain in custody until his trial in March', 'the court
ordered X kept in detention until at least March 3', 'judges will keep X in jail until February 1'. For a
market on the person's release (free, release, liberate), custody lasting until a day after the deadline
rules the release out by it, as a pause until a later day rules out the act that ends it
(rules/scheduled.py _paused_until).

The held person must be a market actor, named right before the holding words ('X will stay behind bars',
'X, 73, will remain in custody') or as the object of a keeping verb ('keep X in jail'): another person's
custody ('his co-accused will stay in detention') says nothing of the market's. The day must be the first
one named after 'until' in its clause and lie after the deadline; a day before it ('until at least January
20') leaves the release open, and so do 'until no later than' (an upper bound) and a negated hold ('will not
stay in jail until'). A hedge ('could stay behind bars until') weakens the reading (rules/hedged.py)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

# acts that end custody
ENDS_CUSTODY = frozenset({"free", "release", "liberate"})

_AUX = (r"(?:(?:will|would|shall|must|is|are|was|were|has|have|had|to|could|may|might|should|be|been|being|now|still|"
        r"likely|set|expected|due|going|ordered|continue|continues|continued)\s+){0,4}")
_PLACE = r"(?:behind\s+bars|locked\s+up|in\s+(?:(?:the|a|an|his|her|their|its|[A-Z][\w.'’-]*)\s+){0,3}(?:custody|detention|jail|prison|cell|gaol))"
# the held verb: 'stay'/'remain'/'kept' need the place ('will stay behind bars'); 'detained', 'jailed' do not
_HOLD = (r"(?:(?:stay|stays|stayed|staying|remain|remains|remained|remaining|kept|be\s+kept)\s+" + _PLACE +
         r"|(?:held|detained|jailed|imprisoned|incarcerated|locked\s+up|remanded)(?:\s+" + _PLACE + r")?)")
_UNTIL = r"\s+(?:at\s+least\s+)?(?:until|till)\b(?!\s+no\s+later)"
# after the name: an optional aside between commas ('X, 73, will …'), then the holding words
_HELD_AFTER_NAME = re.compile(r"^(?:\s*,[^,;:.]{1,60},)?\s+" + _AUX + _HOLD + _UNTIL, re.I)
# a keeping verb before the name: 'will keep X in jail until', 'ordered X kept in detention until'
_KEEP_BEFORE = re.compile(r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|detain|detains|detained)\s+$", re.I)
_KEPT_AFTER_NAME = re.compile(r"^\s+(?:(?:be\s+)?kept\s+|to\s+(?:stay|remain)\s+)?" + _PLACE + _UNTIL, re.I)
_REACH = 45  # characters from 'until' to the day it names
_BREAK = re.compile(r"[,;:—–()]")


def held_past(ctx: MarketContext, f: SentenceFacts):
    """(token index of the holding words, the span after 'until', the words read) when a market actor is told
    held until a day after the deadline, else None."""
    if ctx.target.kind != "event" or ctx.target.act not in ENDS_CUSTODY or not f.actors:
        return None
    text, deadline = f.sent.text, ctx.market.deadline
    for n in f.actors:
        for m in ctx.actor_patterns[n].finditer(text):
            rest = text[m.end():]
            held = _HELD_AFTER_NAME.match(rest)
            if held is None and _KEEP_BEFORE.search(text[:m.start()]):
                held = _KEPT_AFTER_NAME.match(rest)
            if held is None:
                continue
            end = m.end() + held.end()
            hold = f.sent.token_at(m.end() + len(held.group(0)) - len(held.group(0).lstrip()))
            if negation(f, hold) or conditional_clause(f.sent, hold):
                continue
            after = [s for s in f.spans if 0 <= s.pos - end <= _REACH and not _BREAK.search(text[end:s.pos])]
            if not after:
                continue
            span = min(after, key=lambda s: s.pos)
            if not span.starts_after(deadline):
                continue
            return hold, span, text[m.start():end].strip()
    return None
