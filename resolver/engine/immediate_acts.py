"""An act announced with immediate effect is done when announced: 'Aloha Airlines announced the
immediate end to all passenger flights', 'announced the immediate closure of the plant', 'announced
the immediate suspension of flights'. Like a policy ('announced a 90-day pause') or a performative
noun ('announced his resignation'), an act noun that 'immediate' modifies takes effect as it is
told, so mentions._clause_done lets the announcing verb before it date the noun (mentions.py reads
the clause). A call or demand for it ('a UN call for an immediate end to the conflict', 'calls for
his immediate resignation') is no announcement, and stays not done."""

from __future__ import annotations

from .text import Sentence

_IMMEDIATE = frozenset({"immediate"})


def told_immediate(sent: Sentence, i: int) -> bool:
    """The noun at token i is modified by 'immediate' ('the immediate end', 'the immediate and
    permanent closure')."""
    toks = sent.tokens
    if i >= 1 and toks[i - 1].lower in _IMMEDIATE:
        return True
    return i >= 3 and toks[i - 3].lower in _IMMEDIATE and toks[i - 2].lower == "and"
