"""A rival's concession in a two-sided contest (who-wins markets): a question that sets the
candidate against one named side ('Will First Union, rather than SunTrust, win Wachovia
shareholders' backing …?') is settled for the candidate when that side concedes ('A SunTrust
Banks official conceded defeat for that bank's rival $15.1 billion offer'). A concession of
anything else ('conceded two goals'), to a third side, or by another than the one rival, is not
read. The cue and object words are data (`resolver/data/contests.json` 'sole_rival')."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .contests import nearest_name
from .electoral import ELECTION_KINDS, other_election
from .packaged import load_json

_DATA = load_json("contests.json")["sole_rival"]
_CUES = tuple(_DATA["cues"])
_OBJECTS = frozenset(_DATA["objects"])
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her"})


def sole_rival(ctx: MarketContext) -> re.Pattern[str] | None:
    """The pattern of the one side the question sets against the candidate: an actor of the
    market, not the candidate, named right after a cue ('rather than SunTrust')."""
    if not (ctx.target.candidate and ctx.candidate_pattern):
        return None
    q = ctx.market.question
    for cue in _CUES:
        for m in re.finditer(rf"\b{re.escape(cue)}\s+", q, re.I):
            rest = q[m.end():]
            for actor, pat in ctx.actor_patterns.items():
                hit = pat.match(rest)
                if hit and not ctx.candidate_pattern.search(actor):
                    return pat
    return None


def rival_conceded(ctx: MarketContext, f: SentenceFacts, read: dict) -> int | None:
    """Index of a concession reported as done ('conceded defeat', 'conceded the race', a bare
    'conceded' ending its clause) whose doer (the name nearest before it, in its clause) is the
    question's one rival, not conceding 'to' a third side; in an article that names the
    candidate."""
    rival = sole_rival(ctx)
    whole = f"{f.article.title}\n{f.article.text}"
    if rival is None or not ctx.candidate_pattern.search(whole):
        return None
    asked = {w.lower() for w in re.findall(r"[A-Za-z-]+", ctx.market.question)}
    if any(w.lower() in ELECTION_KINDS and w.lower() not in asked for w in re.findall(r"[A-Za-z-]+", whole)):
        return None  # 'Cuomo publicly conceded …' in a report on a primary: another election's concession
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if "concede" not in t.lemmas or i not in read or not read[i].affirmed or negation(f, i):
            continue
        a, b = f.sent.clause_of(i)
        doer = nearest_name(f, a, i)
        if not doer or not rival.search(doer) or ctx.candidate_pattern.search(doer):
            continue
        k = i + 1
        while k < b and toks[k].lower in _ARTICLES:
            k += 1
        if other_election(f.sent, b, ctx.market.question, anywhere=True):
            continue  # 'conceded New York City's Democratic mayoral primary election': another election
        if k < b and toks[k].lower == "to" and not ctx.candidate_pattern.search(f.sent.text[toks[k].start:]):
            continue  # conceded to another side
        if k >= b or toks[k].lower in _OBJECTS or toks[k].lower in (".", "to", "on", "after", "late"):
            return i
    return None
