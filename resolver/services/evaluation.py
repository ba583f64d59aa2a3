"""Evaluation: running the engine over markets at an as-of time, recording a verdict only
when its inputs or result changed (with webhook events for a changed label), the markets
whose evidence changed since (dirty), and the recorded verdicts read back."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy.exc import SQLAlchemyError

from ..engine.settings import EngineSettings
from ..engine.types import Market, Verdict
from ..ingest import source_of
from .. import review, webhooks
from ..store import repo, sources_repo
from ..store.db import retrying, session_scope
from .engine_calls import evaluate_market, evaluate_outcomes, outcome_id

log = logging.getLogger("resolver.evaluate")


def _one_line(text: str, limit: int = 200) -> str:
    """An error's text on one line, cut to `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


@dataclass
class EvalOutcome:
    market_id: str
    verdict: Verdict
    recorded: bool
    previous: str | None


def result_hash(v: Verdict) -> str:
    """Hash of what a verdict concluded and from which sentences (not of as-of-dependent text)."""
    core = {
        "verdict": v.verdict, "score": v.score, "status": v.status,
        "known_at": v.known_at.isoformat() if v.known_at else None,
        "contributions": [[c.rule, c.weight, c.counted, c.sentence, c.article_url] for c in v.contributions],
    }
    return hashlib.sha256(json.dumps(core, sort_keys=True).encode()).hexdigest()


class EvaluationServices:
    def evaluate(self, as_of: datetime, market_id: str | None = None, now: datetime | None = None,
                 market_ids: list[str] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 failures: list[tuple[str, str]] | None = None) -> list[EvalOutcome]:
        """Evaluate markets (every outcome of a multi-outcome market) at `as_of` — one market,
        a list, or all; append a verdict row only when inputs or result changed. `progress`
        is told (markets done, markets in all) after each market. A market the engine fails on
        (a bug its text brings out) is logged, left as it was (its last verdict stands, its new
        evidence still marked) and added to `failures` as (market id, 'ErrorType: message');
        the other markets are evaluated all the same."""
        def work() -> list[EvalOutcome]:
            if failures is not None:
                del failures[:]  # a retried transaction starts its list again
            return self._evaluate(as_of, market_id, now or as_of, market_ids, progress, failures)
        return retrying(work)

    def dirty_markets(self) -> list[str]:
        """Markets that gained evidence since their last evaluation."""
        with session_scope(self.engine) as s:
            return repo.dirty_markets(s)

    def _evaluate(self, as_of: datetime, market_id: str | None, now: datetime,
                  market_ids: list[str] | None,
                  progress: Callable[[int, int], None] | None = None,
                  failures: list[tuple[str, str]] | None = None) -> list[EvalOutcome]:
        out: list[EvalOutcome] = []
        with session_scope(self.engine) as s:
            if market_id is not None:
                rows = [self._market_row(s, market_id)]
            elif market_ids is not None:
                rows = [self._market_row(s, m) for m in sorted(set(market_ids))]
            else:
                rows = repo.list_markets(s)
            engine_settings = self._engine_settings(s)
            prices = repo.latest_prices(s)
            for done, row in enumerate(rows):
                if progress is not None:
                    progress(done, len(rows))
                dirty = repo.dirty_seq(s, row.id)  # read before the evidence: a later mark survives
                market, mv, latest_v = repo.version_in_force(repo.market_to_domain(row, s),
                                                             repo.market_versions(s, row.id), as_of)
                articles = [repo.article_to_domain(a) for a, _ in repo.market_evidence(s, market.id)]
                try:
                    verdicts, versions = self._verdicts(s, market, articles, as_of, engine_settings, now)
                except SQLAlchemyError:
                    raise  # the database's failure: the whole transaction is retried or reported
                except Exception as exc:  # the engine's failure on this market: the others go on
                    log.exception("evaluating market %s failed", market.id)
                    if failures is not None:
                        failures.append((market.id, _one_line(f"{type(exc).__name__}: {exc}")))
                    continue
                for verdict in verdicts:
                    oid = verdict.outcome or ""
                    update: dict[str, Any] = {"rule_set_version": versions[oid], "market_version": mv}
                    if mv is not None and latest_v is not None and mv < latest_v:
                        update["summary"] = f"{verdict.summary} [reasoned under market version {mv}; amended since]"
                    verdict = verdict.model_copy(update=update)
                    result = self._record(s, verdict, oid, as_of, now)
                    self._events(s, result, prices.get((market.id, oid)), now)
                    out.append(result)
                if dirty is not None:
                    repo.clear_dirty(s, market.id, dirty)
        return out

    def _verdicts(self, s, market: Market, articles: list, as_of: datetime, engine_settings: EngineSettings,
                  now: datetime) -> tuple[list[Verdict], dict[str, int]]:
        """The engine's verdicts on a market (one per outcome) under the rule sets in force, with their versions."""
        if market.outcomes:
            current = {outcome_id(o): self._current_rule_set(s, market, outcome_id(o), now) for o in market.outcomes}
            verdicts = evaluate_outcomes(market, articles, as_of, engine_settings, {k: v[0] for k, v in current.items()})
            return verdicts, {k: v[1] for k, v in current.items()}
        rules, version = self._current_rule_set(s, market, "", now)
        return [evaluate_market(market, articles, as_of, engine_settings, rules)], {"": version}

    def _events(self, s, result: EvalOutcome, price, now: datetime) -> None:
        """Webhook events for a recorded verdict: changed label, and a new price disagreement."""
        if not result.recorded:
            return
        v = result.verdict
        base = {"market": v.market_id, "outcome": v.outcome, "verdict": v.verdict, "score": v.score,
                "as_of": v.as_of.isoformat(), "summary": v.summary}
        hooks = self.settings.webhooks
        if result.previous != v.verdict:
            webhooks.enqueue(s, hooks, "verdict_changed", {**base, "old": result.previous, "new": v.verdict}, now)
            flag = review.disagreement(price[0] if price else None, v.verdict, self.settings.review.disagreement_margin)
            if flag:
                webhooks.enqueue(s, hooks, "flagged", {**base, "reason": flag, "price": price[0]}, now)

    def _engine_settings(self, s) -> EngineSettings:
        """Engine settings with each polled source's trust weight applied to its domain
        (config source_weights win where both name a domain)."""
        trusts = {source_of(r.url): r.trust for r in sources_repo.list_all(s)
                  if r.trust is not None and r.url.startswith(("http://", "https://"))}
        if not trusts:
            return self.settings.engine
        return self.settings.engine.model_copy(update={"source_weights": {**trusts, **self.settings.engine.source_weights}})

    @staticmethod
    def _record(s, verdict: Verdict, oid: str, as_of: datetime, now: datetime) -> EvalOutcome:
        last = repo.latest_verdict(s, verdict.market_id, oid)
        rh = result_hash(verdict)
        recorded = (last is None or last.inputs_hash != verdict.inputs_hash or last.result_hash != rh
                    or last.rule_set_version != verdict.rule_set_version or last.market_version != verdict.market_version)
        if recorded:
            repo.add_verdict(
                s, market_id=verdict.market_id, outcome_id=oid, verdict=verdict.verdict, score=verdict.score,
                confidence=verdict.confidence, status=verdict.status, summary=verdict.summary,
                reasoning=verdict.model_dump(mode="json"), engine_version=verdict.engine_version,
                inputs_hash=verdict.inputs_hash, result_hash=rh, as_of=as_of, known_at=verdict.known_at,
                rule_set_version=verdict.rule_set_version, market_version=verdict.market_version, created_at=now,
            )
        return EvalOutcome(verdict.market_id, verdict, recorded, last.verdict if last else None)

    def latest(self, market_id: str | None = None) -> list[tuple[Market, str | None, Verdict | None]]:
        """Every market — one row per outcome for multi-outcome markets — with the outcome id
        (None for binary markets) and its latest recorded verdict (None if never evaluated)."""
        with session_scope(self.engine) as s:
            latest = repo.latest_verdicts(s)
            rows: list[tuple[Market, str | None, Verdict | None]] = []
            markets = [self._market_row(s, market_id)] if market_id else repo.list_markets(s)
            for r in markets:
                market = repo.market_to_domain(r, s)
                for oid in [outcome_id(o) for o in market.outcomes] or [""]:
                    v = latest.get((r.id, oid))
                    rows.append((market, oid or None, Verdict.model_validate(v.reasoning) if v else None))
            return rows

    def history(self, market_id: str) -> list[dict[str, Any]]:
        self.market(market_id)
        with session_scope(self.engine) as s:
            return [{"id": r.id, "outcome": r.outcome_id or None, "verdict": r.verdict, "score": r.score,
                     "status": r.status, "as_of": r.as_of.isoformat(), "created_at": r.created_at.isoformat(),
                     "engine_version": r.engine_version, "rule_set_version": r.rule_set_version}
                    for r in repo.verdict_history(s, market_id)]
