"""The pure rules engine: no database, network, CLI or clock. Time is always passed in."""

from .evaluate import ENGINE_VERSION, content_hash, evaluate_market, inputs_hash
from .outcomes import evaluate_outcomes, outcome_id, outcome_market
from .settings import EngineSettings
from .spec import RuleSet, default_rule_set
from .types import Article, Contribution, Market, MarketSettings, Target, Verdict

__all__ = [
    "ENGINE_VERSION", "Article", "Contribution", "EngineSettings", "Market", "MarketSettings", "RuleSet", "Target",
    "Verdict", "content_hash", "default_rule_set", "evaluate_market", "evaluate_outcomes", "inputs_hash",
    "outcome_id", "outcome_market",
]
