"""A move told with the close it ended at: 'Shares tumbled 19 percent on Thursday to close at
$176.26' — the percentage change before 'to close' is the session's change at its close, not a
level during the day. Read for a closing-level market (rules/threshold_figures._closing); the
figure must be a percentage followed, within its clause, only by a time phrase ('on Thursday')
before 'to close', 'to end', 'to finish' or 'to settle' + 'at' / 'on' (not 'before closing at',
which tells an intraday level before the close; not a sum: 'falling 12.6 per cent, or $5.80, to
close at $40.20' reads the percentage, never the $5.80)."""

from __future__ import annotations

import re

# after the figure: an optional time phrase, then 'to close at' / 'to end the day at' …
_TO_CLOSE = re.compile(
    r"(?:\s*,?\s*(?:on|in|during|yesterday|today)\b[^,.;:\d]{0,30}?)?"
    r"\s*,?\s+to\s+(?:close|end|finish|settle)\s+(?:the\s+(?:day|session|trading\s+day)\s+)?(?:at|on)\b",
    re.I)
_PERCENT = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s*$", re.I)


def move_to_close(text: str, start: int, end: int) -> bool:
    """The figure text[start:end], a percentage, is a change that a 'to close at …' after it
    dates at the close."""
    return bool(_PERCENT.search(text[start:end])) and bool(_TO_CLOSE.match(text, end))
