"""Rule sets, per market (and per outcome): the one in force (the derived default, stored as
a version on first use), an analyst's set or a reset to the default, and trying rules on
given articles without storing anything."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..engine.types import Article, Market, Verdict
from ..store import repo
from ..store.db import session_scope
from .engine_calls import default_rule_set, evaluate_market, mention_report

if TYPE_CHECKING:  # pragma: no cover
    from ..engine.spec import RuleSet


def _rule_set(data: Any) -> "RuleSet":
    from ..engine.spec import RuleSet

    return RuleSet.model_validate(data)


class RuleServices:
    def _current_rule_set(self, s, market: Market, outcome: str, now: datetime) -> tuple[RuleSet, int]:
        """The rule set in force for a market (outcome): the latest stored version. The derived
        default is stored as a new version when none exists or when the market's text changed
        under a derived set; an analyst's set is never replaced silently."""
        sub = self._sub_market(market, outcome)
        derived = default_rule_set(sub)
        for _ in range(20):
            row = repo.latest_rule_set(s, market.id, outcome)
            if row is not None:
                stored = _rule_set(row.spec)
                if row.origin == "analyst" or stored == derived:
                    return stored, row.version
            new = repo.try_add_rule_set(s, market.id, outcome, row.version + 1 if row else 1,
                                        derived.model_dump(mode="json"), "derived",
                                        "derived from the question and criteria", now)
            if new is not None:
                return derived, new.version
            # another evaluator stored that version first: read it and decide again
        raise RuntimeError(f"could not store a rule set for {market.id}")  # pragma: no cover

    def rules(self, market_id: str, now: datetime, outcome: str = "") -> dict[str, Any]:
        """The rule set in force (stored as version 1 on first use) and its version history."""
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            rules, version = self._current_rule_set(s, market, outcome, now)
            history = [{"outcome": r.outcome_id, "version": r.version, "origin": r.origin, "note": r.note,
                        "created_at": r.created_at.isoformat()} for r in repo.rule_set_history(s, market_id)]
            return {"market": market_id, "outcome": outcome or None, "version": version,
                    "rules": rules.model_dump(mode="json"), "history": history}

    def set_rules(self, market_id: str, rules: RuleSet, note: str, now: datetime, outcome: str = "") -> int:
        """Store an analyst's rule set as a new version; returns the version."""
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            return repo.add_rule_set(s, market_id, outcome, rules.model_dump(mode="json"), "analyst", note, now).version

    def reset_rules(self, market_id: str, now: datetime, outcome: str = "") -> int:
        """Store the derived default again as a new version (undoing analyst changes)."""
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            sub = self._sub_market(market, outcome)
            return repo.add_rule_set(s, market_id, outcome, default_rule_set(sub).model_dump(mode="json"), "derived",
                                     "reset to the derived default", now).version

    def test_rules(self, market_id: str, articles: list[Article], as_of: datetime, outcome: str = "",
                   rules: RuleSet | None = None) -> Verdict:
        """Evaluate the market against only `articles` (nothing stored): which rules fire on which sentence."""
        sub, rules = self._rules_in_force(market_id, outcome, rules)
        return evaluate_market(sub, articles, as_of, self.settings.engine, rules)

    def mentions(self, market_id: str, articles: list[Article], outcome: str = "",
                 rules: RuleSet | None = None) -> list[dict[str, Any]]:
        """The event mentions the engine reads in `articles` for this market (nothing stored)."""
        sub, rules = self._rules_in_force(market_id, outcome, rules)
        return mention_report(sub, articles, rules)

    def _rules_in_force(self, market_id: str, outcome: str, rules: RuleSet | None) -> tuple[Market, RuleSet | None]:
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            if rules is None:
                row = repo.latest_rule_set(s, market_id, outcome)
                rules = _rule_set(row.spec) if row else None
        return self._sub_market(market, outcome), rules
