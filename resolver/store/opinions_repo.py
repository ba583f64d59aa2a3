"""Queries for second opinions (append-only rows beside the verdicts)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import OpinionRow


def add(session: Session, **values) -> OpinionRow:
    row = OpinionRow(**values)
    session.add(row)
    session.flush()
    return row


def cached(session: Session, market_id: str, outcome_id: str, cache_key: str) -> OpinionRow | None:
    """The newest answered opinion (ok or dropped) for exactly these inputs; failures are not
    cached, so they are tried again."""
    stmt = (select(OpinionRow).where(OpinionRow.cache_key == cache_key, OpinionRow.market_id == market_id,
                                     OpinionRow.outcome_id == outcome_id, OpinionRow.status.in_(("ok", "dropped")))
            .order_by(OpinionRow.id.desc()).limit(1))
    return session.scalar(stmt)


def calls_on_day(session: Session, now: datetime) -> int:
    """HTTP calls spent on the UTC day of `now`."""
    start = now.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    stmt = select(func.coalesce(func.sum(OpinionRow.calls), 0)).where(OpinionRow.created_at >= start,
                                                                      OpinionRow.created_at < start + timedelta(days=1))
    return int(session.scalar(stmt) or 0)


def latest(session: Session, market_id: str, outcome_id: str = "") -> OpinionRow | None:
    stmt = (select(OpinionRow).where(OpinionRow.market_id == market_id, OpinionRow.outcome_id == outcome_id)
            .order_by(OpinionRow.id.desc()).limit(1))
    return session.scalar(stmt)


def latest_answered(session: Session) -> dict[tuple[str, str], OpinionRow]:
    """The newest ok-or-dropped opinion per (market, outcome)."""
    newest = (select(func.max(OpinionRow.id).label("id")).where(OpinionRow.status.in_(("ok", "dropped")))
              .group_by(OpinionRow.market_id, OpinionRow.outcome_id).subquery())
    rows = session.scalars(select(OpinionRow).join(newest, OpinionRow.id == newest.c.id))
    return {(r.market_id, r.outcome_id): r for r in rows}


def history(session: Session, market_id: str) -> list[OpinionRow]:
    return list(session.scalars(select(OpinionRow).where(OpinionRow.market_id == market_id).order_by(OpinionRow.id)))
