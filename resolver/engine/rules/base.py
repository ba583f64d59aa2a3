"""Shared helpers for rules: building a contribution that quotes its sentence."""

from __future__ import annotations

from ..analysis import SentenceFacts
from ..types import Contribution, Direction


def cite(f: SentenceFacts, rule: str, direction: Direction, weight: float, reason: str,
         temporal: str | None = None) -> Contribution:
    """A contribution quoting f's sentence verbatim, with its article."""
    a = f.article
    where = "headline" if f.sent.headline else f"sentence {f.sent.index}"
    return Contribution(
        rule=rule, direction=direction, weight=round(weight, 4), reason=f"{reason} ({where})",
        sentence=f.sent.text, article_url=a.url, article_title=a.title, published=a.published,
        source=a.source or None, temporal=temporal,
    )
