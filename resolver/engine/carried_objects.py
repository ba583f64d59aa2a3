"""Verbs that carry their own object noun: 'Chesapeake and Southwestern officially merged' tells
the merger itself, so for a market on completing 'its merger' the verb names the object as well as
the act ('merged' = 'completed the merger'). Only verbs that are already the market's act (a stage
synonym, data/stages.json) are read so: the act's modality and tense are judged as for any verb
('agreed to merge' stays a plan)."""

from __future__ import annotations

from .nominals import noun_verb

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


# verbs whose object is told with the state they bring about: 'ordered the popular opposition Future Forward
# Party (FFP) dissolved', 'ordered the company liquidated'
_RESULT_VERBS = frozenset({"order", "declare", "rule"})
_RESULT_REACH = 10  # tokens from the verb to the participle


def result_participle(sent, i: int, act_verbs: frozenset[str], object_head: frozenset[str]) -> bool:
    """Token i is the participle of the verb of the market's object noun ('dissolved' for 'the
    dissolution'), told as the result of the market's act verb a few words before it in its clause
    ('has ordered the … Party dissolved'): it names the object as 'ordered the dissolution of' would."""
    toks = sent.tokens
    if not act_verbs & _RESULT_VERBS or not toks[i].lower.endswith("ed"):
        return False
    verbs = {v for h in object_head if (v := noun_verb(h))}
    if not verbs or not toks[i].lemmas & verbs:
        return False
    a, _ = sent.clause_of(i)
    return any(toks[k].lemmas & act_verbs & _RESULT_VERBS and toks[k].lower.endswith(("ed", "ers", "er"))
               for k in range(max(a, i - _RESULT_REACH), i - 1))
