"""Indian scale words on a rupee figure ('Rs 10 lakh crore', '₹600 crore', '1000 crores plus'): a lakh is 100,000, a
crore 10,000,000, a lakh crore 10^12. A bar the question writes with a scale word ('gross Rs 1,000 crore or more') is
kept in that word's units (thresholds.py leaves the word off), one written in full figures or by an English scale
('reach Rs 10 trillion') in rupees; a figure is brought into the bar's units from its own word, so 'Rs 10 lakh crore'
meets a bar of Rs 10 trillion and '1000 crores plus' one of Rs 1,000 crore. Pure."""

from __future__ import annotations

import re

_SCALES = {"lakh crore": 1e12, "lakh cr": 1e12, "crore": 1e7, "cr": 1e7, "lakh": 1e5}
_WORD = r"(?P<scale>lakhs?\s+crores?|lakhs?\s+cr\b\.?|crores?|cr\b\.?|lakhs?)"
_AFTER = re.compile(r"\s*" + _WORD, re.I)
_BAR = re.compile(r"(?:₹|\b(?:Rs\.?|INR))\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*" + _WORD, re.I)


def _scale(word: str) -> float:
    low = re.sub(r"\s+", " ", word.lower().rstrip(".")).replace("lakhs", "lakh").replace("crores", "crore")
    return _SCALES.get(low, 1.0)


def bar_scale(question: str, threshold: float | None) -> float:
    """The units of a rupee bar: a scale word's when the question writes the bar's own number before it (the
    threshold is that number), else 1 (rupees)."""
    for m in _BAR.finditer(question):
        if threshold is not None and float(m.group("num").replace(",", "")) == threshold:
            return _scale(m.group("scale"))
    return 1.0


def scaled(text: str, end: int) -> float | None:
    """The scale word right after a figure ending at `end` ('Rs 10| lakh crore'), as a multiplier; None when none."""
    m = _AFTER.match(text, end)
    return _scale(m.group("scale")) if m else None


def in_bar_units(question: str, threshold: float | None, value: float, text: str, end: int) -> float:
    """A rupee figure `value` (its number, before any Indian scale word after it) in the bar's units."""
    word = scaled(text, end)
    if word is None:
        return value
    return value * word / bar_scale(question, threshold)
