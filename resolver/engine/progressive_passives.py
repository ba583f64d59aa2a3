"""A progressive passive: a participle right after 'being' whose 'being' follows a form of 'be' or an
adverb of the moment ('the three sides are still finalizing' told as 'USMCA text still being
finalized', 'votes were being counted', 'is being sent'): the act is under way at the time told,
not reported as done. Not 'after being convicted', 'despite being elected', 'since being sworn in'
(an adjunct whose gerund of 'be' tells a done act), nor 'to be signed' (read as to come elsewhere)."""

from __future__ import annotations

from .text import Sentence

_BE = frozenset({"is", "are", "am", "was", "were", "'s", "\u2019s", "still", "currently", "now"})


def progressive_passive(sent: Sentence, i: int) -> str | None:
    """The 'being' before the participle at token i when it makes a progressive passive, else None."""
    toks = sent.tokens
    if i < 2 or toks[i - 1].lower != "being":
        return None
    k = i - 2
    while k > 0 and toks[k].lower.endswith("ly") and toks[k].lower not in ("only",):
        k -= 1  # 'is currently being', 'were slowly being'
    if toks[k].lower in _BE:
        return toks[i - 1].text
    return None
