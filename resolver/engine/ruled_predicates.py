"""The finding a ruling names (a market on 'rule Anders Behring Breivik criminally insane', 'rule the
law unconstitutional', 'declare X competent'): a report of the ruling whose predicate is the
asked adjective's opposite by its negative prefix ('has ruled mass killer Anders Behring Breivik is
sane', 'found the law constitutional') is a ruling the other way, not the act.

The asked predicate is the last word of the market's object when it ends with an adjective made
by, or unmade by, a negative prefix (in-, un-, il-, ir-, im-, non-, dis-); the report's word must
stand after the act's verb in its clause, unnegated ('was not sane' is the asked finding), with the
asked word itself nowhere after the verb. Read by rules/confirmation.py as a note: the ruling is
reported, but not the finding the market asks for.

The side a ruling takes (other_side): a market on a ruling 'against' a party ('rule against Japan's Antarctic
whaling program') is not met by a report of the ruling 'in favor of' one, nor a market on one 'in favour of' a
party by a report of one 'against'; the side word must follow the ruling's verb within a few words, in its
clause ('ICJ Rules in Favor of Japan in Whaling Case'). A ruling told with no side ('ICJ Rules in Case
Concerning Whaling') is read as before."""

from __future__ import annotations

from .text import Sentence

RULING_ACTS = frozenset({"rule", "find", "declare", "deem", "judge", "pronounce", "hold"})
_PREFIXES = ("non-", "non", "dis", "in", "un", "il", "ir", "im")
_NEGATORS = frozenset({"not", "never", "n't", "no"})


def asked_predicate(act: str | None, obj: str | None) -> str | None:
    """The adjective a ruling market asks to be found ('insane'), when it has a prefixed opposite."""
    if act not in RULING_ACTS or not obj:
        return None
    last = obj.split()[-1].lower()
    return last if any(opposite(last, p) for p in _stems(last)) else None


def _stems(word: str) -> list[str]:
    """The word with a negative prefix taken off, and with each one put on."""
    off = [word[len(p):] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4]
    return off + [p + word for p in _PREFIXES]


def opposite(asked: str, word: str) -> bool:
    return word != asked and (asked in (p + word for p in _PREFIXES) or word in (p + asked for p in _PREFIXES)) \
        and len(min(asked, word, key=len)) >= 4


def other_finding(act: str | None, obj: str | None, sent: Sentence, i: int) -> str | None:
    """Why the ruling at token i is the other finding, else None."""
    asked = asked_predicate(act, obj)
    if asked is None:
        return None
    toks = sent.tokens
    _, b = sent.clause_of(i)
    after = toks[i + 1:b]
    if any(t.lower == asked for t in after):
        return None
    for k, t in enumerate(after):
        if opposite(asked, t.lower) and not (k and after[k - 1].lower in _NEGATORS):
            return (f"the market asks for a ruling that finds '{asked}'; the report's '{toks[i].text}' … "
                    f"'{t.text}' is the opposite finding: a ruling the other way, not the act")
    return None


# the sides of a ruling: the phrase that names each, first word first
_SIDES = {"against": (("against",),), "favour": (("in", "favor", "of"), ("in", "favour", "of"))}
_SIDE_REACH = 3  # words between the ruling's verb and its side phrase ('ruled unanimously in favor of')


def asked_side(question: str) -> str | None:
    """'against' or 'favour' when the market asks for a ruling that side ('rule against', 'rule in favour of')."""
    q = " " + question.lower() + " "
    if any(f" {v} against " in q for v in ("rule", "rules", "ruled")):
        return "against"
    if any(f" {v} in {w} of " in q for v in ("rule", "rules", "ruled") for w in ("favor", "favour")):
        return "favour"
    return None


def other_side(question: str, act: str | None, sent: Sentence, i: int) -> str | None:
    """Why the ruling at token i takes the other side than the market asks, else None."""
    if act != "rule" or "against" not in question.lower() and "favo" not in question.lower():
        return None
    asked = asked_side(question)
    if asked is None:
        return None
    toks = sent.tokens
    _, b = sent.clause_of(i)
    words = [t.lower for t in toks[i + 1:b]]
    for other in (s for s in _SIDES if s != asked):
        for phrase in _SIDES[other]:
            for k in range(min(_SIDE_REACH + 1, len(words))):
                if tuple(words[k:k + len(phrase)]) == phrase and not any(w in _NEGATORS for w in words[:k]):
                    return (f"the market asks for a ruling {asked}; '{toks[i].text}' … '{' '.join(phrase)}' is a "
                            "ruling for the other side, not the act")
    return None
