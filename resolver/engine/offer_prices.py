"""Offer prices: a market that asks at what price an offering is set ('price its 2018 Hong Kong
IPO at HK$20 or more', 'be priced at SAR 28.00 or more per share'). An offering is priced once,
so the price it is set at is the one figure that settles the market either way (an occasion of
one, quantities.occasion), and 'priced its shares at $38', which for a market on the shares'
trading is only the reference a close is measured against (figure_words.reference_price), is
here the very figure asked about. A market on how shares trade against their IPO price
('close above the $46 IPO price') asks no pricing."""

from __future__ import annotations

import re

_ASKS = re.compile(r"\bpric(?:e|es|ing)\s+(?:its|their|the|an?)\s+(?:[\w.'’-]+\s+){0,5}?(?:IPO|initial\s+public\s+offering|"
                   r"(?:public\s+|share\s+|stock\s+|secondary\s+)?offering|listing|shares|placement)\s+at\b"
                   r"|\bbe\s+priced\s+at\b", re.I)


def asks_pricing(question: str) -> bool:
    """The question asks the price an offering is set at ('Will Circle price its U.S. IPO at $30
    or more per share?', 'Will Google's initial public offering be priced at $85 or more?')."""
    return _ASKS.search(question) is not None


# the price told as set: a done verb of setting it right before the figure ('were priced yesterday at
# $85', 'share price set at $85', 'had been sold last night to IPO investors for $31'), or the offer
# price named as what it is ('the final offer price for its … offering … is SAR27.25/share')
_SET = re.compile(r"\b(?:priced|set|fixed|sold)\b(?:\s+[\w.'’-]+){0,8}?\s+(?:at|for)\s+$", re.I)
_NAMED = re.compile(r"\b(?:final|offer|offering|IPO|issue|listing)\s+price\b(?:(?!\brange\b)(?:[^.;,]|(?<=\d)[.,](?=\d))){0,100}?"
                    r"\b(?:is|was|of|at|came\s+in\s+at|stood\s+at)\s+$", re.I)
# a clause that tells the price as ahead, hoped, hypothetical or not set
_NOT_TOLD = re.compile(r"\b(?:will|would|could|may|might|shall|should|expect\w*|likely|poised|plans?|planned|aims?|"
                       r"intends?|hopes?|seeks?|if|unless|not|never|no|range|guidance|indicative|marketed|"
                       r"to\s+(?:be\s+)?(?:price|priced|set|fix|fixed|sell|sold))\b|n['’]t\b", re.I)


def price_told(text: str, start: int) -> str | None:
    """For a market asking an offering's price: the words that tell the figure at `start` as the
    price the offering was set at, within its clause ('priced … at', 'the final offer price … is'),
    or None when its clause tells another figure (a trading level, a bid, a range) or a price
    still ahead ('will price at', 'is expected to be priced at', 'plans to price … between')."""
    before = text[max(0, start - 160):start]
    clause = re.split(r"[,;:—–]\s", before)[-1]
    found = _SET.search(clause) or _NAMED.search(clause)
    if found is None or _NOT_TOLD.search(clause):
        return None
    return found.group(0).strip()
