"""Domain types shared by the engine and the layers around it (pydantic v2, no I/O)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer

VerdictLabel = Literal["likely-yes", "likely-no", "undetermined"]
Direction = Literal["yes", "no", "none"]


def _require_aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{field} must carry a timezone offset (e.g. 2025-11-27T23:59:59-05:00)")
    return value


class ValueQuestion(BaseModel):
    """A "what value" question (numeric, date, bucketed): answered by a figure or an interval, not
    yes/no. Kept as the venue states it; the engine does not evaluate it (status not-evaluated)."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(description="the venue's kind: numeric, discrete, date, PSEUDO_NUMERIC, MULTI_NUMERIC, scalar…")
    lower: float | str | None = Field(default=None, description="lower end of the range (a date as ISO text)")
    upper: float | str | None = Field(default=None, description="upper end of the range (a date as ISO text)")
    open_lower: bool | None = Field(default=None, description="values below the range are possible")
    open_upper: bool | None = Field(default=None, description="values above the range are possible")
    unit: str | None = None
    log_scale: bool = False
    buckets: list[str] = Field(default_factory=list, description="the venue's bucket labels, in order")
    current: float | str | None = Field(default=None, description="the venue's current estimate, if it gives one")

    def describe(self) -> str:
        parts = [f"{self.kind} value question"]
        if self.lower is not None or self.upper is not None:
            parts.append(f"range {self.lower}–{self.upper}" + (" (log scale)" if self.log_scale else ""))
        if self.unit:
            parts.append(f"unit {self.unit}")
        if self.buckets:
            parts.append(f"{len(self.buckets)} buckets ({self.buckets[0]} … {self.buckets[-1]})")
        if self.current is not None:
            parts.append(f"venue estimate {self.current}")
        return "; ".join(parts)


class MarketSettings(BaseModel):
    """Optional per-market tuning; every market works without it."""

    model_config = ConfigDict(extra="forbid")

    aliases: dict[str, list[str]] = Field(
        default_factory=dict, description="extra names for an actor, e.g. {'Ukraine': ['Kyiv']}"
    )
    keywords: list[str] = Field(default_factory=list, description="extra terms that mark an article relevant")
    trusted_sources: list[str] = Field(default_factory=list, description="domains whose reports count fully")
    grace_hours: float | None = Field(default=None, ge=0, le=87_840, allow_inf_nan=False,
                                      description="overrides the global deadline grace (at most ten years)")
    value: ValueQuestion | None = Field(default=None, description="set for a value question (not yes/no)")

    @model_serializer(mode="wrap")
    def _drop_no_value(self, handler):  # markets without a value question serialise (and hash) as before
        out = handler(self)
        if isinstance(out, dict) and out.get("value", 0) is None:
            out.pop("value")
        return out


class Market(BaseModel):
    """What a person types to define a market."""

    model_config = ConfigDict(extra="forbid")

    id: str
    question: str = Field(min_length=1)
    deadline: datetime
    criteria: str = ""
    description: str | None = None
    outcomes: list[str] = Field(default_factory=list, description="named outcomes of a multi-outcome market")
    settings: MarketSettings = Field(default_factory=MarketSettings)

    @field_validator("outcomes")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        labels = [o.strip() for o in v]
        if any(not o for o in labels):
            raise ValueError("outcome labels must not be empty")
        if len({o.lower() for o in labels}) != len(labels):
            raise ValueError("outcome labels must be distinct")
        return labels

    @field_validator("deadline")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        return _require_aware(v, "deadline")


class Article(BaseModel):
    """One piece of evidence."""

    model_config = ConfigDict(extra="forbid")

    url: str
    title: str = ""
    published: datetime
    text: str = ""
    source: str = ""
    published_estimated: bool = Field(default=False, description="the source gave no time; the fetch time is used")

    @field_validator("published")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        return _require_aware(v, "published")


class Contribution(BaseModel):
    """One rule firing on one sentence (or on the market as a whole)."""

    rule: str
    direction: Direction
    weight: float = Field(description="signed log-odds added to the score (0 for notes)")
    reason: str
    sentence: str | None = None
    article_url: str | None = None
    article_title: str | None = None
    published: datetime | None = None
    source: str | None = None
    temporal: str | None = Field(default=None, description="the date arithmetic, when a rule used time")
    counted: bool = Field(default=True, description="False when aggregation discounted it (duplicate, capped)")
    base_rule: str | None = Field(default=None, description="for a modifier (hedged): the rule it modified")


class Target(BaseModel):
    """What the engine looks for, derived from the question and criteria."""

    kind: Literal["event", "threshold", "state", "unknown"]
    act: str | None = None
    act_forms: list[str] = Field(default_factory=list)
    object: str | None = None
    object_terms: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    candidate: str | None = Field(default=None, description="named person/party whose win the market asks about")
    role: str | None = Field(default=None, description="office, title or prize at stake (pope, prime minister, seats)")
    role_exclusive: bool = Field(default=False, description="only one can hold the role: someone else's win is a no")
    exclusions: list[str] = Field(default_factory=list)
    quantifier: Literal["all"] | None = Field(default=None, description="'all' when the market needs every one")
    magnitude_bps: float | None = Field(default=None, description="size a rate move must have, in basis points")
    quantity: float | None = Field(default=None, description="least count the act must carry ('at least 240 votes'; "
                                                             "a life sentence is infinite years)")
    quantity_unit: str | None = Field(default=None, description="what the quantity counts ('votes', 'years')")
    complement_terms: list[str] = Field(default_factory=list, description="what a passive act must be about "
                                        "('convicted of racketeering': racketeer); a report naming none does not count")
    single_value: bool = Field(default=False, description="threshold on one published figure, not a price path")
    announcement_counts: bool = Field(default=False, description="the criteria count an announcement of the act")
    threshold: float | None = None
    threshold_direction: Literal["above", "below"] | None = None
    threshold_unit: str | None = Field(default=None, description="'percent', 'bps', 'usd', 'eur', 'gbp', a count noun "
                                                                 "('home runs') or '' (index points)")
    threshold_inclusive: bool | None = Field(default=None, description="the bar itself counts ('at least', 'or more')")
    occasion: Literal["one", "rounds", "path", "open"] | None = Field(
        default=None, description="what settles a quantity: one report for a named occasion (both ways), any of several "
                                  "rounds (yes only), a moving level (crossing; no only at the deadline), or not said")
    window_start: datetime | None = None
    notes: list[str] = Field(default_factory=list)


class Verdict(BaseModel):
    """The engine's suggestion for a market (or one outcome of it) at a point in time, with
    its full reasoning."""

    market_id: str
    outcome: str | None = Field(default=None, description="outcome id for a multi-outcome market")
    verdict: VerdictLabel
    score: float
    confidence: float = Field(ge=0, le=1)
    status: str = Field(description="confirmed | ruled-out | deadline-passed | unread-evidence | weak-reading | conflicting | too-early | inconclusive"
                                    " | no-evidence")
    summary: str
    as_of: datetime
    known_at: datetime | None = None
    target: Target
    contributions: list[Contribution]
    engine_version: str
    inputs_hash: str
    rule_set_version: int | None = Field(default=None, description="version of the stored rule set used")
    market_version: int | None = Field(default=None, description="version of the market's wording used (amendments)")
