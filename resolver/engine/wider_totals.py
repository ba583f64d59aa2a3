"""A figure told for a wider whole than the place a market counts in: for a market on one
place's count ('Will the U.S. death toll from Hurricane Sandy exceed 100', with 'Deaths outside
the United States do not count'), a figure the sentence calls the overall, worldwide or global
total ('bringing the storm's overall death toll to 157, with 67 dead in the Caribbean') holds
other places' counts too: it is not the market's figure, on either side of the bar. A market
with no place of its own ('the official death toll from Hurricane Katrina') reads the overall
toll as its own. Read by the threshold_crossed rule. Pure and deterministic."""

from __future__ import annotations

import re
from functools import lru_cache

# the market counts in one place only: its criteria leave out what happened outside it
_PLACE_ONLY = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.]*", re.M)
# the figure named a wider whole's, right before it in its stretch: 'the overall death toll to',
# 'a worldwide total of', 'global deaths reached'
_WIDER = re.compile(r"\b(?:overall|worldwide|global|world-wide|region-wide|regionwide)\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:toll|total|tally|count|number|deaths|cases|figure)\b", re.I)


@lru_cache(maxsize=256)
def place_only(question: str, criteria: str) -> bool:
    """The market counts in one place: 'Deaths outside the United States do not count'."""
    return bool(_PLACE_ONLY.search(f"{question}\n{criteria}"))


def wider_total(question: str, criteria: str, before: str) -> str | None:
    """The words calling a figure a wider whole's ('overall death toll'), read in `before`: the
    figure's stretch of its sentence up to the figure (from the figure before it); None when the
    market counts in no one place or the stretch names no wider whole."""
    if not place_only(question, criteria or ""):
        return None
    m = None
    for m in _WIDER.finditer(before):
        pass
    return m.group(0) if m else None
