"""A legislature named by its own title in the question ('Will Kuwait's emir dissolve the National
Assembly …?') is the body reports call 'parliament' ('Kuwait's emir dissolves parliament'): the
generic nouns (data/legislatures.json) join the object's head. Only when the title is the object
itself, its last words ending the object phrase: a title that modifies another head ('National
Assembly seats') names no body the act is done to."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json

_DATA = load_json("legislatures.json")
TITLES = tuple(sorted(_DATA["titles"], key=len, reverse=True))
GENERIC = frozenset(_DATA["generic_nouns"])


@lru_cache(maxsize=512)
def generic_names(obj: str | None) -> frozenset[str]:
    """The generic nouns for the market's object when it is a legislature's title (its last words,
    capitalised as a name: 'the National Assembly', 'Israel's Knesset'); else none."""
    text = (obj or "").strip()
    for title in TITLES:
        if re.search(rf"(?:^|\s|'s\s){re.escape(title)}$", text):
            return GENERIC
    return frozenset()
