"""A figure set in parentheses with its own earlier date (split out of rules/threshold_crossed.py): a past record the
sentence cites, not its report."""

from __future__ import annotations

import re
from datetime import datetime


def dated_aside(text: str, m: re.Match[str], span, published: datetime) -> bool:
    """'broke its closing record (8,239.99 points, May 15, 2024) by closing at …': a figure set in
    parentheses with its own earlier date is a past record the sentence cites, not its report."""
    opened, closed = text.rfind("(", 0, m.start()), text.find(")", m.end())
    if opened < 0 or closed < 0 or text.rfind(")", 0, m.start()) > opened:
        return False
    return opened < span.pos < closed and span.end.date() < published.date()
