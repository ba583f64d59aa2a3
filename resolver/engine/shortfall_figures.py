"""Shortfall figures: a count told as the distance left to a bar is not the count itself —
'Muralitharan, who was eight wickets short of the landmark figure of 800', 'fell three votes shy of
a majority', 'is two goals away from the record', 'finished 12 points adrift of the leaders'. The
figure measures the gap, so the count it leaves untold may lie anywhere: it says neither that the
bar was met nor that it was missed (read by rules/least_count.py)."""

from __future__ import annotations

import re

# the words right after a count (its number and unit) that make it a distance to a bar
_DISTANCE = re.compile(r"\s*(?:(?:still|just|only)\s+)?(?P<w>short(?:\s+of)?|shy(?:\s+of)?|away\s+from|adrift(?:\s+of)?)"
                       r"(?![\w-])", re.I)
_CUES = ("short", "shy", "away", "adrift")  # the cheap test before the pattern


def distance_after(text: str, end: int) -> str | None:
    """The words right after a count ending at `end` that tell it as a distance to a bar ('short of',
    'shy of', 'away from', 'adrift of'): those words, else None."""
    window = text[end:end + 24].lower()
    if not any(c in window for c in _CUES):
        return None
    m = _DISTANCE.match(text, end)
    return " ".join(m.group("w").split()) if m else None
