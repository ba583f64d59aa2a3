"""The word that names a contest's champion ('Luke Humphries is the new PDC World Champion'): a
sentence holding it with words of the market's object is kept by analyse for the who-wins readings
(champions.py), though it names neither the candidate nor the object's head."""

from __future__ import annotations

from .text import Sentence

CHAMPION_WORDS = frozenset({"champion", "champions"})


def names_champion(sent: Sentence) -> bool:
    return any(t.lower in CHAMPION_WORDS for t in sent.tokens)
