"""The date of a called event is not the date of its call: 'I am calling an election,' he told
reporters, adding that he would prefer the vote to take place in November — for a market on the
prime minister calling a snap election, 'in November' dates the vote, not the call. For a market
whose act calls an event (called_events.json 'acts'), a date following an event noun with 'for'
('an election for November 25'; 'call the election on Monday' may date the call) or with a holding phrase ('the vote to take place', 'the poll
will be held') dates the event. Read by rules/scheduled.py, which then takes no plan of the act
from that date."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .packaged import load_json

_DATA = load_json("called_events.json")
ACTS = frozenset(_DATA["acts"])
EVENT_NOUNS = frozenset(_DATA["event_nouns"])
_NOUNS = "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
_HOLDS = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_DATA["holding_phrases"], key=len, reverse=True))
# the event noun, then 'for', or up to four words and a holding phrase, then up to three words before the date
_EVENT_DATED = re.compile(rf"\b(?:{_NOUNS})\b(?:\s+for|(?:\s+[\w'’]+){{0,4}}?\s+(?:{_HOLDS}))(?:\s+[\w'’]+){{0,3}}?\s*$",
                          re.I)
WINDOW = 120  # characters before the date within which the event noun must stand


def dates_event(ctx: MarketContext, f: SentenceFacts, i: int, span) -> bool:
    """The span after the act's word at i dates the event the act calls, not the act."""
    if ctx.target.act not in ACTS:
        return False
    toks = f.sent.tokens
    if span.pos <= toks[i].start or not any(t.lower in EVENT_NOUNS for t in toks):
        return False
    lead = f.sent.text[max(toks[i].start + len(toks[i].text), span.pos - WINDOW):span.pos]
    lead += (re.match(r"for\s+", span.text, re.I) or re.match("", "")).group()  # the span 'for November'
    return _EVENT_DATED.search(lead) is not None


def called_event(ctx: MarketContext, word: str) -> bool:
    """The word names the event a calling act calls ('the vote' for a market on calling an election):
    it comes after the call, so it is no step that must come before it."""
    return ctx.target.act in ACTS and word.lower() in EVENT_NOUNS
