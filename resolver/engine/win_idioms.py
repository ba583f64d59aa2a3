"""Wins told by an idiom instead of a win verb: 'The Alliance of Change … emerged victorious in
the parliamentary held on Sunday', 'X emerges as the winner of …', 'would emerge the victor',
'came out on top in …', 'ended with Red Bull's Mark Webber taking the victory', 'takes race win',
'France's "Blue Is the Warmest Color" walked off with the Palme d'Or'. The idiom's first word (the
verb 'emerge', 'come', 'take' or 'walk') stands for a win verb:
rules/rival_outcome.py reads it as it reads 'won' (its own guards hold: a first round, a game or a
stage named in the sentence is a part of the contest, not the contest; a forecast or a hope —
'said he was confident he would emerge the victor' — is not told done), taking the verb's own
lemma for its tense.

Read: 'emerge' in any form, then optionally 'as' and 'the', at most one modifier ('clear',
'overall', 'outright'), then 'victorious', 'victor(s)', 'winner(s)' or 'champion(s)'; 'come out on
top' in any form; 'take' in any form, then 'the victory', 'victory', 'the win', 'race win' (one
modifier, not 'to': 'all it took to win' is no idiom); 'walk off with' or 'walk away with' in any form
before a determiner ('walked off with the Palme d'Or', 'walked away with the coveted Game of the Year
title': what is walked off with must be a title or prize for the rule to read a win). Not read: 'came out ahead' (said of polls and leads) and 'emerged as the
favourite' (no win)."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence

_IDIOM = re.compile(
    r"\b(?P<emerge>emerg(?:e|es|ed|ing))\s+(?:as\s+)?(?:the\s+)?(?:(?:clear|overall|outright|eventual|ultimate)\s+)?"
    r"(?:victorious|victors?|winners?|champions?)\b"
    r"|\b(?P<come>c[ao]me|comes|coming)\s+out\s+on\s+top\b"
    r"|\b(?P<take>take|takes|took|taking|taken)\s+(?:the\s+|a\s+)?(?:(?!to\b)[a-z-]+\s+)?(?:victory|win)\b"
    r"|\b(?P<walk>walk|walks|walked|walking)\s+(?:off|away)\s+with\s+(?=the\b|a\b|an\b|its\b|his\b|her\b|their\b)", re.I)


@lru_cache(maxsize=2048)
def _starts(text: str) -> tuple[tuple[int, str], ...]:
    """(character offset of the idiom's verb, the verb's lemma) for each idiom in the text."""
    return tuple((m.start(), "emerge" if m.group("emerge") else "come" if m.group("come") else
                  "walk" if m.group("walk") else "take") for m in _IDIOM.finditer(text))


def heads(sent: Sentence) -> dict[int, str]:
    """Token index of each win idiom's verb → that verb's lemma ('emerge', 'come')."""
    found = _starts(sent.text)
    if not found:
        return {}
    at = {t.start: k for k, t in enumerate(sent.tokens)}
    return {at[start]: lemma for start, lemma in found if start in at}
