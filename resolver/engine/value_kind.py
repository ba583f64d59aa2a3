"""Value questions (numeric, date, bucketed: `MarketSettings.value`) are not evaluated: the
verdict is undetermined with status `not-evaluated` and the reason "not evaluated: unsupported
kind", never a yes/no reading of the question."""

from __future__ import annotations

from datetime import datetime

from .types import Market, Target, Verdict

STATUS = "not-evaluated"


def not_evaluated(market: Market, as_of: datetime, engine_version: str, inputs_hash: str) -> Verdict:
    value = market.settings.value
    assert value is not None
    return Verdict(market_id=market.id, verdict="undetermined", score=0.0, confidence=0.0, status=STATUS,
                   summary=f"not evaluated: unsupported kind ({value.describe()})", as_of=as_of,
                   target=Target(kind="unknown"), contributions=[], engine_version=engine_version,
                   inputs_hash=inputs_hash)
