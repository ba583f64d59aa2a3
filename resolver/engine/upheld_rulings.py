"""A court's decision confirmed on review ('Will the ICC Appeals Chamber confirm Bemba's conviction …?', 'uphold the
verdict', 'affirm the sentence'): its opposite is the decision overturned ('convictions were overturned', 'quashed the
sentence', 'acquitted on appeal'), read by rules/opposite_outcome like a bill rejected. Only for a market whose act
upholds (confirm, uphold, affirm) and whose object is a court's decision (a conviction, verdict, sentence, ruling or
judgment), and only where the overturning verb's own clause names that decision: 'upheld the conviction but
quashed the sentence' quashes another decision. Pure."""

from __future__ import annotations

_UPHOLDING = frozenset({"confirm", "uphold", "affirm"})
_RULINGS = frozenset({"conviction", "verdict", "sentence", "ruling", "judgment", "judgement", "decision"})
_OVERTURNING = frozenset({"overturn", "quash", "reverse", "vacate", "annul", "nullify", "invalidate", "void", "toss"})


def opposites(target) -> frozenset[str]:
    """The overturning verbs that tell the market's upheld decision went the other way; empty for any other market."""
    if target.act not in _UPHOLDING or not set(target.object_terms) & _RULINGS:
        return frozenset()
    return _OVERTURNING | ({"acquit"} if "conviction" in target.object_terms else frozenset())


def names_decision(target, sent, i: int) -> bool:
    """The clause of the overturning verb at token i names the market's decision ('convictions were overturned')."""
    a, b = sent.clause_of(i)
    wanted = set(target.object_terms) & _RULINGS
    return any(tok.lemmas & wanted or tok.lower.rstrip("s") in wanted for tok in sent.tokens[a:b])


def overturned(target, sent, i: int) -> frozenset[str]:
    """The overturning verbs read at token i: opposites() where the clause names the market's decision, else none."""
    found = opposites(target)
    return found if found and names_decision(target, sent, i) else frozenset()
