"""The engine's functions the services call, each imported on its first call: commands that
only read the database (`market list`, `review list`) never load syntok, lemminflect or numpy."""

from __future__ import annotations

from ..lazy import lazy_function


_ENGINE = "resolver.engine."

content_hash = lazy_function(_ENGINE + "evaluate", "content_hash")
evaluate_market = lazy_function(_ENGINE + "evaluate", "evaluate_market")
evaluate_outcomes = lazy_function(_ENGINE + "outcomes", "evaluate_outcomes")
outcome_id = lazy_function(_ENGINE + "outcomes", "outcome_id")
outcome_market = lazy_function(_ENGINE + "outcomes", "outcome_market")
default_rule_set = lazy_function(_ENGINE + "spec", "default_rule_set")
mention_report = lazy_function(_ENGINE + "mention_report", "mention_report")
