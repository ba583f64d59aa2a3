"""A split award: one giving verb handing two things to two recipients ('The International Olympic
Committee on Wednesday awarded the 2024 summer Olympic Games to Paris and the 2028 edition to Los
Angeles'). For a market asking that a recipient be given a thing the question dates by its year or
edition ('Will Los Angeles be awarded the 2024 Summer Olympics?'), the thing the sentence pairs with
that recipient is the one before its own 'to': when it names a year or an ordinal the question does
not, the recipient got another edition, not the one asked. English coordinates the pairs 'X to A and
Y to B' after one verb; each 'to' takes the thing named just before it.

Not read: a recipient whose thing names no year or ordinal of its own ('the Games to Los Angeles'),
a question naming none, another verb than a giving one (award, grant, give, hand, allocate, assign:
data own_objects.json 'giving_verbs'). Pure, read from the sentence's tokens."""

from __future__ import annotations

import json
import re
from importlib import resources

from .records import ORDINALS
from .text import Sentence

_DATA = json.loads(resources.files("resolver.data").joinpath("own_objects.json").read_text(encoding="utf-8"))
_GIVING = frozenset(_DATA["giving_verbs"])
_BOUNDS = frozenset({"and", ",", ";", "while", "but"})
_YEAR = re.compile(r"^(?:1[89]|2[01])\d\d$")
_MAX_THING = 8  # words read back from 'to' for the thing given


def _marks(words: list[str]) -> set[str]:
    """The years and ordinals among words: what names an edition."""
    return {w for w in words if _YEAR.match(w) or w in ORDINALS}


def other_edition(question: str, sent: Sentence, i: int, object_idx: list[int]) -> str | None:
    """Why the giving verb at i gives the market's recipient another edition than the one asked, or None."""
    toks = sent.tokens
    if not toks[i].lemmas & _GIVING or not object_idx:
        return None
    asked = _marks(re.findall(r"[\w-]+", question.lower()))
    if not asked:
        return None
    held = set(object_idx)
    for o in object_idx:
        if o <= i:
            continue
        k = o - 1  # back over the recipient's own words to its 'to'
        while k > i and (k in held or toks[k].text[:1].isupper() or toks[k].lower == "the"):
            k -= 1
        if k <= i + 1 or toks[k].lower != "to":
            continue
        thing: list[str] = []
        j = k - 1
        while j > i and toks[j].lower not in _BOUNDS and len(thing) < _MAX_THING:
            thing.insert(0, toks[j].lower)
            j -= 1
        marks = _marks(thing)
        if marks and not marks & asked:
            return (f"'{' '.join(thing)} to {' '.join(t.text for t in toks[k + 1:o + 1])}': the recipient was given "
                    f"another edition ({', '.join(sorted(marks))}) than the one the market asks "
                    f"({', '.join(sorted(asked))})")
    return None
