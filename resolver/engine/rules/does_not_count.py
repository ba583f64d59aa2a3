"""Rule 5 — does not count: the sentence reports only something the criteria exclude
(talks, a framework, an agreement in principle, leaks…). It gives no support for yes and
says why."""

from __future__ import annotations

from ..analysis import SentenceFacts
from ..types import Contribution
from .base import cite

NAME = "does_not_count"


def check(f: SentenceFacts, would_be: str) -> Contribution | None:
    """A zero-weight note when f matches an exclusion of the criteria; None otherwise."""
    if not f.exclusion:
        return None
    return cite(f, NAME, "none", 0.0,
                f"would be {would_be}, but the criteria exclude '{f.exclusion}'")
