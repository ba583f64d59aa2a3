"""Engines, sessions and migrations. Every command upgrades an empty or old database first."""

from __future__ import annotations

import fcntl
import random
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator, TypeVar

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from ..errors import BadInput, DatabaseUnavailable
from .schema_version import MIGRATIONS_DIR, STAMP_SQL, head_from_files, stamp_of

if TYPE_CHECKING:  # pragma: no cover
    from alembic.config import Config


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - driver callback
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An Engine for `url`; raises BadInput for an unusable URL."""
    try:
        if url.startswith("sqlite") and (url in ("sqlite://", "sqlite:///:memory:")):
            engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
        elif url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 30})
        else:
            engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10}
                                   if url.startswith("postgresql") else {})
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise BadInput(f"unusable database URL {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def _stored_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read with plain SQL (no alembic import)."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text(STAMP_SQL)).all()
        except (OperationalError, DBAPIError):
            conn.rollback()
            return None
    return stamp_of(rows)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


MIGRATION_LOCK_KEY = 0x7265736F6C76  # "resolv": the PostgreSQL advisory lock taken around upgrades


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """One upgrader at a time: a PostgreSQL session advisory lock; for a SQLite file, an
    exclusive flock on a lock file beside it (SQLite's own locks are per statement and would
    let two processes both find an empty database and both create its tables)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
                conn.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    with open(f"{database}.migrate-lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Apply pending migrations; returns (revision before, revision after). A database already
    at the head is recognised without importing alembic (every command starts here); concurrent
    first commands wait for one another (migration_lock) and find the work done."""
    try:
        stored = _stored_revision(engine)
        if stored is not None and stored == head_from_files():
            return stored, stored
        before = current_revision(engine)
        if before != head_revision():
            from alembic import command

            with migration_lock(engine):
                if current_revision(engine) != head_revision():
                    command.upgrade(alembic_config(engine), "head")
        return before, current_revision(engine)
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(f"cannot open database {engine.url.render_as_string(hide_password=True)}: "
                                  f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}") from None
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot lock database {engine.url.render_as_string(hide_password=True)} "
                                  f"for migrations: {exc.strerror or exc}") from None


T = TypeVar("T")
RETRYABLE_SQLSTATES = {"40P01", "40001"}  # deadlock detected, serialization failure


def is_retryable(exc: BaseException) -> bool:
    """A transaction the database aborted only because of a concurrent one."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(orig or "")


def retrying(work: Callable[[], T], attempts: int = 6) -> T:
    """Run `work` (one whole transaction), again after a deadlock or serialization failure,
    with a short jittered wait; other errors and the last failure propagate."""
    for n in range(attempts):
        try:
            return work()
        except DBAPIError as exc:
            if n == attempts - 1 or not is_retryable(exc):
                raise
            time.sleep(random.uniform(0.05, 0.2) * (n + 1))
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error. A plain Session, not one
    from a sessionmaker made here: sessionmaker() defines a new Session subclass each time
    (and SQLAlchemy sets up its event dispatch for it), ~0.15 ms a transaction."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
