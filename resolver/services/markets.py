"""Markets: importing them (a re-imported generated id keeps the id stored first), looking one
up by the id the CLI prints ('market' or 'market/outcome'), an outcome's binary sub-market,
the market list's summary rows and the database's counts."""

from __future__ import annotations

from datetime import datetime

from ..engine.types import Market
from ..errors import NotFound
from ..ingest import check_market_text, legacy_market_id, market_id_for
from ..market_ids import check_market_id
from ..store import repo
from ..store.db import session_scope
from ..store.summary import SUMMARY_SQL, SummaryRow, summary_rows
from .engine_calls import outcome_id, outcome_market


class MarketServices:
    def import_markets(self, markets: list[Market], now: datetime) -> dict[str, int]:
        result = {"new": 0, "updated": 0, "unchanged": 0}
        for m in markets:
            check_market_id(m.id)
            check_market_text(m)
        with session_scope(self.engine) as s:
            for m in markets:
                result[repo.upsert_market(s, self._keep_stored_id(s, m), now)] += 1
        return result

    @staticmethod
    def _keep_stored_id(s, m: Market) -> Market:
        """A market whose id was generated (not given) and that is stored under the id an
        earlier version generated keeps that id: re-importing it updates it in place."""
        if repo.get_market(s, m.id) is not None or m.id != market_id_for(m.question, m.deadline):
            return m
        legacy = legacy_market_id(m.question, m.deadline)
        if legacy != m.id and repo.get_market(s, legacy) is not None:
            return m.model_copy(update={"id": legacy})
        return m

    def resolve_id(self, text: str) -> tuple[str, str]:
        """A market id as the CLI prints it: 'market' or 'market/outcome' → (market, outcome).
        An exact stored id wins; an unknown id or outcome is a one-line NotFound."""
        with session_scope(self.engine) as s:
            if repo.get_market(s, text) is not None:
                return text, ""
            if "/" in text:
                market_id, outcome = text.rsplit("/", 1)
                if repo.get_market(s, market_id) is not None:
                    self._check_outcome(self._market(s, market_id), outcome)
                    return market_id, outcome
        raise NotFound(f"unknown market id: {text}")

    def market(self, market_id: str) -> Market:
        with session_scope(self.engine) as s:
            return self._market(s, market_id)

    def markets(self) -> list[Market]:
        with session_scope(self.engine) as s:
            return [repo.market_to_domain(r, s) for r in repo.list_markets(s)]

    def _market(self, s, market_id: str) -> Market:
        return repo.market_to_domain(self._market_row(s, market_id), s)

    @staticmethod
    def _sub_market(market: Market, outcome: str) -> Market:
        """The market itself, or the binary market of one of its outcomes."""
        if not outcome:
            return market
        return outcome_market(market, next(o for o in market.outcomes if outcome_id(o) == outcome))

    @staticmethod
    def _check_outcome(market: Market, outcome: str) -> None:
        if outcome and outcome not in [outcome_id(o) for o in market.outcomes]:
            known = ", ".join(outcome_id(o) for o in market.outcomes) or "none (a binary market)"
            raise NotFound(f"unknown outcome '{outcome}' for market {market.id}; outcomes: {known}")

    def _market_row(self, s, market_id: str):
        row = repo.get_market(s, market_id)
        if row is None:
            raise NotFound(f"unknown market id: {market_id}")
        return row

    def _rows(self, s, market_id: str | None):
        """One market's row (NotFound if unknown), or every market's."""
        return [self._market_row(s, market_id)] if market_id else repo.list_markets(s)

    def _market_outcome_keys(self, s, market_id: str) -> list[str]:
        market = self._market(s, market_id)
        return [outcome_id(o) for o in market.outcomes] or [""]

    def summary(self) -> list[SummaryRow]:
        """The market list's rows (resolver.store.summary), through SQLAlchemy."""
        with self.engine.connect() as conn:
            return summary_rows(conn.exec_driver_sql(SUMMARY_SQL))

    def counts(self) -> dict[str, int]:
        with session_scope(self.engine) as s:
            return repo.counts(s)
