"""A winning margin a market asks for: 'Will Europe win the 2025 Ryder Cup by more than 2
points?', 'win by at least 10 percentage points', 'beat X by 3 or more goals'. A report that
the side won says nothing of the margin, so it neither confirms nor rules out such a market;
the margin itself is read (or not) from a figure or a score."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS

_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?:points?|pts|goals?|runs?|wickets?|seats?|votes?|strokes?|shots?|lengths?|percentage[\s-]+points?)"
_MARGIN_RE = re.compile(
    r"\b(?:win|wins|won|winning|beat|beats|defeat|defeats|lead|leads)\b[^?.;]{0,80}?"
    r"\b(?:by|with\s+a\s+(?:winning\s+)?margin\s+of)\s+"
    r"(?:(?:more\s+than|at\s+least|over|greater\s+than|a\s+margin\s+of(?:\s+(?:more\s+than|at\s+least|over))?)\s+"
    + _NUM + r"\s*" + _UNIT + r"|" + _NUM + r"\s+or\s+more\s+" + _UNIT + r"|" + _NUM + r"\s*" + _UNIT + r"\s+or\s+more)\b",
    re.I)


def asks_margin(question: str) -> bool:
    """The market asks for a win by at least / more than a margin."""
    return bool(_MARGIN_RE.search(question))
