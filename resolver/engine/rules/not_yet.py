"""Status note — not yet: a sentence says the act has not happened (as of its publication).
It carries no weight by itself (it does not rule out the future) but shows in the trace and
backs up 'deadline passed'."""

from __future__ import annotations

from ..analysis import MarketContext, SentenceFacts, negation
from ..settings import EngineSettings
from ..types import Contribution
from .base import cite

NAME = "not_yet"


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    for i in f.act_idx + f.act_noun_idx + f.object_idx:
        neg = negation(f, i)
        if neg and (f.actors or f.object_idx):
            return [cite(f, NAME, "none", 0.0,
                         f"says the act has not happened as of {f.article.published:%d %b %Y} ('{neg}')")]
    return []
