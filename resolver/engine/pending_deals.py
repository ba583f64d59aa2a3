"""A deal told as done and, in the same article, as still to come. 'Delta Air Lines completed its
purchase of Northwest Airlines Wednesday, …' beside 'The merger is expected to close by year's
end.': the article contradicts itself on whether the deal has closed (a wire story rewritten in
haste, an approval mistaken for the closing), so its done report confirms nothing for a market on
completing the deal. Read only for a market whose object is a deal (an acquisition, a merger, a
takeover …), and only a sentence giving the deal by a definite noun ('the merger', 'the
transaction', 'its acquisition') in the present as expected, scheduled or due to close, or as
what will close or be completed; 'was expected to close' tells an earlier expectation and is not
read. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from .deal_agreement import DEAL_NOUNS

_NOUN = r"(?:acquisition|merger|takeover|buyout|purchase|deal|transaction|combination|sale)"
_CLOSE = r"(?:close|complete|finalize|finalise|be\s+(?:completed|closed|finalized|finalised|consummated))"
_STILL = re.compile(
    rf"\b(?:the|this|its|their)\s+(?:[a-z-]+\s+){{0,2}}{_NOUN}\s+(?:"
    rf"(?:is|are)\s+(?:still\s+|now\s+)?(?:expected|scheduled|slated|set|due|anticipated|likely)\s+to\s+{_CLOSE}"
    rf"|will\s+(?:now\s+)?{_CLOSE})\b", re.I)


@lru_cache(maxsize=512)
def _still_to_come(title: str, text: str) -> str | None:
    m = _STILL.search(f"{title}\n{text}")
    return m.group(0) if m else None


def still_expected(object_head, title: str, text: str) -> str | None:
    """Why a done report of the market's deal is contradicted by its own article: the words that
    tell the deal as still to close; None when the market is on no deal or the article says none."""
    if not (set(object_head) & DEAL_NOUNS):
        return None
    found = _still_to_come(title, text)
    if found is None:
        return None
    return f"its own article also tells the deal as still to come ('{found}'): the report conflicts"


__all__ = ["still_expected"]
