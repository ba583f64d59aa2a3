"""A release's running total told in a sentence read for one weekend's gross ('Will Halloween gross
$30 million or more … in its second weekend?'): 'crossed the $100 million domestic threshold
yesterday', '… and now stands at $104.7 million', 'for a total of $212.71 million after two': a
milestone passed or a total to date sums every day of the run so far, not the weekend the market
reads (read by rules/threshold_crossed.py as a note). A weekend's own total is not one ('A three-day
total of $15 million', 'its weekend total stands at'), nor a figure tied to a weekend or an opening
right after it ('crossed the $150 million mark in its opening weekend'). A market on a total by a
date ('cross $1 billion worldwide by June 30') is not read here. Pure; word shapes only."""

from __future__ import annotations

import re

# the market reads one weekend's or opening's gross
_WEEKEND_Q = re.compile(r"\b(?:weekend|frame|opening|debut)\b", re.I)
_GROSS_Q = re.compile(r"\b(?:gross\w*|box[\s-]office|earn\w*)\b", re.I)
# a milestone passed: 'crossed the $100 million domestic threshold', 'passed the $200M mark'
_PASSED = re.compile(r"\b(?:cross\w*|pass(?:es|ed|ing)?|surpass\w*|topp?(?:s|ed|ing)?|broke|break(?:s|ing)?)\s+the\s+$", re.I)
_MILESTONE = re.compile(r"\s*(?:(?:domestic|global|worldwide|international|overseas|north\s+american)\s+)?"
                        r"(?:threshold|mark|milestone|barrier)\b", re.I)
# a total to date: 'now stands at', 'its total currently stands at', 'for a total of', 'a cume of'
_STANDS = re.compile(r"\b(?:(?:now|currently)\s+(?:stands?|sits?)|(?:total|cume|tally)\s+(?:now\s+|currently\s+)?"
                     r"(?:stands?|stood|sits?)|(?:for|to)\s+an?\s+(?:(?:domestic|global|worldwide|running|cumulative|"
                     r"overall|new)\s+)?(?:total|cume|tally))\s+(?:at|of)\s+(?:an?\s+)?(?:estimated\s+)?$", re.I)
# a weekend's or a day count's own total, or a figure tied to a weekend right after it
_OWN_PERIOD = re.compile(r"\b(?:weekend|frame|[\w-]+-day|opening|debut|friday|saturday|sunday)\b(?:\s+\w+){0,2}\s*$", re.I)
_TIED_AFTER = re.compile(r"^[^.;,]{0,25}?\b(?:weekend|frame|opening|debut|bow)\b", re.I)


def weekend_market(question: str) -> bool:
    return bool(_WEEKEND_Q.search(question) and _GROSS_Q.search(question))


def running_total(question: str, text: str, start: int, end: int) -> str | None:
    """For a market on one weekend's gross: the words telling the figure at text[start:end] as a
    running total (a milestone passed, a total to date), else None."""
    if not weekend_market(question):
        return None
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    if _TIED_AFTER.match(after):
        return None
    passed = _PASSED.search(before)
    if passed and (mark := _MILESTONE.match(after)):
        return f"{passed.group().strip()} … {mark.group().strip()}"
    stands = _STANDS.search(before)
    if stands and not _OWN_PERIOD.search(before[:stands.start()]):
        return stands.group().strip()
    return None
