"""One edition of a contest, which has one winner (derive.py): 'win Euro 2024', 'win the 2025 NBA Finals',
'Super Bowl LVIII', 'at the 89th Academy Awards' (moved out of derive.py, unchanged)."""

from __future__ import annotations

import re

from .noun_phrases import _STOP

# 'Super Bowl LVIII', 'WrestleMania XL': an edition numbered in Roman numerals after its name
_ROMAN_EDITION = re.compile(r"(?<=[A-Za-z] )[IVXLC]{2,}\b")
# 'at the 89th Academy Awards': an edition numbered by an ordinal before its capitalised name
_ORDINAL_EDITION = re.compile(r"\bthe\s+\d+(?:st|nd|rd|th)\s+[A-Z][a-z]+")


# a race's own name after its contest's ('the 2023 Comrades Marathon down run', 'the Boston Marathon elite race'):
# the named contest's edition, which the race is run at once, has one winner
RACE_HEADS = frozenset({"run", "race", "event"})


def contest_edition(question: str, complement: list[str]) -> bool:
    """'win Euro 2024', 'win the 2025 NBA Finals', 'win the 2023-24 DFB-Pokal': a contest named
    by a proper name (its head word capitalised) with its year, or held at a numbered edition
    ('win Best Picture at the 89th Academy Awards'), is one edition, which has one winner
    ('win a Grammy in 2025' is not: one of many)."""
    head = complement[-1] if complement else ""
    if head.lower() in RACE_HEADS and len(complement) > 1:
        head = next((w for w in reversed(complement[:-1]) if any(c.isupper() for c in w)), head)
    return any(c.isupper() for c in head) and head.lower() not in _STOP \
        and not re.search(r"\bwin\s+(?:a|an|one|any)\b", question, re.I) \
        and bool(re.search(r"\b(?:19|20)\d\d\b", question) or _ROMAN_EDITION.search(" ".join(complement))
                 or _ORDINAL_EDITION.search(question))
