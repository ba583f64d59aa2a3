"""'Dealt a blow': the verb 'deal' whose object is a blow ('competition officials in Brussels dealt a killer
blow to Hutchison's takeover attempt', 'deals a fatal blow to the merger') tells an obstacle put on its
target, not a deal: for a market on completing a deal or an acquisition, whose words make 'deal' an act or
object word, it is no unread mention of the act (rules/unread_evidence.py skips it; the obstacle itself
proves nothing either way, as 'the CMA prevented the deal' does not).

The blow is the noun within a few words after the verb (determiners and adjectives between: 'a killer',
'a major', 'another serious'), before the clause's next verb or punctuation. Pure and cheap: a word test."""

from __future__ import annotations

from .text import Sentence

_BLOWS = frozenset({"blow", "blows", "setback", "setbacks"})
_REACH = 4  # words after the verb within which its object noun stands
_STOPS = frozenset({",", ";", ".", ":", "to", "and", "but", "with", "in", "on"})


def blow_at(sent: Sentence, i: int) -> bool:
    """The verb at token i is 'deal' taking a blow as its object ('dealt a killer blow')."""
    toks = sent.tokens
    if "deal" not in toks[i].lemmas or toks[i].lower in ("deal", "deals") and i > 0 and toks[i - 1].lower in ("the", "a", "this", "that"):
        return False  # ('the deal …': the noun)
    for k in range(i + 1, min(len(toks), i + 1 + _REACH)):
        w = toks[k].lower
        if w in _BLOWS:
            return True
        if w in _STOPS:
            return False
    return False
