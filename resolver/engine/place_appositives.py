"""Places named with their kind (read by engine/defeats.py): 'Sochi defeated the South Korean city
of Pyeongchang', 'the Black Sea resort of Sochi', 'the Austrian resort of Salzburg'. A determiner,
up to four words describing the place, a noun for a kind of place (`place_kinds` in
resolver/data/contests.json) and 'of' stand before the place's own name: the name is the phrase's
referent, so a defeat verb's object so written is that place."""

from __future__ import annotations

import re

from .packaged import load_json

PLACE_KINDS = frozenset(load_json("contests.json")["place_kinds"])
_DETERMINERS = frozenset({"the", "a"})
_MAX_WORDS = 4


def named_at(toks, text: str, k: int, pattern: re.Pattern[str]) -> bool:
    """Token k opens 'the <words> <kind> of <name>' and `pattern` matches the name."""
    if k >= len(toks) or toks[k].lower not in _DETERMINERS:
        return False
    for j in range(k + 1, min(len(toks) - 2, k + 2 + _MAX_WORDS)):
        if not toks[j].text.replace("-", "").isalpha():
            return False
        if toks[j].lower in PLACE_KINDS and toks[j + 1].lower == "of":
            return bool(pattern.match(text, toks[j + 2].start))
    return False
