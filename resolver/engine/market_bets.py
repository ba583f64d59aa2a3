"""A figure that traders bet on, price in or read off futures ('Markets are betting on rates
hitting 4.5 per cent by year-end', 'traders have priced in a rise to 5%', 'futures imply a rate of
4.75%'): what a market's players expect the figure to be, not a figure reported. A threshold market
reads it as a note, on either side of its bar. The bet must stand in the figure's own clause, close
before it: 'Investors who had bet on a cut were surprised; the rate rose to 4.5%' reports the rise."""

from __future__ import annotations

import re

REACH = 70  # characters before the figure within which the bet's words must stand

# the bet, priced or implied view: a verb of wagering taking 'on' or 'that', 'priced/pricing in'
# or 'price(s) in' after 'to', a modal or a market's players ('Consumer prices in Turkey rose' is the
# noun, not the bet), a derivative that implies or points to a level
_BET = re.compile(
    r"\b(?:bet(?:s|ting)?|wager(?:s|ed|ing)?|gambl(?:e|es|ed|ing))\s+(?:heavily\s+|firmly\s+)?(?:on|that)\b"
    r"|\b(?:a|the|their|its)\s+(?:\w+\s+)?(?:bets?|wagers?)\s+(?:on|that)\b"
    r"|(?:\bpric(?:ed|ing)|\b(?:to|markets?|traders|investors|futures|swaps|will|would|could|may|might|not|fully|already)\s+prices?)"
    r"\s+in\b(?!\s+(?:dollars|euros|pounds|yen|yuan|sterling|local\s+currency)\b)"
    r"|\b(?:futures|swaps|options|forwards|derivatives|money\s+markets?)\s+(?:contracts?\s+|markets?\s+|pricing\s+|trading\s+)?"
    r"(?:now\s+|are\s+|were\s+)?(?:imply|implies|implied|implying|point(?:s|ed|ing)?\s+to|signal(?:s|led|ed|ling|ing)?)\b",
    re.I)
# what ends the figure's clause: a stop, a semicolon, a colon, or a comma before a new clause
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|,\s+(?:but|while|whereas|although|though|yet|and|as|after|when)\b", re.I)


def bet_on(text: str, start: int) -> str | None:
    """The words of a bet on the figure starting at `start` in `text`, or None: the bet close
    before it, in its clause."""
    before = text[max(0, start - REACH):start]
    cut = list(_CLAUSE_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    m = None
    for m in _BET.finditer(before):
        pass
    return " ".join(m.group(0).split()) if m else None
