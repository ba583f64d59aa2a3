"""Migrations: upgrading an empty database creates exactly the ORM's schema, on SQLite and
PostgreSQL; downgrade and upgrade again round-trips."""

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from resolver.store.db import alembic_config, current_revision, head_revision, make_engine, upgrade
from resolver.store.models import Base

TABLES = {"markets", "articles", "market_articles", "verdicts", "alembic_version"}


@pytest.fixture
def engine(db_url):
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def test_upgrade_empty_database(engine):
    before, after = upgrade(engine)
    assert before is None and after == head_revision()
    assert set(sa.inspect(engine).get_table_names()) == TABLES
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], diff
    assert upgrade(engine) == (head_revision(), head_revision())  # idempotent


def test_downgrade_and_upgrade_again(engine):
    upgrade(engine)
    command.downgrade(alembic_config(engine), "base")
    assert current_revision(engine) is None
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_unique_constraints_are_in_the_database(engine):
    upgrade(engine)
    uniques = {tuple(u["column_names"]) for u in sa.inspect(engine).get_unique_constraints("articles")}
    assert ("url",) in uniques and ("content_hash",) in uniques
