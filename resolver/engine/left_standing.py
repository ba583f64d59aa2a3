"""'Leave' told of what remains, not of a departure: 'The move left Beijing as the only city still
under a WHO-issued travel warning', 'leaving Taiwan as the last area on the list'. A form of
'leave' whose object (at most four words) is followed by 'as the only / last / sole / lone …' says
what the act left standing: the subject did not leave anything, and no one left an office or a place.
'She left the company as its chief executive' (a departure in a role) is not of this shape, nor is a
person's leaving ('He left office as the only president to resign': a personal pronoun before the
verb, or an office after it)."""

from __future__ import annotations

from .text import Sentence

_LEAVE = frozenset({"leave"})
_AS_WHAT = frozenset({"only", "last", "sole", "lone"})
_MAX_OBJECT = 4
_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
_OFFICES = frozenset({"office", "power", "post", "presidency", "government", "job", "role"})


def left_standing(sent: Sentence, i: int) -> bool:
    """Token i is 'leave' told of what remains ('left Beijing as the only city …')."""
    toks = sent.tokens
    if not toks[i].lemmas & _LEAVE or (i and toks[i - 1].lower in _PERSONS) \
            or (i + 1 < len(toks) and toks[i + 1].lower in _OFFICES):
        return False
    for k in range(i + 2, min(len(toks) - 2, i + 2 + _MAX_OBJECT)):
        w = toks[k].lower
        if w == "as":
            return toks[k + 1].lower in ("the", "its", "their", "his", "her") and toks[k + 2].lower in _AS_WHAT
        if not (w.isalpha() or w in ("'s", "’s", "-")):
            return False
    return False
