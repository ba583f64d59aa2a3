"""Another tenor of the market's rate or instrument: a market on one term of a family of measures that differ only
by their length ('Will China lower its five-year loan prime rate', 'the 10-year yield', 'the two-year note') is not
settled by an act told of another term of the family ('China cut its one-year loan prime rate by 15 basis points',
'Lenders reduced the 1-year LPR'). The market's tenor is read in its question (a number and a unit of time written
as one hyphened modifier: 'five-year', '5-year', '10-yr', 'three-month'); the sentence's, in the act's own conjunct (from the
clause break before the verb to the one after it). The act is another term's when its conjunct names a tenor of
the same unit with another number, and names the market's tenor nowhere ('cut the one-year LPR to 3.45% but kept
the five-year LPR unchanged': the cut's conjunct is the one-year's). Read by confirmation's doer gate
(rules/confirmation_gates._role_mismatch): it turns the reading into a note with no weight, never a verdict.
Pure and deterministic; a cheap test on the question runs first."""

from __future__ import annotations

import re
from functools import lru_cache

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50}
_UNITS = {"year": "year", "yr": "year", "month": "month", "mo": "month", "week": "week", "day": "day"}
# a tenor written as one modifier: 'five-year', '5-year', '10-yr', 'over-five-year', 'three month'
# (hyphened and singular only: 'sentenced to more than 10 years' is a length, not a term of a measure)
_TENOR = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")-(?P<u>year|yr|month|mo|week|day)\b"
                    r"(?![\s-]+(?:old|long|low|high|ago|earlier|later|before|after|term\s+of))", re.I)
# where the act's conjunct starts and ends: a clause break or a coordinating word
_CONJUNCT = re.compile(r";|,?\s+(?:and|while|whereas|but)\b\s*,?|(?<![A-Z])\.\s|:\s|,\s+(?:the|a|an|its|it|which|after|as|in|on|with)\b")


def _value(m: re.Match[str]) -> tuple[int, str]:
    n = m.group("n").lower()
    return (int(n) if n.isdigit() else _NUMBERS[n]), _UNITS[m.group("u").lower()]


@lru_cache(maxsize=256)
def market_tenor(question: str) -> tuple[int, str] | None:
    """The one tenor the question names ('five-year loan prime rate' → (5, 'year')); None when it names none or
    two different ones."""
    found = {_value(m) for m in _TENOR.finditer(question)}
    return next(iter(found)) if len(found) == 1 else None


def other_tenor(question: str, text: str, verb_start: int) -> str | None:
    """Why the act whose verb starts at `verb_start` in `text` is told of another tenor than the market's, or None."""
    asked = market_tenor(question)
    if asked is None:
        return None
    breaks = [b for b in _CONJUNCT.finditer(text)]
    lo = max((b.end() for b in breaks if b.end() <= verb_start), default=0)
    hi = min((b.start() for b in breaks if b.start() > verb_start), default=len(text))
    told = [m for m in _TENOR.finditer(text, lo, hi)]
    if not told or any(_value(m) == asked for m in told):
        return None
    other = [m for m in told if _value(m)[1] == asked[1]]
    if not other:
        return None
    return (f"the act's part of the sentence names '{other[0].group(0)}', another term of the measure than the "
            f"market's {asked[0]}-{asked[1]} one")
