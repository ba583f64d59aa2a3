"""When a second opinion sends a market to the review queue (pure). It never changes a verdict
or a decision; it only asks an analyst to look."""

from __future__ import annotations

from datetime import datetime

from .schema import DECISIVE


def queue_flag(opinion_status: str | None, opinion_verdict: str | None, opinion_inputs_hash: str | None,
               opinion_at: datetime | None, model: str, rules_verdict: str | None, rules_inputs_hash: str | None,
               final_verdict: str | None, last_decision_at: datetime | None) -> str | None:
    """'second opinion disagrees: …' when a verified, decisive second opinion about the current
    rules verdict differs from it (or, after an analyst decided, from the analyst's verdict),
    and no decision has been made since the opinion; else None."""
    if opinion_status != "ok" or opinion_verdict not in DECISIVE or opinion_at is None:
        return None
    if rules_inputs_hash is None or opinion_inputs_hash != rules_inputs_hash:
        return None  # about an older rules verdict
    if last_decision_at is not None and last_decision_at >= opinion_at:
        return None  # an analyst decided after seeing it
    compare = final_verdict if last_decision_at is not None else rules_verdict
    if opinion_verdict == compare:
        return None
    who = "the analyst's verdict" if last_decision_at is not None else "the rules"
    return f"second opinion disagrees: {model} says {opinion_verdict}, {who} {compare}"
