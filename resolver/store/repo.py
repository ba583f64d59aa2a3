"""The queries the app needs. Inserts of articles and links are idempotent upserts enforced
by unique constraints (ON CONFLICT DO NOTHING), never check-then-insert."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, column, delete as sa_delete, func, select, text
from sqlalchemy.orm import Session

from ..engine.types import Article, Market, MarketSettings
from .models import (
    ArticleRow,
    DecisionRow,
    DirtyMarketRow,
    MarketArticleRow,
    MarketOutcomeRow,
    MarketRow,
    MarketVersionRow,
    PriceSnapshotRow,
    RuleSetRow,
    VerdictRow,
)
from .offsets import offset_minutes, with_offset
from .summary import NEWEST_VERDICT_IDS


def insert_for(session: Session, table):
    """The dialect's INSERT (with on_conflict_do_nothing) for SQLite or PostgreSQL."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table)
    raise NotImplementedError(f"unsupported database dialect {dialect}")


def outcome_labels(session: Session, market_id: str) -> list[str]:
    stmt = select(MarketOutcomeRow.label).where(MarketOutcomeRow.market_id == market_id).order_by(MarketOutcomeRow.position)
    return list(session.scalars(stmt))


def market_to_domain(row: MarketRow, session: Session | None = None) -> Market:
    settings = dict(row.settings or {})
    if row.trusted_sources:
        settings["trusted_sources"] = row.trusted_sources
    session = session or Session.object_session(row)
    outcomes = outcome_labels(session, row.id) if session is not None else []
    return Market(id=row.id, question=row.question, deadline=with_offset(row.deadline, row.deadline_offset_minutes),
                  criteria=row.criteria, description=row.description, outcomes=outcomes,
                  settings=MarketSettings.model_validate(settings))


def _replace_outcomes(session: Session, market: Market) -> None:
    from ..engine.outcomes import outcome_id

    session.query(MarketOutcomeRow).filter(MarketOutcomeRow.market_id == market.id).delete()
    for pos, label in enumerate(market.outcomes):
        session.add(MarketOutcomeRow(market_id=market.id, outcome_id=outcome_id(label), label=label, position=pos))


def article_to_domain(row: ArticleRow) -> Article:
    return Article(url=row.url, title=row.title, published=with_offset(row.published, row.published_offset_minutes),
                   text=row.text, source=row.source, published_estimated=row.published_estimated)


def _add_version(session: Session, market: Market, now: datetime, note: str) -> None:
    last = session.scalar(select(func.max(MarketVersionRow.version)).where(MarketVersionRow.market_id == market.id))
    session.add(MarketVersionRow(market_id=market.id, version=(last or 0) + 1, question=market.question,
                                 deadline=market.deadline, deadline_offset_minutes=offset_minutes(market.deadline),
                                 criteria=market.criteria, note=note, effective_at=now))


def market_versions(session: Session, market_id: str) -> list[MarketVersionRow]:
    return list(session.scalars(select(MarketVersionRow).where(MarketVersionRow.market_id == market_id)
                                .order_by(MarketVersionRow.version)))


def version_in_force(market: Market, versions: list, as_of: datetime) -> tuple[Market, int | None, int | None]:
    """The market as worded at `as_of` (the latest version effective by then; the first one
    before that), its version number, and the latest version number."""
    if not versions:
        return market, None, None
    chosen = versions[0]
    for v in versions:
        if v.effective_at <= as_of:
            chosen = v
    worded = market.model_copy(update={"question": chosen.question, "criteria": chosen.criteria,
                                       "deadline": with_offset(chosen.deadline, chosen.deadline_offset_minutes)})
    return worded, chosen.version, versions[-1].version


def upsert_market(session: Session, market: Market, now: datetime, note: str = "") -> str:
    """Insert or update a market; returns 'new', 'updated' or 'unchanged'. A change of question,
    deadline or criteria is stored as a new version (an amendment) with its time and note."""
    row = session.get(MarketRow, market.id)
    settings = market.settings.model_dump(exclude={"trusted_sources"}, exclude_defaults=True)
    from ..engine.match import match_terms

    values = dict(question=market.question, deadline=market.deadline,
                  deadline_offset_minutes=offset_minutes(market.deadline), criteria=market.criteria,
                  description=market.description, trusted_sources=list(market.settings.trusted_sources),
                  settings=settings)
    if row is None:
        session.add(MarketRow(id=market.id, status="open", created_at=now, updated_at=now,
                              match_terms=match_terms(market).model_dump(), **values))
        session.flush()
        _replace_outcomes(session, market)
        _add_version(session, market, now, "created")
        return "new"
    current = market_to_domain(row, session)
    if current == market:
        if row.match_terms is None:
            row.match_terms = match_terms(market).model_dump()
        return "unchanged"
    amended = (current.question, current.deadline, current.criteria) != (market.question, market.deadline, market.criteria)
    if amended:
        if not market_versions(session, market.id):  # a market from before versions existed
            _add_version(session, current, row.created_at, "as first stored")
        changes = [name for name, a, b in (("question", current.question, market.question),
                                           ("deadline", current.deadline, market.deadline),
                                           ("criteria", current.criteria, market.criteria)) if a != b]
        _add_version(session, market, now, f"{note or 'amended'}: {', '.join(changes)} changed")
    for key, value in values.items():
        setattr(row, key, value)
    row.match_terms = match_terms(market).model_dump()
    row.updated_at = now
    _replace_outcomes(session, market)
    return "updated"


def index_signature(session: Session) -> tuple[int, datetime | None]:
    """Changes whenever a market is added, updated or removed (for rebuilding the index)."""
    count, latest = session.execute(select(func.count(), func.max(MarketRow.updated_at))
                                    .where(MarketRow.status == "open")).one()
    return int(count), latest


def open_match_terms(session: Session) -> list[dict[str, Any]]:
    """Stored match terms of open markets (derived on the spot for rows that predate them)."""
    from ..engine.match import match_terms

    out = []
    # only the stored terms: loading 10k full market rows as ORM objects costs seconds
    stmt = select(MarketRow.id, MarketRow.match_terms).where(MarketRow.status == "open").order_by(MarketRow.id)
    for market_id, terms in session.execute(stmt).all():
        if terms is None:
            row = session.get(MarketRow, market_id)
            row.match_terms = terms = match_terms(market_to_domain(row, session)).model_dump()
        out.append(terms)
    return out


def insert_articles(session: Session, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Bulk insert (ON CONFLICT DO NOTHING); returns url → id of the rows actually inserted."""
    if not rows:
        return {}
    stmt = insert_for(session, ArticleRow).on_conflict_do_nothing().returning(ArticleRow.id, ArticleRow.url)
    return {url: int(i) for i, url in session.execute(stmt, rows)}


def article_ids(session: Session, urls: list[str], hashes: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Existing article ids by canonical URL and by content hash."""
    by_url: dict[str, int] = {}
    by_hash: dict[str, int] = {}
    for lo in range(0, max(len(urls), len(hashes)), 500):
        u, h = urls[lo:lo + 500], hashes[lo:lo + 500]
        stmt = select(ArticleRow.id, ArticleRow.url, ArticleRow.content_hash).where(
            (ArticleRow.url.in_(u)) | (ArticleRow.content_hash.in_(h)))
        for i, url, ch in session.execute(stmt):
            by_url[url] = int(i)
            by_hash[ch] = int(i)
    return by_url, by_hash


def attach_many(session: Session, rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
    """Bulk insert market↔article links once each; returns the new (market, article) pairs."""
    if not rows:
        return set()
    stmt = insert_for(session, MarketArticleRow).on_conflict_do_nothing().returning(
        MarketArticleRow.market_id, MarketArticleRow.article_id)
    return {(m, int(a)) for m, a in session.execute(stmt, rows)}


def get_market(session: Session, market_id: str) -> MarketRow | None:
    return session.get(MarketRow, market_id)


def list_markets(session: Session, status: str | None = None) -> list[MarketRow]:
    stmt = select(MarketRow).order_by(MarketRow.deadline, MarketRow.id)
    if status:
        stmt = stmt.where(MarketRow.status == status)
    return list(session.scalars(stmt))


def market_evidence(session: Session, market_id: str) -> list[tuple[ArticleRow, MarketArticleRow]]:
    stmt = (select(ArticleRow, MarketArticleRow)
            .join(MarketArticleRow, MarketArticleRow.article_id == ArticleRow.id)
            .where(MarketArticleRow.market_id == market_id)
            .order_by(ArticleRow.published, ArticleRow.url))
    return [(a, link) for a, link in session.execute(stmt)]


def latest_verdict(session: Session, market_id: str, outcome_id: str = "") -> VerdictRow | None:
    stmt = (select(VerdictRow).where(VerdictRow.market_id == market_id, VerdictRow.outcome_id == outcome_id)
            .order_by(VerdictRow.id.desc()).limit(1))
    return session.scalar(stmt)


def latest_verdicts(session: Session) -> dict[tuple[str, str], VerdictRow]:
    """The newest verdict row per (market, outcome)."""
    newest = text(NEWEST_VERDICT_IDS).columns(column("id", Integer))
    stmt = select(VerdictRow).where(VerdictRow.id.in_(newest))
    return {(row.market_id, row.outcome_id): row for row in session.scalars(stmt)}


def latest_rule_set(session: Session, market_id: str, outcome_id: str = "") -> RuleSetRow | None:
    stmt = (select(RuleSetRow).where(RuleSetRow.market_id == market_id, RuleSetRow.outcome_id == outcome_id)
            .order_by(RuleSetRow.version.desc()).limit(1))
    return session.scalar(stmt)


def rule_set_history(session: Session, market_id: str) -> list[RuleSetRow]:
    stmt = select(RuleSetRow).where(RuleSetRow.market_id == market_id).order_by(RuleSetRow.outcome_id, RuleSetRow.version)
    return list(session.scalars(stmt))


def try_add_rule_set(session: Session, market_id: str, outcome_id: str, version: int, spec: dict[str, Any],
                     origin: str, note: str, now: datetime) -> RuleSetRow | None:
    """Store `version` unless another writer stored it first (INSERT … ON CONFLICT DO NOTHING on
    uq_rule_sets_version, never check-then-insert): the new row, or None."""
    stmt = (insert_for(session, RuleSetRow)
            .values(market_id=market_id, outcome_id=outcome_id, version=version, spec=spec, origin=origin, note=note,
                    created_at=now)
            .on_conflict_do_nothing(index_elements=["market_id", "outcome_id", "version"])
            .returning(RuleSetRow.id))
    new_id = session.execute(stmt).scalar_one_or_none()
    return None if new_id is None else session.get(RuleSetRow, new_id)


def add_rule_set(session: Session, market_id: str, outcome_id: str, spec: dict[str, Any], origin: str, note: str,
                 now: datetime) -> RuleSetRow:
    """Append a version after the latest one; a concurrent writer taking that number first
    just moves this one to the next."""
    for _ in range(20):
        last = latest_rule_set(session, market_id, outcome_id)
        row = try_add_rule_set(session, market_id, outcome_id, (last.version + 1) if last else 1, spec, origin, note, now)
        if row is not None:
            return row
    raise RuntimeError(f"could not store a rule-set version for {market_id}")  # pragma: no cover


def mark_dirty(session: Session, market_ids: list[str], now: datetime) -> None:
    """Mark markets for re-evaluation, in the caller's transaction (the one that links their
    evidence), in market-id order so concurrent writers take row locks in the same order."""
    ids = sorted(set(market_ids))
    if not ids:
        return
    stmt = insert_for(session, DirtyMarketRow).values([{"market_id": m, "seq": 1, "marked_at": now} for m in ids])
    session.execute(stmt.on_conflict_do_update(index_elements=["market_id"],
                                               set_={"seq": DirtyMarketRow.seq + 1, "marked_at": stmt.excluded.marked_at}))


def dirty_markets(session: Session) -> list[str]:
    return list(session.scalars(select(DirtyMarketRow.market_id).order_by(DirtyMarketRow.market_id)))


def dirty_seq(session: Session, market_id: str) -> int | None:
    return session.scalar(select(DirtyMarketRow.seq).where(DirtyMarketRow.market_id == market_id))


def clear_dirty(session: Session, market_id: str, seq: int) -> None:
    """Clear the mark an evaluation saw; a mark set again meanwhile (a higher seq) stays."""
    session.execute(sa_delete(DirtyMarketRow).where(DirtyMarketRow.market_id == market_id, DirtyMarketRow.seq == seq))


def verdict_history(session: Session, market_id: str) -> list[VerdictRow]:
    return list(session.scalars(select(VerdictRow).where(VerdictRow.market_id == market_id).order_by(VerdictRow.id)))


def add_verdict(session: Session, **values: Any) -> VerdictRow:
    row = VerdictRow(**values)
    session.add(row)
    return row


def counts(session: Session) -> dict[str, int]:
    return {
        "markets": session.scalar(select(func.count()).select_from(MarketRow)) or 0,
        "articles": session.scalar(select(func.count()).select_from(ArticleRow)) or 0,
        "links": session.scalar(select(func.count()).select_from(MarketArticleRow)) or 0,
        "verdicts": session.scalar(select(func.count()).select_from(VerdictRow)) or 0,
    }


def decisions_for(session: Session, market_id: str, outcome_id: str = "") -> list[DecisionRow]:
    stmt = (select(DecisionRow).where(DecisionRow.market_id == market_id, DecisionRow.outcome_id == outcome_id)
            .order_by(DecisionRow.id))
    return list(session.scalars(stmt))


def all_decisions(session: Session, market_id: str) -> list[DecisionRow]:
    return list(session.scalars(select(DecisionRow).where(DecisionRow.market_id == market_id).order_by(DecisionRow.id)))


def verdict_rows(session: Session, market_id: str, outcome_id: str = "") -> list[VerdictRow]:
    stmt = (select(VerdictRow).where(VerdictRow.market_id == market_id, VerdictRow.outcome_id == outcome_id)
            .order_by(VerdictRow.id))
    return list(session.scalars(stmt))


def evidence_since(session: Session, market_id: str, since: datetime) -> list[ArticleRow]:
    stmt = (select(ArticleRow).join(MarketArticleRow, MarketArticleRow.article_id == ArticleRow.id)
            .where(MarketArticleRow.market_id == market_id, MarketArticleRow.attached_at > since)
            .order_by(ArticleRow.published))
    return list(session.scalars(stmt))


def add_price(session: Session, market_id: str, outcome_id: str, price: float, venue: str, taken_at: datetime) -> None:
    session.add(PriceSnapshotRow(market_id=market_id, outcome_id=outcome_id, price=price, venue=venue, taken_at=taken_at))


def latest_prices(session: Session) -> dict[tuple[str, str], tuple[float, datetime, str]]:
    """(market, outcome) → (price, taken_at, venue) of the newest snapshot."""
    newest = (select(func.max(PriceSnapshotRow.id).label("id"))
              .group_by(PriceSnapshotRow.market_id, PriceSnapshotRow.outcome_id).subquery())
    rows = session.scalars(select(PriceSnapshotRow).join(newest, PriceSnapshotRow.id == newest.c.id))
    return {(r.market_id, r.outcome_id): (r.price, r.taken_at, r.venue) for r in rows}
