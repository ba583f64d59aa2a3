"""Rule 6 — hedged / speculative: 'could', 'may', 'expected to', 'reportedly', leaks and
rumours weaken a signal instead of flipping it. A reading whose token stands in a stretch the
sentence does not assert at all ('It is not yet clear whether …', 'denied reports that …',
'claimed to have …': unasserted.py) is kept as a note with no weight, under its own name: no rule's
reading, either way, comes from a content the sentence leaves open or takes back."""

from __future__ import annotations

from ..analysis import SentenceFacts
from ..hedges import hedge_cue
from ..unasserted import scope
from ..settings import EngineSettings
from ..types import Contribution, Direction
from .base import cite

NAME = "hedged"
UNASSERTED = "unasserted"
# readings of a plan or of the act still to come: what they read is the plan itself ('is expected to decide on
# Thursday whether to grant …': the decision is planned), so a stretch left open does not take them back
_PLAN_READINGS = frozenset({"scheduled_after_deadline", "plan_before_deadline", "not_yet"})


def weaken(f: SentenceFacts, i: int, base_rule: str, direction: Direction, weight: float, reason: str,
           settings: EngineSettings, temporal: str | None = None,
           ignore: frozenset[str] = frozenset()) -> Contribution:
    """The base rule's contribution, scaled down when token i's clause is hedged (cue words
    in `ignore` belong to the base rule's own cue and do not count as a hedge)."""
    held = scope(f.sent, i) if weight and base_rule not in _PLAN_READINGS else None
    if held is not None and held[1].lower() not in ignore:  # a stretch opened by the rule's own cue ('The
        # Kremlin denied that …' read by ruled_out as the denial) is what the rule reads, not what it takes back
        return cite(f, UNASSERTED, "none", 0.0, f"{base_rule} not asserted: told inside '{held[1]} …' ({held[0]}): "
                    f"{reason}", temporal)
    cue = hedge_cue(f, i, ignore)
    if cue is None:
        return cite(f, base_rule, direction, weight, reason, temporal)
    c = cite(f, NAME, direction, weight * settings.hedge_factor,
             f"{base_rule} weakened by hedge '{cue}' (×{settings.hedge_factor}): {reason}", temporal)
    return c.model_copy(update={"base_rule": base_rule})
