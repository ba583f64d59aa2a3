"""An act averted (README 'How the engine decides'): 'reach agreement, avert strike', 'Strike averted', 'to
avoid a nationwide strike'. The averting cues (lexicon.AVERTING_CUES: 'avert', 'avoid', 'dodge', ...) rule the
act out only when they stand at the act's own word; a sentence that averts something else near the act ('signs
rail bill to avert strike' for a market on the bill's signing, 'to avoid a runoff') rules nothing out. Read by
rules/ruled_out.py; moved here from it."""

from __future__ import annotations

from .lexicon import AVERTING_CUES
from .text import Sentence

AVERTING_PHRASES = frozenset(p for p, _ in AVERTING_CUES)
_AVERT_GAP = frozenset({"a", "an", "the", "its", "their", "any", "national", "nationwide", "planned", "threatened",
                        "possible", "potential", "looming", "rail", "general"})


def averts_act(sent: Sentence, i: int, words: list[str]) -> bool:
    """The averting words end right before the act's word at i (at most two modifiers between: 'avoid
    nationwide strike', 'averting a strike'), or the act's word comes right before them ('Strike averted')."""
    toks, n = sent.tokens, len(words)
    if [t.lower for t in toks[i + 1:i + 1 + n]] == words:
        return True
    for gap in range(3):
        k = i - gap - n
        if k >= 0 and [t.lower for t in toks[k:k + n]] == words and all(t.lower in _AVERT_GAP for t in toks[k + n:i]):
            return True
    return False
