"""A dismissal told as the employer's noun ('West Ham has announced the sack of Manuel Pellegrini',
'the club confirmed the sacking of its manager X', 'announced the firing of X'): data endings.json
'dismissal_nouns', read by rules/state_ended._noun_ending like its ending nouns after an announcing
verb in the past, but only when the holder is named right after 'of' — the noun alone may be
another's ('announced the sack of 200 workers', 'the sacking of his assistant')."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .packaged import load_json

NOUNS = frozenset(load_json("endings.json")["dismissal_nouns"]["nouns"])


def holder_after(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """A market actor is named right after 'of' following the dismissal noun at token i."""
    toks = f.sent.tokens
    if i + 2 >= len(toks) or toks[i + 1].lower != "of":
        return False
    k = i + 2
    rest = f.sent.text[toks[k].start:]
    return any((m := p.search(rest)) is not None and m.start() == 0 for p in ctx.actor_patterns.values())
