"""Application services: small functions composing ingest, storage and the engine.
The CLI (and later the web page and poller) call only these."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from .config import Settings
from .engine import Article, Market, Verdict, content_hash, evaluate_market
from .engine.analysis import MarketContext
from .engine.derive import derive_target
from .engine.match import relevance
from .errors import NotFound
from .store import repo
from .store.db import make_engine, session_scope, upgrade


@dataclass
class EvalOutcome:
    market_id: str
    verdict: Verdict
    recorded: bool
    previous: str | None


@dataclass
class ImportReport:
    new: int = 0
    duplicate: int = 0
    attached: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)


def result_hash(v: Verdict) -> str:
    """Hash of what a verdict concluded and from which sentences (not of as-of-dependent text)."""
    core = {
        "verdict": v.verdict, "score": v.score, "status": v.status,
        "known_at": v.known_at.isoformat() if v.known_at else None,
        "contributions": [[c.rule, c.weight, c.counted, c.sentence, c.article_url] for c in v.contributions],
    }
    return hashlib.sha256(json.dumps(core, sort_keys=True).encode()).hexdigest()


class App:
    """The resolver application bound to one database."""

    def __init__(self, db_url: str, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self.engine = engine or make_engine(db_url)
        upgrade(self.engine)

    # markets --------------------------------------------------------------------------
    def import_markets(self, markets: list[Market], now: datetime) -> dict[str, int]:
        result = {"new": 0, "updated": 0, "unchanged": 0}
        with session_scope(self.engine) as s:
            for m in markets:
                result[repo.upsert_market(s, m, now)] += 1
        return result

    def market(self, market_id: str) -> Market:
        with session_scope(self.engine) as s:
            row = repo.get_market(s, market_id)
            if row is None:
                raise NotFound(f"unknown market id: {market_id}")
            return repo.market_to_domain(row)

    def markets(self) -> list[Market]:
        with session_scope(self.engine) as s:
            return [repo.market_to_domain(r) for r in repo.list_markets(s)]

    def evidence(self, market_id: str) -> list[tuple[Article, dict[str, Any]]]:
        self.market(market_id)
        with session_scope(self.engine) as s:
            return [(repo.article_to_domain(a), {"reason": link.reason, "terms": link.matched_terms, "score": link.score})
                    for a, link in repo.market_evidence(s, market_id)]

    # evidence -------------------------------------------------------------------------
    def import_articles(self, articles: list[Article], now: datetime, market_id: str | None = None) -> ImportReport:
        """Store each article once and attach it to the markets it bears on (or to
        `market_id`, manually). One transaction: an error stores nothing."""
        report = ImportReport()
        with session_scope(self.engine) as s:
            if market_id is not None and repo.get_market(s, market_id) is None:
                raise NotFound(f"unknown market id: {market_id}")
            contexts = [] if market_id else [
                MarketContext(market=m, target=derive_target(m))
                for m in (repo.market_to_domain(r) for r in repo.list_markets(s, status="open"))
            ]
            for art in articles:
                art_id, new = repo.insert_article(s, art, content_hash(art.title + "\n" + art.text), now)
                report.new += new
                report.duplicate += not new
                attached: list[str] = []
                if market_id:
                    if repo.attach(s, market_id, art_id, "manual", [], 0.0, now):
                        attached.append(market_id)
                for ctx in contexts:
                    match = relevance(ctx, art.title, art.text)
                    if match.score >= self.settings.ingest.match_threshold and repo.attach(
                            s, ctx.market.id, art_id, "match", list(match.terms), match.score, now):
                        attached.append(ctx.market.id)
                report.attached += len(attached)
                report.details.append({"url": art.url, "new": new, "attached_to": attached})
        return report

    # evaluation -----------------------------------------------------------------------
    def evaluate(self, as_of: datetime, market_id: str | None = None, now: datetime | None = None) -> list[EvalOutcome]:
        """Evaluate markets at `as_of`; append a verdict row only when inputs or result changed."""
        now = now or as_of
        out: list[EvalOutcome] = []
        with session_scope(self.engine) as s:
            if market_id is not None:
                row = repo.get_market(s, market_id)
                if row is None:
                    raise NotFound(f"unknown market id: {market_id}")
                rows = [row]
            else:
                rows = repo.list_markets(s)
            for row in rows:
                market = repo.market_to_domain(row)
                articles = [repo.article_to_domain(a) for a, _ in repo.market_evidence(s, market.id)]
                verdict = evaluate_market(market, articles, as_of, self.settings.engine)
                last = repo.latest_verdict(s, market.id)
                rh = result_hash(verdict)
                recorded = last is None or last.inputs_hash != verdict.inputs_hash or last.result_hash != rh
                if recorded:
                    repo.add_verdict(
                        s, market_id=market.id, verdict=verdict.verdict, score=verdict.score,
                        confidence=verdict.confidence, status=verdict.status, summary=verdict.summary,
                        reasoning=verdict.model_dump(mode="json"), engine_version=verdict.engine_version,
                        inputs_hash=verdict.inputs_hash, result_hash=rh, as_of=as_of, known_at=verdict.known_at,
                        created_at=now,
                    )
                out.append(EvalOutcome(market.id, verdict, recorded, last.verdict if last else None))
        return out

    def latest(self) -> list[tuple[Market, Verdict | None]]:
        """Every market with its latest recorded verdict (None if never evaluated)."""
        with session_scope(self.engine) as s:
            latest = repo.latest_verdicts(s)
            return [(repo.market_to_domain(r),
                     Verdict.model_validate(latest[r.id].reasoning) if r.id in latest else None)
                    for r in repo.list_markets(s)]

    def history(self, market_id: str) -> list[dict[str, Any]]:
        self.market(market_id)
        with session_scope(self.engine) as s:
            return [{"id": r.id, "verdict": r.verdict, "score": r.score, "status": r.status,
                     "as_of": r.as_of.isoformat(), "created_at": r.created_at.isoformat(),
                     "engine_version": r.engine_version} for r in repo.verdict_history(s, market_id)]

    def counts(self) -> dict[str, int]:
        with session_scope(self.engine) as s:
            return repo.counts(s)
