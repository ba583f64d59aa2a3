"""The engine's functions the services call, each imported on its first call: commands that
only read the database (`market list`, `review list`) never load syntok, lemminflect or numpy."""

from __future__ import annotations

from typing import Any, Callable

from ..lazy import lazy_function


def _engine_fn(module: str, name: str) -> Callable[..., Any]:
    """A function of the engine's language layer, imported on first call: commands that only
    read the database (`market list`, `review list`) never load syntok, lemminflect or numpy."""

    return lazy_function(f"resolver.engine.{module}", name)


content_hash = _engine_fn("evaluate", "content_hash")
evaluate_market = _engine_fn("evaluate", "evaluate_market")
evaluate_outcomes = _engine_fn("outcomes", "evaluate_outcomes")
outcome_id = _engine_fn("outcomes", "outcome_id")
outcome_market = _engine_fn("outcomes", "outcome_market")
default_rule_set = _engine_fn("spec", "default_rule_set")
mention_report = _engine_fn("mention_report", "mention_report")
