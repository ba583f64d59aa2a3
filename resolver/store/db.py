"""Engines, sessions and migrations. Every command upgrades an empty or old database first."""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

import re
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..errors import BadInput, DatabaseUnavailable

if TYPE_CHECKING:  # pragma: no cover
    from alembic.config import Config

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


def alembic_config(engine: Engine) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]+)?=\s*(?:'([^']*)'|\"([^\"]*)\"|None)", re.M)


def _head_from_files() -> str | None:
    """The head revision read from the migration files with a regex (no alembic import): the
    one revision no other revision names as its parent; None when that is not clear-cut
    (merges, branches), and then alembic decides."""
    revisions, parents = set(), set()
    try:
        files = list((Path(MIGRATIONS_DIR) / "versions").glob("*.py"))
    except OSError:
        return None
    for f in files:
        found = {bool(m.group(1)): m.group(2) or m.group(3) for m in _REVISION.finditer(f.read_text(encoding="utf-8"))}
        if False not in found:
            return None
        revisions.add(found[False])
        if found.get(True):
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, read with plain SQL (no alembic import)."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except (OperationalError, DBAPIError):
            conn.rollback()
            return None
    return rows[0][0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str | None]:
    """Apply pending migrations; returns (revision before, revision after). A database already
    at the head is recognised without importing alembic (every command starts here)."""
    try:
        stored = _stored_revision(engine)
        if stored is not None and stored == _head_from_files():
            return stored, stored
        before = current_revision(engine)
        if before != head_revision():
            from alembic import command

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
