"""A figure in one of two contrasted clauses: 'Barbie raked in an impressive $162 million during
its opening weekend, making it the biggest opening of the year so far, while Oppenheimer's
theatrical run started with $82 million in its first three days'. A sentence that sets two sides
side by side ('…, while …', '…, whereas …', '…; …') gives each clause's figure to the name that
clause tells of: a figure in a clause that names another side and not the market's subject, when
another clause names the subject, is the other side's figure, whatever the sentence as a whole
names. Read by rules/threshold_crossed.py. Pure and deterministic."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .quantities import names_overlap, owner_before

# the boundary between two contrasted clauses
_CONTRAST = re.compile(r",\s*(?:while|whereas|but\s+while)\s+|\s+(?:while|whereas)\s+(?=[A-Z\"'“‘])|;\s+", re.I)


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [x for m in _CONTRAST.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]


def other_owner(text: str, start: int, patterns: Iterable[re.Pattern[str]], common: Callable[[str], bool],
                actors: Iterable[str] = ()) -> str | None:
    """The name of the other side that owns the figure at `start`, when its clause names another side
    and not the market's subject (`patterns`) and another clause of the sentence names the subject;
    else None. A name that is one of the market's `actors` by a shared word or an acronym ('the U.S.
    Geological Survey' for 'USGS') is the market's own."""
    patterns = list(patterns)
    clauses = _clauses(text)
    if len(clauses) < 2:
        return None
    own = next(((a, b) for a, b in clauses if a <= start < b), None)
    if own is None:
        return None
    a, b = own
    if any(p.search(text[a:b]) for p in patterns):
        return None
    if not any(p.search(text[x:y]) for x, y in clauses if (x, y) != own for p in patterns):
        return None
    name = owner_before(text[a:b], start - a, common)
    if name is None or any(p.search(name) for p in patterns) or names_overlap(text[a:start], list(actors)):
        return None  # (the clause's words as written: 'the U.S. Geological Survey recorded' is USGS's)
    return name
