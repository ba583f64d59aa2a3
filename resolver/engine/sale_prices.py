"""A price a sale fetched, told before its figure: 'sold for $236.4 million', 'selling for 65 million
pounds', 'fetched $118.3 million', 'the sale of a 1905 Picasso for a record-breaking $104.1 million'.
The figure is the price the thing went for, a level on whichever side of a market's bar it lies
(rules/threshold_crossed.py takes the market's direction and lets the bar decide), not a move up or
down. Read only for a market whose act is selling (a price asked of a sale), so 'sold for' in a
market on a share's close or a count of copies is left as before.
In the development corpus the verb form ('sold/sells/selling/sell for' + a sum, 'fetched' + a sum)
stands in 4 sentences, all a sale's price; the noun form ('sale of … for' + a sum) in 1."""

from __future__ import annotations

import re

# the words right before the figure (the threshold rule's 45-character window)
_PRICE = re.compile(
    r"(?:\b(?:sold|sells|selling|sell)\s+(?:[\w'’.-]+\s+){0,4}?for|\bfetch(?:ed|es|ing)?(?:\s+for)?"
    r"|\b(?:went|goes)\s+for|\bchanged\s+hands\s+for|\b(?:went|came)\s+under\s+the\s+hammer\s+for"
    r"|\b(?:was\s+|were\s+)?(?:bought|purchased)\s+for|\bbrought\s+in|\b(?:realized|realised|achieved)"
    r"|\bsale\s+of\s+(?:[\w'’-]+\s+){1,4}?for)"
    r"\s+(?:an?\s+)?(?:(?:record|record-breaking|record-setting|reported|estimated|staggering|whopping)\s+)?$", re.I)
# the words a sale's price stands after: 'sold … for', 'went for', 'changed hands for', 'went under the
# hammer for', 'was bought for', 'brought in', 'realized', 'achieved' (all read only in a selling market)
_KEYS = ("sold", "sell", "fetch", "sale", "went", "goes", "hands", "hammer", "bought", "purchased", "brought",
         "realized", "realised", "achieved")


# an earlier sale of the thing ('last changed hands for $250 million in 2006', 'previously sold for')
_EARLIER = re.compile(r"\b(?:last|previously|once|earlier|originally)\s+(?:(?:was|were|had|has)\s+)?(?:\w+\s+){0,1}?"
                      r"(?:sold|sells|fetched|went|changed|bought|purchased)\b", re.I)


def sale_price(act: str | None, before: str) -> bool:
    """The figure after `before` is the price a sale fetched, for a market whose act is selling."""
    if act != "sell":
        return False
    low = before.lower()
    if not any(k in low for k in _KEYS):
        return False
    m = _PRICE.search(before)
    return m is not None and not _EARLIER.search(before[max(0, m.start() - 30):m.end()])
