"""The parties' agreement of a deal (read by rules/ruled_out.py): for a market on completing an
acquisition, merger or takeover, 'their agreement' or 'the merger agreement' told terminated by the
parties ('The companies said they would terminate their agreement') is the deal called off. The
agreement counts only as the parties' own: a possessive of theirs or a deal noun before it, with the
parties the sentence's subject ('the companies', 'both companies') or named by the market."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import MarketContext
    from .text import Sentence

DEAL_NOUNS = frozenset({"acquisition", "merger", "takeover", "buyout", "purchase", "deal", "tie-up", "combination"})
_OWNERS = frozenset({"their", "the", "its"})
_PARTIES = re.compile(r"^\W*(?:the\s+(?:two\s+)?(?:companies|firms)|both\s+(?:companies|firms))\b", re.I)


def deal_agreement(ctx: MarketContext, sent: Sentence) -> list[int]:
    """Indices of 'agreement' naming the deal's own agreement in a market on a deal, else []."""
    if ctx.target.kind != "event" or not (ctx.object_head & DEAL_NOUNS):
        return []
    toks = sent.tokens
    parties = bool(_PARTIES.match(sent.text)) or any(p.search(sent.text) for p in ctx.actor_patterns.values())
    if not parties:
        return []
    out = []
    for j, t in enumerate(toks):
        if t.lower != "agreement" or j == 0:
            continue
        prev = toks[j - 1].lower
        if prev in _OWNERS - {"the"} or (prev in DEAL_NOUNS and j > 1 and toks[j - 2].lower in _OWNERS):
            out.append(j)
    return out
