"""An ending told as what an event came to (read by rules/state_ended.py): 'Nationals split from
liberals in end to federal coalition', 'Minister resigns in an end to his 12-year rule'. The phrase
'in (an/the) end to' with the state named within four words after 'to', after a verb told as done in
its clause (a past verb, or a headline's present), is the state over. Not read when the clause asks,
forecasts, threatens or plans ('could split in end to coalition', 'threaten walkout in end to pact'),
nor negated or conditional."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .text import conditional_clause

_PHRASE = re.compile(r"\bin\s+(?:an?\s+|the\s+)?end\s+to\b", re.I)
_NOT_REPORTED = frozenset({"should", "could", "would", "may", "might", "must", "can", "will", "to", "shall",
                           "if", "whether", "why", "how", "set", "poised", "likely", "expected", "threaten",
                           "threatens", "threatened", "warn", "warns", "warned", "plan", "plans", "planned",
                           "call", "calls", "called", "urge", "urges", "urged", "seek", "seeks", "sought"})


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    toks = f.sent.tokens
    if f.sent.text.rstrip().endswith("?"):
        return None
    for m in _PHRASE.finditer(f.sent.text):
        i = f.sent.token_at(m.start())
        to = f.sent.token_at(m.end() - 2)
        if not any(to < k <= to + 4 for k in f.object_idx):
            continue  # the state is not what came to an end
        a, _ = f.sent.clause_of(i)
        if any(t.lower in _NOT_REPORTED for t in toks[a:i]):
            continue
        done = any(aspect(f.sent, k, sorted(toks[k].lemmas)[0]) == "past" for k in range(a, i) if toks[k].lemmas)
        if not done or negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, f"'{m.group(0)} …'"
    return None
