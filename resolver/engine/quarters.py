"""The year of a calendar quarter named without one ('the second quarter', 'Q3').

A quarter named bare in a report is, by default, the latest one begun by the publication day:
'GDP grew 2% in the fourth quarter' in February is last year's fourth quarter, and a report of a
quarter's figures due later ('the advance GDP report for the first quarter will be released') is
still about a quarter already begun. Two readings put it elsewhere:

- a year word after it: 'the third quarter this year', 'the second quarter of next year',
  'the third quarter of last year';
- a prospect in present time governing it: 'on track to close in the second quarter', 'is expected
  to close at the end of the third quarter', 'The companies expect to close the deal early in the
  fourth quarter' — an act still to come is dated by the quarter that has not yet ended, as a month
  in a sentence about what comes next is ('in June' in March is this June). A past prospect ('was
  expected to close in the second quarter') and a perfect infinitive ('is expected to have
  contracted in the third quarter': a figure for a quarter gone) keep the default.
"""

from __future__ import annotations

import re
from datetime import date

ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4}

# A verb of prospect with its to-infinitive (not 'to have'), then at most twelve words of the same
# clause before the quarter. Alternatives are fixed words; the gap is a bounded run of non-clause
# characters, so the search is linear.
_PROSPECT = re.compile(
    r"\b(?P<aux>(?:was|were|had\s+been|had|did)\s+(?:still\s+|originally\s+|initially\s+|previously\s+)?)?"
    r"(?:expect(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|scheduled|slated|set|poised|"
    r"on\s+(?:track|course|schedule))\s+to\s+(?!have\b)[a-z]+\b(?P<gap>[^.;:!?]{0,90})$", re.I)
# 'to show the second quarter of economic contraction', 'the third quarter in a row': an ordinal
# count of quarters, not a calendar quarter to come
_COUNTED = re.compile(r"\s+(?:of\b|in\s+a\s+row\b|running\b|straight\b)", re.I)
# the quarter dates the act ('to close in / by / at the end of the second quarter'); 'a reading for
# the third quarter', 'results of the fourth quarter' name a figure's period, a quarter gone
_DATING_PREP = re.compile(r"\b(?:in|during|by|before|until|till|within|through|(?:end|start|beginning|middle)\s+of)\s+$", re.I)
_PROSPECT_WORDS = re.compile(r"expect|plan|aim|intend|scheduled|slated|set|poised|track|course|schedule", re.I)


def _prospect(lead: str) -> bool:
    """`lead` (the text before the quarter) ends inside a present prospect's infinitive clause."""
    tail = lead[-160:]
    if not _DATING_PREP.search(tail) or not _PROSPECT_WORDS.search(tail):
        return False
    m = _PROSPECT.search(tail)
    if not m or m.group("aux") or len(m.group("gap").split()) > 12:
        return False
    return True


def quarter_year(q: int, named_year: int, current: bool, relative: str | None, lead: str, rest: str, ref: date) -> int:
    """The year of quarter `q` named after `lead` in an article of `ref`: `named_year` when given,
    the reference's year for 'of the year', counted from it for 'this/next/last year'."""
    if named_year:
        return named_year
    if current:
        return ref.year
    if relative:
        return ref.year + {"this": 0, "next": 1, "last": -1}[relative.lower()]
    now_q = (ref.month - 1) // 3 + 1
    if _prospect(lead) and not _COUNTED.match(rest):
        return ref.year if q >= now_q else ref.year + 1
    return ref.year if q <= now_q else ref.year - 1
