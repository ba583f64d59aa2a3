"""A departure the parties fixed in advance (endings.json 'agreed_departures'): 'CEO Kasper
Rorsted and the firm's supervisory board mutually agreed in August that he will leave the company
as of Nov. 11'. For a stays-true market on a holder, an agreement or decision told as done, then
the holder's future ending verb dated by 'as of', 'effective' or 'on' a day: the state ends that
day. Read only with no hedge in the sentence, no negation, no condition, the holder named before
the verb and the date right after it."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .packaged import load_json
from .text import conditional_clause
from .timex import TimeSpan

_DATA = load_json("endings.json")["agreed_departures"]
_AGREE = frozenset(_DATA["agree_verbs"])
_VERBS = frozenset(_DATA["verbs"])
_PARTICLES: dict[str, list[str]] = _DATA["particles"]
_HEDGES = frozenset(_DATA["hedges"])
_LEAD = re.compile(r"\b(?:%s)\s*$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["date_leads"]), re.I)
_FUTURE = frozenset({"will", "'ll"})


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, TimeSpan] | None:
    """(token of the ending verb, wording, the fixed day) or None."""
    if ctx.target.kind != "state" or not f.actors or f.sent.headline:  # a stays-true market, its holder named
        return None
    toks = f.sent.tokens
    if any(t.lower in _HEDGES for t in toks):
        return None
    agree = next((k for k, t in enumerate(toks) if t.lower in _AGREE), None)
    if agree is None or not any(p.search(f.sent.text[:toks[agree].start]) for p in ctx.actor_patterns.values()):
        return None  # the holder (or his company) among those who agreed, named before the agreement
    for i in range(agree + 1, len(toks)):
        lemma = next((w for w in _VERBS if w in toks[i].lemmas), None)
        if lemma is None or not any(toks[k].lower in _FUTURE for k in range(max(agree, i - 3), i)):
            continue
        if lemma in _PARTICLES and not (i + 1 < len(toks) and toks[i + 1].lower in _PARTICLES[lemma]):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            return None
        after = [s for s in f.spans if s.pos > toks[i].start and len(f.sent.text[toks[i].start:s.pos].split()) <= 8]
        span = next((s for s in sorted(after, key=lambda s: s.pos) if _LEAD.search(f.sent.text[:s.pos])
                     or _LEAD.match(s.text)), None)
        if span is None:
            return None
        return i, f"the state ends on a fixed day: '{toks[agree].text} … will {toks[i].text}' {span.text}", span
    return None
