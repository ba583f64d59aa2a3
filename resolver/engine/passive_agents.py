"""Passive agents: the doer of a passive decision verb named in its by-phrase ("its marketing
application … was rejected by the US Food and Drug Administration (FDA)", "the merger was
blocked by the Federal Trade Commission"). The active order names the doer as the clause's
subject ('The FDA rejected …'); the passive names it after the verb. A rule that asks who
decided (a regulator's rejection, `rules/opposite_outcome`) reads both orders alike."""

from __future__ import annotations

import re

from .analysis import SentenceFacts
from .status_endings import passive

# 'by' right after the participle (an adverb between: 'rejected outright by'), then the agent's
# words up to the clause's end or a break ('by the FDA on Friday, …')
_BY = re.compile(r"^\s*(?:\w+ly\s+)?by\s+(?P<agent>[^,;:.!?]{1,80})", re.I)


def agent(f: SentenceFacts, i: int, b: int) -> str | None:
    """The words of the by-phrase naming the doer of the passive verb at token i (its clause
    ending at token b), or None when the verb is not passive or has no by-phrase."""
    toks = f.sent.tokens
    reduced = f.sent.headline and toks[i].lower.endswith("ed")  # a headline's passive has no auxiliary: 'merger blocked by EU'
    if not (passive(f, i) or reduced) or i + 1 >= min(b, len(toks)):
        return None
    end = toks[b - 1].start + len(toks[b - 1].text)
    m = _BY.match(f.sent.text[toks[i].start + len(toks[i].text):end])
    return m.group("agent") if m else None
