"""An exchange rate's bar told by a currency's strength against another ('Will … show the shilling weaker than 160
per US dollar …?', 'Will the Brazilian real trade at 2.00 or weaker per US dollar …?'). A currency quoted per
dollar is weaker the more of it a dollar buys: 'weaker than 160 per US dollar' is a rate above 160, 'stronger than
5.0 per dollar' a rate below 5.0. The rate is a bare number (units of the currency per unit of the other), so the
threshold has no currency unit: the reports' '160.2384 against the US dollar' is its level. Read by
thresholds._threshold when the question sets no other bar. Pure."""

from __future__ import annotations

import re

_PER = r"(?:per|to\s+the|to\s+a|against\s+the|a)\s+(?:(?:us|u\.s\.|american|single)\s+)?(?:dollar|euro|pound|yen|franc)\b"
_THAN = re.compile(r"\b(?P<dir>weaker|stronger)\s+than\s+(?P<num>\d+(?:\.\d+)?)\s+(?:\w+\s+)?" + _PER, re.I)
_OR = re.compile(r"\b(?P<num>\d+(?:\.\d+)?)\s+(?:\w+\s+)?or\s+(?P<dir>weaker|stronger)\s+" + _PER, re.I)


def bar(question: str) -> tuple[float, str, str] | None:
    """(value, 'above' | 'below', '') for a bar set on a currency's strength per another currency; None otherwise."""
    low = question.lower()
    if "weaker" not in low and "stronger" not in low:
        return None
    m = _THAN.search(question) or _OR.search(question)
    if m is None:
        return None
    return float(m.group("num")), ("above" if m.group("dir").lower() == "weaker" else "below"), ""


# a rate named per the other currency in the question ('breach the 80-per-dollar level', 'cross 80 per dollar')
_QUOTED = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)[\s-]+(?:\w+[\s-]+)?" + _PER.replace(r"\s+", r"[\s-]+"), re.I)


def criteria_bar(question: str, criteria: str) -> tuple[float, str, str] | None:
    """For a question naming a rate per the other currency with a verb of no side ('Will the Indian rupee breach
    the 80-per-dollar level …?'), the bar its criteria set on the same rate by strength ('trades weaker than 80.00
    rupees per US dollar'): the criteria tell the side; None when they set none, or another rate."""
    asked = _QUOTED.search(question)
    told = bar(criteria) if asked else None
    return told if told and float(asked.group("num")) == told[0] else None


def inclusive(question: str) -> bool | None:
    """'2.00 or weaker' counts 2.00; 'weaker than 160' does not; None when no such bar is set."""
    if bar(question) is None:
        return None
    return bool(_OR.search(question)) and not _THAN.search(question)
