"""Multi-outcome markets ("Who will win …?"): each named outcome becomes a binary question
evaluated by the same engine, and outcomes exclude each other — once one is confirmed, the
others are likely-no."""

from __future__ import annotations

import re
from datetime import datetime

from .evaluate import evaluate_market
from .settings import EngineSettings
from .spec import RuleSet
from .types import Article, Contribution, Market, Verdict

_WH = re.compile(r"^\s*(?:who|which\s+[\w-]+(?:\s+[\w-]+)?|what\s+[\w-]+)\s+will\s+(?P<rest>.+?)\??\s*$", re.I)
EXCLUSIVE = "exclusive_outcome"


def outcome_id(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "outcome"


def outcome_question(question: str, label: str) -> str | None:
    """'Who will win the 2025 NYC mayoral election?' + 'Zohran Mamdani' →
    'Will Zohran Mamdani win the 2025 NYC mayoral election?'; None if the question has no
    who/which form."""
    m = _WH.match(question)
    if not m:
        return None
    return f"Will {label} {m.group('rest')}?"


def outcome_market(market: Market, label: str) -> Market:
    """The binary market for one outcome."""
    q = outcome_question(market.question, label) or f"Will {label} be the outcome of: {market.question.rstrip('?')}?"
    return market.model_copy(update={"id": f"{market.id}/{outcome_id(label)}", "question": q, "outcomes": []})


def evaluate_outcomes(market: Market, articles: list[Article], as_of: datetime,
                      settings: EngineSettings | None = None,
                      rule_sets: dict[str, RuleSet] | None = None) -> list[Verdict]:
    """One verdict per outcome, in the market's outcome order, with exclusivity applied."""
    verdicts = []
    for label in market.outcomes:
        oid = outcome_id(label)
        sub = outcome_market(market, label)
        v = evaluate_market(sub, articles, as_of, settings, (rule_sets or {}).get(oid))
        verdicts.append(v.model_copy(update={"market_id": market.id, "outcome": oid}))
    winners = [v for v in verdicts if v.verdict == "likely-yes"]
    if len(winners) != 1:
        return verdicts
    winner = winners[0]
    label = market.outcomes[[outcome_id(o) for o in market.outcomes].index(winner.outcome)]
    out = []
    for v in verdicts:
        if v is winner or v.verdict == "likely-no":
            out.append(v)
            continue
        note = Contribution(
            rule=EXCLUSIVE, direction="no", weight=-abs(winner.score),
            reason=f"outcomes exclude each other and '{label}' is likely-yes (score {winner.score:+.2f})",
            published=winner.known_at,
        )
        score = round(v.score + note.weight, 4)
        out.append(v.model_copy(update={
            "verdict": "likely-no", "status": "ruled-out", "score": score,
            "contributions": [*v.contributions, note], "known_at": winner.known_at,
            "summary": f"likely-no (ruled-out): {note.reason}",
        }))
    return out
