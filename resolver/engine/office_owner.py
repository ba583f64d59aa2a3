"""Office owner: the place whose office a sentence names is no rival for it.

'El Salvador's president sworn in', 'the president of El Salvador took the oath': for a market on
a named candidate taking a place's office, the place before the office's noun (as its possessor)
or after it ('of …') owns the office; the sentence tells the office's holder by title, not another
party who took it. Only a name that is a country (entities.country_of) is read this way, and only
when it owns the market's own role word: 'France beat Argentina' stays a rival.
"""
from __future__ import annotations

import functools
import re

from .entities import country_of

_MODIFIERS = r"(?:(?:new|next|incoming|youthful|young)\s+)?"


@functools.lru_cache(maxsize=256)
def _pattern(name: str, role: str) -> re.Pattern[str]:
    n, r = re.escape(name), re.escape(role)
    return re.compile(rf"\b{n}['’]s?\s+{_MODIFIERS}{r}s?\b|\b{r}\s+of\s+(?:the\s+)?{n}\b", re.I)


def owns_office(name: str, role: str, text: str) -> bool:
    """`name` is a country and, in `text`, the owner of the office `role` ('El Salvador's
    president', 'president of El Salvador')."""
    short = re.sub(r"['’]s?$", "", name.strip())
    if not role or not text or country_of(short) is None:
        return False
    return any(_pattern(short, w).search(text) for w in role.lower().split() if len(w) > 2)
