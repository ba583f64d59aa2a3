"""Queries for polled sources: upserts from config, leases that stop two workers polling the
same source at once (a conditional UPDATE, atomic on SQLite and PostgreSQL), and fetch state."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from .models import SourceRow
from .repo import insert_for

SOURCE_FIELDS = ("url", "kind", "interval_seconds", "trust", "full_text")


def get(session: Session, name: str) -> SourceRow | None:
    return session.scalar(select(SourceRow).where(SourceRow.name == name))


def list_all(session: Session) -> list[SourceRow]:
    return list(session.scalars(select(SourceRow).order_by(SourceRow.name)))


def upsert(session: Session, name: str, values: dict, origin: str, now: datetime) -> str:
    """'new', 'updated' or 'unchanged'; fetch state is kept on update. Safe when several
    workers sync the same config at once (INSERT … ON CONFLICT DO NOTHING, then update)."""
    stmt = (insert_for(session, SourceRow)
            .values(name=name, origin=origin, failures=0, created_at=now, next_due_at=now, **values)
            .on_conflict_do_nothing().returning(SourceRow.id))
    if session.execute(stmt).scalar_one_or_none() is not None:
        return "new"
    row = get(session, name)
    if all(getattr(row, k) == values[k] for k in SOURCE_FIELDS):
        return "unchanged"
    for k in SOURCE_FIELDS:
        setattr(row, k, values[k])
    row.next_due_at = now
    return "updated"


def due(session: Session, now: datetime, names: list[str] | None = None) -> list[SourceRow]:
    stmt = select(SourceRow).order_by(SourceRow.next_due_at, SourceRow.name)
    if names:
        stmt = stmt.where(SourceRow.name.in_(names))
    else:
        stmt = stmt.where(or_(SourceRow.next_due_at.is_(None), SourceRow.next_due_at <= now))
    return list(session.scalars(stmt))


def claim(session: Session, name: str, worker: str, now: datetime, lease: timedelta, due_only: bool = True) -> bool:
    """Take the source's lease unless another worker holds a live one — and, with `due_only`,
    unless another worker has just polled it (it is no longer due). One conditional UPDATE,
    atomic on SQLite and PostgreSQL. A worker that dies releases its claim when the lease runs out."""
    stmt = (update(SourceRow)
            .where(SourceRow.name == name)
            .where(or_(SourceRow.claimed_until.is_(None), SourceRow.claimed_until < now, SourceRow.claimed_by == worker)))
    if due_only:
        stmt = stmt.where(or_(SourceRow.next_due_at.is_(None), SourceRow.next_due_at <= now))
    return session.execute(stmt.values(claimed_by=worker, claimed_until=now + lease)).rowcount == 1


def release(row: SourceRow) -> None:
    row.claimed_by = None
    row.claimed_until = None
