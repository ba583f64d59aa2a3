"""The finding a ruling names (a market on 'rule Anders Behring Breivik criminally insane', 'rule the
law unconstitutional', 'declare X competent'): a report of the ruling whose predicate is the
asked adjective's opposite by its negative prefix ('has ruled mass killer Anders Behring Breivik is
sane', 'found the law constitutional') is a ruling the other way, not the act.

The asked predicate is the last word of the market's object when it ends with an adjective made
by, or unmade by, a negative prefix (in-, un-, il-, ir-, im-, non-, dis-); the report's word must
stand after the act's verb in its clause, unnegated ('was not sane' is the asked finding), with the
asked word itself nowhere after the verb. Read by rules/confirmation.py as a note: the ruling is
reported, but not the finding the market asks for."""

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
