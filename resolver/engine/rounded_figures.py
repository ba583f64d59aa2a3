"""A round figure at the bar told beside its precise value: 'German economy plunged 10% during second
quarter' over 'Output shrank by 10.1% during the April-June period from the previous quarter' for a market on
a fall of more than 10%. A whole-number percentage equal to a strict bar's size, in an article that reports a
figure with decimals rounding to it (within half a point) that meets the bar, is that figure rounded (a
headline's habit), not a figure missing the bar: its miss is held back as a note (rules/reported_figure.py)
and the precise figure is read on its own. Read only for a strict bar (an inclusive one is met by the round
figure itself) and only when the precise figure meets it: '9.6%' also rounds to 10 and settles nothing.

Pure; one compiled regex over the article's text, after a substring test for a decimal mark before '%'."""

from __future__ import annotations

import re

from .quantities import Required
from .types import Article

_PRECISE = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,2})\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.I)
_TEXT_LIMIT = 60_000  # the article's text read for the precise figure (a longer one is cut)


def precise_value(article: Article, value: float, bar: Required) -> str | None:
    """The words of a precise figure that `value` (a whole percentage at the strict bar's size) rounds,
    told in the article and meeting the bar; else None."""
    if bar.unit != "percent" or bar.inclusive or value != int(value) or abs(value) != abs(bar.value) or value == 0:
        return None
    text = f"{article.title}\n{article.text}"[:_TEXT_LIMIT]
    if "%" not in text and "cent" not in text and "pct" not in text:
        return None
    for m in _PRECISE.finditer(text):
        x = float(f"{m.group(1)}.{m.group(2)}")
        if x == abs(value) or abs(x - abs(value)) >= 0.5:
            continue
        if bar.met_by(x if value > 0 else -x):
            return m.group(0)
    return None
