"""Queries for second opinions (append-only rows beside the verdicts)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .models import OpinionRow


def add(session: Session, **values) -> OpinionRow:
    """Append an opinion row (status ok | dropped | failed, or pending while its call is made)."""
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


# pg_advisory_xact_lock key of the daily call budget (any constant unique to this use).
_BUDGET_LOCK = 0x7265736F6C76  # "resolv"


def lock_budget(session: Session) -> None:
    """Serialise budget reservations across processes until this transaction ends: an advisory
    lock on PostgreSQL; on SQLite the reservation's own write takes the database's write lock
    before the day's calls are counted (see `reserve`)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _BUDGET_LOCK})


def reserve(session: Session, limit: int, want: int, now: datetime, **values) -> OpinionRow:
    """Write a `pending` opinion row holding up to `want` of today's calls, granted under the
    budget lock so that concurrent workers never spend more than `limit` in a day between them.
    The row's `calls` is the grant (0 when the budget is spent); the caller completes the row
    after the call with the calls actually made. A worker that dies mid-call leaves its grant
    counted, which errs on the side of the budget."""
    lock_budget(session)
    row = add(session, **values, status="pending", calls=0, created_at=now)  # SQLite: the write lock, first
    spent = calls_on_day(session, now)
    row.calls = max(0, min(want, limit - spent))
    session.flush()
    return row


def complete(session: Session, row_id: int, **values) -> OpinionRow:
    """Fill in a pending row once its call is made: the answer or the failure, and the calls
    actually spent (at most the grant), which returns any unspent part of the grant."""
    row = session.get(OpinionRow, row_id)
    for k, v in values.items():
        setattr(row, k, v)
    session.flush()
    return row


def calls_on_day(session: Session, now: datetime) -> int:
    """HTTP calls spent (or reserved by calls in flight) on the UTC day of `now`."""
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
