"""What a copula's complement names when it is no adjective or participle, for derive.py: a noun
phrase ('be the outright top scorer of Euro 2024', 'be the top smartphone vendor by global
shipments') or a place a preposition opens ('be on the ballot for …') names its state by its head
noun (scorer, vendor), not by the determiner or the preposition that opens it (a noun only: no
sentence reports it as an act, so understood.py still finds the act no event predicate); a bar on a
participle ('be at least 80% contained') leaves the participle the act."""

from __future__ import annotations

import re

from .text import Token, all_lemmas

_DETERMINERS = frozenset({"the", "a", "an"})
_PLACES = frozenset({"on", "at", "in", "among", "off", "out"})
_ENDS = frozenset({"of", "by", "for", "in", "at", "on", "to", "from", "with", "as", "after", "before", "during",
                   "according", "?", ",", "(", "than", "under", "over", "through", "until", "when", "if"})
_BARS = (("at", "least"), ("at", "most"), ("more", "than"), ("less", "than"), ("over",), ("nearly",), ("almost",))
_PERCENT = frozenset({"%", "percent"})


def complement_head(toks: list[Token], i: int) -> str | None:
    """The head noun of the phrase after a copula whose next word (token i) is a determiner or a
    preposition of place: the last lowercase noun before the phrase ends; None when the phrase has
    none (a name, a figure) or word i opens no such phrase."""
    words = [t.lower for t in toks]
    if i >= len(toks) or words[i] not in _DETERMINERS | _PLACES:
        return None
    k = i + 1
    if words[i] in _PLACES and k < len(toks) and words[k] in _DETERMINERS:
        k += 1  # 'on the ballot'
    head = None
    while k < len(toks) and words[k] not in _ENDS:
        t = toks[k]
        if t.text[:1].isupper() or not t.lower.isalpha():
            return None  # 'be the Democratic nominee', 'be in the top 10': a name or a figure names it
        if "NOUN" in all_lemmas(t.lower):
            head = t.lower
        k += 1
    # a head that is also a verb ('ballot', 'record') would read as an act a report could tell: none
    return head if head and "VERB" not in all_lemmas(head) else None


def barred_participle(toks: list[Token], i: int) -> int | None:
    """'be at least 80% contained': the index of the participle after a bar on a share (a
    quantifier, a number and a percent sign) that follows the copula at token i - 1; else None."""
    words = [t.lower for t in toks]
    for bar in _BARS:
        if tuple(words[i:i + len(bar)]) == bar:
            k = i + len(bar)
            break
    else:
        return None
    share = re.fullmatch(r"\d+(?:\.\d+)?(%?)", words[k]) if k < len(toks) else None
    if share is None:
        return None
    k += 1
    if not share.group(1):
        if k >= len(toks) or words[k] not in _PERCENT:
            return None
        k += 1  # '80 percent contained'
    if k < len(toks) and words[k].endswith("ed") and "VERB" in all_lemmas(words[k]):
        return k
    return None
