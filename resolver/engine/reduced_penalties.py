"""A penalty that must stand, reduced: for a stays-true market on a sentence or a penalty ('Will
Chen Shui-bian's life sentence for corruption remain in place through June 30, 2010?'), a court
that cut it no longer leaves it in place ('Former president Chen Shui-bian had his life sentence
reduced to 20 years in prison after the Taiwan High Court handed down the verdict', 'His sentence
was commuted to one year', 'the court reduced his death sentence to life'). A reducing verb
(reduce, commute, cut, lower, shorten) told as done, with the head noun of the market's object as
its object: after the active verb, or before a passive one ('was reduced', 'had … reduced').
Not read: a plan or a request ('sought to have his sentence reduced', 'could be reduced'), a
negation, a condition. Read by rules/state_ended.py."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

_PENALTY_HEADS = frozenset({"sentence", "penalty", "term", "fine"})
_REDUCING = frozenset({"reduce", "commute", "cut", "lower", "shorten", "halve"})
_DONE_FORMS = frozenset({"reduced", "commuted", "cut", "lowered", "shortened", "halved"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "had", "has", "have", "got"})
_NOT_DONE = frozenset({"will", "would", "could", "may", "might", "must", "shall", "should", "to", "not", "never", "if",
                       "unless", "seek", "seeks", "sought", "asked", "asks", "wants", "hopes", "hoped"})
_BREAKS = frozenset({",", ";", ":", "that", "which", "who", "and", "but"})


def reduced(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of the reducing verb, wording) when the sentence tells the market's penalty cut."""
    words = (ctx.target.object or "").lower().split()
    if ctx.target.kind != "state" or not words or words[-1] not in _PENALTY_HEADS:
        return None
    head = words[-1]
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        if tok.lower not in _DONE_FORMS or not tok.lemmas & _REDUCING:
            continue
        a, b = f.sent.clause_of(i)
        after = next((k for k in range(i + 1, min(b, i + 7)) if toks[k].lower.rstrip("s") == head
                      or toks[k].lower in _BREAKS), None)
        obj = after if after is not None and toks[after].lower.rstrip("s") == head else None
        if obj is None and i > 0:  # 'had his life sentence reduced', 'His sentence was commuted'
            k = i - 1
            if toks[k].lower in _PASSIVE_AUX:
                k -= 1
            before = [j for j in range(max(a, k - 1), k + 1) if toks[j].lower.rstrip("s") == head]
            obj = before[0] if before else None
            start = obj
            if obj is not None:
                while start > a and toks[start - 1].lower not in _BREAKS and toks[start - 1].lower not in _NOT_DONE \
                        and start > obj - 4:
                    start -= 1
                if any(t.lower in _NOT_DONE for t in toks[max(a, start - 3):obj]):
                    continue
        if obj is None or any(t.lower in _NOT_DONE for t in toks[max(a, i - 3):i]):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, f"'{tok.text}' (the {head} cut)"
    return None
