"""A successor's start fixed by the employer: 'Vanessa Hudson will assume the role of managing
director and group chief executive effective September 6'. For a stays-true market on a holder of a
post ('Will Alan Joyce remain Qantas chief executive through October 31?'), another person told to take
the market's post from a fixed day ends the holder's hold of it that day: a post has one holder. It is
the same fact an agreed departure tells from the successor's side (agreed_departures.py), and is read
with the same care: no hedge in the sentence, no negation, no condition, no quotation, not a headline.

Read when the sentence does not name the holder, names another person (a capitalised name) right
before 'will' + a verb of taking a post (endings.json 'fixed_successions' 'verbs': 'assume', 'take over',
'become', 'succeed', 'replace'), a word of the market's post (its object's head, 'chief executive')
follows within twelve words, and a date led by 'effective', 'as of', 'from' or 'on' follows within
fifteen words. The caller (state_ended) counts it only when that day is by the deadline."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .packaged import load_json
from .text import conditional_clause
from .timex import TimeSpan

_DATA = load_json("endings.json")["fixed_successions"]
_VERBS = frozenset(_DATA["verbs"])
_HEDGES = frozenset(load_json("endings.json")["agreed_departures"]["hedges"])
_LEAD = re.compile(r"\b(?:effective|as\s+of|from|on|starting)\s*$", re.I)
_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'’-]+\s+$")


def starts(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, TimeSpan] | None:
    """(token of the taking verb, wording, the successor's first day) or None."""
    if ctx.target.kind != "state" or f.sent.headline or not ctx.target.actors or not ctx.object_head:
        return None
    text, toks = f.sent.text, f.sent.tokens
    holder = ctx.actor_patterns.get(ctx.target.actors[0])
    if holder is None or holder.search(text) or any(q in text for q in ("\"", "“", "”")) \
            or any(t.lower in _HEDGES for t in toks):
        return None
    for i in range(2, len(toks)):
        if not toks[i].lemmas & _VERBS or toks[i - 1].lower != "will" or not _NAME.search(text[:toks[i - 1].start]):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            return None
        if not any(toks[k].lemmas & ctx.object_head for k in range(i + 1, min(len(toks), i + 13))):
            return None
        span = next((s for s in sorted(f.spans, key=lambda s: s.pos) if s.pos > toks[i].start
                     and len(text[toks[i].start:s.pos].split()) <= 15 and (_LEAD.search(text[:s.pos])
                                                                           or _LEAD.match(s.text))), None)
        if span is None:
            return None
        return i, f"the state ends on a fixed day: a successor 'will {toks[i].text}' the post {span.text}", span
    return None
