"""A government's confidence vote lost, for a market on it winning one ('Will Habib Jemli's proposed
government win a confidence vote in Tunisia's parliament by January 31, 2020?', 'Will Mateusz
Morawiecki's new government win a vote of confidence in the Sejm by December 15, 2023?'). The vote on
a proposed cabinet is held once: when it goes against the cabinet, another one is proposed, so the
vote lost settles the market (read by rules/opposite_outcome.py through rejected_measures.rejected,
as a contest lost). Told in three ways, each naming the market's candidate in the sentence:

- the vote lost: 'X's government lost the confidence vote', 'failed to win a vote of confidence',
  'The government of … Morawiecki did not receive a vote of confidence' (the candidate before the
  verb, in its clause);
- the cabinet rejected: 'Members of parliament defeated the vote for designated prime minister X's
  proposed cabinet by 134 votes to 72', 'lawmakers rejected X's cabinet in a confidence vote' (the
  candidate in the thing rejected, a government or cabinet, and a vote named in the sentence);
- the other vote carried: 'the Sejm passed a vote of no confidence in the government of X',
  'expressed a vote of no confidence in X's government'.

Not read: a hedged or conditional telling ('could reject', 'is expected to lose', 'if parliament
rejects'), a negated one ('did not reject'), a vote against another ('no-confidence motion against
the speaker'), and a market asking for a no-confidence motion to pass (survived_votes.py reads that)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .text import conditional_clause

# the vote a cabinet must win, never the motion against it ('no-confidence vote')
_VOTE = r"(?<!no\s)(?<!no-)(?:confidence\s+(?:vote|motion|ballot)|vote\s+of\s+(?:confidence|trust)|trust\s+vote|" \
        r"investiture\s+vote|vote\s+of\s+investiture)"
_NO_VOTE = r"(?:(?:vote|motion)\s+of\s+no[\s-]+confidence|no[\s-]+confidence\s+(?:vote|motion))"
_ASKS = re.compile(rf"\b(?:win|receive|secure|obtain|get|gain|pass)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
                   rf"{_VOTE}\b", re.I)
_DET = r"(?:(?:the|a|an|its|his|her|their|this|that|parliament's|today's)\s+)?(?:[\w-]+\s+){0,2}?"
_LOST = re.compile(rf"\b(?:lost|loses|failed\s+to\s+(?:win|secure|get|gain|obtain|receive|pass|clear)|"
                   rf"(?:did\s+not|didn't|did\s+not\s+manage\s+to)\s+(?:win|secure|get|gain|obtain|receive|pass))\s+"
                   rf"{_DET}{_VOTE}\b", re.I)
_CABINET = r"(?:government|cabinet|line-?up|ministers|team)"
# the head's owner after it ('the government of Mateusz Morawiecki', 'the cabinet proposed by X')
_OF = r"(?:\s+(?:of|led\s+by|proposed\s+by|formed\s+by|headed\s+by)\s+[^.;:,]{0,60})?"
_REJECTED = re.compile(rf"\b(?:rejected|rejects|defeated|defeats|voted\s+down|votes\s+down|turned\s+down|voted\s+against|"
                       rf"refused\s+to\s+endorse)\s+(?P<obj>[^.;:]{{0,100}}?\b{_CABINET}\b{_OF})", re.I)
_A_VOTE = re.compile(rf"\b(?:{_VOTE}|vote|votes|ballot)\b", re.I)
_CARRIED = re.compile(rf"\b(?:passed|passes|adopted|adopts|approved|approves|expressed|expresses|carried)\s+(?:a|an|the)\s+"
                      rf"{_NO_VOTE}\s+in\s+(?P<obj>[^.;:]{{0,80}}?\b{_CABINET}\b{_OF})", re.I)
_HEDGED = re.compile(r"\b(?:could|would|might|may|will|should|can|expected|likely|set\s+to|poised|threaten\w*|if|unless|"
                     r"whether|plans?\s+to|tipped)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|nearly|almost)\b", re.I)
_SPLIT = re.compile(r"[;:]\s|\b(?:and|but|after|while|as|which|who|that|because|when)\b", re.I)


def asked(ctx: MarketContext) -> bool:
    """The market asks that a candidate's government win a vote of confidence."""
    return bool(ctx.target.candidate and ctx.candidate_pattern and _ASKS.search(ctx.market.question))


def _subject(text: str, start: int) -> str:
    return _SPLIT.split(text[:start])[-1]


def lost(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The token index and wording of the candidate's cabinet losing its vote of confidence, else None."""
    if not asked(ctx):
        return None
    text = f.sent.text
    low = text.lower()
    if not any(w in low for w in ("confidence", "trust", "investiture", "vote")):
        return None  # the keyword prefilter
    pattern = ctx.candidate_pattern
    for m in _LOST.finditer(text):
        subject = _subject(text, m.start())
        if not pattern.search(subject) or _HEDGED.search(subject) or _NEGATED.search(subject):
            continue
        i = f.sent.token_at(len(text[:m.start()].rstrip()) - 1)  # the subject's last word: 'did not' is the reading's own
        if conditional_clause(f.sent, i):
            continue
        return i, f"'{' '.join((subject.strip() + ' ' + m.group(0)).split())}' (the cabinet's vote of confidence lost)"
    for m in _REJECTED.finditer(text):
        subject = _subject(text, m.start())
        obj = m.group("obj")
        if not pattern.search(obj) or _NEGATED.search(subject[-30:] + obj) or _HEDGED.search(subject):
            continue
        if not _A_VOTE.search(text):
            continue  # 'the president rejected X's cabinet': not a vote
        i = f.sent.token_at(m.start())
        if conditional_clause(f.sent, i):
            continue
        return i, f"'{' '.join(m.group(0).split())}' (the cabinet voted down)"
    for m in _CARRIED.finditer(text):
        subject = _subject(text, m.start())
        if not pattern.search(m.group("obj")) or _NEGATED.search(subject) or _HEDGED.search(subject):
            continue
        i = f.sent.token_at(m.start())
        if conditional_clause(f.sent, i):
            continue
        return i, f"'{' '.join(m.group(0).split())}' (the vote against the cabinet carried)"
    return None
