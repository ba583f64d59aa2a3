"""An office kept through a contest for it (read by rules/state_held.py): for a market on a holder
staying in office ('Will Naoto Kan remain Prime Minister of Japan through September 30, 2010?'), the
holder surviving a vote or winning a contest that could have ended the state ('Venezuelan President
Hugo Chavez has survived a referendum to recall him', 'Prime Minister Naoto Kan on Tuesday defeated
Democratic Party of Japan bigwig Ichiro Ozawa in the ruling party's presidential election, securing
his post') tells the state goes on. It weighs nothing: it reads the sentence, so that the holder's
win is not listed as unread evidence holding a passed deadline back.

The holder is a market actor named in the verb's clause before it; the verb (data endings.json
'kept_offices' 'verbs': survive, defeat, beat, win) is told done (past, or a headline's present),
active ('was defeated' is the holder's loss), not negated, hedged, conditional or claimed ('his claim
that he won'); a contest noun ('contests': vote, referendum, election, motion, challenge, spill, coup …)
follows it in its clause within CONTEST_REACH words. A contest won inside the window at most NOT_AGAIN days before the deadline
is marked (MARK): with it, the deadline's silence is more than silence (weak_readings.py 'kept_office')."""

from __future__ import annotations

from bisect import bisect_left

from .analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from .hedges import hedge_cue
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("endings.json")["kept_offices"]
_VERBS = frozenset(_DATA["verbs"])
_CONTESTS = frozenset(_DATA["contests"])
_LOSING = frozenset({"defeat", "beat"})  # passive, the holder's loss: 'Kan was defeated'
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got", "gets"})
_CLAIMS = frozenset({"claim", "insist", "assert", "allege", "maintain"})
CONTEST_REACH = 16
NOT_AGAIN = 31  # days: a contest for the office is not soon held again (survived_votes._NOT_AGAIN)
MARK = f"won within {NOT_AGAIN} days before the deadline: a contest for the office is not soon held again"


def kept(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of the holder surviving or winning a contest for the state, else None."""
    if ctx.target.kind != "state" or not f.actors:
        return None
    toks = f.sent.tokens
    low = {t.lower for t in toks}
    if low.isdisjoint(_CONTESTS) and not any(t.lemmas & _CONTESTS for t in toks):
        return None  # no contest noun: the cheap test before any reading
    named = sorted(m.start() for p in ctx.actor_patterns.values() for m in p.finditer(f.sent.text))  # once a sentence
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & _VERBS
        if not verbs:
            continue
        a, b = f.sent.clause_of(i)
        at = bisect_left(named, toks[a].start)
        if at == len(named) or named[at] >= tok.start:
            continue  # no market actor named before the verb in its clause: not the holder's
        contest = next((k for k in range(i + 1, min(b, i + 1 + CONTEST_REACH))
                        if toks[k].lower in _CONTESTS or toks[k].lemmas & _CONTESTS), None)
        if contest is None:
            continue
        lemma = sorted(verbs)[0]
        told = aspect(f.sent, i, lemma)
        if f.sent.headline and told == "present":
            told = "past"
        if told != "past" or negation(f, i) or conditional_clause(f.sent, i) or hedge_cue(f, i):
            continue
        if lemma in _LOSING and any(t.lower in _PASSIVE for t in toks[max(0, i - 2):i]):
            continue  # 'Kan was defeated in the party vote': the holder lost
        if any(t.lemmas & _CLAIMS for t in toks[max(0, a - 4):i]):
            continue  # 'remained defiant in his claim that he won a November 28 election': a claim, not a result
        words = " ".join(t.text for t in toks[i:contest + 1]) if contest - i <= 4 else f"{tok.text} … {toks[contest].text}"
        return i, f"the holder '{words}': the office kept through a contest for it" + (
            f", {MARK}" if _late(ctx, f, i) else "")
    return None


def _late(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The contest at token i is dated inside the window, at most NOT_AGAIN days before the deadline."""
    span = event_time(f, i)
    deadline, start = ctx.market.deadline, ctx.target.window_start
    if span.starts_after(deadline) or (start is not None and span.ends_before(start)):
        return False
    return (deadline - span.end).days <= NOT_AGAIN
