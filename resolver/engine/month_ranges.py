"""Month ranges: a period named by its first and last months ('January-March', 'the April-June
quarter', 'October to December'), the way Indian and Japanese statistics offices and the wires that
report them name a quarter. For a market on such a period ('India's GDP growth for January-March
2012'), a figure dated by the same range in its sentence ('growth slumped in January-March to a
nine-year low of 5.3 percent') is the market's own period's, not the figure of the range's last
month; a figure dated by another range ('in October-December') stays another period's. Read by
rules/statistic_period.py."""

from __future__ import annotations

import re

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
RANGE = re.compile(rf"\b(?P<a>{_NAME})\s*(?:[-\u2013\u2014]|\s+(?:to|through)\s+)\s*(?P<b>{_NAME})\b", re.I)


def _months(m: re.Match[str]) -> tuple[int, int]:
    return _MONTHS.index(m.group("a").lower()) + 1, _MONTHS.index(m.group("b").lower()) + 1


def asked(question: str) -> tuple[int, int] | None:
    """The month range the question names ('for January-March 2012' → (1, 3)), None when it names
    none; a range of one month or running backwards ('December-February') is read as named."""
    m = RANGE.search(question)
    return _months(m) if m else None


def range_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The month range of `text` that holds the month named at [start, end), None when that month
    stands alone ('in March')."""
    for m in RANGE.finditer(text):
        if m.start() <= start and end <= m.end():
            return _months(m)
    return None


def label_at(text: str, start: int, end: int) -> str | None:
    """The words of the month range holding the month at [start, end) ('October-December')."""
    return next((m.group(0) for m in RANGE.finditer(text) if m.start() <= start and end <= m.end()), None)


def own_range(question: str, text: str, start: int, end: int) -> bool:
    """The month named at [start, end) of `text` belongs to the very range the question names."""
    own = asked(question)
    return own is not None and range_at(text, start, end) == own
