"""An act counted from its beginning (README 'How the engine decides'): when a market's criteria count the
act from its start ('makes landfall (the landfall process begins …)', 'including the beginning of the landfall
process'), a done beginning verb next to the act or its object is the act done ('The landfall process began at
8:30 pm on Sunday'). Moved here from rules/confirmation_gates.py, which reads it in `_done_trigger`."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation


# Criteria that count an act from its start: 'makes landfall (the landfall process begins …)',
# 'including the beginning of the landfall process', 'takes place (the first round begins)'.
_FROM_START = re.compile(r"\([^()]{0,40}?\b(?:begins|starts|commences)\b[^()]{0,60}\)"
                         r"|\bincluding\s+the\s+(?:beginning|start|onset)\s+of\b", re.I)
_BEGIN_FORMS = frozenset({"began", "begun", "started", "commenced"})  # done forms only ('starts' may be a schedule)


def begun_act(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'The cyclone started making landfall near Jakhau Port from 6.30 pm on Thursday', 'The
    landfall process began at 8:30 pm on Sunday': when the criteria count the act from its start,
    a done beginning verb with the act or its object within three words of it is the act done.
    The beginning verb's index, else None."""
    if not _FROM_START.search(ctx.market.criteria or ""):
        return None
    toks = f.sent.tokens
    near = set(f.act_idx) | set(f.act_noun_idx) | set(f.object_idx)
    for j, t in enumerate(toks):
        if t.lower not in _BEGIN_FORMS or negation(f, j) or not near & set(range(max(0, j - 3), j + 4)) - {j}:
            continue
        if t.lower == "begun" and not {w.lower for w in toks[max(0, j - 2):j]} & {"has", "have", "had"}:
            continue  # a bare participle ('once begun')
        return j
    return None
