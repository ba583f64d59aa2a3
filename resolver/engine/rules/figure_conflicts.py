"""Figures of one sentence read, each, as the market's own figure, that fall on both sides of its bar (README 'How
the engine decides', rule `threshold_crossed`): 'Growth in consumer prices in Ukraine in June also slowed to 0.4% from
2.2% in May and 14% in April, …, and 60.9% in April 2015 from April 2014' for a market on April's year-on-year
inflation tells the month's change (14%) and the year's (60.9%) of the same month. For a market on the 12-month change, the figures the sentence tells as that change (the base a year before:
'in April 2015 from April 2014', 'year on year', 'from a year earlier', 'in annual terms') settle it when they all fall
on one side and the others are not told so; otherwise the first figure read settles it, as before (a vote's share
beside the count's progress, 'with 100% of all votes tallied', or a consensus beside the figure, '-4.8% vs. -3.7%
consensus', are read elsewhere or not at all)."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts
from ..types import Contribution
from .threshold_figures import _VALUE

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# the 12-month change's own words, right after its figure (before the next figure)
_YEARLY_AFTER = re.compile(
    rf"^[^\d;]{{0,25}}?(?:\b(?:in|for)\s+{_MONTH}\s+(?P<y1>(?:19|20)\d\d)\s+)?\b(?:from|over|against|versus|vs\.?|"
    rf"(?:compared|relative)\s+(?:with|to))\s+(?:the\s+same\s+(?:month|period)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|a)\s+year\b|"
    rf"a\s+year\s+(?:earlier|ago|before)\b|{_MONTH}\s+(?P<y0>(?:19|20)\d\d)\b)"
    r"|^[^\d;]{0,25}?\b(?:year[\s-]+(?:on|over)[\s-]+year|y/y|yoy|in\s+annual\s+terms|on\s+an?\s+(?:annual|yearly)\s+basis)\b",
    re.I)
_TWELVE = re.compile(r"\b(?:12|twelve)[\s-]months?\b|\byear[\s-]+(?:over|on)[\s-]+year\b|\bannual\b|\byoy\b|\by/y\b", re.I)


def _direction(found: list[Contribution]) -> str:
    return next(c.direction for c in found if c.direction != "none")


def yearly(text: str, m: re.Match[str], own_year: int | None = None) -> bool:
    """The figure at m is told as a change over the same period a year before ('60.9% in April 2015 from April 2014',
    '5.1% year on year')."""
    nxt = next((v.start() for v in _VALUE.finditer(text, m.end())
                if not re.fullmatch(r"(?:19|20)\d\d", v.group(0).strip())), len(text))  # (a year is no figure)
    told = _YEARLY_AFTER.match(text[m.end():nxt])
    if told is None:
        return False
    y1, y0 = told.group("y1"), told.group("y0")
    if y0 is None:
        return True
    base = int(y1) if y1 else own_year  # 'from April 2014' only as the base of April 2015, the market's own
    return base is not None and base - int(y0) == 1


def settle(ctx: MarketContext, f: SentenceFacts, decided: list[tuple[re.Match[str], list[Contribution]]]) -> list[Contribution]:
    """What the sentence's figures read as the market's own (each with its contributions, in order) settle: the first
    one's reading, unless they fall on both sides of the bar, the market reads the 12-month change, and the figures told
    as that change all fall on one side (then the first of those)."""
    if len({_direction(found) for _, found in decided}) > 1 and _TWELVE.search(f"{ctx.market.question} {ctx.market.criteria}"):
        own = ctx.target.window_start.year if ctx.target.window_start else None
        told = [(m, found) for m, found in decided if yearly(f.sent.text, m, own)]
        if told and len(told) < len(decided) and len({_direction(found) for _, found in told}) == 1:
            return told[0][1]
    return decided[0][1]
