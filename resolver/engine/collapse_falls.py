"""A collapse told as a fall to a place or a result ('Liverpool collapsed to their first league loss
of the season', 'collapsing to the ground as she beat the previous record'): 'collapse to' with a
noun phrase tells where the subject fell or what it sank to, not an occasion called off ('talks
collapsed', 'the deal collapsed on Sunday'). Read by rules/ruled_out.py, which leaves such a cue
unread. Pure; word shapes only."""

from __future__ import annotations

from .text import Sentence

_COLLAPSE = frozenset({"collapse", "collapses", "collapsed", "collapsing"})
_OPENERS = frozenset({"a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "this", "that"})
# 'collapsed to the dismay of its backers': a feeling the collapse caused, not where it fell
_FEELINGS = frozenset({"dismay", "surprise", "frustration", "disappointment", "delight", "relief", "chagrin", "shock",
                       "anger", "horror"})


def fell_to(sent: Sentence) -> bool:
    """Every collapse word of the sentence is followed by 'to' and a determiner or possessive: each
    tells a fall to something, none an occasion called off."""
    toks = sent.tokens
    at = [k for k, t in enumerate(toks) if t.lower in _COLLAPSE]
    return bool(at) and all(k + 2 < len(toks) and toks[k + 1].lower == "to" and toks[k + 2].lower in _OPENERS
                            and not (k + 3 < len(toks) and toks[k + 3].lower in _FEELINGS) for k in at)
