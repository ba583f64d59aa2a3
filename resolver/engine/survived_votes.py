"""A confidence vote survived (rules/opposite_outcome.py): for a market on a motion against a holder
passing ('Will the House pass a no-confidence motion against Prime Minister X?'), 'X narrowly
survived a parliamentary no-confidence vote' tells the vote held and the motion defeated. The
votes are those of data `endings.json` 'vote_ousters' (no-confidence, censure, impeachment,
recall); the one who survived is a market actor, the subject of 'survive' told in the past (or a
headline's present), not negated, not hedged by a modal ('is expected to survive', 'would survive').
A motion defeated is not soon brought again: with the deadline within _NOT_AGAIN days of the vote, and
the article telling of no other motion ('has also filed a separate no-confidence motion'), the defeat
settles the market; otherwise another motion may come (a setback, not a verdict)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from .confidence_votes import vote_alternatives
from .packaged import load_json
from .text import conditional_clause

_VOTES = load_json("endings.json")["vote_ousters"]["votes"] + ["censure motion", "censure vote", "motion of censure",
                                                               "impeachment trial", "no-confidence motions"]
_ALT = vote_alternatives(_VOTES)
# 'survived a parliamentary no-confidence vote', 'survives the censure motion', 'survived a vote of no confidence'
_VOTE_AFTER = re.compile(rf"\s+(?:(?:the|a|an|his|her|their|its|today's|this\s+week's|another)\s+)?(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{_ALT})\b", re.I)
_ASKS = re.compile(rf"\b(?:{_ALT})\b|\bno[\s-]confidence\b|\bcensure\b|\bimpeach", re.I)


# a market on a holder put out by such a vote ('Will Viorica Dancila's cabinet be dismissed by a censure motion in
# December 2018?', 'be removed from office by a no-confidence vote'): the motion passing is the act
_OUSTED_BY = re.compile(r"\bbe\s+(?:\w+\s+)?(?:dismissed|removed|ousted|toppled|brought\s+down|unseated|deposed|sacked|"
                        r"voted\s+out)\s+(?:[\w-]+\s+){0,3}?by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                        rf"(?:{_ALT})\b", re.I)


def ousted_by_vote(question: str) -> bool:
    """The market asks a holder put out by a vote against him (its motion passing, as a 'pass' market asks)."""
    return bool(_OUSTED_BY.search(question))


def asks_motion(ctx: MarketContext) -> bool:
    """The market asks that a vote against a holder go through (its question names such a vote)."""
    return bool(_ASKS.search(ctx.market.question))


def survived(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(index, words) of a market actor surviving such a vote, told as done; else None."""
    if not asks_motion(ctx):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if "survive" not in tok.lemmas:
            continue
        vote = _VOTE_AFTER.match(f.sent.text, tok.start + len(tok.text))
        if not vote:
            continue
        done = aspect(f.sent, i, "survive") == "past" or (f.sent.headline and tok.lower == "survives")
        if not done or negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, _ = f.sent.clause_of(i)
        subject = f.sent.text[toks[a].start:tok.start]
        if not any(p.search(subject) for p in ctx.actor_patterns.values()):
            continue
        return i, f"'{tok.text}{vote.group(0)}': the vote held and the motion defeated"
    return None


_NOT_AGAIN = 31  # days
# another motion told of: 'a separate no-confidence motion', 'a new censure vote', 'another motion'
_ANOTHER = re.compile(r"\b(?:another|separate|second|new|further|fresh|next|other|more)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:motions?|votes?)\b", re.I)


def window_factor(ctx: MarketContext, f: SentenceFacts, i: int, revisable: float, note: str) -> tuple[float, str]:
    """How much the survived vote at token i counts: nothing after the deadline or before the
    window, fully with the deadline within _NOT_AGAIN days of it, else `revisable`."""
    span = event_time(f, i)
    deadline, start = ctx.market.deadline, ctx.target.window_start
    if span.starts_after(deadline) or (start is not None and span.ends_before(start)):
        return 0.0, span.explanation
    left = (deadline - span.end).days
    other = _ANOTHER.search(f"{f.article.title}\n{f.article.text}")
    if other:
        return revisable, f"{span.explanation}; the article tells of '{other.group(0)}': {note} (×{revisable})"
    if left <= _NOT_AGAIN:
        return 1.0, f"{span.explanation}; {left} days left to the deadline: a motion defeated is not soon brought again"
    return revisable, f"{span.explanation}; {left} days left to the deadline: {note} (×{revisable})"
