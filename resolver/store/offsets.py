"""How times are stored: naive UTC beside the offset (in minutes) they were given with, so a
deadline written as 23:59:59-05:00 reads back exactly as written, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


def offset_minutes(dt: datetime) -> int:
    off = dt.utcoffset()
    return int(off.total_seconds() // 60) if off is not None else 0


def with_offset(dt_utc: datetime, minutes: int) -> datetime:
    """Restore the original offset of a stored UTC time."""
    return dt_utc.astimezone(timezone(timedelta(minutes=minutes)))


def stored_utc(value: datetime | str) -> datetime:
    """A UTC time column as a DB-API driver returns it, outside the ORM: a naive datetime
    (psycopg) or SQLAlchemy's SQLite text form 'YYYY-MM-DD HH:MM:SS.ffffff' → aware UTC."""
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return dt.replace(tzinfo=timezone.utc)
