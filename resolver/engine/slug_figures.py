"""Slug figures: a headline percentage that lost its decimal point.

Headlines rebuilt from a web address drop the point ('interest rate to 175 percent',
'climbs to 393 pct' over a lead that says '1.75 percent', '39.3 percent'): the address cannot
carry a '.', so the digits run together. When a headline's whole-number percentage is, with a
point put back somewhere inside it, a percentage the same article's text gives, the headline's
figure is that one.
"""
from __future__ import annotations

import functools
import re

_PCT = r"\s*(?:%|percent\b|per\s+cent\b|pct\b|pc\b)"
_DECIMAL_PCT = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,3})" + _PCT, re.I)


@functools.lru_cache(maxsize=512)
def _decimals(text: str) -> dict[str, float]:
    """The text's decimal percentages, keyed by their digits without the point."""
    return {m.group(1) + m.group(2): float(f"{m.group(1)}.{m.group(2)}") for m in _DECIMAL_PCT.finditer(text)}


def restored(headline: bool, number: str, body: str) -> float | None:
    """For a headline's whole-number percentage `number` ('175'), the article's decimal figure
    with the same digits (1.75), else None."""
    if not headline or not number.isdigit() or len(number) < 3:
        return None
    return _decimals(body).get(number)
