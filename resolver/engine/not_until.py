"""'X wasn't sworn in until just after midnight on Monday': a past negation of the act followed by
'until' and a time tells the act done at that time, not undone. When that time lies after the
market's deadline, the act came too late: a ruling-out, not a status note (rules/not_yet.py)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .settings import EngineSettings
from .types import Contribution

# a past negation: 'did not', 'wasn't', 'were not' (rules/not_yet.py reads the same words)
PAST_NEGATION = r"\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t)"
_PAST_NOT = re.compile(PAST_NEGATION + r"\s+(?:\w+\s+){0,2}$", re.I)
_UNTIL = frozenset({"until", "till"})
_REACH = 40  # characters from 'until' to the time it names
_BREAK = re.compile(r"[,;:—–()]")


def late_act(ctx: MarketContext, f: SentenceFacts, i: int, settings: EngineSettings) -> list[Contribution]:
    """The act at token i, negated in the past and followed in its clause by 'until <time>', with that
    time after the deadline: the act came only then."""
    from .rules import hedged  # the rules package imports this module's callers
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    lead = f.sent.text[toks[a].start:toks[i].start]
    if not _PAST_NOT.search(lead):
        return []
    u = next((k for k in range(i + 1, min(b, i + 6)) if toks[k].lower in _UNTIL), None)
    if u is None:
        return []
    # the time the 'until' phrase names: within a few words of it, with no clause break between
    # ('until just after midnight on Monday')
    after = [s for s in f.spans if 0 < s.pos - toks[u].start <= _REACH
             and not _BREAK.search(f.sent.text[toks[u].start:s.pos])]
    if not after:
        return []
    span, deadline = min(after, key=lambda s: s.pos), ctx.market.deadline
    if not span.starts_after(deadline):
        return []
    temporal = f"{span.explanation}, after the deadline {deadline:%a %d %b %Y %H:%M %z}"
    return [hedged.weaken(f, i, "ruled_out", "no", -settings.weights.ruled_out,
                          f"'{lead.strip(' :—–-')} {toks[i].text} … {toks[u].text} … {span.text}': the act came only then, "
                          "after the deadline", settings, temporal)]
