"""Component cuts: a figure told without one of its parts ('Excluding gasoline, the country's
inflation rate was 6.5 per cent', 'CPI ex-food and energy rose 3.2%', 'the index less shelter
rose 2.1%', 'sales rose 4% excluding autos') is another measure than the one a market asks about
when the question excludes nothing itself: the whole's figure (the headline rate, the total) is
the one it reads. The cut is read in the figure's own conjunct ('Inflation rose to 8.1%, while
excluding gasoline it was 6.5%': the 8.1% is the headline's) or right after the figure. An
exclusion of a time ('excluding data from 2020 and 2021', 'excluding the pandemic years') is no
part left out of the measure."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# the words that exclude a part of a whole, before the part ('excluding gasoline')
_EXCLUDING = r"(?:excluding|excludes?|excluded|exclusive\s+of|not\s+counting|stripping\s+out|strip(?:s|ped)?\s+out|leaving\s+out)"
# a statistic's name a cut is written on ('CPI ex-food', 'the all-items index less food and energy')
_STAT = r"(?:cpi|pce|ppi|gdp|hicp|rpi|index|inflation|prices|rate|items|measure|gauge|sales|payrolls|output|figure|reading)"
# the part excluded: one to three words; not a number, a period or data
_PART = r"(?:the\s+)?(?:volatile\s+|prices\s+of\s+|costs?\s+of\s+)?(?P<part>[a-z][a-z-]+(?:\s+(?:and|or|,)\s*[a-z][a-z-]+)?)"
_CUT = re.compile(rf"\b(?:{_EXCLUDING}\s+|{_STAT}\s*,?\s*(?:less|minus|ex-|ex\s+)\s*){_PART}", re.I)
# an exclusion of a time or of data, not of a part of the measure
_TIME_PART = re.compile(r"\b(?:data|period|periods|years?|months?|quarters?|weeks?|days?|pandemic|covid\w*|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december|"
                        r"than|that|which|this|those|these|its|their|outliers?|revisions?)\b", re.I)
# where the figure's conjunct starts: a clause break or a coordinating word
_CONJUNCT = re.compile(r";|,?\s+(?:and|while|whereas|but)\b\s*,?|(?<![A-Z])\.\s|:\s")  # ("U.S. consumer prices": no break)
# the words between a figure and a cut told after it ('rose 2.1% in June excluding food')
_AFTER = re.compile(rf"^(?:\s+(?:in|for|on|from|a|the|year|month|over|[A-Z][a-z]+|\d+)){{0,3}}\s*,?\s*(?={_EXCLUDING}\b)")


def _cut(m: re.Match[str] | None) -> str | None:
    if m is None or _TIME_PART.search(m.group("part")):
        return None
    return m.group(0).strip()


@lru_cache(maxsize=4096)
def asks_cut(question: str) -> bool:
    """The question itself names a cut ('core CPI', 'inflation excluding food and energy')."""
    return bool(re.search(r"\b(?:core|underlying|trimmed|supercore)\b", question, re.I)) or _cut(_CUT.search(question)) is not None


def component_cut(question: str, text: str, start: int, end: int) -> str | None:
    """The wording that makes the figure at start..end a measure with a part left out, for a
    market whose question leaves nothing out; None otherwise."""
    if asks_cut(question):
        return None
    last = _last_cut(text, start)
    if last is not None and not _CONJUNCT.search(text, last.end(), start):
        return _cut(last)  # no clause break between the cut and the figure ('ex-food and energy rose 3.2%')
    after = _AFTER.match(text[end:end + 60])
    if after:
        m = _CUT.search(text, end + after.end(), end + after.end() + 60)
        if m and m.start() <= end + after.end() + 2:
            return _cut(m)
    return None


@lru_cache(maxsize=64)
def _cuts(text: str) -> tuple[tuple[re.Match[str], ...], tuple[int, ...], tuple[int, ...]]:
    """The sentence's cut wordings read once (not once per figure: a long sentence of many figures
    would be read again and again): the matches, their ends, and for each the index of the last one
    up to it that is a cut of a part (-1 when none)."""
    found = tuple(_CUT.finditer(text))
    valid: list[int] = []
    for i, m in enumerate(found):
        valid.append(i if _cut(m) else (valid[-1] if valid else -1))
    return found, tuple(m.end() for m in found), tuple(valid)


def _last_cut(text: str, start: int) -> re.Match[str] | None:
    """The last cut of a part told before `start`, as a scan of text[:start] finds it: the
    whole sentence's matches that end by `start`, except that a match running past `start` is
    read again cut short there."""
    found, ends, valid = _cuts(text)
    k = bisect_right(ends, start)
    if k < len(found) and found[k].start() < start:
        tail = [c for c in _CUT.finditer(text, found[k].start(), start) if _cut(c)]
        if tail:
            return tail[-1]
    return found[valid[k - 1]] if k and valid[k - 1] >= 0 else None
