"""Other names of a count's unit that the criteria give: a market counting 'bookings' whose criteria
count 'more than 200,000 booking applications' counts applications too ('The company had received
206,703 applications for the Nano'). The criteria's compound — the unit as the modifier of another
plural noun — names the same things counted, so that noun is the unit as well (for the count's
reader, least_count, and as a term of the market's object)."""

from __future__ import annotations

import re


def criteria_units(criteria: str, stem: str) -> frozenset[str]:
    """The nouns (singular) the criteria name the unit `stem` with, as their modifier: 'booking
    applications' → {'application'} for 'booking'."""
    if not stem:
        return frozenset()
    return frozenset(m.group(1).lower() for m in re.finditer(rf"\b{re.escape(stem)}s?\s+([a-z]{{4,}}?)s\b", criteria, re.I))
