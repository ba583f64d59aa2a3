"""Disputed claims: an article that tells a party's claim of the act and its dispute by another —
'Ukraine refutes Russian claim of taking …', 'a claim that … was rejected by Kyiv', 'But the
ministry denies that claim' — does not report the act done where it tells it on the claimant's
word ('the defense ministry says its forces have taken full control of …', 'said his forces had
captured the city'): the article itself tells that word is contested. Unlike denied_reports.py
the claim and its dispute may stand in different sentences (the headline, the next sentence).

The act must stand after a verb of saying in its own sentence; an act the article tells in its own
voice ('The army took the town on Sunday') is not gated. The dispute must name a claim ('claim',
'assertion') with a verb or noun of disputing, so an article merely quoting a denial of something
else ('denied bail') does not gate."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence

_SAY = frozenset({"say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "insist", "insists",
                  "insisted", "assert", "asserts", "asserted", "announced", "announces", "boasted", "boasts"})
_CLAIM = r"(?:claims?|assertions?)"
_DISPUTE = r"(?:refut\w*|reject\w*|den(?:y|ies|ied|ial|ying)|disput\w*|rebut\w*)"
_TOLD = re.compile(rf"\b{_CLAIM}\b[^.!?\n]{{0,80}}?\b{_DISPUTE}\b|\b{_DISPUTE}\b[^.!?\n]{{0,60}}?\b{_CLAIM}\b", re.I)


@lru_cache(maxsize=512)
def _dispute_told(title: str, text: str) -> str | None:
    m = _TOLD.search(title) or _TOLD.search(text)
    return " ".join(m.group(0).split()) if m else None


def disputed(title: str, text: str, sent: Sentence, i: int) -> str | None:
    """Why the act at token i is a claim the article tells disputed, else None."""
    toks = sent.tokens
    say = next((k for k in range(i - 1, -1, -1) if toks[k].lower in _SAY), None)
    if say is None:
        return None
    told = _dispute_told(title, text)
    if told is None:
        return None
    return (f"'{toks[say].text} … {toks[i].text}' is told on the claimant's word, and the article tells the claim "
            f"disputed ('{told}'): a contested claim, not a report of the act")
