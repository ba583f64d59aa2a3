"""Rules as data: a market's rule set is a validated spec — what to look for (the derived
Target, editable) and which rules run with what weights. The default set is derived from
the question; analysts inspect, tune and test it (`resolver rules show|set|test`), and every
change is stored as a new version that verdicts record."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .derive import derive_target
from .settings import EngineSettings
from .types import Market, Target


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    weight: float | None = Field(default=None, ge=0, description="log-odds it adds; null = the engine default")


class Confirmation(_Rule):
    """The act reported as done inside the window → yes."""

    type: Literal["confirmation"] = "confirmation"


class ThresholdCrossed(_Rule):
    """Numeric markets: a reported value beyond the threshold inside the window → yes."""

    type: Literal["threshold_crossed"] = "threshold_crossed"


class RuledOut(_Rule):
    """'will not', 'not imminent', 'precludes'… about the act → no."""

    type: Literal["ruled_out"] = "ruled_out"
    extra_cues: list[str] = Field(default_factory=list, description="more phrases that rule the act out")


class ScheduledAfterDeadline(_Rule):
    """The act or a prerequisite dated after the deadline → no."""

    type: Literal["scheduled_after_deadline"] = "scheduled_after_deadline"
    prerequisites: list[str] = Field(default_factory=list, description="more steps that must come first")


class PlanBeforeDeadline(_Rule):
    """The act planned before the deadline → a weak yes."""

    type: Literal["plan_before_deadline"] = "plan_before_deadline"


class RivalOutcome(_Rule):
    """Someone other than the candidate won the role → no."""

    type: Literal["rival_outcome"] = "rival_outcome"


class OppositeOutcome(_Rule):
    """The decision went the other way (rates held, bill rejected) → no."""

    type: Literal["opposite_outcome"] = "opposite_outcome"


class FailedAttempt(_Rule):
    """An attempt failed; decisive for a one-occasion market → no."""

    type: Literal["failed_attempt"] = "failed_attempt"


class StateEnded(_Rule):
    """'Stays true until' markets: the state reported over → no."""

    type: Literal["state_ended"] = "state_ended"


class StateRestored(_Rule):
    """'Stays true until' markets: the holder got the state back ('reappointed'): earlier reports
    that the state ended are superseded (no weight of its own)."""

    type: Literal["state_restored"] = "state_restored"


class DeadlinePassed(_Rule):
    """As-of past deadline + grace with nothing confirming → no (state markets: → yes)."""

    type: Literal["deadline_passed"] = "deadline_passed"
    grace_hours: float | None = Field(default=None, ge=0)


class DoesNotCount(_Rule):
    """Sentences matching target.exclusions give no support for yes."""

    type: Literal["does_not_count"] = "does_not_count"


class Hedged(_Rule):
    """Hedges weaken a signal by `factor`."""

    type: Literal["hedged"] = "hedged"
    factor: float | None = Field(default=None, ge=0, le=1)
    extra_cues: list[str] = Field(default_factory=list, description="more hedge words")


class Frames(_Rule):
    """Words this market's act is reported with, beyond the frame lexicon (resolver/data/frames.json):
    verbs (lemmas), event nouns and multi-word phrases."""

    type: Literal["frames"] = "frames"
    verbs: list[str] = Field(default_factory=list, description="more verbs (lemmas) that report the act")
    nouns: list[str] = Field(default_factory=list, description="more nouns naming the act")
    phrases: list[str] = Field(default_factory=list, description="more multi-word phrases ('take the oath')")


class NotYet(_Rule):
    """A zero-weight status note: the act has not happened yet."""

    type: Literal["not_yet"] = "not_yet"


RuleSpec = Annotated[
    Union[Confirmation, ThresholdCrossed, RuledOut, ScheduledAfterDeadline, PlanBeforeDeadline, RivalOutcome,
          OppositeOutcome, FailedAttempt, StateEnded, StateRestored, DeadlinePassed, DoesNotCount, Hedged, NotYet,
          Frames],
    Field(discriminator="type"),
]
RULE_TYPES: tuple[type[_Rule], ...] = (
    Confirmation, ThresholdCrossed, RuledOut, ScheduledAfterDeadline, PlanBeforeDeadline, RivalOutcome,
    OppositeOutcome, FailedAttempt, StateEnded, StateRestored, DeadlinePassed, DoesNotCount, Hedged, NotYet, Frames,
)
_WEIGHT_FIELD = {
    "confirmation": "confirmation", "threshold_crossed": "threshold_crossed", "ruled_out": "ruled_out",
    "scheduled_after_deadline": "scheduled_after_deadline", "plan_before_deadline": "plan_before_deadline",
    "rival_outcome": "rival_outcome", "opposite_outcome": "opposite_outcome", "failed_attempt": "failed_attempt",
    "state_ended": "state_ended", "deadline_passed": "deadline_passed",
}


class RuleSet(BaseModel):
    """What the engine looks for in one market and how each rule counts."""

    model_config = ConfigDict(extra="forbid")

    target: Target
    rules: list[RuleSpec]

    @model_validator(mode="after")
    def _unique_types(self) -> "RuleSet":
        seen: set[str] = set()
        for rule in self.rules:
            if rule.type in seen:
                raise ValueError(f"rule type '{rule.type}' appears twice")
            seen.add(rule.type)
        return self

    def get(self, rule_type: str) -> _Rule | None:
        return next((r for r in self.rules if r.type == rule_type), None)

    def enabled(self, rule_type: str) -> bool:
        rule = self.get(rule_type)
        return rule is None or rule.enabled

    def effective_settings(self, base: EngineSettings) -> EngineSettings:
        """Engine settings with this set's per-rule weights, hedge factor and grace applied."""
        weights = base.weights.model_copy()
        for rule in self.rules:
            field = _WEIGHT_FIELD.get(rule.type)
            if field and rule.weight is not None:
                setattr(weights, field, rule.weight)
                if field == "scheduled_after_deadline":
                    weights.event_after_deadline = max(weights.event_after_deadline, rule.weight)
        update: dict = {"weights": weights}
        hedge = self.get("hedged")
        if isinstance(hedge, Hedged):
            if not hedge.enabled:
                update["hedge_factor"] = 1.0
            elif hedge.factor is not None:
                update["hedge_factor"] = hedge.factor
        passed = self.get("deadline_passed")
        if isinstance(passed, DeadlinePassed) and passed.grace_hours is not None:
            update["grace_hours"] = passed.grace_hours
        return base.model_copy(update=update)


def default_rule_set(market: Market) -> RuleSet:
    """The rule set derived from the market's question and criteria, every rule at its default
    (cached per market text: treat the result as read-only)."""
    return _default_cached(market.model_dump_json())


@lru_cache(maxsize=16384)
def _default_cached(market_json: str) -> RuleSet:
    market = Market.model_validate_json(market_json)
    return RuleSet(target=derive_target(market), rules=[cls() for cls in RULE_TYPES])
