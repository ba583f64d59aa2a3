"""Engines, sessions and migrations. Every command upgrades an empty or old database first."""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..errors import BadInput, DatabaseUnavailable

# The top-level migrations/ folder, installed as the resolver.migrations package (see setup.py):
# found through importlib.resources in a wheel and in an editable checkout alike.
MIGRATIONS_DIR = str(resources.files("resolver.migrations"))


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


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Apply pending migrations; returns (revision before, revision after)."""
    try:
        before = current_revision(engine)
        if before != head_revision():
            command.upgrade(alembic_config(engine), "head")
        return before, current_revision(engine)
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(f"cannot open database {engine.url.render_as_string(hide_password=True)}: "
                                  f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}") from None


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
