"""'on track to', 'on course to': a forecast of the act that follows, never a report that it was done
('putting the US$1.25 billion PC sale on track to close in the second quarter', 'Labor were on course
to win the 76 seats needed', 'is on track to cross $2 billion'). In the development corpus all 30
sentences with the phrase tell an act still to come (mentions.py reads it as an expected act)."""

from __future__ import annotations

from .text import Sentence

_HEADS = frozenset({"track", "course"})


def on_course(sent: Sentence, j: int, i: int) -> bool:
    """Token j is 'track' / 'course' of 'on track to' / 'on course to' governing the verb at i."""
    toks = sent.tokens
    return (toks[j].lower in _HEADS and 0 < j and toks[j - 1].lower == "on" and j + 1 < i
            and toks[j + 1].lower == "to")
