"""An entrant withdrawn from the event the market asks it to take part in: 'Defending champion
Rafael Nadal withdrew from Wimbledon on Friday because of tendinitis in his knees' for a market on
Nadal playing a match at Wimbledon. A withdrawing verb (cancellations.json 'withdrawals') told as
done — past, or a headline's present; not negated, hedged, conditional or in a concessive — whose
subject is the market's party (its name nearest before the verb, no other doer) and whose 'from' /
'out of' phrase names the market's event by a capitalised word of the question that is not the
party's own name. Read by rules/ruled_out.py as the act called off.

Held back: a withdrawal told with a part of the event ('before his third-round match', 'retired
during the second set', 'pulled out of the race on lap 12'), which may come after the party took
part; and a market whose act is not one of taking part (`acts`)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .contests import nearest_name
from .packaged import load_json
from .text import conditional_clause, lemmas_of
from .verb_aspect import concessive_adjunct

_DATA = load_json("cancellations.json")["withdrawals"]
VERBS = frozenset(_DATA["verbs"])
ACTS = frozenset(_DATA["acts"])
PARTS = frozenset(_DATA["parts"])
_REACH = 4  # words after 'from' / 'out of' in which the event's name must stand


def asked(ctx: MarketContext) -> bool:
    """The market asks its party to take part in an event ('play a singles match at …', 'start the
    … Grand Prix', 'race in …')."""
    act = (ctx.target.act or "").lower()
    return bool(act) and (act in ACTS or bool(lemmas_of(act) & ACTS))


def _event_named(ctx: MarketContext, f: SentenceFacts, j: int) -> str | None:
    """The capitalised word of the question, not the party's own name, in the words after 'from' /
    'out of' (token j is the first of them)."""
    toks = f.sent.tokens
    party = set((ctx.target.candidate or "").lower().split()) | {
        w.lower() for a in ctx.target.actors[:1] for w in a.split()}
    question = set(re.findall(r"\b[A-Z][\w'’-]+", ctx.market.question))
    for k in range(j, min(len(toks), j + _REACH)):
        w = toks[k].text
        if w[:1].isupper() and w in question and w.lower() not in party:
            return w
        if toks[k].lower in (",", ";", ".", "because", "after", "on", "with", "due"):
            return None
    return None


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the verb's index, its wording) when the market's party is told withdrawn from its event."""
    if not asked(ctx) or not f.actors:
        return None
    toks = f.sent.tokens
    low = [t.lower for t in toks]
    if any(w in PARTS or w.startswith("mid-") for w in low):
        return None  # '… before his third-round match': a part of the event, which may follow taking part
    for k, t in enumerate(toks):
        hits = sorted(t.lemmas & VERBS)
        if not hits:
            continue
        j = k + 1
        if j < len(toks) and low[j] == "out":
            j += 1
            if j < len(toks) and low[j] == "of":
                j += 1
            else:
                continue
        elif j < len(toks) and low[j] == "from":
            j += 1
        else:
            continue
        if aspect(f.sent, k, hits[0]) != "past" or negation(f, k) or conditional_clause(f.sent, k) \
                or concessive_adjunct(f.sent, k):
            continue
        doer = nearest_name(f, f.sent.clause_of(k)[0], k)
        if doer is None or not any(p.search(doer) for p in ctx.actor_patterns.values()):
            continue
        event = _event_named(ctx, f, j)
        if event is None:
            continue
        return k, " ".join(x.text for x in toks[k:j]) + f" {event}"
    return None
