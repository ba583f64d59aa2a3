"""Votes that oust a holder (rules/state_ended.py, data `endings.json` 'vote_ousters'): 'Prime
Minister Imran Khan lost the no-confidence vote against him' ends the holder's office when the
market's criteria make removal by such a vote an end ('removed by a no-confidence vote'). Without
those words it is not read: in some systems a government that loses a confidence vote stays in
office until an election, and 'lost the vote' alone can be any vote. A question asking that the holder
survive such a vote ('Will Stefan Löfven's government survive the no-confidence vote held on June 21?',
'survive the November 8, 2011 recall election') names losing it as the end, whatever comes after."""

from __future__ import annotations

import re

from . import subordinate_subjects
from .analysis import MarketContext, SentenceFacts, aspect, negation
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("endings.json")["vote_ousters"]
VERBS = frozenset(_DATA["verbs"])


def vote_alternatives(words) -> str:
    """Regex alternatives for vote names, longest first, a space or hyphen matching either
    ('no-confidence vote' finds 'no confidence vote')."""
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in sorted(words, key=len, reverse=True))


# 'lost the no-confidence vote', 'loses no trust vote', 'lost a vote of no confidence in parliament'
_VOTE_AFTER = re.compile(rf"\s+(?:(?:the|a|an|his|her|their|its|today's|parliament's)\s+)?(?:(?:[\w-]+)\s+)?"
                         rf"(?:{vote_alternatives(_DATA['votes'])})\b", re.I)
# 'removed by a no-confidence vote', 'ousted in a vote of no confidence', 'removal through an impeachment vote'
_IN_CRITERIA = re.compile(rf"\b(?:{vote_alternatives(_DATA['criteria'])})\b[^.;]{{0,30}}?\b(?:by|in|through|via|after)\s+"
                          rf"(?:an?\s+|the\s+)?(?:{vote_alternatives(_DATA['votes'])})\b", re.I)
# 'survive the no-confidence vote', 'survive every no-confidence motion', 'survive the May 16, 2006 no-confidence motion'
_SURVIVE = re.compile(rf"\bsurviv(?:e|es|ed|ing)\s+(?:(?:the|a|an|every|any|this|its|his|her|their)\s+)?"
                      rf"(?:[\w,-]+\s+){{0,4}}?(?:{vote_alternatives(_DATA['votes'])})\b", re.I)


def criteria_name_vote(ctx: MarketContext) -> bool:
    """The criteria make removal by a vote of confidence (impeachment, recall) an end of the state."""
    return bool(_IN_CRITERIA.search(f"{ctx.market.question} {ctx.market.criteria}") or _SURVIVE.search(ctx.market.question))


def ousted(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The holder, named before it in its clause, lost (a headline: loses) a vote of the kinds the
    criteria name as removal, told as done: not negated, hedged or conditional."""
    if ctx.target.kind != "state" or not criteria_name_vote(ctx):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & VERBS
        if not verbs or not _VOTE_AFTER.match(f.sent.text, tok.start + len(tok.text)):
            continue
        if aspect(f.sent, i, sorted(verbs)[0]) != "past" or negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, _ = f.sent.clause_of(i)
        before = f.sent.text[toks[a].start:tok.start]
        if not any(p.search(before) for p in ctx.actor_patterns.values()) and not subordinate_subjects.main_subject(ctx, f, a, i):
            continue  # 'Prime Minister Lofven announced his resignation … after he lost a vote of no-confidence'

        return i, f"'{tok.text} {_VOTE_AFTER.match(f.sent.text, tok.start + len(tok.text)).group(0).strip()}'"
    return None
