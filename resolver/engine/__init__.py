"""The pure rules engine: no database, network, CLI or clock. Time is always passed in."""

from .evaluate import ENGINE_VERSION, content_hash, evaluate_market, inputs_hash
from .settings import EngineSettings
from .types import Article, Contribution, Market, MarketSettings, Target, Verdict

__all__ = [
    "ENGINE_VERSION", "Article", "Contribution", "EngineSettings", "Market", "MarketSettings", "Target",
    "Verdict", "content_hash", "evaluate_market", "inputs_hash",
]
