"""Analyst review rules, pure: what the final verdict of a market is, and whether it belongs in
the review queue. The engine suggests; analysts decide; the engine never replaces a decision,
but a suggestion that changes after a decision sends the market back to the queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Sequence

Action = Literal["accept", "override", "defer"]
VERDICTS = ("likely-yes", "likely-no", "undetermined")
RESOLUTIONS = ("YES", "NO", "N/A")


@dataclass(frozen=True)
class Suggestion:
    """One engine verdict row."""

    id: int
    verdict: str
    created_at: datetime


@dataclass(frozen=True)
class Decision:
    """One analyst decision row."""

    id: int
    action: Action
    verdict: str | None
    resolution: str | None
    note: str
    analyst: str
    against_verdict_id: int | None
    against_verdict: str | None
    revisit_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class Final:
    verdict: str | None          # likely-yes | likely-no | undetermined (None: not evaluated)
    resolution: str | None       # YES | NO | N/A when an analyst resolved it
    source: Literal["engine", "analyst"]
    decision: Decision | None


class DecisionError(ValueError):
    """A decision that breaks the rules (override without a note, unknown verdict…)."""


def validate(action: str, verdict: str | None, resolution: str | None, note: str) -> None:
    if action not in ("accept", "override", "defer"):
        raise DecisionError(f"unknown action {action!r}: accept, override or defer")
    if action == "override":
        if not note.strip():
            raise DecisionError("an override needs a note saying why")
        if (verdict is None) == (resolution is None):
            raise DecisionError("an override sets exactly one of a verdict (likely-yes|likely-no|undetermined) "
                                "or a final resolution (YES|NO|N/A)")
    if action == "defer" and not note.strip():
        raise DecisionError("a deferral needs a note")
    if verdict is not None and verdict not in VERDICTS:
        raise DecisionError(f"unknown verdict {verdict!r}: {', '.join(VERDICTS)}")
    if resolution is not None and resolution not in RESOLUTIONS:
        raise DecisionError(f"unknown resolution {resolution!r}: {', '.join(RESOLUTIONS)}")


def check_against(action: str, suggestion: Suggestion | None) -> None:
    """An accept takes the current suggestion as final: without one there is nothing to accept."""
    if action == "accept" and suggestion is None:
        raise DecisionError("nothing to accept: the engine has made no suggestion yet "
                            "(run `resolver evaluate` first, or override with a verdict and a note)")


def final_verdict(suggestion: Suggestion | None, decisions: Sequence[Decision]) -> Final:
    """The latest accept/override decides; a deferral decides nothing; else the suggestion."""
    deciding = [d for d in decisions if d.action in ("accept", "override")]
    if not deciding:
        return Final(suggestion.verdict if suggestion else None, None, "engine", None)
    d = deciding[-1]
    if d.action == "accept":
        return Final(d.against_verdict, None, "analyst", d)
    if d.resolution:
        verdict = {"YES": "likely-yes", "NO": "likely-no"}.get(d.resolution, "undetermined")
        return Final(verdict, d.resolution, "analyst", d)
    return Final(d.verdict, None, "analyst", d)


@dataclass(frozen=True)
class QueueState:
    reason: str
    since: datetime | None = None
    flagged: bool = False        # "engine disagrees since …"


def queue_state(suggestions: Sequence[Suggestion], decisions: Sequence[Decision], now: datetime) -> QueueState | None:
    """Why a market is in the review queue, or None when it is not.

    - never decided → "new suggestion";
    - deferred with a date that has come → "deferred until … (due)";
    - the suggestion changed after the last decision → "engine disagrees since <time>";
    - otherwise (decided, unchanged; or deferred until a later date) → not queued."""
    if not suggestions:
        return None
    latest = suggestions[-1]
    if not decisions:
        return QueueState("new suggestion", latest.created_at)
    last = decisions[-1]
    basis = last.against_verdict
    after = [s for s in suggestions if last.against_verdict_id is None or s.id > last.against_verdict_id]
    changed = next((s for s in after if s.verdict != basis), None)
    if changed is not None and latest.verdict != basis:
        return QueueState(f"engine disagrees since {changed.created_at:%Y-%m-%d %H:%M %Z}".strip(), changed.created_at,
                          flagged=True)
    if last.action == "defer" and last.revisit_at is not None and last.revisit_at <= now:
        return QueueState(f"deferred until {last.revisit_at:%Y-%m-%d} (due)", last.revisit_at)
    return None


def disagreement(price: float | None, verdict: str | None, margin: float) -> str | None:
    """When the venue's yes-price strongly disagrees with the verdict: a scoop or a mistake."""
    if price is None or verdict is None:
        return None
    if verdict == "likely-no" and price >= 1 - margin:
        return f"venue yes-price {price:.2f} vs verdict likely-no"
    if verdict == "likely-yes" and price <= margin:
        return f"venue yes-price {price:.2f} vs verdict likely-yes"
    return None
