"""'on track to', 'on course to': a forecast of the act that follows, never a report that it was done
('putting the US$1.25 billion PC sale on track to close in the second quarter', 'Labor were on course
to win the 76 seats needed', 'is on track to cross $2 billion'). In the development corpus all 30
sentences with the phrase tell an act still to come (mentions.py reads it as an expected act).

An approach to a gerund is one too: 'close to announcing the deal', 'getting very close to signing', 'nearer to
agreeing', 'on the verge of announcing', 'on the brink of signing': the act is neared, not done (approached)."""

from __future__ import annotations

from .text import Sentence

_HEADS = frozenset({"track", "course"})


def on_course(sent: Sentence, j: int, i: int) -> bool:
    """Token j is 'track' / 'course' of 'on track to' / 'on course to' governing the verb at i, or the head of an
    approach to the gerund at i."""
    toks = sent.tokens
    if approached(sent, j, i):
        return True
    return (toks[j].lower in _HEADS and 0 < j and toks[j - 1].lower == "on" and j + 1 < i
            and toks[j + 1].lower == "to")


_NEAR = frozenset({"close", "closer", "near", "nearer"})
_EDGE = frozenset({"verge", "brink", "cusp", "point", "threshold"})


def approached(sent: Sentence, j: int, i: int) -> bool:
    """Token j is the head of an approach ('close to', 'nearer to', 'on the verge of', 'on the brink of') to the
    gerund at i, with at most one adverb between ('close to finally announcing')."""
    toks = sent.tokens
    if not (toks[i].lower.endswith("ing") and j + 2 <= i <= j + 3 and (i == j + 2 or toks[j + 2].lower.endswith("ly"))):
        return False
    w = toks[j].lower
    if w in _NEAR:
        return toks[j + 1].lower == "to"
    return (w in _EDGE and toks[j + 1].lower == "of" and j >= 2 and toks[j - 1].lower == "the"
            and toks[j - 2].lower == "on")
