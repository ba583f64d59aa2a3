"""Engine tuning: weights and thresholds (documented in config.example.toml)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RuleWeights(BaseModel):
    model_config = ConfigDict(extra="forbid")

    confirmation: float = 2.0
    threshold_crossed: float = 2.0
    ruled_out: float = 2.0
    scheduled_after_deadline: float = 1.5
    event_after_deadline: float = 2.0
    rival_outcome: float = 2.0
    opposite_outcome: float = 2.0
    state_ended: float = 2.0
    failed_attempt: float = 2.0
    plan_before_deadline: float = 0.4
    deadline_passed: float = 3.0
    state_continues: float = 2.0


class EngineSettings(BaseModel):
    """How evidence is weighed. Scores are summed log-odds; see README 'Aggregation'."""

    model_config = ConfigDict(extra="forbid")

    decision_threshold: float = Field(1.5, gt=0, description="|score| at or above which a verdict is decisive")
    grace_hours: float = Field(6.0, ge=0, description="hours after the deadline before 'deadline passed' applies")
    hedge_factor: float = Field(0.3, ge=0, le=1, description="multiplier for hedged / speculative sentences")
    repeat_factor: float = Field(0.5, ge=0, le=1, description="each further signal from the same source counts this much of the previous")
    supersede_hours: float = Field(12.0, ge=0, description="a later decisive report this much newer supersedes the other side")
    untrusted_factor: float = Field(0.7, ge=0, le=1, description="multiplier for sources outside a non-empty trusted list")
    source_weights: dict[str, float] = Field(default_factory=dict, description="domain → weight (e.g. 1.2 for a wire service, 0.5 for a blog)")
    unknown_time_factor: float = Field(0.9, ge=0, le=1, description="multiplier when timing rests on a publication time of unknown hour")
    trusted_sources: list[str] = Field(default_factory=list, description="global trusted domains (empty: all count fully)")
    weights: RuleWeights = Field(default_factory=RuleWeights)
