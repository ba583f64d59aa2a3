"""A share a process brings its population to, named in the question with no comparator ('Will
LUMA Energy report power restored to 99% of its customers …?'): the criteria's comparator on the
same figure ('restored to at least 99% of its customers') is the market's bar. An amount an act
carries ('enact a 5% pay raise') is no share reached, and a question that states its own bar keeps it.

A bar named as a noun the share must reach ('Will turnout in Slovakia's … referendum reach the 50%
quorum?', 'exceed the 50% quorum', 'reach the 40% needed to make it binding') is read the same way:
the criteria's comparator on the same share ('reached at least 50% of eligible voters') is the bar."""

from __future__ import annotations

import re

from . import quantities
from .thresholds import _OR_MORE_RE, _THRESHOLD_RE, _threshold

_SHARE_TO = re.compile(r"\bto\s+(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+of\b", re.I)
# a bar named by its noun after the verb reaching it: 'reach the 50% quorum', 'exceed the 40% needed'
_NAMED_BAR = re.compile(r"\b(?:reach|exceed|meet|hit|clear|pass|top|surpass)\s+the\s+(?P<num>\d+(?:\.\d+)?)\s*"
                        r"(?:%|percent|per\s+cent)\s+(?:quorum|threshold|minimum|needed|required|mark|bar)\b", re.I)


def _share(question: str) -> float | None:
    if "%" not in question and "per" not in question.lower():
        return None  # the keyword prefilter
    m = _SHARE_TO.search(question) or _NAMED_BAR.search(question)
    if m is None or _THRESHOLD_RE.search(question) or _OR_MORE_RE.search(question):
        return None
    return float(m.group("num"))


def bar(question: str, criteria: str) -> quantities.Required | None:
    """The criteria's bar on the share the question names ('to 99% of'), as quantities.required reads it."""
    share = _share(question)
    stated = quantities.required(criteria) if share is not None and criteria else None
    return stated if stated is not None and stated.unit == "percent" and stated.value == share else None


def threshold(question: str, criteria: str) -> tuple[float, str, str] | None:
    """(value, direction, unit) of that bar, as thresholds._threshold gives a question's own."""
    share = _share(question)
    stated = _threshold(criteria) if share is not None and criteria else None
    return stated if stated and stated[2] == "percent" and stated[0] == share else None
