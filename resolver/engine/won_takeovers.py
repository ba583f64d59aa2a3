"""A takeover won, told by its result: for a market on a bidder winning a takeover battle for a company ('Will
Melrose win its hostile takeover battle for GKN?'), 'Melrose Industries has won control of the UK engineering giant
GKN' and 'Melrose has succeeded in its hostile bid to take over GKN' are the battle won. Winning control of the
company, or succeeding in the bid for it, is the outcome the battle is fought for.

Read only when the market's act is winning, its question names a takeover, bid or battle (a takeover word), and
the company fought for is one of its actors other than the bidder (the candidate). The bidder must be the
subject: named right before the verb (its name's own further words, such as 'Industries', and auxiliaries may
stand between). Not read: control of a part of the company ('control of GKN's aerospace unit', 'control of the
board of GKN', 'a stake in GKN'), of another company, a seat on a board, or control won over something else.
The verb must be reported done (mentions.py); negation, conditions and hedges are the confirmation rule's."""

from __future__ import annotations

import re

from . import mentions
from .analysis import MarketContext, SentenceFacts

MARK = "(the takeover won: the company's control, or the bid, the battle is fought for)"
_TAKEOVER = re.compile(r"\b(?:takeover|take-over|bid|bidding|battle|offer|acquisition|buyout)\b", re.I)
_CUES = ("control", "succeed")
# 'won control of', 'has gained control of', 'seized control of'
_CONTROL = re.compile(r"\b(?P<v>won|wins|gained|gains|seized|seizes|secured|secures|clinched|clinches|took|takes|taken|"
                      r"wrested|wrests|grabbed)\s+(?:full\s+|outright\s+)?control\s+(?:over|of)\s+(?P<np>[^,.;:()]{0,80})")
# 'succeeded in its hostile bid to take over GKN', 'succeeded in its £8.1bn takeover of GKN'
_SUCCEED = re.compile(r"\b(?P<v>succeeded|succeeds)\s+in\s+(?:its|their|his|her|the)\s+(?:[\w£$€.'’-]+\s+){0,4}?"
                      r"(?:bid|offer|attempt|battle|takeover|pursuit)\s*(?P<np>[^,.;:()]{0,80})")
_TO_TAKE = re.compile(r"^(?:(?:to\s+(?:take\s+over|buy|acquire|win|gain\s+control\s+of|snap\s+up)|for|of)\s+)")
# a part of the company, a stake, a seat: not the company's control
_PART = re.compile(r"\b(?:unit|units|division|divisions|arm|subsidiary|subsidiaries|business|businesses|operations?|"
                   r"stake|stakes|share|shares|board|boards|seat|seats|plant|plants|factory|brand|brands|assets?|"
                   r"stadium|club|council|parliament|chamber|city|region|territory|town|province|senate|house)\b", re.I)
_BETWEEN = frozenset({"has", "have", "had", "now", "finally", "formally", "officially", "effectively", "successfully",
                      "eventually", "today", "yesterday", "has now", "at", "last"})


def asked(ctx: MarketContext) -> str | None:
    """The company fought for, when the market asks a bidder's winning a takeover battle for it."""
    t = ctx.target
    if t.kind != "event" or t.act != "win" or not t.candidate or not _TAKEOVER.search(t.object or ""):
        return None
    cand = t.candidate.lower()
    others = [a for a in t.actors if a.lower() != cand and cand not in a.lower() and a.lower() not in cand]
    return others[0] if len(others) == 1 else None


def _subject_named(ctx: MarketContext, f: SentenceFacts, at: int) -> bool:
    """The bidder named right before character `at`: its name, its name's own further words, auxiliaries."""
    pat = ctx.candidate_pattern
    if pat is None:
        return False
    names = [m for m in pat.finditer(f.sent.text) if m.end() <= at]
    if not names:
        return False
    words = f.sent.text[names[-1].end():at].split()
    while words and words[0][:1].isupper() and words[0].lower() not in ("has", "had", "have"):
        words = words[1:]  # 'Melrose Industries', 'Melrose PLC'
    return len(words) <= 3 and all(w.lower() in _BETWEEN for w in words)


def _company_told(company: str, np: str) -> bool:
    """The noun phrase after 'control of' is the company itself: its name in it, as the phrase's end or followed by
    nothing of its own ('GKN', 'the UK engineering giant GKN', 'GKN for £8.1 billion'), and no part of it named."""
    k = np.lower().find(company.lower())
    if k < 0:
        return False
    head, tail = np[:k], np[k + len(company):]
    if _PART.search(head) or re.match(r"^['’]s?\b", tail) or re.match(r"^\s+(?:plc\s+)?(?:unit|division|arm|board|"
                                                                        r"stake|shares|subsidiary)\b", tail, re.I):
        return False  # 'control of the board of GKN', 'control of GKN's aerospace unit'
    return len(head.split()) <= 6


def win_of(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the verb's token, wording) when the sentence tells the bidder won control of the company fought for, or
    succeeded in its bid for it."""
    company = asked(ctx)
    low = f.sent.text.lower()
    if company is None or not any(c in low for c in _CUES):
        return None
    for rx in (_CONTROL, _SUCCEED):
        for m in rx.finditer(f.sent.text):
            np = m.group("np")
            if rx is _SUCCEED:
                to = _TO_TAKE.match(np)
                if not to:
                    continue
                np = np[to.end():]
            if not _company_told(company, np) or not _subject_named(ctx, f, m.start("v")):
                continue
            k = f.sent.token_at(m.start("v"))
            found = next((x for x in mentions.read(f.sent) if x.index == k), None)
            if found is None or not found.affirmed:
                continue
            return k, f"'{m.group(0).strip()}' {MARK}"
    return None
