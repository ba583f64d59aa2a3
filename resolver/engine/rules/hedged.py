"""Rule 6 — hedged / speculative: 'could', 'may', 'expected to', 'reportedly', leaks and
rumours weaken a signal instead of flipping it."""

from __future__ import annotations

from ..analysis import SentenceFacts
from ..hedges import hedge_cue
from ..settings import EngineSettings
from ..types import Contribution, Direction
from .base import cite

NAME = "hedged"


def weaken(f: SentenceFacts, i: int, base_rule: str, direction: Direction, weight: float, reason: str,
           settings: EngineSettings, temporal: str | None = None,
           ignore: frozenset[str] = frozenset()) -> Contribution:
    """The base rule's contribution, scaled down when token i's clause is hedged (cue words
    in `ignore` belong to the base rule's own cue and do not count as a hedge)."""
    cue = hedge_cue(f, i, ignore)
    if cue is None:
        return cite(f, base_rule, direction, weight, reason, temporal)
    c = cite(f, NAME, direction, weight * settings.hedge_factor,
             f"{base_rule} weakened by hedge '{cue}' (×{settings.hedge_factor}): {reason}", temporal)
    return c.model_copy(update={"base_rule": base_rule})
