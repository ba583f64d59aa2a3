"""Verbs that carry their own object noun: 'Chesapeake and Southwestern officially merged' tells
the merger itself, so for a market on completing 'its merger' the verb names the object as well as
the act ('merged' = 'completed the merger'). Only verbs that are already the market's act (a stage
synonym, data/stages.json) are read so: the act's modality and tense are judged as for any verb
('agreed to merge' stays a plan)."""

from __future__ import annotations

# object noun → the verb whose done form is that object done
_OWN_VERB: dict[str, frozenset[str]] = {
    "merger": frozenset({"merge"}),
}


# a participle after these modifies the next noun ('the merged company', 'a newly merged group'): no act
_ATTRIBUTIVE = frozenset({"the", "a", "an", "its", "their", "newly", "recently", "combined", "new", "this", "that"})


def carries_object(sent, i: int, act_verbs: frozenset[str], object_head: frozenset[str]) -> bool:
    """Token i is the market's act verb and the verb of its object noun, used as a verb (not
    'the merged company')."""
    toks = sent.tokens
    hit = toks[i].lemmas & act_verbs
    if not hit or not any(hit & _OWN_VERB.get(h, frozenset()) for h in object_head):
        return False
    return not (i > 0 and toks[i - 1].lower in _ATTRIBUTIVE)
