"""The pure rules engine: no database, network, CLI or clock. Time is always passed in.

The names below are loaded on first use (PEP 562), so that `from resolver.engine.types import
Market` does not pay for the language layer (syntok, lemminflect, countryinfo, rapidfuzz): a
command that only lists markets starts fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "ENGINE_VERSION": "evaluate", "content_hash": "evaluate", "evaluate_market": "evaluate", "inputs_hash": "evaluate",
    "evaluate_outcomes": "outcomes", "outcome_id": "outcomes", "outcome_market": "outcomes",
    "EngineSettings": "settings", "RuleSet": "spec", "default_rule_set": "spec",
    "Article": "types", "Contribution": "types", "Market": "types", "MarketSettings": "types", "Target": "types",
    "Verdict": "types",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from .evaluate import ENGINE_VERSION, content_hash, evaluate_market, inputs_hash
    from .outcomes import evaluate_outcomes, outcome_id, outcome_market
    from .settings import EngineSettings
    from .spec import RuleSet, default_rule_set
    from .types import Article, Contribution, Market, MarketSettings, Target, Verdict


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
